// When an appeal deserves the next step: the term ran out, or the answer did not solve the problem.
import type { Appeal } from '../appeal.ts';
import { isOverdue } from './statuses.ts';

export type EscalationReason = 'overdue' | 'not_satisfied' | 'formal_non_answer' | 'partly';

export function escalationReason(appeal: Pick<Appeal, 'status' | 'dueOn' | 'answer' | 'escalatedBy'>, today: string): EscalationReason | null {
  if (appeal.escalatedBy !== null) return null;
  if (isOverdue(appeal, today)) return 'overdue';
  if (appeal.status !== 'answered' || appeal.answer === null) return null;
  const rating = appeal.answer.rating;
  return rating === 'not_satisfied' || rating === 'formal_non_answer' || rating === 'partly' ? rating : null;
}
