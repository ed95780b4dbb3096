// Groups of statuses the rest of the lifecycle reasons about.
import type { Appeal, AppealStatus } from '../appeal.ts';

/** Filed and waiting for the agency: the due date runs. */
export const ACTIVE_STATUSES: readonly AppealStatus[] = ['submitted', 'registered', 'redirected', 'in_progress', 'extended'];

/** Done with: answered, resolved, closed, or carried on by a complaint. No due date runs any more. */
export const FINISHED_STATUSES: readonly AppealStatus[] = ['answered', 'resolved', 'escalated', 'closed'];

export const ALL_STATUSES: readonly AppealStatus[] = ['draft', 'ready', ...ACTIVE_STATUSES, ...FINISHED_STATUSES];

export function isActive(status: AppealStatus): boolean {
  return ACTIVE_STATUSES.includes(status);
}

export function isFinished(status: AppealStatus): boolean {
  return FINISHED_STATUSES.includes(status);
}

/** `today` is the user's local ISO date. */
export function isOverdue(appeal: Pick<Appeal, 'status' | 'dueOn'>, today: string): boolean {
  return isActive(appeal.status) && appeal.dueOn !== null && appeal.dueOn < today;
}
