// One view over the bundled directory: places and bodies of both countries, looked up by id or by name.
import type { Jurisdiction, Lang } from '../types.ts';
import type { Recipient } from '../appeal.ts';
import { KZ_CITIES, KZ_REGIONS } from './kz.ts';
import { KZ_BODIES, KZ_FALLBACK } from './kz-bodies.ts';
import { RU_CITIES, RU_REGIONS } from './ru.ts';
import { RU_BODIES, RU_FALLBACK } from './ru-bodies.ts';
import type { Body, City, Names, Region } from './types.ts';

export const REGIONS: readonly Region[] = [...KZ_REGIONS, ...RU_REGIONS];
export const CITIES: readonly City[] = [...KZ_CITIES, ...RU_CITIES];
export const BODIES: readonly Body[] = [...KZ_BODIES, ...RU_BODIES, KZ_FALLBACK, RU_FALLBACK];
export const FALLBACK_BODY: Record<Jurisdiction, Body> = { KZ: KZ_FALLBACK, RU: RU_FALLBACK };

const BODY_BY_ID = new Map(BODIES.map((body) => [body.id, body]));
const REGION_BY_ID = new Map(REGIONS.map((region) => [region.id, region]));
const CITY_BY_ID = new Map(CITIES.map((city) => [city.id, city]));

/** The generic «акимат / администрация по месту нахождения проблемы» used when no place is known. */
export function isFallbackRecipient(id: string | null): boolean {
  return id === FALLBACK_BODY.KZ.id || id === FALLBACK_BODY.RU.id;
}

export function bodyById(id: string): Body | null {
  return BODY_BY_ID.get(id) ?? null;
}

export function regionById(id: string): Region | null {
  return REGION_BY_ID.get(id) ?? null;
}

export function cityById(id: string): City | null {
  return CITY_BY_ID.get(id) ?? null;
}

export function localName(names: Names, lang: Lang): string {
  return lang === 'kk' ? (names.kk ?? names.ru) : names[lang];
}

export function toRecipient(body: Body, lang: Lang): Recipient {
  return { id: body.id, name: localName(body.name, lang), url: body.url };
}

/** The recipient for a directory id (e.g. the user's remembered choice), in the appeal's language. */
export function recipientById(id: string, lang: Lang): Recipient | null {
  const body = bodyById(id);
  return body ? toRecipient(body, lang) : null;
}

function fold(value: string): string {
  return value.normalize('NFC').toLowerCase().replace(/ё/g, 'е').replace(/[\s\u00a0]+/g, ' ').trim();
}

const REGION_BY_NAME = indexByNames(REGIONS);
const CITY_BY_NAME = indexByNames(CITIES);

function indexByNames<T extends { id: string; name: Names }>(items: readonly T[]): Map<string, T> {
  const index = new Map<string, T>();
  for (const item of items) {
    for (const name of [item.id, item.name.ru, item.name.kk, item.name.en]) if (name) index.set(fold(name), item);
  }
  return index;
}

/** A region by id or by its name in any language (as stored in `Appeal.location.region`). */
export function findRegion(idOrName: string | null | undefined): Region | null {
  return idOrName ? (REGION_BY_NAME.get(fold(idOrName)) ?? null) : null;
}

/** A city by id or by its name in any language (as stored in `Appeal.location.city`). */
export function findCity(idOrName: string | null | undefined): City | null {
  return idOrName ? (CITY_BY_NAME.get(fold(idOrName)) ?? null) : null;
}
