// Shapes of the bundled recipient directory (see README.md in this folder for sources and how to update it).
import type { Category, Jurisdiction, Lang } from '../types.ts';

/** A name in every language the drafts are written in; `kk` is absent for Russian bodies (ru is used instead). */
export interface Names {
  ru: string;
  kk?: string;
  en: string;
}

export type BodyLevel = 'regional' | 'municipal' | 'department' | 'inspectorate' | 'police' | 'sanitary' | 'operator';

export interface Body {
  id: string;
  jurisdiction: Jurisdiction;
  level: BodyLevel;
  name: Names;
  /** The portal page where the appeal is filed; opened by the user in a new tab, never fetched. */
  url: string;
}

/**
 * A place name as it can appear in a post. Each form is a literal start of a word; a form ending in `*` also
 * accepts Russian case endings and Kazakh suffixes («Караганд*» → Караганде, Карагандой; «Алматы*» → Алматыда).
 */
export type NameForm = string;

export interface Region {
  id: string;
  jurisdiction: Jurisdiction;
  name: Names;
  forms: NameForm[];
  /** The id of the administrative centre in the city list, when it is there. */
  capital: string | null;
}

export interface City {
  id: string;
  jurisdiction: Jurisdiction;
  region: string;
  name: Names;
  forms: NameForm[];
  /** Cities of republican significance (KZ) and federal cities (RU) are regions of their own. */
  isRegion?: boolean;
}

export interface RouteQuery {
  jurisdiction: Jurisdiction;
  /** A region id or any name form of it; null when unknown. */
  region: string | null;
  city: string | null;
  category: Category;
  lang?: Lang;
}
