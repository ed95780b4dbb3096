// The IndexedDB schema and its versioned upgrades. Version 1 held appeals only; version 2 added the timeline,
// attachments, settings and the indexes the history page needed then; version 3 keeps only the indexes the code
// queries (each one costs on every write: a 10,000-appeal import writes them all), adds the due-date order, and
// stops storing the search text. Every step stays here forever: a browser that last ran version 1 upgrades
// through each step in turn.
import { unwrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { AppealStatus } from '../core/appeal.ts';
import type { StatusEvent } from '../core/lifecycle/events.ts';
import { toStored, type StoredAppeal } from './stored.ts';

export const DB_NAME = 'post-to-appeal';
export const DB_VERSION = 3;

export interface StoredAttachment {
  id: string;
  appealId: string;
  name: string;
  type: string;
  size: number;
  blob: Blob;
}

export interface AppealDb extends DBSchema {
  appeals: {
    key: string;
    value: StoredAppeal;
    indexes: {
      /** Active appeals for the reminders. */
      status: AppealStatus;
      /** The first page of "latest change first". */
      updatedAt: string;
      /** The first page of "sort by due date"; its first group (running deadlines) for the reminders. */
      dueRank: string;
      /** Duplicates: the appeal already filed from a post. */
      sourceKey: string;
    };
  };
  events: { key: string; value: StatusEvent; indexes: { appealId: string } };
  attachments: { key: string; value: StoredAttachment; indexes: { appealId: string } };
  /** Settings and small remembered values (recipient per city and category, last opened draft). */
  kv: { key: string; value: unknown };
}

export type Db = IDBPDatabase<AppealDb>;
type UpgradeTx = IDBPTransaction<AppealDb, StoreNames<AppealDb>[], 'versionchange'>;

type Step = (db: Db, tx: UpgradeTx) => void;

const STEPS: Readonly<Record<number, Step>> = {
  1: (db) => {
    const appeals = db.createObjectStore('appeals', { keyPath: 'id' });
    appeals.createIndex('status', 'status');
    appeals.createIndex('updatedAt', 'updatedAt');
  },
  2: (db, tx) => {
    // The plain store: indexes of past versions are not in today's typed schema.
    const appeals = unwrap(tx.objectStore('appeals'));
    for (const name of ['category', 'channel', 'dueOn', 'sourceKey']) appeals.createIndex(name, name);
    db.createObjectStore('events', { keyPath: 'id' }).createIndex('appealId', 'appealId');
    db.createObjectStore('attachments', { keyPath: 'id' }).createIndex('appealId', 'appealId');
    db.createObjectStore('kv');
  },
  3: (_db, tx) => {
    const appeals = tx.objectStore('appeals');
    // Filters and search run over the in-memory rows: nothing ever queried these.
    for (const name of ['category', 'channel', 'dueOn']) unwrap(appeals).deleteIndex(name);
    appeals.createIndex('dueRank', 'dueRank');
  },
};

/** The version whose stored form of an appeal (its derived fields) is the current one. */
const STORED_FORM_VERSION = 3;

/**
 * Rewrites every appeal into the current stored form (`toStored`: the derived keys the indexes read), in the
 * upgrade transaction itself, so a failure or an interruption leaves the database at its old version, untouched.
 */
function rewriteAppeals(tx: UpgradeTx): void {
  tx.objectStore('appeals')
    .openCursor()
    .then(async (cursor) => {
      for (let current = cursor; current; current = await current.continue()) {
        await current.update(toStored(current.value as StoredAppeal));
      }
    })
    // A failed write already aborts the upgrade (and so the open); abort states it for any other failure.
    .catch(() => {
      try {
        tx.abort();
      } catch {
        // Already aborted (interrupted from outside): the open fails with that abort, nothing to add.
      }
    });
}

/** Runs the steps from `oldVersion` (exclusive) to `newVersion` (inclusive). */
export function upgrade(db: Db, oldVersion: number, newVersion: number, tx: UpgradeTx): void {
  for (let version = oldVersion + 1; version <= newVersion; version++) STEPS[version]?.(db, tx);
  // A new database has no records; one from before holds them in an older form.
  if (oldVersion > 0 && oldVersion < STORED_FORM_VERSION && newVersion >= STORED_FORM_VERSION) rewriteAppeals(tx);
}
