// @vitest-environment node
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { getAppeal, recordEvent } from '../../src/storage/appeals-repo.ts';
import { getDb, openAppealDb, useDatabaseName } from '../../src/storage/db.ts';
import { listAppeals } from '../../src/storage/query.ts';
import { generateAppeals } from '../../src/storage/sample-appeals.ts';
import { DB_VERSION } from '../../src/storage/schema.ts';
import { searchTextOf } from '../../src/storage/stored.ts';

const olderVersions = Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1);

describe('schema upgrades', () => {
  it.each(olderVersions)('upgrades a filled version-%i database with every appeal intact', async (version) => {
    const name = `migration-from-v${version}`;
    const appeals = generateAppeals(300, version);
    const old = await openAppealDb(name, version);
    const tx = old.transaction('appeals', 'readwrite');
    // Version-1 records are plain appeals, without the derived search fields.
    await Promise.all(appeals.map((appeal) => tx.objectStore('appeals').put(appeal as never)));
    await tx.done;
    old.close();

    useDatabaseName(name);
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['appeals', 'attachments', 'events', 'kv']);
    expect(await db.count('appeals')).toBe(appeals.length);
    for (const appeal of appeals) expect(await getAppeal(appeal.id)).toEqual(appeal);

    const stored = await db.get('appeals', appeals[0]!.id);
    expect(stored?.searchText).toBe(searchTextOf(appeals[0]!));
    // The indexes added in version 2 cover the old records.
    const withSource = appeals.filter((appeal) => appeal.source?.postId);
    expect(await db.countFromIndex('appeals', 'sourceKey')).toBe(withSource.length);
    expect(await db.countFromIndex('appeals', 'category', appeals[0]!.category)).toBe(
      appeals.filter((appeal) => appeal.category === appeals[0]!.category).length,
    );
    const street = appeals[5]!.location.address ?? '';
    expect((await listAppeals({ text: street, limit: 500 })).items.map((a) => a.id)).toContain(appeals[5]!.id);
    // And the new stores work.
    const first = (await getAppeal(appeals.find((a) => a.status === 'submitted')!.id))!;
    await recordEvent(first, { type: 'note', text: 'после обновления' });
    expect(await db.countFromIndex('events', 'appealId', first.id)).toBe(1);
  });

  it('lets a newer version upgrade while this page holds a connection, by closing it', async () => {
    useDatabaseName('migration-blocking');
    const held = await getDb();
    const newer = await openDB('migration-blocking', DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
    // The old connection was closed rather than left blocking; the next use reopens (and here meets the newer
    // version, which an outdated page cannot open).
    expect(() => held.transaction('appeals')).toThrow();
    await expect(getDb()).rejects.toMatchObject({ name: 'VersionError' });
  });
});
