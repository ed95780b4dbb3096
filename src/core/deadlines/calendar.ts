// Working-day calendars built from ./calendar-data.ts. Years outside the data fall back to the statutory rules
// (fixed holidays, weekend holidays moved to the next working day), which is right except for decreed transfers.
import type { Jurisdiction } from '../types.ts';
import { CALENDAR_DATA, STATUTORY_HOLIDAYS, type CalendarYearData } from './calendar-data.ts';
import { addDays, dayNumber, fromDayNumber, isWeekend, yearOf } from './dates.ts';

export interface WorkCalendar {
  jurisdiction: Jurisdiction;
  isWorkingDay(iso: string): boolean;
  /** True when the year comes from the bundled data rather than the statutory fallback. */
  hasDataFor(year: number): boolean;
}

interface YearSets {
  off: Set<string>;
  working: Set<string>;
}

function setsFromData(data: CalendarYearData): YearSets {
  return {
    off: new Set(data.daysOff.map(([date]) => date)),
    working: new Set(data.workingWeekends.map(([date]) => date)),
  };
}

/** The law's own rules for a year: each weekend holiday that moves gives its day off to the next working day. */
export function statutoryYear(jurisdiction: Jurisdiction, year: number): YearSets {
  const holidays = new Map(STATUTORY_HOLIDAYS[jurisdiction].map(([monthDay, moves]) => [`${year}-${monthDay}`, moves]));
  const off = new Set<string>();
  let movedDaysOwed = 0;
  const first = dayNumber(`${year}-01-01`) ?? 0;
  const last = dayNumber(`${year}-12-31`) ?? 0;
  // A holiday late in December may push its day off into January, which belongs to next year's own computation.
  for (let day = first; day <= last; day++) {
    const iso = fromDayNumber(day);
    const moves = holidays.get(iso);
    if (moves !== undefined) {
      off.add(iso);
      if (moves && isWeekend(iso)) movedDaysOwed++;
    } else if (!isWeekend(iso) && movedDaysOwed > 0) {
      off.add(iso);
      movedDaysOwed--;
    }
  }
  return { off, working: new Set() };
}

export function buildCalendar(jurisdiction: Jurisdiction, data: readonly CalendarYearData[]): WorkCalendar {
  const years = new Map(data.map((entry) => [entry.year, setsFromData(entry)]));
  const fallback = new Map<number, YearSets>();
  const setsFor = (year: number): YearSets => {
    const known = years.get(year);
    if (known) return known;
    let computed = fallback.get(year);
    if (!computed) {
      computed = statutoryYear(jurisdiction, year);
      fallback.set(year, computed);
    }
    return computed;
  };
  return {
    jurisdiction,
    isWorkingDay(iso) {
      const sets = setsFor(yearOf(iso));
      if (sets.off.has(iso)) return false;
      return sets.working.has(iso) || !isWeekend(iso);
    },
    hasDataFor: (year) => years.has(year),
  };
}

const CALENDARS: Record<Jurisdiction, WorkCalendar> = {
  KZ: buildCalendar('KZ', CALENDAR_DATA.KZ),
  RU: buildCalendar('RU', CALENDAR_DATA.RU),
};

export function calendarFor(jurisdiction: Jurisdiction): WorkCalendar {
  return CALENDARS[jurisdiction];
}

/** The date itself when it is a working day, otherwise the next working day. */
export function onOrNextWorkingDay(calendar: WorkCalendar, iso: string): string {
  let day = iso;
  // Bounded: no real calendar has three weeks without a working day.
  for (let guard = 0; guard < 21 && !calendar.isWorkingDay(day); guard++) day = addDays(day, 1);
  return day;
}

/** The n-th working day after `iso` (the day after counts first, as terms start the day after the event). */
export function addWorkingDays(calendar: WorkCalendar, iso: string, count: number): string {
  let day = iso;
  for (let left = count; left > 0; ) {
    day = addDays(day, 1);
    if (calendar.isWorkingDay(day)) left--;
  }
  return day;
}
