// Public API of the recipient directory. Data: kz.ts, ru.ts (places), kz-bodies.ts, ru-bodies.ts (bodies).
export { route, routeKey, type Route } from './route.ts';
export {
  BODIES,
  CITIES,
  REGIONS,
  bodyById,
  cityById,
  findCity,
  findRegion,
  isFallbackRecipient,
  localName,
  recipientById,
  regionById,
} from './directory.ts';
export type { Body, City, Names, Region, RouteQuery } from './types.ts';
