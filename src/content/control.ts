// The in-page control: one host element of our own per post, with an open shadow root holding a button, a
// category chip and (for emergencies) the 112/104 hint. The host carries no classification data; all page text
// is set with textContent.
import { CATEGORY_CHIP_LABELS, CATEGORY_LABELS } from '../core/classifier/labels.ts';
import type { Category, Classification, Lang } from '../core/types.ts';
import { HOST_TAG } from '../sites/dom.ts';
import type { Strings } from './strings.ts';
import { applyStyles } from './styles.ts';

/** Attribute holding the start time of the script that made a host: the newest script owns the page. */
export const GENERATION_ATTR = 'data-pta-gen';
const RESULT_VISIBLE_MS = 4000;

export type DraftResult = 'created' | 'duplicate' | 'failed';

export interface Control {
  readonly host: HTMLElement;
  show(classification: Classification): void;
  setTheme(theme: 'dark' | 'light' | null): void;
  setBusy(): void;
  showResult(result: DraftResult): void;
  disable(hint: string): void;
}

export function createControl(doc: Document, strings: Strings, generation: string, onActivate: () => void): Control {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute(GENERATION_ATTR, generation);
  const root = host.attachShadow({ mode: 'open' });
  applyStyles(root);

  const wrap = doc.createElement('div');
  wrap.className = 'w';
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = strings.fileAsAppeal;
  const chip = doc.createElement('span');
  chip.className = 'chip';
  chip.hidden = true;
  const hint = doc.createElement('span');
  hint.className = 'hint';
  hint.id = 'hint';
  hint.setAttribute('role', 'note');
  hint.hidden = true;
  wrap.append(button, chip, hint);
  root.append(wrap);

  let resetTimer: ReturnType<typeof setTimeout> | undefined;
  let disabled = false;
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    if (!disabled && !button.disabled) onActivate();
  });

  const setLabel = (text: string, state: string | null): void => {
    button.textContent = text;
    if (state) button.setAttribute('data-state', state);
    else button.removeAttribute('data-state');
  };

  return {
    host,
    show(classification) {
      const category = classification.problem ? classification.category : null;
      chip.hidden = category === null;
      chip.textContent = category ? categoryLabel(category, strings.lang) : '';
      const evidence = classification.evidence.map((span) => `«${span.text}»`).join(' · ');
      if (evidence) chip.title = evidence;
      else chip.removeAttribute('title');
      // Emergencies show the 112/104 hint before any drafting, read out with the button.
      hint.hidden = !classification.emergency;
      hint.textContent = classification.emergency ? strings.emergencyHint : '';
      if (classification.emergency) button.setAttribute('aria-describedby', 'hint');
      else button.removeAttribute('aria-describedby');
    },
    setTheme(theme) {
      wrap.className = theme ? `w ${theme}` : 'w';
    },
    setBusy() {
      clearTimeout(resetTimer);
      button.disabled = true;
      setLabel(strings.draftPending, 'busy');
    },
    showResult(result) {
      if (disabled) return;
      button.disabled = false;
      const text = { created: strings.draftCreated, duplicate: strings.draftDuplicate, failed: strings.draftFailed }[result];
      setLabel(text, result);
      clearTimeout(resetTimer);
      resetTimer = setTimeout(() => {
        if (!disabled) setLabel(strings.fileAsAppeal, null);
      }, RESULT_VISIBLE_MS);
    },
    disable(reloadHint) {
      disabled = true;
      clearTimeout(resetTimer);
      button.disabled = true;
      setLabel(strings.fileAsAppeal, null);
      button.title = reloadHint;
      chip.hidden = true;
      hint.hidden = false;
      hint.textContent = reloadHint;
      button.setAttribute('aria-describedby', 'hint');
    },
  };
}

/** "Roads · Дороги": the category in the UI language, then in Russian (the language of most appeals). */
export function categoryLabel(category: Category, lang: Lang): string {
  const name = (l: Lang): string => CATEGORY_CHIP_LABELS[category]?.[l] ?? CATEGORY_LABELS[category][l];
  return lang === 'ru' ? name('ru') : `${name(lang)} · ${name('ru')}`;
}
