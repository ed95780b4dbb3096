// Deadline reminders: alarms rebuilt from the database (on start-up and after every change), notifications when
// they fire, and the overdue count on the toolbar badge. Nothing is kept in memory between events.
import browser from 'webextension-polyfill';
import { overdueCount, parseReminderAlarm, reminderAlarms, REMINDER_ALARM_PREFIX, type ReminderAlarm } from '../core/deadlines/reminders.ts';
import { activeDeadlines } from '../storage/query.ts';
import { getAppeal } from '../storage/appeals-repo.ts';

const NOTIFICATION_PREFIX = 'appeal:';

export function appealPageUrl(appealId: string): string {
  return browser.runtime.getURL(`src/pages/appeals/index.html#/appeal/${encodeURIComponent(appealId)}`);
}

/** Replaces our alarms with the ones the stored appeals call for, and refreshes the badge. */
export async function syncReminders(now = new Date()): Promise<{ overdue: number }> {
  const appeals = await activeDeadlines();
  const wanted = reminderAlarms(appeals, now);
  const existing = await browser.alarms.getAll();
  const wantedNames = new Set(wanted.map((a) => a.name));
  await Promise.all(
    existing
      .filter((alarm) => alarm.name.startsWith(REMINDER_ALARM_PREFIX) && !wantedNames.has(alarm.name))
      .map((alarm) => browser.alarms.clear(alarm.name)),
  );
  const scheduled = new Map(existing.map((alarm) => [alarm.name, alarm.scheduledTime]));
  for (const alarm of wanted) {
    if (scheduled.get(alarm.name) !== alarm.when) browser.alarms.create(alarm.name, { when: alarm.when });
  }
  const overdue = overdueCount(appeals, now);
  await showBadge(overdue);
  return { overdue };
}

async function showBadge(overdue: number): Promise<void> {
  await browser.action.setBadgeText({ text: overdue > 0 ? String(overdue) : '' });
  if (overdue > 0) await browser.action.setBadgeBackgroundColor({ color: '#c62828' });
}

const TITLE_KEY: Record<ReminderAlarm['kind'], string> = {
  day_before: 'reminderDayBefore',
  due: 'reminderDue',
  overdue: 'reminderOverdue',
};

/** An alarm fired: tell the user about that appeal (if it still needs an answer) and refresh the badge. */
export async function onReminderAlarm(name: string): Promise<void> {
  const parsed = parseReminderAlarm(name);
  if (!parsed) return;
  const appeal = await getAppeal(parsed.appealId);
  if (appeal) {
    await browser.notifications.create(`${NOTIFICATION_PREFIX}${appeal.id}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      // Notifications render plain text only, so the subject cannot inject markup.
      title: browser.i18n.getMessage(TITLE_KEY[parsed.kind]),
      message: [appeal.subject, appeal.registrationNumber ? `№ ${appeal.registrationNumber}` : '', appeal.dueOn ?? '']
        .filter(Boolean)
        .join(' · ')
        .slice(0, 300),
    });
  }
  await syncReminders();
}

/** A reminder was clicked: open that appeal. */
export async function onNotificationClicked(notificationId: string): Promise<void> {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
  await browser.tabs.create({ url: appealPageUrl(notificationId.slice(NOTIFICATION_PREFIX.length)) });
  await browser.notifications.clear(notificationId);
}
