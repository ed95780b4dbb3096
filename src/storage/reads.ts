// Reading stored appeals by id. Apart from appeals-repo.ts, which brings the lifecycle, escalation drafting and the
// calendars: the list that opens "My appeals" needs only these reads.
import type { Appeal } from '../core/appeal.ts';
import { getDb } from './db.ts';
import { fromStored, type StoredAppeal } from './stored.ts';

export async function getAppeal(id: string): Promise<Appeal | null> {
  const stored = await (await getDb()).get('appeals', id);
  return stored ? fromStored(stored) : null;
}

/** Beyond this many ids, one read of all keys is cheaper than a round trip per missing id (Chromium). */
const MANY_IDS = 100;

interface KeyedStore {
  get(id: string): Promise<StoredAppeal | undefined>;
  getAllKeys(): Promise<string[]>;
}

/** The stored copies of `ids`, `undefined` where there is none, in the order of `ids`. */
export async function storedCopies(store: KeyedStore, ids: readonly string[]): Promise<Array<StoredAppeal | undefined>> {
  if (ids.length <= MANY_IDS) return Promise.all(ids.map((id) => store.get(id)));
  const stored = new Set(await store.getAllKeys());
  return Promise.all(ids.map((id) => (stored.has(id) ? store.get(id) : undefined)));
}

/** In the order of `ids`; missing ones are left out. */
export async function getAppeals(ids: readonly string[]): Promise<Appeal[]> {
  const tx = (await getDb()).transaction('appeals');
  const found = await storedCopies(tx.store, ids);
  await tx.done;
  return found.filter((stored) => stored !== undefined).map(fromStored);
}

/** How many of `ids` are stored, from the keys alone (a backup preview need not read whole appeals). */
export async function countStored(ids: readonly string[]): Promise<number> {
  const stored = new Set(await (await getDb()).getAllKeys('appeals'));
  return ids.filter((id) => stored.has(id)).length;
}

/**
 * The most recently updated draft, from index keys only: the drafts' ids, then the update order newest first until
 * one of them (the popup opens on it, and reading every appeal would keep it blank for a moment with a long history).
 */
export async function latestDraftId(): Promise<string | null> {
  const tx = (await getDb()).transaction('appeals');
  const drafts = new Set(await tx.store.index('status').getAllKeys('draft'));
  let found: string | null = null;
  if (drafts.size > 0) {
    for (let cursor = await tx.store.index('updatedAt').openKeyCursor(null, 'prev'); cursor; cursor = await cursor.continue()) {
      if (drafts.has(cursor.primaryKey)) {
        found = cursor.primaryKey;
        break;
      }
    }
  }
  await tx.done;
  return found;
}
