import browser from 'webextension-polyfill';
import { createRouter, type Handlers } from '../shared/messages.ts';

const handlers: Handlers = {
  'draft/fromPost': async () => {
    throw new Error('not wired yet');
  },
  'settings/content': async () => ({ showOnAllPosts: false }),
  'reminders/sync': async () => ({ overdue: 0 }),
};

browser.runtime.onMessage.addListener(createRouter(handlers, browser.runtime.id, browser.runtime.getURL('')));
