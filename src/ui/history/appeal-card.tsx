// One appeal (`#/appeal/<id>`): the full editor, the due date and its rule, the status actions, escalation and
// the timeline. Works on a fresh page load, which is how reminder notifications open it.
import { useEffect, useState } from 'preact/hooks';
import type { Appeal } from '../../core/appeal.ts';
import type { StatusEvent } from '../../core/lifecycle/events.ts';
import { DraftEditor } from '../editor/index.tsx';
import { t } from '../i18n.ts';
import { loadAppeal, loadTimeline, onHistoryChanged } from '../data.ts';
import { DeleteAppeal } from './delete-appeal.tsx';
import { DueInfo } from './due-info.tsx';
import { DuplicateNotice } from './duplicate-notice.tsx';
import { EscalateButton, EscalationLinks } from './escalation.tsx';
import { categoryLabel, shorten, statusLabel } from './format.ts';
import { StatusActions } from './status-actions.tsx';
import { Timeline } from './timeline.tsx';
import { useAsync } from './use-async.ts';

interface CardData {
  appeal: Appeal | null;
  timeline: StatusEvent[];
}

async function loadCard(id: string): Promise<CardData> {
  const [appeal, timeline] = await Promise.all([loadAppeal(id), loadTimeline(id)]);
  return { appeal, timeline };
}

/** Another tab, the popup or the worker may change the appeal (a save, a status, an import) while it is shown. */
function useReloadOnChange(reload: () => void) {
  useEffect(() => onHistoryChanged(reload), [reload]);
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'visible') reload();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, [reload]);
}

export function AppealCard({ id }: { id: string }) {
  const [data, reload] = useAsync(() => loadCard(id), [id]);
  // A status change saves a new version; the editor is re-mounted so it edits that version, not a stale copy
  // (it saves whole appeals, so a stale copy would either conflict or undo the status change).
  const [editorGeneration, setEditorGeneration] = useState(0);
  useReloadOnChange(reload);

  if (data.state === 'loading') return <p class="muted" aria-busy="true">{t('list_loading')}</p>;
  if (data.state === 'failed' || !data.value.appeal) {
    return (
      <section class="appeal-card">
        <p class="notice error" role="alert">{t(data.state === 'failed' ? 'card_load_failed' : 'card_not_found')}</p>
        <a href="#/">{t('card_back')}</a>
      </section>
    );
  }
  const { appeal, timeline } = data.value;
  const changed = () => {
    setEditorGeneration((n) => n + 1);
    reload();
  };
  return (
    <article class="appeal-card" aria-labelledby="card-title">
      <a href="#/" class="back-link">{t('card_back')}</a>
      <header class="card-header">
        <h1 id="card-title">{shorten(appeal.subject, 300) || t('list_untitled')}</h1>
        <p class="row">
          <span class={`status-chip status-${appeal.status}`}>{statusLabel(appeal.status)}</span>
          <span class="category-chip">{categoryLabel(appeal.category)}</span>
          {appeal.registrationNumber ? <span>{t('card_reg_number', appeal.registrationNumber)}</span> : null}
          <span class="muted">{shorten(appeal.recipient.name, 200)}</span>
        </p>
      </header>
      <DuplicateNotice appeal={appeal} />
      <EscalationLinks appeal={appeal} />
      <EscalateButton appeal={appeal} />
      <div class="card-grid">
        <section class="card-editor" aria-label={t('card_editor')}>
          <DraftEditor key={`${appeal.id}:${editorGeneration}`} appealId={appeal.id} mode="full" />
        </section>
        <aside class="card-side">
          <section aria-labelledby="due-title">
            <h2 id="due-title">{t('card_due_title')}</h2>
            <DueInfo appeal={appeal} timeline={timeline} />
          </section>
          <section aria-labelledby="actions-title">
            <h2 id="actions-title">{t('card_actions')}</h2>
            <StatusActions appeal={appeal} onChanged={changed} onReload={changed} />
          </section>
          <section aria-labelledby="timeline-title">
            <h2 id="timeline-title">{t('card_timeline')}</h2>
            <Timeline records={timeline} />
          </section>
          <section aria-label={t('card_delete')}>
            <DeleteAppeal appealId={appeal.id} />
          </section>
        </aside>
      </div>
    </article>
  );
}
