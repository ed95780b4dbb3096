// The list route's slice of the storage adapter (`ui/data.ts`): only what the first screen of "My appeals" needs.
// Kept apart so the page's opening bundle does not carry the classifier, routing directory and editor that the rest
// of data.ts pulls in (the list must show its first rows within 100 ms with 10,000 appeals).
import type { AppealStatus, Category, Channel } from '../../core/appeal.ts';
import { onAppealsChanged } from '../../storage/changes.ts';
import { getDb } from '../../storage/db.ts';
import { listAppealsEarly, prepareSearch, type EarlyPage } from '../../storage/query.ts';

export { requestPersistence } from '../../storage/db.ts';

/** Opens the database connection ahead of the first query. */
export async function openHistory(): Promise<void> {
  await getDb();
}
export type { EarlyPage };

export interface ListFilter {
  text: string;
  status: AppealStatus | null;
  category: Category | null;
  channel: Channel | null;
  /** due: running deadlines by nearest due date, then drafts, finished appeals last; updated: latest change first. */
  sort: 'due' | 'updated';
}

export const DEFAULT_FILTER: ListFilter = { text: '', status: null, category: null, channel: null, sort: 'due' };

export function isDefaultFilter(filter: ListFilter): boolean {
  return !filter.text.trim() && !filter.status && !filter.category && !filter.channel;
}

/**
 * The first `limit` appeals of the view, and their total once counted; the storage pages and searches (subject,
 * body, address, reg. number).
 */
export async function listHistory(filter: ListFilter, limit: number): Promise<EarlyPage> {
  const page = await listAppealsEarly({
    statuses: filter.status ? [filter.status] : undefined,
    categories: filter.category ? [filter.category] : undefined,
    channels: filter.channel ? [filter.channel] : undefined,
    text: filter.text,
    sort: filter.sort === 'updated' ? 'updatedAt' : 'dueOn',
    limit,
  });
  return page;
}

/**
 * Builds the search rows (one read of the whole history: hundreds of ms with 10,000 appeals). Not right after the
 * first page: that read would compete with the opening of the page; see `useSearchWarming`.
 */
export function warmSearch(): void {
  void prepareSearch().catch(() => undefined);
}

/** Calls `listener` when appeals change in this page, another tab or the service worker. */
export const onHistoryChanged = (listener: () => void): (() => void) => onAppealsChanged(() => listener());
