// The service worker. Every listener is registered synchronously at the top level, so an event that wakes the
// worker is never dropped; each handler reads what it needs from storage, since memory does not survive sleep.
import browser from 'webextension-polyfill';
import { createRouter, type Handlers } from '../shared/messages.ts';
import { createDraft, showDraft } from './drafts.ts';
import { createContextMenu, onContextMenuClicked } from './context-menu.ts';
import { onNotificationClicked, onReminderAlarm, syncReminders } from './reminders.ts';

export const SETTINGS_KEY = 'settings';

const handlers: Handlers = {
  'draft/fromPost': async ({ snapshot }, sender) => {
    const created = await createDraft({ snapshot });
    const shownIn = await showDraft(created.appealId, sender.tab?.windowId);
    return { ...created, shownIn };
  },
  'settings/content': async () => {
    const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as { showOnAllPosts?: boolean } | undefined;
    return { showOnAllPosts: stored?.showOnAllPosts === true };
  },
  'reminders/sync': () => syncReminders(),
};

browser.runtime.onMessage.addListener(createRouter(handlers, browser.runtime.id, browser.runtime.getURL('')));
browser.runtime.onInstalled.addListener(() => {
  createContextMenu();
  void syncReminders();
});
browser.runtime.onStartup.addListener(() => void syncReminders());
browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenuClicked(info, tab));
browser.alarms.onAlarm.addListener((alarm) => void onReminderAlarm(alarm.name));
browser.notifications.onClicked.addListener((id) => void onNotificationClicked(id));
