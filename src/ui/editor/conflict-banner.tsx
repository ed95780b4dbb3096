// Another tab saved this appeal first: show both texts and let the user choose; nothing is overwritten silently.
import type { Appeal } from '../../core/appeal.ts';
import { t } from '../i18n.ts';

interface Props {
  mine: Appeal;
  theirs: Appeal;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

export function ConflictBanner({ mine, theirs, onKeepMine, onTakeTheirs }: Props) {
  return (
    <section class="notice warn conflict" role="alertdialog" aria-labelledby="conflict-title">
      <h2 id="conflict-title">{t('editor_conflictTitle')}</h2>
      <p>{t('editor_conflictText')}</p>
      <div class="conflict-versions">
        <Version title={t('editor_conflictMine')} appeal={mine} />
        <Version title={t('editor_conflictTheirs')} appeal={theirs} />
      </div>
      <div class="row">
        <button type="button" class="primary" onClick={onKeepMine}>
          {t('editor_conflictKeepMine')}
        </button>
        <button type="button" onClick={onTakeTheirs}>
          {t('editor_conflictTakeTheirs')}
        </button>
      </div>
    </section>
  );
}

function Version({ title, appeal }: { title: string; appeal: Appeal }) {
  return (
    <div class="conflict-version">
      <h3>{title}</h3>
      <p class="conflict-subject">{appeal.subject}</p>
      <pre class="conflict-body">{appeal.body}</pre>
    </div>
  );
}
