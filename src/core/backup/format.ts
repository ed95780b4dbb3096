// The backup file: one JSON object with everything the history holds. `schemaVersion` 2 is current; version 1
// (appeals only, before the timeline and attachments existed) is migrated on import.
import type { Appeal } from '../appeal.ts';
import type { StatusEvent } from '../lifecycle/events.ts';

export const BACKUP_FORMAT = 'post-to-appeal-backup';
export const BACKUP_SCHEMA_VERSION = 2;

export interface BackupAttachment {
  id: string;
  appealId: string;
  name: string;
  type: string;
  size: number;
  /** The file's bytes, base64. */
  data: string;
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  schemaVersion: typeof BACKUP_SCHEMA_VERSION;
  /** ISO 8601 instant. */
  exportedAt: string;
  appeals: Appeal[];
  events: StatusEvent[];
  attachments: BackupAttachment[];
  settings: Record<string, unknown>;
}

export type BackupErrorCode =
  | 'too_large'
  | 'not_json'
  | 'not_backup'
  | 'future_version'
  | 'forbidden_key'
  | 'invalid'
  | 'inconsistent';

/** Why a file cannot be imported, in words a user can act on. Nothing is changed when this is thrown. */
export class BackupError extends Error {
  override readonly name = 'BackupError';
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
  }
}
