// The toolbar popup: the post just filed and a compact draft form. Everything is saved as it is typed.
import { useEffect, useState } from 'preact/hooks';
import { appealsPageUrl, openTab, popupDraftId } from '../../ui/data.ts';
import { DraftEditor } from '../../ui/editor/index.tsx';
import { t } from '../../ui/i18n.ts';

export function Popup() {
  const [draftId, setDraftId] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    popupDraftId().then(setDraftId, (error: unknown) => {
      console.error('Loading the draft failed', error);
      setDraftId(null);
    });
  }, []);

  return (
    <main class="popup">
      <header class="popup-header row">
        <h1>{t('extName')}</h1>
        <button type="button" class="link-button" onClick={() => void openTab(appealsPageUrl())}>
          {t('myAppeals')}
        </button>
      </header>
      {draftId === undefined ? <p class="muted">{t('editor_loading')}</p> : null}
      {draftId === null ? <EmptyState /> : null}
      {draftId ? <DraftEditor appealId={draftId} mode="compact" /> : null}
    </main>
  );
}

function EmptyState() {
  return (
    <section class="popup-empty">
      <p>{t('popupEmpty')}</p>
      <p>
        <a href={appealsPageUrl()} target="_blank" rel="noopener">
          {t('myAppeals')}
        </a>
      </p>
    </section>
  );
}
