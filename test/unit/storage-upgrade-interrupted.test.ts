// @vitest-environment node
// Guarantee 5 of the privacy and security issue, second half: a database upgrade that is interrupted (the
// versionchange transaction aborted half-way) loses nothing, and the next open resumes it to a complete schema —
// from version 1 (new stores) and from version 2 (indexes replaced, every record rewritten).
// Also: an outdated page holding an old connection lets the upgrade through instead of blocking it.
import { openDB, type IDBPDatabase } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Appeal } from '../../src/core/appeal.ts';
import { getAppeal, recordEvent } from '../../src/storage/appeals-repo.ts';
import { closeDb, getDb, openAppealDb, useDatabaseName } from '../../src/storage/db.ts';
import { generateAppeals } from '../../src/storage/sample-appeals.ts';
import { DB_VERSION, upgrade, type AppealDb } from '../../src/storage/schema.ts';
import { toStored } from '../../src/storage/stored.ts';
import { recordOfVersion } from '../support/stored-forms.ts';

const APPEALS = 300;

/** Store names, key paths and indexes: everything an upgrade step creates. */
function schemaOf(db: IDBPDatabase<AppealDb>): unknown {
  const names = [...db.objectStoreNames].sort();
  if (names.length === 0) return {};
  const tx = db.transaction(names);
  const schema = Object.fromEntries(
    names.map((name) => {
      const store = tx.objectStore(name);
      const indexes = [...store.indexNames].sort().map((index) => {
        const { keyPath, unique, multiEntry } = store.index(index);
        return { index, keyPath, unique, multiEntry };
      });
      return [name, { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes }];
    }),
  );
  void tx.done.catch(() => undefined);
  return schema;
}

let dbCount = 0;
const complete = async () => {
  const fresh = await openAppealDb(`fresh-${++dbCount}`);
  const schema = schemaOf(fresh);
  fresh.close();
  return schema;
};

/** A database as the release that knew only `version` left it, with its records in that release's form. */
async function databaseAt(version: number, name: string): Promise<Appeal[]> {
  const appeals = generateAppeals(APPEALS, 11);
  const old = await openAppealDb(name, version);
  const tx = old.transaction('appeals', 'readwrite');
  await Promise.all(appeals.map((appeal) => tx.store.put(recordOfVersion(appeal, version) as never)));
  await tx.done;
  old.close();
  return appeals;
}

const versionOneDatabase = (name: string) => databaseAt(1, name);

/** Opens the database as the current release would, but aborts the upgrade at the moment `interrupt` picks. */
async function interruptedUpgrade(name: string, interrupt: (tx: { abort(): void }, db: IDBPDatabase<AppealDb>) => void): Promise<unknown> {
  return openDB<AppealDb>(name, DB_VERSION, {
    upgrade: (db, oldVersion, newVersion, tx) => {
      // The step's own backfill sees the abort as a failure; keep its echo from escaping as unhandled.
      tx.done.catch(() => undefined);
      interrupt(tx, db);
      void newVersion;
      void oldVersion;
    },
  }).then(
    (db) => {
      db.close();
      return null;
    },
    (error: unknown) => error,
  );
}

/** After the interruption the database is still the old one, untouched. */
async function expectStillAt(version: number, name: string, appeals: readonly Appeal[], schema?: unknown): Promise<void> {
  const db = await openDB<AppealDb>(name);
  expect(db.version).toBe(version);
  if (schema) expect(schemaOf(db)).toEqual(schema);
  else expect([...db.objectStoreNames]).toEqual(['appeals']);
  expect(await db.getAll('appeals')).toEqual(appeals.map((appeal) => recordOfVersion(appeal, version)));
  db.close();
}

const expectStillVersionOne = (name: string, appeals: readonly Appeal[]) => expectStillAt(1, name, appeals);

/** The resumed upgrade: the real open, the full schema, every appeal equal to what was stored, with search fields. */
async function expectResumed(name: string, appeals: readonly Appeal[]): Promise<void> {
  useDatabaseName(name);
  const db = await getDb();
  expect(db.version).toBe(DB_VERSION);
  expect(schemaOf(db)).toEqual(await complete());
  expect(await db.count('appeals')).toBe(appeals.length);
  for (const appeal of appeals) expect(await getAppeal(appeal.id)).toEqual(appeal);
  const stored = await db.getAll('appeals');
  expect(stored).toStrictEqual(appeals.map(toStored));
  expect(await db.countFromIndex('appeals', 'sourceKey')).toBe(appeals.filter((a) => a.source?.postId).length);
  expect(await db.countFromIndex('appeals', 'dueRank')).toBe(appeals.length);
  // The stores added by the upgrade take writes.
  const submitted = (await getAppeal(appeals.find((a) => a.status === 'submitted')!.id))!;
  await recordEvent(submitted, { type: 'note', text: 'после прерванного обновления' });
  expect(await db.countFromIndex('events', 'appealId', submitted.id)).toBe(1);
}

afterEach(() => {
  vi.restoreAllMocks();
  closeDb();
});

/** Aborts the watched upgrade transaction right after its `limit`-th record rewrite (a cursor update). */
function abortAfterRewrites(limit: number): { watch(tx: { abort(): void }): void; count(): number } {
  let rewrites = 0;
  let upgradeTx: { abort(): void } | null = null;
  const realUpdate = IDBCursor.prototype.update;
  vi.spyOn(IDBCursor.prototype, 'update').mockImplementation(function (this: IDBCursor, value: unknown) {
    const request = realUpdate.call(this, value);
    if (++rewrites === limit) upgradeTx?.abort();
    return request;
  });
  return { watch: (tx) => void (upgradeTx = tx), count: () => rewrites };
}

