import type { Appeal } from '../../core/appeal.ts';
import { daysBetween, localIsoDate } from '../../core/deadlines/dates.ts';
import { isOverdue } from '../../core/lifecycle/statuses.ts';

export const today = (): string => localIsoDate(new Date());

/** Whole days past the due date, or 0 when the appeal is not overdue. */
export function overdueDays(appeal: Pick<Appeal, 'status' | 'dueOn'>, on: string = today()): number {
  return isOverdue(appeal, on) && appeal.dueOn ? daysBetween(appeal.dueOn, on) : 0;
}
