// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupError, type BackupErrorCode } from '../../src/core/backup/format.ts';
import { createAppeal, getAppeal, recordEvent } from '../../src/storage/appeals-repo.ts';
import { addAttachment } from '../../src/storage/attachments-repo.ts';
import { dumpDatabase, exportBackup, exportBackupJson, importBackup } from '../../src/storage/backup-io.ts';
import { useDatabaseName } from '../../src/storage/db.ts';
import { makeAppeal } from '../../src/storage/sample-appeals.ts';
import { rememberRecipient, setSetting } from '../../src/storage/settings-repo.ts';

let dbCount = 0;
beforeEach(() => useDatabaseName(`backup-test-${++dbCount}`));

/** The whole database, blobs read as text, for before/after comparisons. */
async function fullDump() {
  const dump = await dumpDatabase();
  const attachments = await Promise.all(dump.attachments.map(async ({ blob, ...meta }) => ({ ...meta, bytes: await blob.text(), blobType: blob.type })));
  return { ...dump, attachments, settings: { ...dump.settings } };
}

async function fillHistory() {
  const first = await createAppeal(makeAppeal({ id: 'a1' }));
  const submitted = await recordEvent(first, { type: 'submit', on: '2025-03-20', registrationNumber: 'ЖТ-1' }, new Date('2025-03-20T10:00:00'));
  await addAttachment(submitted.appeal, new Blob(['фото ямы'], { type: 'image/jpeg' }), 'yama.jpg');
  await createAppeal(makeAppeal({ id: 'a2', jurisdiction: 'RU', channel: 'pos', appealType: 'message', subject: 'Не горит фонарь' }));
  await rememberRecipient('Алматы', 'roads', { id: null, name: 'Акимат', url: null });
  await setSetting('lastDraft', 'a2');
}

async function goodFile(): Promise<Record<string, unknown>> {
  await fillHistory();
  const file = JSON.parse(await exportBackupJson(new Date('2025-06-01T00:00:00Z'))) as Record<string, unknown>;
  useDatabaseName(`backup-test-${++dbCount}`);
  return file;
}

async function expectRefused(text: string, code: BackupErrorCode): Promise<BackupError> {
  const error = await importBackup(text).then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(BackupError);
  expect((error as BackupError).code).toBe(code);
  return error as BackupError;
}

describe('export and import', () => {
  it('round-trips appeals, the timeline, attachment bytes and settings into a fresh profile', async () => {
    await fillHistory();
    const before = await fullDump();
    const json = await exportBackupJson();
    useDatabaseName(`backup-test-${++dbCount}`);
    const summary = await importBackup(json);
    expect(summary).toMatchObject({ appealsAdded: 2, events: 1, attachments: 1, settings: 2 });
    expect(await fullDump()).toEqual(before);
  });

  it('exports the documented shape with base64 attachments', async () => {
    await fillHistory();
    const backup = await exportBackup(new Date('2025-06-01T00:00:00Z'));
    expect(backup).toMatchObject({ format: 'post-to-appeal-backup', schemaVersion: 2, exportedAt: '2025-06-01T00:00:00.000Z' });
    expect(backup.attachments[0]).toMatchObject({ appealId: 'a1', name: 'yama.jpg', type: 'image/jpeg', size: 15 });
    expect(new TextDecoder().decode(Uint8Array.from(atob(backup.attachments[0]!.data), (c) => c.charCodeAt(0)))).toBe('фото ямы');
  });

  it('merge keeps the newer local copy and takes newer imported ones; a second import changes nothing', async () => {
    const file = await goodFile();
    await createAppeal(makeAppeal({ id: 'a1', subject: 'Местная правка' }), new Date('2030-01-01T00:00:00Z'));
    const summary = await importBackup(JSON.stringify(file));
    expect(summary).toMatchObject({ appealsAdded: 1, appealsKept: 1 });
    expect((await getAppeal('a1'))?.subject).toBe('Местная правка');
    const after = await fullDump();
    await importBackup(JSON.stringify(file));
    expect(await fullDump()).toEqual(after);
  });

  it('replace makes the file the whole history', async () => {
    const file = await goodFile();
    await createAppeal(makeAppeal({ id: 'local-only' }));
    await importBackup(JSON.stringify(file), 'replace');
    expect(await getAppeal('local-only')).toBeNull();
    expect((await fullDump()).appeals.map((a) => a.id).sort()).toEqual(['a1', 'a2']);
  });

  it('migrates a version-1 backup (appeals only, no escalation links or versions)', async () => {
    const { escalates: _e, escalatedBy: _b, version: _v, ...oldAppeal } = makeAppeal({ id: 'old-1' });
    const v1 = { format: 'post-to-appeal-backup', schemaVersion: 1, exportedAt: '2024-05-01T00:00:00Z', appeals: [oldAppeal] };
    await importBackup(JSON.stringify(v1));
    expect(await getAppeal('old-1')).toEqual(makeAppeal({ id: 'old-1', version: 1 }));
  });
});

