// UI strings of the in-page control, read once from the extension's locales.
import browser from 'webextension-polyfill';
import type { Lang } from '../core/types.ts';

const KEYS = ['fileAsAppeal', 'emergencyHint', 'draftCreated', 'draftDuplicate', 'draftFailed', 'reloadPageHint', 'draftPending'] as const;
export type StringKey = (typeof KEYS)[number];
export type Strings = Record<StringKey, string> & { lang: Lang };

export function loadStrings(): Strings {
  const strings = { lang: uiLang() } as Strings;
  for (const key of KEYS) {
    let text = '';
    try {
      text = browser.i18n.getMessage(key);
    } catch {
      // An orphaned script cannot read locales; the control is disabled anyway.
    }
    strings[key] = text || key;
  }
  return strings;
}

function uiLang(): Lang {
  let tag = 'en';
  try {
    tag = browser.i18n.getUILanguage();
  } catch {
    // keep English
  }
  const base = tag.toLowerCase().slice(0, 2);
  return base === 'ru' || base === 'kk' ? base : 'en';
}