describe('an interrupted upgrade from version 1', () => {
  it('aborted right after the first new store was created: nothing lost, resumed to the full schema', async () => {
    const name = `interrupted-first-store-${++dbCount}`;
    const appeals = await versionOneDatabase(name);
    const error = await interruptedUpgrade(name, (tx, db) => {
      db.createObjectStore('events', { keyPath: 'id' });
      expect([...db.objectStoreNames]).toContain('events');
      tx.abort();
    });
    expect(error).toMatchObject({ name: 'AbortError' });
    await expectStillVersionOne(name, appeals);
    await expectResumed(name, appeals);
  });

  it('aborted in the middle of rewriting the old records into the current form: nothing lost, resumed', async () => {
    const name = `interrupted-backfill-${++dbCount}`;
    const appeals = await versionOneDatabase(name);
    // A third of the way through, the upgrade dies: the records already rewritten must roll back too.
    const rewrites = abortAfterRewrites(APPEALS / 3);
    const error = await interruptedUpgrade(name, (tx, db) => {
      rewrites.watch(tx);
      upgrade(db, 1, DB_VERSION, tx as never);
    });
    expect(rewrites.count()).toBe(APPEALS / 3);
    expect(error).toMatchObject({ name: 'AbortError' });
    vi.restoreAllMocks();
    await expectStillVersionOne(name, appeals);
    const raw = await openDB(name);
    expect((await raw.getAll('appeals')).filter((record) => 'searchText' in record)).toEqual([]);
    raw.close();
    await expectResumed(name, appeals);
  });

  it('aborted after every step ran but before the commit, twice in a row: nothing lost, resumed', async () => {
    const name = `interrupted-commit-${++dbCount}`;
    const appeals = await versionOneDatabase(name);
    for (let attempt = 0; attempt < 2; attempt++) {
      const error = await interruptedUpgrade(name, (tx, db) => {
        upgrade(db, 1, DB_VERSION, tx as never);
        expect([...db.objectStoreNames].sort()).toEqual(['appeals', 'attachments', 'events', 'kv']);
        tx.abort();
      });
      expect(error).toMatchObject({ name: 'AbortError' });
      await expectStillVersionOne(name, appeals);
    }
    await expectResumed(name, appeals);
  });
});

describe('an interrupted upgrade from version 2', () => {
  async function versionTwoSchema(): Promise<unknown> {
    const db = await openAppealDb(`v2-schema-${++dbCount}`, 2);
    const schema = schemaOf(db);
    db.close();
    return schema;
  }

  it('aborted in the middle of rewriting the records: the old indexes and records stay, then it resumes', async () => {
    const name = `interrupted-v2-rewrite-${++dbCount}`;
    const appeals = await databaseAt(2, name);
    const before = await versionTwoSchema();
    const rewrites = abortAfterRewrites(APPEALS / 2);
    const error = await interruptedUpgrade(name, (tx, db) => {
      rewrites.watch(tx);
      upgrade(db, 2, DB_VERSION, tx as never);
    });
    expect(rewrites.count()).toBe(APPEALS / 2);
    expect(error).toMatchObject({ name: 'AbortError' });
    vi.restoreAllMocks();
    await expectStillAt(2, name, appeals, before);
    await expectResumed(name, appeals);
  });

  it('aborted after the indexes were replaced but before the commit: resumed', async () => {
    const name = `interrupted-v2-commit-${++dbCount}`;
    const appeals = await databaseAt(2, name);
    const before = await versionTwoSchema();
    const error = await interruptedUpgrade(name, (tx, db) => {
      upgrade(db, 2, DB_VERSION, tx as never);
      tx.abort();
    });
    expect(error).toMatchObject({ name: 'AbortError' });
    await expectStillAt(2, name, appeals, before);
    await expectResumed(name, appeals);
  });
});

describe('an outdated page holding a version-1 connection', () => {
  it('closes it when the new version asks (blocking), so the upgrade proceeds, and refuses to reopen the old version', async () => {
    const name = `blocking-${++dbCount}`;
    const appeals = await versionOneDatabase(name);
    // The outdated page: the same storage module as the release that knew only version 1.
    vi.resetModules();
    vi.doMock('../../src/storage/schema.ts', async (importOriginal) => ({ ...(await importOriginal<object>()), DB_VERSION: 1 }));
    const outdated = await import('../../src/storage/db.ts');
    vi.doUnmock('../../src/storage/schema.ts');
    outdated.useDatabaseName(name);
    const held = await outdated.getDb();
    expect(held.version).toBe(1);
    expect(await held.count('appeals')).toBe(appeals.length);

    // The updated page opens the database: the upgrade must not wait for the old page.
    await expectResumed(name, appeals);
    expect(() => held.transaction('appeals')).toThrow();
    // The outdated page cannot use the new version and says so instead of hanging or downgrading it.
    await expect(outdated.getDb()).rejects.toMatchObject({ name: 'VersionError' });
    const check = await openDB(name);
    expect(check.version).toBe(DB_VERSION);
    check.close();
  });
});
