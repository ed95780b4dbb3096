// Groups of statuses the rest of the lifecycle reasons about.
import type { Appeal, AppealStatus } from '../appeal.ts';

/** Filed and waiting for the agency: the due date runs. */
export const ACTIVE_STATUSES: readonly AppealStatus[] = ['submitted', 'registered', 'redirected', 'in_progress', 'extended'];

export const ALL_STATUSES: readonly AppealStatus[] = [
  'draft', 'ready', ...ACTIVE_STATUSES, 'answered', 'resolved', 'escalated', 'closed',
];

export function isActive(status: AppealStatus): boolean {
  return ACTIVE_STATUSES.includes(status);
}

/** `today` is the user's local ISO date. */
export function isOverdue(appeal: Pick<Appeal, 'status' | 'dueOn'>, today: string): boolean {
  return isActive(appeal.status) && appeal.dueOn !== null && appeal.dueOn < today;
}
