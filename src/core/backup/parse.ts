// Reading a backup file: size, JSON, hostile keys, version, schema, migration, then cross-record consistency.
// Everything is checked before the caller writes anything, so a bad file changes nothing.
import * as v from 'valibot';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, BackupError, type BackupFile } from './format.ts';
import { base64Size } from './base64.ts';
import { backupV1Schema, backupV2Schema } from './schema.ts';

/** The largest file accepted: room for the attachment limit and a long history, far below a tab's memory. */
export const MAX_BACKUP_CHARS = 400 * 1024 * 1024;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function parseJson(text: string): unknown {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BackupError('not_json', 'The file is not valid JSON — it may be truncated or damaged.');
  }
  rejectForbiddenKeys(data);
  return data;
}

/**
 * JSON.parse keeps `__proto__` as a plain own key, harmless until something copies it; refuse the file instead.
 * A walk after parsing rather than a reviver: a reviver redefines every value and makes a 10,000-appeal import
 * several times slower. Iterative, so a deeply nested hostile file cannot overflow the stack.
 */
function rejectForbiddenKeys(data: unknown): void {
  const pending: unknown[] = [data];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (typeof item === 'object' && item !== null) pending.push(item);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) throw new BackupError('forbidden_key', `The file contains the forbidden key "${key}"; it was not made by this extension or was altered.`);
      const item = (value as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null) pending.push(item);
    }
  }
}

function readHeader(data: unknown): number {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new BackupError('not_backup', 'This is not a Post to Appeal backup file.');
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new BackupError('invalid', 'The backup has no valid schema version.');
  }
  if (version > BACKUP_SCHEMA_VERSION) {
    throw new BackupError(
      'future_version',
      `The backup was made by a newer version of the extension (format ${version}; this one reads up to ${BACKUP_SCHEMA_VERSION}). Update the extension, then import again.`,
    );
  }
  return version;
}

/** A value quoted from the file, cut short: a 10 MB field must not become a 10 MB message. */
function quoted(received: string): string {
  return received.length > 60 ? `${received.slice(0, 60)}…` : received;
}

/** Our own checks carry readable messages; valibot's type issues are put in the same words. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'validation') return quoted(issue.message);
  if (issue.input === undefined) return 'is missing';
  return `has a wrong value (expected ${issue.expected ?? 'another type'}, found ${quoted(issue.received)})`;
}

function validate<S extends v.GenericSchema>(schema: S, data: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const where = issue ? (v.getDotPath(issue) ?? 'the file') : 'the file';
  throw new BackupError('invalid', `The backup is damaged: ${where} ${issue ? describeIssue(issue) : 'is invalid'}.`);
}

function migrateV1(data: v.InferOutput<typeof backupV1Schema>): BackupFile {
  return {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt: data.exportedAt,
    appeals: data.appeals.map((appeal) => ({ ...appeal, escalates: null, escalatedBy: null, version: 1 })),
    events: [],
    attachments: [],
    settings: {},
  };
}

function duplicateOf(ids: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}

function checkConsistency(backup: BackupFile): void {
  const fail = (message: string) => {
    throw new BackupError('inconsistent', `The backup is inconsistent: ${message}.`);
  };
  for (const [what, ids] of [
    ['appeal', backup.appeals.map((a) => a.id)],
    ['event', backup.events.map((e) => e.id)],
    ['attachment', backup.attachments.map((a) => a.id)],
  ] as const) {
    const duplicate = duplicateOf(ids);
    if (duplicate !== null) fail(`${what} ${duplicate} appears twice`);
  }
  const appealIds = new Set(backup.appeals.map((appeal) => appeal.id));
  for (const event of backup.events) if (!appealIds.has(event.appealId)) fail(`event ${event.id} belongs to no appeal`);
  for (const file of backup.attachments) {
    if (!appealIds.has(file.appealId)) fail(`attachment ${file.id} belongs to no appeal`);
    if (base64Size(file.data) !== file.size) fail(`attachment ${file.id} does not have the size it states`);
  }
}

/** The file as the current format, or a BackupError saying what is wrong. */
export function parseBackup(text: string): BackupFile {
  if (text.length > MAX_BACKUP_CHARS) {
    throw new BackupError('too_large', `The file is larger than ${MAX_BACKUP_CHARS / 1024 / 1024} MB.`);
  }
  const data = parseJson(text);
  const version = readHeader(data);
  const backup: BackupFile = version === 1 ? migrateV1(validate(backupV1Schema, data)) : (validate(backupV2Schema, data) as BackupFile);
  checkConsistency(backup);
  return backup;
}
