// Failures the page must handle differently: a newer copy saved elsewhere, or a full disk.
import type { Appeal } from '../core/appeal.ts';

/** The appeal was saved by another tab or window since this copy was loaded. Carries the stored copy. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  constructor(readonly stored: Appeal) {
    super(`Appeal ${stored.id} was changed elsewhere (stored version ${stored.version})`);
  }
}

/** The browser refused the write for lack of space. The change was not saved and can be retried. */
export class QuotaError extends Error {
  override readonly name = 'QuotaError';
  constructor(cause: unknown) {
    super('Not enough storage space to save the change', { cause });
  }
}

export function isConflictError(error: unknown): error is ConflictError {
  return error instanceof ConflictError;
}

export function isQuotaError(error: unknown): error is QuotaError {
  return error instanceof QuotaError;
}

/** QuotaExceededError as thrown by a request, or as the error of an aborted transaction. */
export function asQuotaError(error: unknown): QuotaError | null {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' ? new QuotaError(error) : null;
}
