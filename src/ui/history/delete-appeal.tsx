// Deleting is final (there is no trash), so it asks once more, inline, and suggests a backup first.
import { useState } from 'preact/hooks';
import { t } from '../i18n.ts';
import { deleteFromHistory, syncReminders } from '../data.ts';
import { navigate } from './links.ts';

export function DeleteAppeal({ appealId }: { appealId: string }) {
  const [asking, setAsking] = useState(false);
  const [failed, setFailed] = useState(false);
  const remove = async () => {
    try {
      await deleteFromHistory(appealId);
      void syncReminders();
      navigate({ page: 'list' });
    } catch (error) {
      console.warn('Deleting the appeal failed', error);
      setFailed(true);
    }
  };
  if (!asking) {
    return (
      <button type="button" class="danger" onClick={() => setAsking(true)}>
        {t('card_delete')}
      </button>
    );
  }
  return (
    <div class="notice warn" role="alertdialog" aria-label={t('card_delete')}>
      <p>{t('card_delete_confirm')}</p>
      <div class="row">
        <button type="button" class="danger" onClick={() => void remove()}>
          {t('card_delete_yes')}
        </button>
        <button type="button" onClick={() => setAsking(false)}>
          {t('card_action_cancel')}
        </button>
      </div>
      {failed ? <p class="field-error" role="alert">{t('card_delete_failed')}</p> : null}
    </div>
  );
}
