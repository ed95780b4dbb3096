// The status events the lifecycle allows from the current status, each as a button or a small form, with the
// same conflict and quota handling as the editor: nothing the user entered is dropped.
import { useState } from 'preact/hooks';
import type { Appeal } from '../../core/appeal.ts';
import type { AppealEvent, AppealEventType } from '../../core/lifecycle/events.ts';
import { t } from '../i18n.ts';
import { allowedEvents, applyStatusEvent, isConflictError, isQuotaError, lifecycleErrorCode, syncReminders } from '../data.ts';
import { ActionForm, NEEDS_FORM, oneClickEvent } from './action-form.tsx';

type Problem = { kind: 'conflict' | 'quota' | 'failed'; event: AppealEvent } | { kind: 'refused'; code: string; event: AppealEvent };

interface Props {
  appeal: Appeal;
  onChanged: (appeal: Appeal) => void;
  onReload: () => void;
}

export function StatusActions({ appeal, onChanged, onReload }: Props) {
  const [open, setOpen] = useState<AppealEventType | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const types = allowedEvents(appeal);

  const run = async (event: AppealEvent, overwrite = false) => {
    setBusy(true);
    try {
      const saved = await applyStatusEvent(appeal, event, { overwrite });
      setProblem(null);
      setOpen(null);
      onChanged(saved);
      void syncReminders();
    } catch (error) {
      setProblem(describeProblem(error, event));
    } finally {
      setBusy(false);
    }
  };

  const choose = (type: AppealEventType) => {
    setProblem(null);
    if (NEEDS_FORM.has(type)) setOpen(open === type ? null : type);
    else void run(oneClickEvent(type));
  };

  if (types.length === 0) return <p class="muted">{t('card_actions_none')}</p>;
  return (
    <div class="status-actions">
      <div class="row" role="group" aria-label={t('card_actions')}>
        {types.map((type) => (
          <button
            key={type}
            type="button"
            aria-expanded={NEEDS_FORM.has(type) ? open === type : undefined}
            disabled={busy}
            onClick={() => choose(type)}
          >
            {t(`card_action_${type}`)}
          </button>
        ))}
      </div>
      {open && types.includes(open) ? (
        <ActionForm key={open} type={open} appeal={appeal} busy={busy} onApply={(event) => void run(event)} onCancel={() => setOpen(null)} />
      ) : null}
      {problem ? (
        <ProblemNotice problem={problem} busy={busy} onRetry={(overwrite) => void run(problem.event, overwrite)} onReload={onReload} />
      ) : null}
    </div>
  );
}

function describeProblem(error: unknown, event: AppealEvent): Problem {
  if (isConflictError(error)) return { kind: 'conflict', event };
  if (isQuotaError(error)) return { kind: 'quota', event };
  const code = lifecycleErrorCode(error);
  if (code) return { kind: 'refused', code, event };
  console.warn('Status change failed', error);
  return { kind: 'failed', event };
}

interface ProblemProps {
  problem: Problem;
  busy: boolean;
  onRetry: (overwrite: boolean) => void;
  onReload: () => void;
}

function ProblemNotice({ problem, busy, onRetry, onReload }: ProblemProps) {
  if (problem.kind === 'refused') {
    return (
      <p class="notice error" role="alert">
        {t(`card_error_${problem.code}`)}
      </p>
    );
  }
  if (problem.kind === 'conflict') {
    return (
      <div class="notice warn" role="alert">
        <p>{t('card_conflict')}</p>
        <div class="row">
          <button type="button" onClick={onReload}>
            {t('card_conflict_reload')}
          </button>
          <button type="button" disabled={busy} onClick={() => onRetry(true)}>
            {t('card_conflict_apply')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div class="notice error" role="alert">
      <p>{t(problem.kind === 'quota' ? 'card_quota' : 'card_action_failed')}</p>
      <button type="button" disabled={busy} onClick={() => onRetry(false)}>
        {t('card_retry')}
      </button>
    </div>
  );
}
