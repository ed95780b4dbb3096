// Stand-in for webextension-polyfill in unit tests: the real module throws outside an extension.
import { vi } from 'vitest';

const listeners = () => ({ addListener: vi.fn(), removeListener: vi.fn(), hasListener: vi.fn(() => false) });
const store = new Map<string, unknown>();

const storageArea = {
  get: vi.fn(async (keys?: string | string[] | null) => {
    if (keys == null) return Object.fromEntries(store);
    const list = Array.isArray(keys) ? keys : [keys];
    return Object.fromEntries(list.filter((k) => store.has(k)).map((k) => [k, store.get(k)]));
  }),
  set: vi.fn(async (items: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(items)) store.set(k, structuredClone(v));
  }),
  remove: vi.fn(async (keys: string | string[]) => {
    for (const k of Array.isArray(keys) ? keys : [keys]) store.delete(k);
  }),
  clear: vi.fn(async () => store.clear()),
  onChanged: listeners(),
};

const browser = {
  runtime: {
    id: 'test-extension-id',
    sendMessage: vi.fn(async () => undefined),
    onMessage: listeners(),
    onInstalled: listeners(),
    onStartup: listeners(),
    getURL: (path: string) => `chrome-extension://test-extension-id/${path.replace(/^\//, '')}`,
    openOptionsPage: vi.fn(async () => undefined),
  },
  storage: { local: storageArea, session: storageArea, onChanged: listeners() },
  i18n: {
    getMessage: vi.fn((key: string) => key),
    getUILanguage: vi.fn(() => 'en'),
  },
  tabs: { create: vi.fn(async () => ({ id: 1 })), query: vi.fn(async () => []) },
  action: { openPopup: vi.fn(async () => undefined), setBadgeText: vi.fn(async () => undefined), setBadgeBackgroundColor: vi.fn(async () => undefined) },
  alarms: { create: vi.fn(), clear: vi.fn(async () => true), clearAll: vi.fn(async () => true), getAll: vi.fn(async () => []), onAlarm: listeners() },
  notifications: { create: vi.fn(async () => 'id'), clear: vi.fn(async () => true), onClicked: listeners() },
  contextMenus: { create: vi.fn(), removeAll: vi.fn(async () => undefined), onClicked: listeners() },
};

export default browser;
