// Official non-working days of Kazakhstan and Russia, 2024–2027, as data. Sources and how to add a year:
// ./README.md. Each entry is [date, why]. Saturdays and Sundays are days off unless listed in `workingWeekends`.
//
// `daysOff` lists every public holiday (also those that fall on a weekend, for the record) and every weekday that is
// off because a weekend holiday moved to it (the labour-code rule) or because a decree moved a day off to it.
// `status`: 'decreed' — the transfer decree for the year was checked; 'statutory' — only the law's own rules are
// applied (the year's transfer decree was not available when this file was written).
import type { Jurisdiction } from '../types.ts';

export type DayEntry = readonly [date: string, why: string];

export interface CalendarYearData {
  year: number;
  status: 'decreed' | 'statutory';
  daysOff: readonly DayEntry[];
  workingWeekends: readonly DayEntry[];
}

// Kazakhstan: Закон РК «О праздниках в Республике Казахстан» (ст. 1–5), Трудовой кодекс РК ст. 85 (a weekend
// holiday moves the day off to the next working day, except the religious holidays Курбан айт and Православное
// Рождество), Government/МТСЗН acts on transfers.
const KZ: readonly CalendarYearData[] = [
  {
    year: 2024,
    status: 'decreed',
    daysOff: [
      ['2024-01-01', 'Новый год'],
      ['2024-01-02', 'Новый год'],
      ['2024-01-07', 'Православное Рождество (Sunday; religious holidays do not move)'],
      ['2024-03-08', 'Международный женский день'],
      ['2024-03-21', 'Наурыз мейрамы'],
      ['2024-03-22', 'Наурыз мейрамы'],
      ['2024-03-23', 'Наурыз мейрамы (Saturday)'],
      ['2024-03-25', 'day off moved from Saturday 23 March'],
      ['2024-05-01', 'Праздник единства народа Казахстана'],
      ['2024-05-07', 'День защитника Отечества'],
      ['2024-05-08', 'transfer from Saturday 4 May (приказ МТСЗН РК от 17.04.2024 «О переносе дня отдыха в 2024 году»)'],
      ['2024-05-09', 'День Победы'],
      ['2024-06-16', 'Курбан айт, first day (Sunday; does not move)'],
      ['2024-07-06', 'День Столицы (Saturday)'],
      ['2024-07-08', 'day off moved from Saturday 6 July'],
      ['2024-08-30', 'День Конституции'],
      ['2024-10-25', 'День Республики'],
      ['2024-12-16', 'День Независимости'],
    ],
    workingWeekends: [['2024-05-04', 'working Saturday: its day off moved to 8 May']],
  },
  {
    year: 2025,
    status: 'decreed',
    daysOff: [
      ['2025-01-01', 'Новый год'],
      ['2025-01-02', 'Новый год'],
      ['2025-01-03', 'transfer from Sunday 5 January (приказ МТСЗН РК, November 2024)'],
      ['2025-01-07', 'Православное Рождество'],
      ['2025-03-08', 'Международный женский день (Saturday)'],
      ['2025-03-10', 'day off moved from Saturday 8 March'],
      ['2025-03-21', 'Наурыз мейрамы'],
      ['2025-03-22', 'Наурыз мейрамы (Saturday)'],
      ['2025-03-23', 'Наурыз мейрамы (Sunday)'],
      ['2025-03-24', 'day off moved from Saturday 22 March'],
      ['2025-03-25', 'day off moved from Sunday 23 March'],
      ['2025-05-01', 'Праздник единства народа Казахстана'],
      ['2025-05-07', 'День защитника Отечества'],
      ['2025-05-09', 'День Победы'],
      ['2025-06-06', 'Курбан айт, first day'],
      ['2025-07-06', 'День Столицы (Sunday)'],
      ['2025-07-07', 'day off moved from Sunday 6 July'],
      ['2025-08-30', 'День Конституции (Saturday)'],
      ['2025-09-01', 'day off moved from Saturday 30 August'],
      ['2025-10-25', 'День Республики (Saturday)'],
      ['2025-10-27', 'day off moved from Saturday 25 October'],
      ['2025-12-16', 'День Независимости'],
    ],
    workingWeekends: [['2025-01-05', 'working Sunday: its day off moved to 3 January']],
  },
  {
    year: 2026,
    status: 'decreed',
    daysOff: [
      ['2026-01-01', 'Новый год'],
      ['2026-01-02', 'Новый год'],
      ['2026-01-07', 'Православное Рождество'],
      ['2026-03-08', 'Международный женский день (Sunday)'],
      ['2026-03-09', 'day off moved from Sunday 8 March'],
      ['2026-03-21', 'Наурыз мейрамы (Saturday)'],
      ['2026-03-22', 'Наурыз мейрамы (Sunday)'],
      ['2026-03-23', 'Наурыз мейрамы'],
      ['2026-03-24', 'day off moved from Saturday 21 March'],
      ['2026-03-25', 'day off moved from Sunday 22 March'],
      ['2026-05-01', 'Праздник единства народа Казахстана'],
      ['2026-05-07', 'День защитника Отечества'],
      ['2026-05-09', 'День Победы (Saturday)'],
      ['2026-05-11', 'day off moved from Saturday 9 May'],
      ['2026-05-27', 'Курбан айт, first day (ДУМК calendar; may shift by a day with the moon sighting)'],
      ['2026-07-06', 'День Столицы'],
      ['2026-08-30', 'День Конституции (Sunday)'],
      ['2026-08-31', 'day off moved from Sunday 30 August'],
      ['2026-10-25', 'День Республики (Sunday)'],
      ['2026-10-26', 'day off moved from Sunday 25 October'],
      ['2026-12-16', 'День Независимости'],
    ],
    workingWeekends: [],
  },
  {
    // No transfer act for 2027 was available: statutory holidays and the labour-code moves only.
    year: 2027,
    status: 'statutory',
    daysOff: [
      ['2027-01-01', 'Новый год'],
      ['2027-01-02', 'Новый год (Saturday)'],
      ['2027-01-04', 'day off moved from Saturday 2 January'],
      ['2027-01-07', 'Православное Рождество'],
      ['2027-03-08', 'Международный женский день'],
      ['2027-03-21', 'Наурыз мейрамы (Sunday)'],
      ['2027-03-22', 'Наурыз мейрамы'],
      ['2027-03-23', 'Наурыз мейрамы'],
      ['2027-03-24', 'day off moved from Sunday 21 March'],
      ['2027-05-01', 'Праздник единства народа Казахстана (Saturday)'],
      ['2027-05-03', 'day off moved from Saturday 1 May'],
      ['2027-05-07', 'День защитника Отечества'],
      ['2027-05-09', 'День Победы (Sunday)'],
      ['2027-05-10', 'day off moved from Sunday 9 May'],
      ['2027-05-16', 'Курбан айт, first day — UNVERIFIED astronomical estimate (Sunday); ДУМК sets the date'],
      ['2027-07-06', 'День Столицы'],
      ['2027-08-30', 'День Конституции'],
      ['2027-10-25', 'День Республики'],
      ['2027-12-16', 'День Независимости'],
    ],
    workingWeekends: [],
  },
];

