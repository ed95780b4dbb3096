// The IndexedDB schema and its versioned upgrades. Version 1 held appeals only; version 2 added the timeline,
// attachments, settings and the indexes the history page needs. Every step stays here forever: a browser that
// last ran version 1 upgrades through each step in turn.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { AppealStatus, Category, Channel } from '../core/appeal.ts';
import type { StatusEvent } from '../core/lifecycle/events.ts';
import { toStored, type StoredAppeal } from './stored.ts';

export const DB_NAME = 'post-to-appeal';
export const DB_VERSION = 2;

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
      status: AppealStatus;
      updatedAt: string;
      category: Category;
      channel: Channel;
      dueOn: string;
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
    const appeals = tx.objectStore('appeals');
    appeals.createIndex('category', 'category');
    appeals.createIndex('channel', 'channel');
    appeals.createIndex('dueOn', 'dueOn');
    appeals.createIndex('sourceKey', 'sourceKey');
    db.createObjectStore('events', { keyPath: 'id' }).createIndex('appealId', 'appealId');
    db.createObjectStore('attachments', { keyPath: 'id' }).createIndex('appealId', 'appealId');
    db.createObjectStore('kv');
    // Version-1 records lack the derived search fields: fill them in the upgrade transaction itself.
    appeals
      .openCursor()
      .then(async (cursor) => {
        for (let current = cursor; current; current = await current.continue()) {
          await current.update(toStored(current.value));
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
  },
};

/** Runs the steps from `oldVersion` (exclusive) to `newVersion` (inclusive). */
export function upgrade(db: Db, oldVersion: number, newVersion: number, tx: UpgradeTx): void {
  for (let version = oldVersion + 1; version <= newVersion; version++) STEPS[version]?.(db, tx);
}
