// The stored form of an appeal: the model plus fields derived for the indexes (search text, source key).
import type { Appeal } from '../core/appeal.ts';
import { sourceKey } from '../core/lifecycle/duplicates.ts';

export interface StoredAppeal extends Appeal {
  /** Lower-cased subject, body, address and registration number, for the full-text search. */
  searchText: string;
  /** `network|postId`; absent (not null) when the appeal has no source post, so the index skips it. */
  sourceKey?: string;
}

/** Folding ё and case lets «Ёлка» match «елка»; the same fold is applied to queries. */
export function foldForSearch(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е');
}

export function searchTextOf(appeal: Pick<Appeal, 'subject' | 'body' | 'location' | 'registrationNumber'>): string {
  return foldForSearch(
    [appeal.subject, appeal.body, appeal.location.address ?? '', appeal.registrationNumber ?? ''].join('\n'),
  );
}

export function toStored(appeal: Appeal): StoredAppeal {
  const { searchText: _s, sourceKey: _k, ...plain } = appeal as StoredAppeal;
  const key = sourceKey(plain.source);
  const stored: StoredAppeal = { ...plain, searchText: searchTextOf(plain) };
  if (key !== null) stored.sourceKey = key;
  return stored;
}

export function fromStored(stored: StoredAppeal): Appeal {
  const { searchText: _s, sourceKey: _k, ...appeal } = stored;
  return appeal;
}
