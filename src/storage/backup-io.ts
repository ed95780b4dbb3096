// Export of the whole history as one backup object, and import of a backup file in one transaction: all or nothing.
import { unwrap } from 'idb';
import type { Appeal } from '../core/appeal.ts';
import { base64ToBytes, bytesToBase64 } from '../core/backup/base64.ts';
import { appealsToCsv } from '../core/backup/csv.ts';
import { appealsToOpen311, type Open311Request } from '../core/backup/open311.ts';
import type { Lang } from '../core/types.ts';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, type BackupAttachment, type BackupFile } from '../core/backup/format.ts';
import { parseBackup } from '../core/backup/parse.ts';
import type { StatusEvent } from '../core/lifecycle/events.ts';
import { storedCopies } from './reads.ts';
import { announceChange } from './changes.ts';
import { getDb, issued, write } from './db.ts';
import type { StoredAttachment } from './schema.ts';
import { fromStored, toStored } from './stored.ts';

export interface DatabaseDump {
  appeals: Appeal[];
  events: StatusEvent[];
  attachments: StoredAttachment[];
  settings: Record<string, unknown>;
}

/** Everything in one read transaction: a consistent picture even while another tab writes. */
export async function dumpDatabase(): Promise<DatabaseDump> {
  const tx = (await getDb()).transaction(['appeals', 'events', 'attachments', 'kv']);
  const [appeals, events, attachments, keys, values] = await Promise.all([
    tx.objectStore('appeals').getAll(),
    tx.objectStore('events').getAll(),
    tx.objectStore('attachments').getAll(),
    tx.objectStore('kv').getAllKeys(),
    tx.objectStore('kv').getAll(),
  ]);
  await tx.done;
  const settings: Record<string, unknown> = Object.create(null);
  keys.forEach((key, i) => {
    settings[key] = values[i];
  });
  return { appeals: appeals.map(fromStored), events, attachments, settings };
}

export async function exportBackup(now = new Date()): Promise<BackupFile> {
  const dump = await dumpDatabase();
  // Reading the blobs happens after the transaction: awaiting them inside would let it commit early.
  const attachments: BackupAttachment[] = await Promise.all(
    dump.attachments.map(async ({ blob, ...meta }) => ({ ...meta, data: bytesToBase64(new Uint8Array(await blob.arrayBuffer())) })),
  );
  return {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    appeals: dump.appeals,
    events: dump.events,
    attachments,
    settings: { ...dump.settings },
  };
}

export async function exportBackupJson(now = new Date()): Promise<string> {
  return JSON.stringify(await exportBackup(now));
}

export async function exportCsv(): Promise<string> {
  return appealsToCsv((await (await getDb()).getAll('appeals')).map(fromStored));
}

export async function exportOpen311(lang: Lang = 'en'): Promise<Open311Request[]> {
  return appealsToOpen311((await (await getDb()).getAll('appeals')).map(fromStored), lang);
}

/** merge: add what is missing and take an imported appeal when it is newer; replace: the file becomes the history. */
export type ImportMode = 'merge' | 'replace';

export interface ImportSummary {
  appealsAdded: number;
  appealsUpdated: number;
  appealsKept: number;
  events: number;
  attachments: number;
  settings: number;
}

type Versioned = Pick<Appeal, 'updatedAt' | 'version'>;

function isNewer(incoming: Versioned, current: Versioned | undefined): boolean {
  if (!current) return true;
  return incoming.updatedAt > current.updatedAt || (incoming.updatedAt === current.updatedAt && incoming.version > current.version);
}

/**
 * Validates the whole file first (BackupError on any problem), decodes attachments, then writes everything in one
 * transaction. A failure at any point leaves the database as it was.
 */
export async function importBackup(text: string, mode: ImportMode = 'merge'): Promise<ImportSummary> {
  return importParsedBackup(parseBackup(text), mode);
}

/** The same, for a file already validated by `parseBackup` (the page previews it first: no second parse). */
export async function importParsedBackup(backup: BackupFile, mode: ImportMode = 'merge'): Promise<ImportSummary> {
  const files: StoredAttachment[] = backup.attachments.map(({ data, ...meta }) => ({
    ...meta,
    blob: new Blob([base64ToBytes(data)], { type: meta.type }),
  }));
  const summary: ImportSummary = { appealsAdded: 0, appealsUpdated: 0, appealsKept: 0, events: 0, attachments: 0, settings: 0 };
  await write(['appeals', 'events', 'attachments', 'kv'], async (tx) => {
    const appeals = tx.objectStore('appeals');
    if (mode === 'replace') {
      await Promise.all((['appeals', 'events', 'attachments', 'kv'] as const).map((name) => issued(tx.objectStore(name).clear())));
    }
    const current = mode === 'replace' ? [] : await storedCopies(appeals, backup.appeals.map((appeal) => appeal.id));
    // Plain requests, not idb's promises: with 30,000 records the wrappers cost more than the writes. A failed
    // request aborts the transaction, and `write` reports that error.
    const raw = unwrap(tx);
    const rawAppeals = raw.objectStore('appeals');
    backup.appeals.forEach((appeal, i) => {
      const existing = current[i];
      if (!isNewer(appeal, existing)) {
        summary.appealsKept++;
        return;
      }
      if (existing) summary.appealsUpdated++;
      else summary.appealsAdded++;
      rawAppeals.put(toStored(appeal));
    });
    // Timeline records and files are immutable by id: put() makes a second import of the same file harmless.
    const rawEvents = raw.objectStore('events');
    for (const event of backup.events) rawEvents.put(event);
    const rawFiles = raw.objectStore('attachments');
    for (const file of files) rawFiles.put(file);
    const rawSettings = raw.objectStore('kv');
    for (const [key, value] of Object.entries(backup.settings)) rawSettings.put(value, key);
  });
  summary.events = backup.events.length;
  summary.attachments = files.length;
  summary.settings = Object.keys(backup.settings).length;
  announceChange(null);
  return summary;
}
