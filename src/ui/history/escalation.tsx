// Links between an appeal and its escalation, and the one-click next step when the term ran out or the answer
// did not solve the problem.
import { useState } from 'preact/hooks';
import type { Appeal } from '../../core/appeal.ts';
import { escalationReason } from '../../core/lifecycle/escalation-reason.ts';
import { t } from '../i18n.ts';
import { escalateFromHistory, isQuotaError, syncReminders } from '../data.ts';
import { appealHref, navigate } from './links.ts';
import { today } from './overdue.ts';

export function EscalationLinks({ appeal }: { appeal: Appeal }) {
  if (!appeal.escalates && !appeal.escalatedBy) return null;
  return (
    <p class="notice escalation-links">
      {appeal.escalates ? <a href={appealHref(appeal.escalates)}>{t('card_escalates_link')}</a> : null}
      {appeal.escalates && appeal.escalatedBy ? ' · ' : null}
      {appeal.escalatedBy ? <a href={appealHref(appeal.escalatedBy)}>{t('card_escalated_by_link')}</a> : null}
    </p>
  );
}

export function EscalateButton({ appeal }: { appeal: Appeal }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reason = escalationReason(appeal, today());
  if (!reason) return null;
  const escalate = async () => {
    setBusy(true);
    setError(null);
    try {
      const next = await escalateFromHistory(appeal);
      void syncReminders();
      navigate({ page: 'appeal', id: next.id });
    } catch (failure) {
      console.warn('Escalation failed', failure);
      setError(t(isQuotaError(failure) ? 'card_quota' : 'card_escalate_failed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="notice warn escalate">
      <p>{t(`card_escalate_reason_${reason}`)}</p>
      <p class="muted">{t(appeal.jurisdiction === 'KZ' ? 'card_escalate_hint_kz' : 'card_escalate_hint_ru')}</p>
      <button type="button" class="primary" disabled={busy} onClick={() => void escalate()}>
        {t('card_escalate')}
      </button>
      {error ? <p role="alert" class="field-error">{error}</p> : null}
    </div>
  );
}
