// Legal deadlines of an appeal (../shared/docs/appeals-domain.md §1.5, §2.1, §2.3, §3). Pure: the same input gives
// the same dates in the page, the service worker and tests.
import type { Appeal } from '../appeal.ts';
import { addWorkingDays, calendarFor, onOrNextWorkingDay, type WorkCalendar } from './calendar.ts';
import { addDays, addMonths, isIsoDate } from './dates.ts';

/** kz_appk: АППК ст. 76; ru_59fz: 59-ФЗ ст. 12; ru_pos_message: ПОС «сообщение» (ПП РФ № 1802);
 * official_page: a message on an agency's official page (a service level, not a legal term). */
export type DeadlineRegime = 'kz_appk' | 'ru_59fz' | 'ru_pos_message' | 'official_page';

export type DeadlineInput = Pick<Appeal, 'jurisdiction' | 'channel' | 'appealType' | 'submittedOn' | 'registeredOn'> & {
  /** The new due date the agency announced when it extended the term. */
  extendedTo?: string | null;
};

export type ReminderKind = 'day_before' | 'due' | 'overdue';

export interface Reminder {
  kind: ReminderKind;
  /** The calendar day (ISO) the reminder belongs to; the service worker picks the hour. */
  on: string;
}

export interface Deadlines {
  regime: DeadlineRegime;
  /** The day the term counts from: registration (or its estimate) or submission. */
  startsOn: string;
  /** True when the registration date is an estimate (59-ФЗ: submission + 3 days). */
  startEstimated: boolean;
  /** The due date by law, before any extension. */
  legalDueOn: string;
  /** The due date in force: the extension's date when there is one. */
  dueOn: string;
  /** A redirection to another body (with a notice to the applicant) is expected by this day, if at all. */
  redirectionBy: string | null;
  /** The latest date an extension may reach; null when the regime sets none. */
  extensionLimit: string | null;
  /** True when the announced extension goes beyond the legal limit: worth a complaint in itself. */
  extensionBeyondLimit: boolean;
  reminderTimes: Reminder[];
}

export function deadlineRegime(input: Pick<DeadlineInput, 'jurisdiction' | 'channel' | 'appealType'>): DeadlineRegime {
  if (input.channel === 'gospublic') return 'official_page';
  if (input.jurisdiction === 'KZ') return 'kz_appk';
  // A ПОС «обращение» (not a «сообщение») is a 59-ФЗ appeal.
  return input.channel === 'pos' && input.appealType === 'message' ? 'ru_pos_message' : 'ru_59fz';
}

const KZ_TERM_WORKING_DAYS = 15;
const KZ_REDIRECTION_WORKING_DAYS = 3;
const KZ_EXTENSION_MONTHS = 2;
const RU_REGISTRATION_DAYS = 3;
const RU_TERM_DAYS = 30;
const RU_REDIRECTION_DAYS = 7;
const RU_EXTENSION_DAYS = 30;
const POS_MESSAGE_WORKING_DAYS = 10;
const OFFICIAL_PAGE_WORKING_DAYS = 1;

interface Term {
  startsOn: string;
  startEstimated: boolean;
  legalDueOn: string;
  redirectionBy: string | null;
  extensionLimit: string | null;
}

function kzTerm(calendar: WorkCalendar, submittedOn: string, registeredOn: string | null): Term {
  // An appeal received on a non-working day is registered on the next working day (§1.4).
  const startsOn = registeredOn ?? onOrNextWorkingDay(calendar, submittedOn);
  const legalDueOn = addWorkingDays(calendar, startsOn, KZ_TERM_WORKING_DAYS);
  return {
    startsOn,
    startEstimated: false,
    legalDueOn,
    redirectionBy: addWorkingDays(calendar, startsOn, KZ_REDIRECTION_WORKING_DAYS),
    extensionLimit: onOrNextWorkingDay(calendar, addMonths(legalDueOn, KZ_EXTENSION_MONTHS)),
  };
}

function ru59Term(calendar: WorkCalendar, submittedOn: string, registeredOn: string | null): Term {
  const startsOn = registeredOn ?? addDays(submittedOn, RU_REGISTRATION_DAYS);
  return {
    startsOn,
    startEstimated: registeredOn === null,
    // Calendar days; a term ending on a non-working day ends on the next working day (ГК ст. 193 by analogy).
    legalDueOn: onOrNextWorkingDay(calendar, addDays(startsOn, RU_TERM_DAYS)),
    redirectionBy: addDays(startsOn, RU_REDIRECTION_DAYS),
    extensionLimit: onOrNextWorkingDay(calendar, addDays(startsOn, RU_TERM_DAYS + RU_EXTENSION_DAYS)),
  };
}

function workingDaysTerm(calendar: WorkCalendar, submittedOn: string, days: number): Term {
  return {
    startsOn: submittedOn,
    startEstimated: false,
    legalDueOn: addWorkingDays(calendar, submittedOn, days),
    redirectionBy: null,
    extensionLimit: null,
  };
}

function termFor(regime: DeadlineRegime, calendar: WorkCalendar, submittedOn: string, registeredOn: string | null): Term {
  switch (regime) {
    case 'kz_appk':
      return kzTerm(calendar, submittedOn, registeredOn);
    case 'ru_59fz':
      return ru59Term(calendar, submittedOn, registeredOn);
    case 'ru_pos_message':
      return workingDaysTerm(calendar, submittedOn, POS_MESSAGE_WORKING_DAYS);
    case 'official_page':
      return workingDaysTerm(calendar, submittedOn, OFFICIAL_PAGE_WORKING_DAYS);
  }
}

export function remindersFor(dueOn: string): Reminder[] {
  return [
    { kind: 'day_before', on: addDays(dueOn, -1) },
    { kind: 'due', on: dueOn },
    { kind: 'overdue', on: addDays(dueOn, 1) },
  ];
}

/** Null until the appeal has a valid submission date: a draft has no deadline. */
export function dueDates(input: DeadlineInput, calendar: WorkCalendar = calendarFor(input.jurisdiction)): Deadlines | null {
  if (!isIsoDate(input.submittedOn)) return null;
  const registeredOn = isIsoDate(input.registeredOn) && input.registeredOn >= input.submittedOn ? input.registeredOn : null;
  const regime = deadlineRegime(input);
  const term = termFor(regime, calendar, input.submittedOn, registeredOn);
  const extendedTo = isIsoDate(input.extendedTo) ? input.extendedTo : null;
  const dueOn = extendedTo ?? term.legalDueOn;
  return {
    regime,
    ...term,
    dueOn,
    extensionBeyondLimit: extendedTo !== null && term.extensionLimit !== null && extendedTo > term.extensionLimit,
    reminderTimes: remindersFor(dueOn),
  };
}
