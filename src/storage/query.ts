// The history list: filters, full-text search, sort by due date, paging and statistics. The first page of the
// default view is read straight from an index; everything else runs over a compact in-memory row per appeal,
// built once per page from the database and kept current by change notices.
import type { Appeal, AppealStatus, Category, Channel } from '../core/appeal.ts';
import { daysBetween, isIsoDate } from '../core/deadlines/dates.ts';
import { isActive, isOverdue } from '../core/lifecycle/statuses.ts';
import { getAppeals } from './appeals-repo.ts';
import { onAppealsChanged } from './changes.ts';
import { currentDatabaseName, getDb } from './db.ts';
import { fromStored, foldForSearch, type StoredAppeal } from './stored.ts';

export type SortOrder = 'dueOn' | 'updatedAt';

export interface ListQuery {
  statuses?: readonly AppealStatus[];
  categories?: readonly Category[];
  channels?: readonly Channel[];
  /** Words that must all occur in the subject, body, address or registration number. */
  text?: string;
  /** dueOn: earliest due first, appeals without a due date last. updatedAt: latest change first (default). */
  sort?: SortOrder;
  offset?: number;
  limit?: number;
}

export interface ListPage {
  items: Appeal[];
  total: number;
}

interface Row {
  id: string;
  status: AppealStatus;
  category: Category;
  channel: Channel;
  dueOn: string | null;
  updatedAt: string;
  searchText: string;
  daysToAnswer: number | null;
}

let rows: Map<string, Row> | null = null;
/** The database the rows were read from (tests and the benchmark switch databases). */
let rowsOf = '';
let building: Promise<Map<string, Row>> | null = null;
let generation = 0;
/** Row refreshes still reading; queries wait for them so a list never misses the change just saved. */
let refreshing: Promise<void> = Promise.resolve();

onAppealsChanged((ids) => {
  generation++;
  if (ids === null || rows === null) {
    rows = null;
    return;
  }
  refreshing = refreshing.then(() => refreshRows(ids)).catch(() => {
    rows = null;
  });
});

function rowOf(stored: StoredAppeal): Row {
  const { submittedOn, answer } = stored;
  const answered = answer !== null && isIsoDate(submittedOn) && isIsoDate(answer.on);
  return {
    id: stored.id,
    status: stored.status,
    category: stored.category,
    channel: stored.channel,
    dueOn: stored.dueOn,
    updatedAt: stored.updatedAt,
    searchText: stored.searchText,
    daysToAnswer: answered ? daysBetween(submittedOn as string, answer.on) : null,
  };
}

async function refreshRows(ids: readonly string[]): Promise<void> {
  const tx = (await getDb()).transaction('appeals');
  const found = await Promise.all(ids.map((id) => tx.store.get(id)));
  if (!rows) return;
  ids.forEach((id, i) => {
    const stored = found[i];
    if (stored) rows?.set(id, rowOf(stored));
    else rows?.delete(id);
  });
}

async function loadRows(): Promise<Map<string, Row>> {
  await refreshing;
  if (rows && rowsOf === currentDatabaseName()) return rows;
  rows = null;
  if (!building) {
    const startedAt = generation;
    building = (async () => {
      const all = await (await getDb()).getAll('appeals');
      const built = new Map(all.map((stored) => [stored.id, rowOf(stored)]));
      // A change landed while reading: the next call reads again rather than trusting a stale picture.
      if (generation === startedAt) {
        rows = built;
        rowsOf = currentDatabaseName();
      }
      return built;
    })().finally(() => {
      building = null;
    });
  }
  return building;
}

/** Warms the search rows in the background, e.g. right after the first page is shown. */
export function prepareSearch(): Promise<void> {
  return loadRows().then(() => undefined);
}

const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;

function queryWords(text: string | undefined): string[] {
  return foldForSearch((text ?? '').slice(0, 500).replace(INVISIBLE, '')).split(/\s+/).filter(Boolean);
}

