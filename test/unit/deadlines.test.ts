// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dueDates, type DeadlineInput } from '../../src/core/deadlines/calculator.ts';
import { daysOverdue, overdueCount, parseReminderAlarm, reminderAlarms } from '../../src/core/deadlines/reminders.ts';

const kz = (submittedOn: string | null, registeredOn: string | null = null): DeadlineInput => ({
  jurisdiction: 'KZ', channel: 'eotinish', appealType: 'application', submittedOn, registeredOn,
});
const ru = (submittedOn: string | null, registeredOn: string | null = null, extra: Partial<DeadlineInput> = {}): DeadlineInput => ({
  jurisdiction: 'RU', channel: 'letter', appealType: 'application', submittedOn, registeredOn, ...extra,
});

describe('KZ АППК: 15 working days from registration', () => {
  it('skips Наурыз and counts from the day after registration', () => {
    const result = dueDates(kz('2025-03-20', '2025-03-20'));
    expect(result?.regime).toBe('kz_appk');
    expect(result?.dueOn).toBe('2025-04-15');
    expect(result?.redirectionBy).toBe('2025-03-28');
    // Two months after the due date falls on Sunday 15 June: the limit moves to Monday.
    expect(result?.extensionLimit).toBe('2025-06-16');
  });

  it('registers an appeal sent on a holiday on the next working day', () => {
    const result = dueDates(kz('2025-03-22'));
    expect(result?.startsOn).toBe('2025-03-26');
    expect(result?.dueOn).toBe('2025-04-16');
  });

  it('uses the announced extension and flags one beyond two months', () => {
    expect(dueDates({ ...kz('2025-03-20', '2025-03-20'), extendedTo: '2025-05-15' })?.dueOn).toBe('2025-05-15');
    expect(dueDates({ ...kz('2025-03-20', '2025-03-20'), extendedTo: '2025-05-15' })?.extensionBeyondLimit).toBe(false);
    expect(dueDates({ ...kz('2025-03-20', '2025-03-20'), extendedTo: '2025-07-01' })?.extensionBeyondLimit).toBe(true);
  });
});

describe('RU 59-ФЗ: 30 days from registration', () => {
  it('estimates registration as submission + 3 days and moves a Sunday due date to Monday', () => {
    const result = dueDates(ru('2025-04-01'));
    expect(result?.regime).toBe('ru_59fz');
    expect(result?.startsOn).toBe('2025-04-04');
    expect(result?.startEstimated).toBe(true);
    expect(result?.dueOn).toBe('2025-05-05');
    expect(result?.redirectionBy).toBe('2025-04-11');
    expect(result?.extensionLimit).toBe('2025-06-03');
  });

  it('moves a due date that falls in the May holidays past them', () => {
    const result = dueDates(ru('2025-04-07', '2025-04-08'));
    expect(result?.startEstimated).toBe(false);
    expect(result?.dueOn).toBe('2025-05-12');
  });

  it('ignores a registration date before the submission', () => {
    expect(dueDates(ru('2025-04-01', '2025-03-01'))?.startsOn).toBe('2025-04-04');
  });

  it('one extension of 30 days: beyond it is flagged', () => {
    expect(dueDates(ru('2025-04-01', null, { extendedTo: '2025-06-01' }))?.extensionBeyondLimit).toBe(false);
    expect(dueDates(ru('2025-04-01', null, { extendedTo: '2025-07-01' }))?.extensionBeyondLimit).toBe(true);
  });
});

describe('messages', () => {
  it('ПОС message: 10 working days from submission across the May holidays', () => {
    const result = dueDates(ru('2025-04-28', null, { channel: 'pos', appealType: 'message' }));
    expect(result?.regime).toBe('ru_pos_message');
    expect(result?.dueOn).toBe('2025-05-16');
    expect(result?.extensionLimit).toBeNull();
  });

  it('a ПОС appeal (not a message) follows 59-ФЗ', () => {
    expect(dueDates(ru('2025-04-01', null, { channel: 'pos' }))?.regime).toBe('ru_59fz');
  });

  it('official page: the next working day, a working Saturday included', () => {
    const result = dueDates(ru('2024-12-27', null, { channel: 'gospublic', appealType: 'message' }));
    expect(result?.regime).toBe('official_page');
    expect(result?.dueOn).toBe('2024-12-28');
  });
});

describe('reminders and bad input', () => {
  it('gives the day before, the due day and the first overdue day', () => {
    expect(dueDates(ru('2025-04-01'))?.reminderTimes).toEqual([
      { kind: 'day_before', on: '2025-05-04' },
      { kind: 'due', on: '2025-05-05' },
      { kind: 'overdue', on: '2025-05-06' },
    ]);
  });

  it('returns null for a draft or an impossible date, and never throws', () => {
    expect(dueDates(kz(null))).toBeNull();
    expect(dueDates(kz('2025-02-30'))).toBeNull();
    expect(dueDates(kz('yesterday'))).toBeNull();
    expect(dueDates({ ...kz('2025-03-20'), extendedTo: '💥' })?.dueOn).toBe('2025-04-15');
  });

  it('computes dates outside the bundled years with the statutory rules', () => {
    expect(dueDates(ru('2030-01-10', '2030-01-10'))?.dueOn).toBe('2030-02-11');
  });
});

describe('reminder alarms for the service worker', () => {
  const appeals = [
    { id: 'a', status: 'registered' as const, dueOn: '2025-04-15' },
    { id: 'b', status: 'answered' as const, dueOn: '2025-04-15' },
    { id: 'c', status: 'in_progress' as const, dueOn: '2025-04-01' },
    { id: 'd', status: 'submitted' as const, dueOn: null },
  ];

  it('schedules the day before, the due day and the first overdue day at 9:00 local time, future ones only', () => {
    const alarms = reminderAlarms(appeals, new Date(2025, 3, 14, 12, 0));
    expect(alarms.map((alarm) => [alarm.appealId, alarm.kind])).toEqual([['a', 'due'], ['a', 'overdue']]);
    expect(alarms[0]?.when).toBe(new Date(2025, 3, 15, 9).getTime());
    expect(parseReminderAlarm(alarms[0]!.name)).toEqual({ appealId: 'a', kind: 'due' });
    expect(parseReminderAlarm('something-else')).toBeNull();
  });

  it('counts overdue active appeals for the badge', () => {
    expect(overdueCount(appeals, new Date(2025, 3, 14, 12))).toBe(1);
    expect(overdueCount(appeals, new Date(2025, 3, 16, 12))).toBe(2);
    expect(daysOverdue(appeals[2]!, new Date(2025, 3, 16, 12))).toBe(15);
    expect(daysOverdue(appeals[1]!, new Date(2025, 3, 16, 12))).toBe(0);
  });
});
