// Reading and writing appeals and their timelines. Every multi-record change is one transaction; a save whose
// `version` is not the stored one is refused with a ConflictError carrying the stored copy.
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { Appeal } from '../core/appeal.ts';
import type { Lang } from '../core/types.ts';
import { localIsoDate } from '../core/deadlines/dates.ts';
import { findDuplicate, sourceKey, type DuplicateCandidate, type DuplicateMatch } from '../core/lifecycle/duplicates.ts';
import { draftEscalation, type EscalationDraft } from '../core/lifecycle/escalation.ts';
import type { AppealEvent, StatusEvent } from '../core/lifecycle/events.ts';
import { transition } from '../core/lifecycle/transitions.ts';
import { announceChange } from './changes.ts';
import { getDb, issued, write } from './db.ts';
import { ConflictError } from './errors.ts';
import type { AppealDb } from './schema.ts';
import { fromStored, toStored, type StoredAppeal } from './stored.ts';

// Plain reads live apart (the list page needs them without the lifecycle this module brings).
export { getAppeal, getAppeals, storedCopies } from './reads.ts';

export type AppealStore = IDBPObjectStore<AppealDb, StoreNames<AppealDb>[], 'appeals', 'readwrite'>;

/** Writes `appeal` if its version matches the stored one; returns what was stored (version + 1). */
export async function putChecked(store: AppealStore, appeal: Appeal, updatedAt: string): Promise<Appeal> {
  const current = await store.get(appeal.id);
  if (current && current.version !== appeal.version) throw new ConflictError(fromStored(current));
  const next: Appeal = { ...fromStored(toStored(appeal)), version: (current?.version ?? appeal.version) + 1, updatedAt };
  await store.put(toStored(next));
  return next;
}

/** Stores a new appeal (version 1). An existing id is a conflict, never an overwrite. */
export async function createAppeal(appeal: Appeal, now = new Date()): Promise<Appeal> {
  const stored = await write(['appeals'], async (tx) => {
    const existing = await tx.objectStore('appeals').get(appeal.id);
    if (existing) throw new ConflictError(fromStored(existing));
    const next = { ...appeal, version: 1, createdAt: appeal.createdAt || now.toISOString(), updatedAt: now.toISOString() };
    await tx.objectStore('appeals').add(toStored(next));
    return next;
  });
  announceChange([stored.id]);
  return stored;
}

/** Saves an edit. Throws ConflictError when another tab saved first, QuotaError when the disk is full. */
export async function saveAppeal(appeal: Appeal, now = new Date()): Promise<Appeal> {
  const stored = await write(['appeals'], (tx) => putChecked(tx.objectStore('appeals'), appeal, now.toISOString()));
  announceChange([stored.id]);
  return stored;
}

/** Applies a lifecycle event and appends it to the timeline, in one transaction. */
export async function recordEvent(appeal: Appeal, event: AppealEvent, now = new Date()): Promise<{ appeal: Appeal; event: StatusEvent }> {
  // The state machine runs before the transaction: it may throw, and it must not hold the transaction open.
  const result = transition(appeal, event, now);
  const stored = await write(['appeals', 'events'], async (tx) => {
    const saved = await putChecked(tx.objectStore('appeals'), result.appeal, result.appeal.updatedAt);
    await tx.objectStore('events').add(result.event);
    return saved;
  });
  announceChange([stored.id]);
  return { appeal: stored, event: result.event };
}

/**
 * Drafts the complaint for an overdue or badly answered appeal, stores it, and marks the original as escalated
 * with the link — all or nothing.
 */
export async function escalateAppeal(
  original: Appeal,
  lang: Lang,
  now = new Date(),
): Promise<{ original: Appeal; complaint: Appeal; event: StatusEvent; draft: EscalationDraft }> {
  const draft = draftEscalation(original, now, lang);
  const complaint = { ...draft.appeal, version: 1 };
  const result = transition(original, { type: 'escalate', on: localIsoDate(now), escalatedBy: complaint.id }, now);
  const saved = await write(['appeals', 'events'], async (tx) => {
    const appeals = tx.objectStore('appeals');
    const updated = await putChecked(appeals, result.appeal, result.appeal.updatedAt);
    await appeals.add(toStored(complaint));
    await tx.objectStore('events').add(result.event);
    return updated;
  });
  announceChange([saved.id, complaint.id]);
  return { original: saved, complaint, event: result.event, draft };
}

/** Deletes an appeal with its timeline and attachments. */
export async function deleteAppeal(id: string): Promise<void> {
  await write(['appeals', 'events', 'attachments'], async (tx) => {
    const eventKeys = await tx.objectStore('events').index('appealId').getAllKeys(id);
    const attachmentKeys = await tx.objectStore('attachments').index('appealId').getAllKeys(id);
    await Promise.all([
      issued(tx.objectStore('appeals').delete(id)),
      ...eventKeys.map((key) => issued(tx.objectStore('events').delete(key))),
      ...attachmentKeys.map((key) => issued(tx.objectStore('attachments').delete(key))),
    ]);
  });
  announceChange([id]);
}

/** The timeline, oldest first. */
export async function listEvents(appealId: string): Promise<StatusEvent[]> {
  const events = await (await getDb()).getAllFromIndex('events', 'appealId', appealId);
  return events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** The appeal already filed from this post, or one with near-identical text. */
export async function findDuplicateInHistory(candidate: DuplicateCandidate): Promise<DuplicateMatch | null> {
  const db = await getDb();
  const key = sourceKey(candidate.source);
  if (key !== null) {
    const samePost = await db.getFromIndex('appeals', 'sourceKey', key);
    if (samePost) return { appeal: fromStored(samePost), reason: 'same_post', similarity: 1 };
  }
  const all = (await db.getAll('appeals')).map(fromStored);
  return findDuplicate({ text: candidate.text }, all);
}
