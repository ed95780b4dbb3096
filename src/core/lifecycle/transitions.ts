// The appeal's state machine: which event is allowed in which status, what it changes, and the due date after it.
import type { Appeal, AppealStatus } from '../appeal.ts';
import { dueDates } from '../deadlines/calculator.ts';
import { isIsoDate, localIsoDate } from '../deadlines/dates.ts';
import { LifecycleError, type AppealEvent, type AppealEventType, type StatusEvent } from './events.ts';
import { escalationReason } from './escalation-reason.ts';
import { newId } from './ids.ts';
import { ACTIVE_STATUSES, ALL_STATUSES } from './statuses.ts';

const ALLOWED_FROM: Record<AppealEventType, readonly AppealStatus[]> = {
  mark_ready: ['draft'],
  back_to_draft: ['ready'],
  submit: ['draft', 'ready'],
  register: ['submitted'],
  redirect: ['submitted', 'registered', 'in_progress'],
  start_work: ['submitted', 'registered', 'redirected'],
  // Only one extension: `extended` is not a source of `extend`.
  extend: ['submitted', 'registered', 'redirected', 'in_progress'],
  answer: ACTIVE_STATUSES,
  rate: ['answered', 'resolved', 'escalated', 'closed'],
  resolve: ['answered'],
  escalate: [...ACTIVE_STATUSES, 'answered'],
  close: ALL_STATUSES.filter((status) => status !== 'closed'),
  reopen: ['resolved', 'closed'],
  note: ALL_STATUSES,
};

const LIMITS = { registrationNumber: 100, recipientName: 500, answer: 100_000, note: 10_000 };

function targetStatus(appeal: Appeal, event: AppealEvent): AppealStatus {
  switch (event.type) {
    case 'mark_ready': return 'ready';
    case 'back_to_draft': return 'draft';
    case 'submit': return 'submitted';
    case 'register': return 'registered';
    case 'redirect': return 'redirected';
    case 'start_work': return 'in_progress';
    case 'extend': return 'extended';
    case 'answer': return 'answered';
    case 'resolve': return 'resolved';
    case 'escalate': return 'escalated';
    case 'close': return 'closed';
    case 'reopen': return appeal.submittedOn === null ? 'draft' : 'in_progress';
    case 'rate':
    case 'note': return appeal.status;
  }
}

function checkDate(value: string, today: string, label: string, notBefore: string | null): void {
  if (!isIsoDate(value)) throw new LifecycleError('bad_date', `${label} must be a date (yyyy-mm-dd)`);
  if (value > today) throw new LifecycleError('date_in_future', `${label} cannot be in the future`);
  if (notBefore !== null && value < notBefore) {
    throw new LifecycleError('date_order', `${label} cannot be before the submission date ${notBefore}`);
  }
}

