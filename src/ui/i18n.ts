import browser from 'webextension-polyfill';

/** The UI string for `key` in the browser's language (falls back to the key, so a missing string is visible). */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