// Russia: Трудовой кодекс РФ ст. 112 (holidays; a weekend holiday moves the day off to the next working day, except
// the January holidays, which the Government moves by decree), yearly Government decrees on transfers.
const RU: readonly CalendarYearData[] = [
  {
    year: 2024,
    status: 'decreed',
    daysOff: [
      ...newYearHolidays(2024),
      ['2024-02-23', 'День защитника Отечества'],
      ['2024-03-08', 'Международный женский день'],
      ['2024-04-29', 'transfer from Saturday 27 April (ПП РФ от 10.08.2023 № 1314)'],
      ['2024-04-30', 'transfer from Saturday 2 November (ПП № 1314)'],
      ['2024-05-01', 'Праздник Весны и Труда'],
      ['2024-05-09', 'День Победы'],
      ['2024-05-10', 'transfer from Saturday 6 January (ПП № 1314)'],
      ['2024-06-12', 'День России'],
      ['2024-11-04', 'День народного единства'],
      ['2024-12-30', 'transfer from Saturday 28 December (ПП № 1314)'],
      ['2024-12-31', 'transfer from Sunday 7 January (ПП № 1314)'],
    ],
    workingWeekends: [
      ['2024-04-27', 'working Saturday (ПП № 1314)'],
      ['2024-11-02', 'working Saturday (ПП № 1314)'],
      ['2024-12-28', 'working Saturday (ПП № 1314)'],
    ],
  },
  {
    year: 2025,
    status: 'decreed',
    daysOff: [
      ...newYearHolidays(2025),
      ['2025-02-23', 'День защитника Отечества (Sunday; moved to 8 May by decree)'],
      ['2025-03-08', 'Международный женский день (Saturday; moved to 13 June by decree)'],
      ['2025-05-01', 'Праздник Весны и Труда'],
      ['2025-05-02', 'transfer from Saturday 4 January (ПП РФ от 04.10.2024 № 1335)'],
      ['2025-05-08', 'transfer from Sunday 23 February (ПП № 1335)'],
      ['2025-05-09', 'День Победы'],
      ['2025-06-12', 'День России'],
      ['2025-06-13', 'transfer from Saturday 8 March (ПП № 1335)'],
      ['2025-11-03', 'transfer from Saturday 1 November (ПП № 1335)'],
      ['2025-11-04', 'День народного единства'],
      ['2025-12-31', 'transfer from Sunday 5 January (ПП № 1335)'],
    ],
    workingWeekends: [['2025-11-01', 'working Saturday (ПП № 1335)']],
  },
  {
    year: 2026,
    status: 'decreed',
    daysOff: [
      ...newYearHolidays(2026),
      ['2026-01-09', 'transfer from Saturday 3 January (ПП РФ от 24.09.2025 № 1466)'],
      ['2026-02-23', 'День защитника Отечества'],
      ['2026-03-08', 'Международный женский день (Sunday)'],
      ['2026-03-09', 'day off moved from Sunday 8 March (ТК ст. 112)'],
      ['2026-05-01', 'Праздник Весны и Труда'],
      ['2026-05-09', 'День Победы (Saturday)'],
      ['2026-05-11', 'day off moved from Saturday 9 May (ТК ст. 112)'],
      ['2026-06-12', 'День России'],
      ['2026-11-04', 'День народного единства'],
      ['2026-12-31', 'transfer from Sunday 4 January (ПП № 1466)'],
    ],
    workingWeekends: [],
  },
  {
    // The 2027 transfer decree was not available: statutory holidays and the ТК ст. 112 moves only. The January
    // weekend holidays (2 and 3 January) are moved only by decree, so they are not moved here. A draft reported in
    // December 2025 proposed 5 November off and Saturday 13 November working — not applied until decreed.
    year: 2027,
    status: 'statutory',
    daysOff: [
      ...newYearHolidays(2027),
      ['2027-02-23', 'День защитника Отечества'],
      ['2027-03-08', 'Международный женский день'],
      ['2027-05-01', 'Праздник Весны и Труда (Saturday)'],
      ['2027-05-03', 'day off moved from Saturday 1 May (ТК ст. 112)'],
      ['2027-05-09', 'День Победы (Sunday)'],
      ['2027-05-10', 'day off moved from Sunday 9 May (ТК ст. 112)'],
      ['2027-06-12', 'День России (Saturday)'],
      ['2027-06-14', 'day off moved from Saturday 12 June (ТК ст. 112)'],
      ['2027-11-04', 'День народного единства'],
    ],
    workingWeekends: [],
  },
];