/** Zero-width and bidi controls: a text made only of them is empty to the reader. */
const INVISIBLE = /[\s\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g;

function cleanText(value: string | null | undefined, limit: number, label: string): string | null {
  const text = (value ?? '').trim();
  if (text.length > limit) throw new LifecycleError('too_long', `${label} is longer than ${limit} characters`);
  return text.replace(INVISIBLE, '') === '' ? null : text;
}

function requireText(value: string, limit: number, label: string): string {
  const text = cleanText(value, limit, label);
  if (text === null) throw new LifecycleError('missing_text', `${label} is empty`);
  return text;
}

/** The appeal's fields after the event, before the due date is recomputed. Throws LifecycleError on bad data. */
function applyEvent(appeal: Appeal, event: AppealEvent, today: string): Appeal {
  const submitted = appeal.submittedOn;
  switch (event.type) {
    case 'submit': {
      checkDate(event.on, today, 'Submission date', null);
      const number = cleanText(event.registrationNumber, LIMITS.registrationNumber, 'Registration number');
      return { ...appeal, submittedOn: event.on, channel: event.channel ?? appeal.channel, registrationNumber: number ?? appeal.registrationNumber };
    }
    case 'register': {
      checkDate(event.on, today, 'Registration date', submitted);
      const number = cleanText(event.registrationNumber, LIMITS.registrationNumber, 'Registration number');
      return { ...appeal, registeredOn: event.on, registrationNumber: number ?? appeal.registrationNumber };
    }
    case 'redirect': {
      checkDate(event.on, today, 'Redirection date', submitted);
      const number = cleanText(event.registrationNumber, LIMITS.registrationNumber, 'Registration number');
      const name = cleanText(event.recipientName, LIMITS.recipientName, 'Recipient');
      // The term restarts at the competent body from the day it received the appeal.
      return {
        ...appeal,
        registeredOn: event.on,
        registrationNumber: number ?? appeal.registrationNumber,
        recipient: name === null ? appeal.recipient : { id: null, name, url: null },
      };
    }
    case 'start_work':
    case 'resolve':
    case 'close':
    case 'reopen':
      checkDate(event.on, today, 'Date', null);
      return appeal;
    case 'extend': {
      checkDate(event.on, today, 'Extension date', submitted);
      if (!isIsoDate(event.newDueOn)) throw new LifecycleError('bad_date', 'The new due date must be a date (yyyy-mm-dd)');
      if (submitted !== null && event.newDueOn <= submitted) {
        throw new LifecycleError('date_order', 'The new due date must be after the submission date');
      }
      return { ...appeal, dueOn: event.newDueOn };
    }
    case 'answer': {
      checkDate(event.on, today, 'Answer date', submitted);
      const text = requireText(event.text, LIMITS.answer, 'The answer');
      return { ...appeal, answer: { text, on: event.on, rating: event.rating ?? null } };
    }
    case 'rate':
      if (appeal.answer === null) throw new LifecycleError('not_allowed', 'There is no answer to rate');
      return { ...appeal, answer: { ...appeal.answer, rating: event.rating } };
    case 'escalate': {
      checkDate(event.on, today, 'Escalation date', null);
      if (escalationReason(appeal, today) === null) {
        throw new LifecycleError('not_escalatable', 'Only an overdue appeal or an unsatisfactory answer can be escalated');
      }
      return { ...appeal, escalatedBy: requireText(event.escalatedBy, 200, 'The new appeal id') };
    }
    case 'note':
      requireText(event.text, LIMITS.note, 'The note');
      return appeal;
    case 'mark_ready':
    case 'back_to_draft':
      return appeal;
  }
}

const RECOMPUTES_DUE: ReadonlySet<AppealEventType> = new Set(['submit', 'register', 'redirect', 'start_work']);

export function eventsAllowed(appeal: Appeal, now: Date): AppealEventType[] {
  const today = localIsoDate(now);
  return (Object.keys(ALLOWED_FROM) as AppealEventType[]).filter((type) => {
    if (!ALLOWED_FROM[type].includes(appeal.status)) return false;
    if (type === 'escalate') return escalationReason(appeal, today) !== null;
    if (type === 'rate') return appeal.answer !== null;
    return true;
  });
}

/**
 * Applies one event: validates it, returns the changed appeal (dates, due date, updatedAt; not `version`, which the
 * storage bumps on save) and the timeline record. Throws LifecycleError with a clear message when not allowed.
 */
export function transition(appeal: Appeal, event: AppealEvent, now: Date): { appeal: Appeal; event: StatusEvent } {
  if (!ALLOWED_FROM[event.type].includes(appeal.status)) {
    throw new LifecycleError('not_allowed', `Cannot ${event.type.replace('_', ' ')} an appeal that is ${appeal.status.replace('_', ' ')}`);
  }
  const today = localIsoDate(now);
  const changed = applyEvent(appeal, event, today);
  const to = targetStatus(appeal, event);
  const dueOn = RECOMPUTES_DUE.has(event.type) ? (dueDates(changed)?.dueOn ?? null) : changed.dueOn;
  const at = now.toISOString();
  const record: StatusEvent = { id: newId(), appealId: appeal.id, at, from: appeal.status, to, event };
  return { appeal: { ...changed, status: to, dueOn, updatedAt: at }, event: record };
}
