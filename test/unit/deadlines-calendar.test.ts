// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CALENDAR_DATA } from '../../src/core/deadlines/calendar-data.ts';
import { addWorkingDays, calendarFor, onOrNextWorkingDay, statutoryYear } from '../../src/core/deadlines/calendar.ts';
import { addDays, isWeekend } from '../../src/core/deadlines/dates.ts';
import type { Jurisdiction } from '../../src/core/types.ts';

const KZ = calendarFor('KZ');
const RU = calendarFor('RU');

function range(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

function workingDaysIn(jurisdiction: Jurisdiction, year: number): number {
  const calendar = calendarFor(jurisdiction);
  return range(`${year}-01-01`, `${year}-12-31`).filter((day) => calendar.isWorkingDay(day)).length;
}

describe('Kazakhstan calendar', () => {
  it('keeps Наурыз 2025 and the two moved weekend days off', () => {
    for (const day of range('2025-03-21', '2025-03-25')) expect(KZ.isWorkingDay(day), day).toBe(false);
    expect(KZ.isWorkingDay('2025-03-20')).toBe(true);
    expect(KZ.isWorkingDay('2025-03-26')).toBe(true);
  });

  it('applies the 2024 transfers: Saturday 4 May worked, 8 May off; weekend holidays moved to Monday', () => {
    expect(KZ.isWorkingDay('2024-05-04')).toBe(true);
    expect(KZ.isWorkingDay('2024-05-08')).toBe(false);
    expect(KZ.isWorkingDay('2024-03-25')).toBe(false);
    expect(KZ.isWorkingDay('2024-07-08')).toBe(false);
  });

  it('does not move religious holidays that fall on a Sunday', () => {
    expect(KZ.isWorkingDay('2024-01-07')).toBe(false);
    expect(KZ.isWorkingDay('2024-01-08')).toBe(true);
    expect(KZ.isWorkingDay('2024-06-16')).toBe(false);
    expect(KZ.isWorkingDay('2024-06-17')).toBe(true);
  });

  it('knows Курбан айт and the January 2025 transfer to a working Sunday', () => {
    expect(KZ.isWorkingDay('2025-06-06')).toBe(false);
    expect(KZ.isWorkingDay('2026-05-27')).toBe(false);
    expect(KZ.isWorkingDay('2025-01-03')).toBe(false);
    expect(KZ.isWorkingDay('2025-01-05')).toBe(true);
  });

  it('has 246 working days in 2025, as the published production calendar', () => {
    expect(workingDaysIn('KZ', 2025)).toBe(246);
  });
});

describe('Russia calendar', () => {
  it('has the 2025 New Year holidays and May holidays', () => {
    for (const day of range('2025-01-01', '2025-01-08')) expect(RU.isWorkingDay(day), day).toBe(false);
    expect(RU.isWorkingDay('2025-01-09')).toBe(true);
    for (const day of [...range('2025-05-01', '2025-05-04'), ...range('2025-05-08', '2025-05-11')]) {
      expect(RU.isWorkingDay(day), day).toBe(false);
    }
    expect(RU.isWorkingDay('2025-05-05')).toBe(true);
    expect(RU.isWorkingDay('2025-05-12')).toBe(true);
  });

  it('applies decreed moves instead of the default Monday: 23 February 2025 went to 8 May', () => {
    expect(RU.isWorkingDay('2025-02-24')).toBe(true);
    expect(RU.isWorkingDay('2025-03-10')).toBe(true);
    expect(RU.isWorkingDay('2025-06-13')).toBe(false);
  });

  it('treats working Saturdays as working days', () => {
    expect(RU.isWorkingDay('2024-12-28')).toBe(true);
    expect(RU.isWorkingDay('2024-11-02')).toBe(true);
    expect(RU.isWorkingDay('2025-11-01')).toBe(true);
    expect(RU.isWorkingDay('2025-11-03')).toBe(false);
  });

  it('has the 2026 decree: 9 January and 31 December off, 8 March moved to Monday', () => {
    expect(RU.isWorkingDay('2026-01-09')).toBe(false);
    expect(RU.isWorkingDay('2026-01-12')).toBe(true);
    expect(RU.isWorkingDay('2026-03-09')).toBe(false);
    expect(RU.isWorkingDay('2026-12-31')).toBe(false);
  });

  it('matches the published yearly totals: 248, 247, 247 working days', () => {
    expect(workingDaysIn('RU', 2024)).toBe(248);
    expect(workingDaysIn('RU', 2025)).toBe(247);
    expect(workingDaysIn('RU', 2026)).toBe(247);
  });
});

describe('calendar data and rules', () => {
  it('lists working weekends only on weekends, and moved days only on weekdays', () => {
    for (const years of Object.values(CALENDAR_DATA)) {
      for (const year of years) {
        for (const [day] of year.workingWeekends) expect(isWeekend(day), day).toBe(true);
        for (const [day, why] of year.daysOff) if (/^(day off moved|transfer from)/.test(why)) expect(isWeekend(day), day).toBe(false);
        for (const [day] of year.daysOff) expect(day.startsWith(String(year.year)), day).toBe(true);
      }
    }
  });

  it('reproduces the statutory 2027 data from the labour-code rule (apart from Курбан айт)', () => {
    for (const jurisdiction of ['KZ', 'RU'] as const) {
      const entries = CALENDAR_DATA[jurisdiction].find((year) => year.year === 2027)?.daysOff ?? [];
      const fromData = entries.filter(([, why]) => !why.includes('Курбан')).map(([day]) => day);
      expect([...statutoryYear(jurisdiction, 2027).off].sort()).toEqual(fromData.sort());
    }
  });

  it('falls back to the statutory rule for years without data', () => {
    expect(RU.hasDataFor(2028)).toBe(false);
    expect(RU.isWorkingDay('2028-03-08')).toBe(false);
    expect(KZ.isWorkingDay('2028-03-22')).toBe(false);
    expect(KZ.isWorkingDay('2028-03-24')).toBe(true);
  });

  it('counts working days from the day after and skips to the next working day', () => {
    expect(addWorkingDays(KZ, '2025-03-20', 1)).toBe('2025-03-26');
    expect(onOrNextWorkingDay(RU, '2025-05-08')).toBe('2025-05-12');
    expect(onOrNextWorkingDay(RU, '2025-05-07')).toBe('2025-05-07');
  });
});
