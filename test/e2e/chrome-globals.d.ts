// The few `chrome.*` calls the e2e suite evaluates inside the extension's service worker. Declared here rather
// than through @types/chrome so that extension code keeps using webextension-polyfill only.
declare namespace chrome {
  const action: { getBadgeText(details: { tabId?: number }): Promise<string> };
  const alarms: { create(name: string, info: { when: number }): Promise<void> };
  const notifications: { getAll(): Promise<Record<string, boolean>> };
}
declare namespace chrome {
  const runtime: { reload(): void };
}
declare namespace chrome {
  /** Only on chrome://extensions: the page's own API, used to switch on developer mode. */
  const developerPrivate: { updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void> };
}
declare namespace chrome {
  const storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
}
