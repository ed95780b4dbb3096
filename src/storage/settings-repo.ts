// Small remembered values: the recipient chosen last time for a city and category, and any page setting. Values are plain JSON-compatible data.
import type { Category, Recipient } from '../core/appeal.ts';
import { getDb, write } from './db.ts';

export async function getSetting<T>(key: string): Promise<T | undefined> {
  return (await (await getDb()).get('kv', key)) as T | undefined;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await write(['kv'], (tx) => tx.objectStore('kv').put(value, key));
}

const recipientKey = (city: string | null, category: Category) => `recipient:${(city ?? '').trim().toLowerCase()}|${category}`;

export function rememberRecipient(city: string | null, category: Category, recipient: Recipient): Promise<void> {
  return setSetting(recipientKey(city, category), recipient);
}

export function recallRecipient(city: string | null, category: Category): Promise<Recipient | undefined> {
  return getSetting<Recipient>(recipientKey(city, category));
}
