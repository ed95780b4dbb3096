// Which body should get an appeal about a category in a place: the most competent body first, then sensible
// alternatives the user can pick from. The choice the user makes is remembered by the caller under routeKey().
import type { Recipient } from '../appeal.ts';
import type { Category, Lang } from '../types.ts';
import { bodyById, FALLBACK_BODY, findCity, findRegion, toRecipient } from './directory.ts';
import type { Body, City, Region, RouteQuery } from './types.ts';

export interface Route {
  recipient: Recipient;
  alternatives: Recipient[];
}

type Role = string;

/**
 * Body roles by category, most competent first. A role is a suffix of a body id: `akimat`, `roads`… for Kazakhstan
 * (see kz-bodies.ts) and `admin` (the city), `gov`, `gji`, `gibdd`, `rpn`, `waste` for Russia (see ru-bodies.ts).
 */
const KZ_ROLES: Record<Category, Role[]> = {
  roads: ['roads', 'akimat'],
  sidewalks: ['roads', 'akimat'],
  transport: ['roads', 'akimat'],
  traffic: ['roads', 'police', 'akimat'],
  lighting: ['housing-utilities', 'akimat'],
  snow_ice: ['housing-utilities', 'akimat'],
  waste: ['housing-utilities', 'akimat'],
  yard: ['housing-utilities', 'akimat'],
  greenery: ['housing-utilities', 'akimat'],
  utilities: ['housing-utilities', 'housing-inspection', 'akimat'],
  housing: ['housing-inspection', 'housing-utilities', 'akimat'],
  environment: ['nature', 'akimat'],
  other: ['akimat'],
};

const RU_ROLES: Record<Category, Role[]> = {
  roads: ['admin', 'gibdd', 'gov'],
  sidewalks: ['admin', 'gov'],
  transport: ['admin', 'gov'],
  traffic: ['gibdd', 'admin', 'gov'],
  lighting: ['admin', 'gov'],
  snow_ice: ['admin', 'gji', 'gov'],
  waste: ['waste', 'admin', 'rpn'],
  yard: ['admin', 'gov'],
  greenery: ['admin', 'gov'],
  utilities: ['gji', 'admin', 'rpn'],
  housing: ['gji', 'admin', 'gov'],
  environment: ['rpn', 'admin', 'gov'],
  other: ['admin', 'gov'],
};

export function route(query: RouteQuery): Route {
  const lang: Lang = query.lang ?? 'ru';
  const bodies = candidateBodies(query);
  const [first, ...rest] = bodies.length > 0 ? bodies : [FALLBACK_BODY[query.jurisdiction]];
  return {
    recipient: toRecipient(first ?? FALLBACK_BODY[query.jurisdiction], lang),
    alternatives: rest.map((body) => toRecipient(body, lang)),
  };
}

/** The storage key of the user's remembered recipient choice. */
export function routeKey(city: string | null | undefined, category: Category): string {
  const place = (city ?? '').normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  return `${place}|${category}`;
}

function candidateBodies(query: RouteQuery): Body[] {
  const city = sameCountry(findCity(query.city), query);
  const region = sameCountry(findRegion(query.region), query) ?? (city ? findRegion(city.region) : null);
  const roles = (query.jurisdiction === 'KZ' ? KZ_ROLES : RU_ROLES)[query.category];
  const units = placeUnits(city, region);
  const ordered: Body[] = [];
  // The most local unit wins for each role, in the order of competence; then the other units' bodies.
  for (const role of roles) for (const unit of units) pushBody(ordered, `${unit}-${role}`);
  for (const unit of units) for (const role of ['gov', 'akimat']) pushBody(ordered, `${unit}-${role}`);
  return ordered;
}

function sameCountry<T extends City | Region>(place: T | null, query: RouteQuery): T | null {
  return place && place.jurisdiction === query.jurisdiction ? place : null;
}

/** Directory units from the most local to the widest: the city, then its region (or the region's centre). */
function placeUnits(city: City | null, region: Region | null): string[] {
  const units: string[] = [];
  if (city) units.push(city.id);
  if (region && region.id !== city?.id) units.push(region.id);
  return units;
}

function pushBody(list: Body[], id: string): void {
  const body = bodyById(id);
  if (body && !list.includes(body)) list.push(body);
}
