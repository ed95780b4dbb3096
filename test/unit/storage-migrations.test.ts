// @vitest-environment node
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { getAppeal, recordEvent } from '../../src/storage/appeals-repo.ts';
import { getDb, openAppealDb, useDatabaseName } from '../../src/storage/db.ts';
import { activeDeadlines, listAppeals } from '../../src/storage/query.ts';
import { generateAppeals } from '../../src/storage/sample-appeals.ts';
import { DB_VERSION } from '../../src/storage/schema.ts';
import { dueRankOf, toStored } from '../../src/storage/stored.ts';
import { recordOfVersion } from '../support/stored-forms.ts';

const olderVersions = Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1);

/** The indexes of the appeals store, as the current version defines them. */
const CURRENT_INDEXES = ['dueRank', 'sourceKey', 'status', 'updatedAt'];

describe('schema upgrades', () => {
  it.each(olderVersions)('upgrades a filled version-%i database with every appeal intact', async (version) => {
    const name = `migration-from-v${version}`;
    const appeals = generateAppeals(300, version);
    const old = await openAppealDb(name, version);
    const tx = old.transaction('appeals', 'readwrite');
    await Promise.all(appeals.map((appeal) => tx.objectStore('appeals').put(recordOfVersion(appeal, version) as never)));
    await tx.done;
    old.close();

    useDatabaseName(name);
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['appeals', 'attachments', 'events', 'kv']);
    expect([...db.transaction('appeals').store.indexNames].sort()).toEqual(CURRENT_INDEXES);
    expect(await db.count('appeals')).toBe(appeals.length);
    for (const appeal of appeals) expect(await getAppeal(appeal.id)).toEqual(appeal);

    // Every record is in today's stored form: derived keys filled, the old search text gone.
    const stored = await db.getAll('appeals');
    expect(stored).toStrictEqual(stored.map((record) => toStored(record)));
    expect(stored.filter((record) => 'searchText' in record)).toEqual([]);
    // The indexes cover the old records.
    const withSource = appeals.filter((appeal) => appeal.source?.postId);
    expect(await db.countFromIndex('appeals', 'sourceKey')).toBe(withSource.length);
    expect(await db.countFromIndex('appeals', 'dueRank')).toBe(appeals.length);
    const firstByDue = [...appeals].sort((a, b) => dueRankOf(a).localeCompare(dueRankOf(b)) || a.id.localeCompare(b.id))[0]!;
    expect((await listAppeals({ sort: 'dueOn', limit: 1 })).items[0]?.id).toBe(firstByDue.id);
    expect((await activeDeadlines()).length).toBe(appeals.filter((a) => dueRankOf(a).startsWith('0')).length);
    const street = appeals[5]!.location.address ?? '';
    expect((await listAppeals({ text: street, limit: 500 })).items.map((a) => a.id)).toContain(appeals[5]!.id);
    // And the stores work.
    const first = (await getAppeal(appeals.find((a) => a.status === 'submitted')!.id))!;
    await recordEvent(first, { type: 'note', text: 'после обновления' });
    expect(await db.countFromIndex('events', 'appealId', first.id)).toBe(1);
  });

  it('keeps the timeline, attachments and settings of a version-2 database', async () => {
    const name = 'migration-v2-stores';
    const [appeal] = generateAppeals(1, 7);
    const old = await openAppealDb(name, 2);
    const tx = old.transaction(['appeals', 'events', 'attachments', 'kv'], 'readwrite');
    const event = { id: 'ev-1', appealId: appeal!.id, at: '2025-01-02T10:00:00.000Z', from: 'draft', to: 'ready', event: { type: 'mark_ready' } };
    const file = { id: 'file-1', appealId: appeal!.id, name: 'photo.jpg', type: 'image/jpeg', size: 3, blob: new Blob([new Uint8Array([1, 2, 3])]) };
    await Promise.all([
      tx.objectStore('appeals').put(recordOfVersion(appeal!, 2) as never),
      tx.objectStore('events').put(event as never),
      tx.objectStore('attachments').put(file),
      tx.objectStore('kv').put({ fullName: 'Иванов' }, 'profile'),
    ]);
    await tx.done;
    old.close();

    useDatabaseName(name);
    const db = await getDb();
    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAllFromIndex('events', 'appealId', appeal!.id)).toEqual([event]);
    const stored = await db.get('attachments', 'file-1');
    expect(stored?.name).toBe('photo.jpg');
    expect(new Uint8Array(await stored!.blob.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect(await db.get('kv', 'profile')).toEqual({ fullName: 'Иванов' });
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
