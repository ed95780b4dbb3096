import type { Appeal } from '../../core/appeal.ts';
import type { StatusEvent } from '../../core/lifecycle/events.ts';
import { t } from '../i18n.ts';
import { explainDue, extendedTo } from './due-rule.ts';
import { formatDate } from './format.ts';
import { overdueDays, today } from './overdue.ts';

export function DueInfo({ appeal, timeline }: { appeal: Appeal; timeline: readonly StatusEvent[] }) {
  const due = explainDue(appeal, extendedTo(timeline));
  if (!due) return <p class="muted">{t('card_due_none')}</p>;
  const late = overdueDays({ status: appeal.status, dueOn: due.dueOn }, today());
  return (
    <div class={late > 0 ? 'due-info overdue' : 'due-info'}>
      <p>
        <strong>{t('card_due_on', formatDate(due.dueOn))}</strong>{' '}
        {late > 0 ? <span class="overdue-note">{t('list_overdue_days', String(late))}</span> : null}
      </p>
      <p class="due-rule">{due.rule}</p>
      {due.notes.map((note) => (
        <p key={note} class="muted">
          {note}
        </p>
      ))}
      {due.beyondLimit ? <p class="notice warn">{t('card_rule_beyond_limit')}</p> : null}
    </div>
  );
}