function newYearHolidays(year: number): DayEntry[] {
  const days: DayEntry[] = [];
  for (let day = 1; day <= 8; day++) {
    days.push([`${year}-01-0${day}`, day === 7 ? 'Рождество Христово' : 'Новогодние каникулы']);
  }
  return days;
}

export const CALENDAR_DATA: Readonly<Record<Jurisdiction, readonly CalendarYearData[]>> = { KZ, RU };

/** Fixed-date public holidays, for years outside the data: [month-day, moves when it falls on a weekend]. */
export const STATUTORY_HOLIDAYS: Readonly<Record<Jurisdiction, readonly (readonly [string, boolean])[]>> = {
  KZ: [
    ['01-01', true], ['01-02', true], ['01-07', false], ['03-08', true], ['03-21', true], ['03-22', true],
    ['03-23', true], ['05-01', true], ['05-07', true], ['05-09', true], ['07-06', true], ['08-30', true],
    ['10-25', true], ['12-16', true],
  ],
  RU: [
    ['01-01', false], ['01-02', false], ['01-03', false], ['01-04', false], ['01-05', false], ['01-06', false],
    ['01-07', false], ['01-08', false], ['02-23', true], ['03-08', true], ['05-01', true], ['05-09', true],
    ['06-12', true], ['11-04', true],
  ],
};
