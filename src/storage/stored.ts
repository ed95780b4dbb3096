// The stored form of an appeal: the model plus the keys derived for the indexes (source post, due-date order).
import type { Appeal } from '../core/appeal.ts';
import { sourceKey } from '../core/lifecycle/source-key.ts';
import { isActive, isFinished } from '../core/lifecycle/statuses.ts';

export interface StoredAppeal extends Appeal {
  /** `network|postId`; absent (not null) when the appeal has no source post, so the index skips it. */
  sourceKey?: string;
  /** The appeal's place in "sort by due date" (see `dueRankOf`). */
  dueRank: string;
}

/** The first character of a due rank. */
export const DUE_GROUP = { running: '0', open: '1', finished: '2' } as const;

/**
 * "Sort by due date" as one string an index can order by: running deadlines first, earliest first; then appeals
 * still to be filed or waiting for a term (drafts, ready); then finished ones (answered, resolved, escalated,
 * closed), whose due dates no longer run. Within each group by due date, appeals without one last.
 */
export function dueRankOf(appeal: Pick<Appeal, 'status' | 'dueOn'>): string {
  const running = isActive(appeal.status) && appeal.dueOn !== null;
  const group = isFinished(appeal.status) ? DUE_GROUP.finished : running ? DUE_GROUP.running : DUE_GROUP.open;
  // '~' sorts after every digit: no due date comes after all dates of the group.
  return `${group}${appeal.dueOn ?? '~'}`;
}

/** Folding ё and case lets «Ёлка» match «елка»; the same fold is applied to queries. */
export function foldForSearch(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е');
}

/** What the full-text search looks in. Built in memory when the search rows are read, never stored. */
export function searchTextOf(appeal: Pick<Appeal, 'subject' | 'body' | 'location' | 'registrationNumber'>): string {
  return foldForSearch(
    [appeal.subject, appeal.body, appeal.location.address ?? '', appeal.registrationNumber ?? ''].join('\n'),
  );
}

/** Fields earlier versions stored and this one derives again: dropped when a record is rewritten or read. */
interface LegacyFields {
  searchText?: string;
}

export function toStored(appeal: Appeal): StoredAppeal {
  // fromStored makes the one copy (a backup import writes 10,000 of these); the derived keys go onto it.
  const stored = fromStored(appeal as StoredAppeal) as StoredAppeal;
  stored.dueRank = dueRankOf(stored);
  const key = sourceKey(stored.source);
  if (key !== null) stored.sourceKey = key;
  return stored;
}

export function fromStored(stored: StoredAppeal): Appeal {
  const { sourceKey: _k, dueRank: _r, searchText: _s, ...appeal } = stored as StoredAppeal & LegacyFields;
  return appeal;
}
