import { t } from '../i18n.ts';
import type { SaveState } from './use-appeal.ts';

const MESSAGES: Record<SaveState, string> = {
  saved: 'editor_saved',
  pending: 'editor_saving',
  saving: 'editor_saving',
  quota: 'editor_quota',
  error: 'editor_saveFailed',
};

/** Quiet when all is well; a clear notice when a change is only in memory (quota, failure). */
export function SaveStatus({ state }: { state: SaveState }) {
  const problem = state === 'quota' || state === 'error';
  return (
    <p class={problem ? 'notice error save-status' : 'muted save-status'} role="status" aria-live="polite">
      {t(MESSAGES[state])}
    </p>
  );
}