describe('bad files leave a filled database unchanged', () => {
  const cases: Array<[string, (file: Record<string, any>, json: string) => string, BackupErrorCode]> = [
    ['truncated JSON', (_f, json) => json.slice(0, Math.floor(json.length / 2)), 'not_json'],
    ['empty file', () => '', 'not_json'],
    ['not an object', () => '[1,2,3]', 'not_backup'],
    ['another program’s JSON', () => JSON.stringify({ appeals: [] }), 'not_backup'],
    ['a future version', (f) => JSON.stringify({ ...f, schemaVersion: 3 }), 'future_version'],
    ['a broken version', (f) => JSON.stringify({ ...f, schemaVersion: '2' }), 'invalid'],
    ['a wrong status', (f) => JSON.stringify({ ...f, appeals: [{ ...f.appeals[0], status: 'lost' }] }), 'invalid'],
    ['a number for a subject', (f) => JSON.stringify({ ...f, appeals: [{ ...f.appeals[0], subject: 42 }] }), 'invalid'],
    ['an impossible date', (f) => JSON.stringify({ ...f, appeals: [{ ...f.appeals[0], dueOn: '2025-02-30' }] }), 'invalid'],
    ['a huge string', (f) => JSON.stringify({ ...f, appeals: [{ ...f.appeals[0], body: 'я'.repeat(300_000) }] }), 'invalid'],
    ['a __proto__ key', (_f, json) => json.replace('"subject":', '"__proto__":{"polluted":true},"subject":'), 'forbidden_key'],
    ['a constructor key in settings', (f) => JSON.stringify({ ...f, settings: { constructor: { prototype: { polluted: true } } } }), 'forbidden_key'],
    ['an event of a missing appeal', (f) => JSON.stringify({ ...f, events: [{ ...f.events[0], appealId: 'ghost' }] }), 'inconsistent'],
    ['duplicate appeal ids', (f) => JSON.stringify({ ...f, appeals: [f.appeals[0], f.appeals[0]] }), 'inconsistent'],
    ['attachment data that is not base64', (f) => JSON.stringify({ ...f, attachments: [{ ...f.attachments[0], data: '<script>' }] }), 'invalid'],
    ['an attachment of the wrong size', (f) => JSON.stringify({ ...f, attachments: [{ ...f.attachments[0], size: 3 }] }), 'inconsistent'],
    ['an unknown event type', (f) => JSON.stringify({ ...f, events: [{ ...f.events[0], event: { type: 'delete_all' } }] }), 'invalid'],
  ];

  it.each(cases)('%s', async (_name, corrupt, code) => {
    const file = await goodFile();
    const json = JSON.stringify(file);
    await createAppeal(makeAppeal({ id: 'mine', subject: 'Моё обращение' }));
    await rememberRecipient('Астана', 'waste', { id: null, name: 'Акимат Астаны', url: null });
    const before = await fullDump();
    const error = await expectRefused(corrupt(file, json), code);
    expect(error.message.length).toBeGreaterThan(10);
    expect(await fullDump()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says where the damage is', async () => {
    const file = await goodFile();
    const error = await expectRefused(JSON.stringify({ ...file, appeals: [{ ...(file.appeals as object[])[0], status: 'lost' }] }), 'invalid');
    expect(error.message).toContain('appeals.0.status');
  });

  it('writes nothing when the disk fills up half-way through the import', async () => {
    const file = await goodFile();
    await createAppeal(makeAppeal({ id: 'mine' }));
    const before = await fullDump();
    let calls = 0;
    const realPut = IDBObjectStore.prototype.put;
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls === 3) throw new DOMException('full', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    const error = await importBackup(JSON.stringify(file)).catch((reason: unknown) => reason);
    put.mockRestore();
    expect((error as Error).name).toBe('QuotaError');
    expect(await fullDump()).toEqual(before);
  });
});
