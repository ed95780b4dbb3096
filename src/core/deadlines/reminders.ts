// What the service worker schedules: one alarm per reminder still ahead, and the overdue count for the badge.
// Rebuilt from the stored appeals whenever the worker starts, so a restart loses nothing.
import type { Appeal } from '../appeal.ts';
import { isActive, isOverdue } from '../lifecycle/statuses.ts';
import { remindersFor, type ReminderKind } from './calculator.ts';
import { dayNumber, isIsoDate, localIsoDate } from './dates.ts';

export interface ReminderAlarm {
  /** Stable alarm name: recreating the schedule replaces alarms instead of doubling them. */
  name: string;
  appealId: string;
  kind: ReminderKind;
  /** Epoch milliseconds: the reminder day at `hour` local time. */
  when: number;
}

export const REMINDER_ALARM_PREFIX = 'appeal-reminder:';

export function reminderAlarmName(appealId: string, kind: ReminderKind): string {
  return `${REMINDER_ALARM_PREFIX}${appealId}:${kind}`;
}

/** The appeal id and kind of an alarm made here, or null for someone else's alarm. */
export function parseReminderAlarm(name: string): { appealId: string; kind: ReminderKind } | null {
  const match = /^appeal-reminder:(.+):(day_before|due|overdue)$/.exec(name);
  return match ? { appealId: match[1] as string, kind: match[2] as ReminderKind } : null;
}

function localTime(iso: string, hour: number): number {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day, hour).getTime();
}

/** Future reminders of active appeals, earliest first. */
export function reminderAlarms(appeals: readonly Pick<Appeal, 'id' | 'status' | 'dueOn'>[], now: Date, hour = 9): ReminderAlarm[] {
  const alarms: ReminderAlarm[] = [];
  for (const appeal of appeals) {
    if (!isActive(appeal.status) || !isIsoDate(appeal.dueOn)) continue;
    for (const reminder of remindersFor(appeal.dueOn)) {
      const when = localTime(reminder.on, hour);
      if (when > now.getTime()) alarms.push({ name: reminderAlarmName(appeal.id, reminder.kind), appealId: appeal.id, kind: reminder.kind, when });
    }
  }
  return alarms.sort((a, b) => a.when - b.when);
}

export function overdueCount(appeals: readonly Pick<Appeal, 'status' | 'dueOn'>[], now: Date): number {
  const today = localIsoDate(now);
  return appeals.filter((appeal) => isOverdue(appeal, today)).length;
}

/** Whole days past the due date (0 when not overdue), for notification texts. */
export function daysOverdue(appeal: Pick<Appeal, 'status' | 'dueOn'>, now: Date): number {
  const today = dayNumber(localIsoDate(now));
  const due = appeal.dueOn === null ? null : dayNumber(appeal.dueOn);
  if (today === null || due === null || !isOverdue(appeal, localIsoDate(now))) return 0;
  return today - due;
}
