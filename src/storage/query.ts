// The history list: filters, full-text search, sort by due date, paging and statistics. The first page of the
// default view is read straight from an index; everything else runs over a compact in-memory row per appeal,
// built once per page from the database and kept current by change notices.
import type { Appeal, AppealStatus, Category, Channel } from '../core/appeal.ts';
import { daysBetween, isIsoDate } from '../core/deadlines/dates.ts';
import { ACTIVE_STATUSES, isOverdue } from '../core/lifecycle/statuses.ts';
import { getAppeals } from './reads.ts';
import { onAppealsChanged } from './changes.ts';
import type { IDBPIndex } from 'idb';
import { currentDatabaseName, getDb } from './db.ts';
import type { AppealDb } from './schema.ts';
import { DUE_GROUP, fromStored, foldForSearch, searchTextOf, type StoredAppeal } from './stored.ts';

export type SortOrder = 'dueOn' | 'updatedAt';

export interface ListQuery {
  statuses?: readonly AppealStatus[];
  categories?: readonly Category[];
  channels?: readonly Channel[];
  /** Words that must all occur in the subject, body, address or registration number. */
  text?: string;
  /**
   * dueOn: running deadlines first, earliest first; then appeals still open without one (drafts); finished ones
   * last (`dueRankOf`). updatedAt: latest change first (default).
   */
  sort?: SortOrder;
  offset?: number;
  limit?: number;
}

export interface ListPage {
  items: Appeal[];
  total: number;
}

/** A page whose total may still be counting: in Chromium counting 10,000 appeals takes longer than reading 50. */
export interface EarlyPage {
  items: Appeal[];
  total: Promise<number>;
}

interface Row {
  id: string;
  status: AppealStatus;
  category: Category;
  channel: Channel;
  dueOn: string | null;
  dueRank: string;
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
    dueRank: stored.dueRank,
    updatedAt: stored.updatedAt,
    searchText: searchTextOf(stored),
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
  return (a, b) => (a.dueRank < b.dueRank ? -1 : a.dueRank > b.dueRank ? 1 : byId(a, b));
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

/**
 * The unfiltered view straight from an index, without reading the whole history. One `getAll` and the store's
 * count: in Chromium a cursor step is a round trip and counting an index walks all of it.
 */
async function defaultPage(sort: SortOrder, offset: number, limit: number): Promise<EarlyPage> {
  const store = (await getDb()).transaction('appeals').store;
  const end = offset + limit;
  // Requests run in order within a transaction: the rows first, the (slower) count after them.
  const reading = sort === 'dueOn' ? store.index('dueRank').getAll(null, end) : latestFirst(store.index('updatedAt'), end);
  const total = store.count();
  // Whoever awaits `total` sees a failure; this only keeps it from being reported twice as unhandled.
  total.catch(() => undefined);
  const found = await reading;
  return { items: found.slice(offset).map(fromStored), total };
}

type UpdatedAtIndex = IDBPIndex<AppealDb, ['appeals'], 'appeals', 'updatedAt'>;

/** The `count` latest appeals: getAll reads ascending only, so the newest first comes from a backwards cursor. */
async function latestFirst(index: UpdatedAtIndex, count: number): Promise<StoredAppeal[]> {
  const found: StoredAppeal[] = [];
  for (let cursor = await index.openCursor(null, 'prev'); cursor && found.length < count; cursor = await cursor.continue()) {
    found.push(cursor.value);
  }
  return found;
}

/** The page of the view as soon as its appeals are read; the total follows. */
export async function listAppealsEarly(query: ListQuery = {}): Promise<EarlyPage> {
  const sort = query.sort ?? 'updatedAt';
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  const limit = Math.min(500, Math.max(1, Math.floor(query.limit ?? 50)));
  const words = queryWords(query.text);
  // Before the rows are built, the default view is cheaper from the index (the first paint of the page).
  if ((!rows || rowsOf !== currentDatabaseName()) && isDefaultView(query, words)) return defaultPage(sort, offset, limit);
  const all = [...(await loadRows()).values()];
  const found = all.filter((row) => matches(row, query, words)).sort(compareRows(sort));
  const items = await getAppeals(found.slice(offset, offset + limit).map((row) => row.id));
  return { items, total: Promise.resolve(found.length) };
}

export async function listAppeals(query: ListQuery = {}): Promise<ListPage> {
  const page = await listAppealsEarly(query);
  return { items: page.items, total: await page.total };
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

/**
 * Active appeals with a due date, earliest first, for the service worker's alarms and badge: the first group of the
 * due-date order. From the indexes' keys only: it runs after every change, and reading every record (megabytes
 * with 10,000 appeals) would slow the page the user is working in.
 */
export async function activeDeadlines(): Promise<Array<Pick<Appeal, 'id' | 'status' | 'dueOn'>>> {
  const store = (await getDb()).transaction('appeals').store;
  const statusOf = new Map<string, AppealStatus>();
  const idsByStatus = await Promise.all(ACTIVE_STATUSES.map((status) => store.index('status').getAllKeys(status)));
  ACTIVE_STATUSES.forEach((status, i) => idsByStatus[i]?.forEach((id) => statusOf.set(id, status)));
  const deadlines: Array<Pick<Appeal, 'id' | 'status' | 'dueOn'>> = [];
  // Running deadlines come first in the due-date order: walk from the start and stop where they end.
  for (let cursor = await store.index('dueRank').openKeyCursor(); cursor?.key.startsWith(DUE_GROUP.running); cursor = await cursor.continue()) {
    const status = statusOf.get(cursor.primaryKey);
    if (status) deadlines.push({ id: cursor.primaryKey, status, dueOn: cursor.key.slice(DUE_GROUP.running.length) });
  }
  return deadlines;
}
