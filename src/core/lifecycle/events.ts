// What can happen to an appeal, and the record each happening leaves on its timeline.
import type { AnswerRating, AppealStatus, Channel } from '../appeal.ts';

/** Dates (`on`) are ISO yyyy-mm-dd days of the real event, which may be earlier than the moment it is recorded. */
export type AppealEvent =
  | { type: 'mark_ready' }
  | { type: 'back_to_draft' }
  | { type: 'submit'; on: string; channel?: Channel; registrationNumber?: string | null }
  | { type: 'register'; on: string; registrationNumber?: string | null }
  | { type: 'redirect'; on: string; recipientName?: string | null; registrationNumber?: string | null }
  | { type: 'start_work'; on: string }
  | { type: 'extend'; on: string; newDueOn: string }
  | { type: 'answer'; on: string; text: string; rating?: AnswerRating | null }
  | { type: 'rate'; rating: AnswerRating }
  | { type: 'resolve'; on: string }
  | { type: 'escalate'; on: string; escalatedBy: string }
  | { type: 'close'; on: string }
  | { type: 'reopen'; on: string }
  | { type: 'note'; text: string };

export type AppealEventType = AppealEvent['type'];

/** One line of the timeline. Stored in the `events` store; never edited after it is written. */
export interface StatusEvent {
  id: string;
  appealId: string;
  /** ISO 8601 instant when the user recorded it. */
  at: string;
  from: AppealStatus;
  to: AppealStatus;
  event: AppealEvent;
}

export type LifecycleErrorCode =
  | 'not_allowed'
  | 'bad_date'
  | 'date_in_future'
  | 'date_order'
  | 'missing_text'
  | 'too_long'
  | 'not_escalatable';

/** A refused change, with a code the page can translate and an English message for logs and tests. */
export class LifecycleError extends Error {
  override readonly name = 'LifecycleError';
  constructor(
    readonly code: LifecycleErrorCode,
    message: string,
  ) {
    super(message);
  }
}