const byId = (a: Row, b: Row) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Ties break by id exactly as the indexes do, so pages from the index and from the rows line up. */
function compareRows(sort: SortOrder): (a: Row, b: Row) => number {
  if (sort === 'updatedAt') return (a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : byId(b, a));
  return (a, b) => {
    if (a.dueOn === b.dueOn) return byId(a, b);
    if (a.dueOn === null) return 1;
    if (b.dueOn === null) return -1;
    return a.dueOn < b.dueOn ? -1 : 1;
  };
}

function matches(row: Row, query: ListQuery, words: readonly string[]): boolean {
  if (query.statuses?.length && !query.statuses.includes(row.status)) return false;
  if (query.categories?.length && !query.categories.includes(row.category)) return false;
  if (query.channels?.length && !query.channels.includes(row.channel)) return false;
  return words.every((word) => row.searchText.includes(word));
}

function isDefaultView(query: ListQuery, words: readonly string[]): boolean {
  return !query.statuses?.length && !query.categories?.length && !query.channels?.length && words.length === 0;
}

/** The unfiltered view straight from an index, without reading the whole history. Null when it cannot. */
async function defaultPage(sort: SortOrder, offset: number, limit: number): Promise<ListPage | null> {
  const tx = (await getDb()).transaction('appeals');
  const index = tx.store.index(sort);
  const [total, indexed] = await Promise.all([tx.store.count(), index.count()]);
  // Sorting by due date lists appeals without one last; those are not in the index.
  if (offset + limit > indexed && indexed < total) return null;
  const items: Appeal[] = [];
  let cursor = await index.openCursor(null, sort === 'dueOn' ? 'next' : 'prev');
  if (cursor && offset > 0) cursor = await cursor.advance(offset);
  for (; cursor && items.length < limit; cursor = await cursor.continue()) items.push(fromStored(cursor.value));
  return { items, total };
}

export async function listAppeals(query: ListQuery = {}): Promise<ListPage> {
  const sort = query.sort ?? 'updatedAt';
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  const limit = Math.min(500, Math.max(1, Math.floor(query.limit ?? 50)));
  const words = queryWords(query.text);
  // Before the rows are built, the default view is cheaper from the index (the first paint of the page).
  if ((!rows || rowsOf !== currentDatabaseName()) && isDefaultView(query, words)) {
    const page = await defaultPage(sort, offset, limit);
    if (page) return page;
  }
  const all = [...(await loadRows()).values()];
  const found = all.filter((row) => matches(row, query, words)).sort(compareRows(sort));
  const items = await getAppeals(found.slice(offset, offset + limit).map((row) => row.id));
  return { items, total: found.length };
}

export interface HistoryStats {
  total: number;
  overdue: number;
  byStatus: Partial<Record<AppealStatus, number>>;
  byCategory: Partial<Record<Category, number>>;
  /** Mean calendar days from submission to answer over answered appeals; null when none. */
  averageDaysToAnswer: number | null;
}

/** `today`: the user's local ISO date, for the overdue count. */
export async function historyStats(today: string): Promise<HistoryStats> {
  const stats: HistoryStats = { total: 0, overdue: 0, byStatus: {}, byCategory: {}, averageDaysToAnswer: null };
  let answerDays = 0;
  let answered = 0;
  for (const row of (await loadRows()).values()) {
    stats.total++;
    stats.byStatus[row.status] = (stats.byStatus[row.status] ?? 0) + 1;
    stats.byCategory[row.category] = (stats.byCategory[row.category] ?? 0) + 1;
    if (isOverdue(row, today)) stats.overdue++;
    if (row.daysToAnswer !== null && row.daysToAnswer >= 0) {
      answerDays += row.daysToAnswer;
      answered++;
    }
  }
  if (answered > 0) stats.averageDaysToAnswer = Math.round((answerDays / answered) * 10) / 10;
  return stats;
}

/** Active appeals with a due date, for the service worker's alarms and badge. */
export async function activeDeadlines(): Promise<Array<Pick<Appeal, 'id' | 'status' | 'dueOn'>>> {
  const withDue = await (await getDb()).getAllFromIndex('appeals', 'dueOn');
  return withDue.filter((stored) => isActive(stored.status)).map(({ id, status, dueOn }) => ({ id, status, dueOn }));
}
