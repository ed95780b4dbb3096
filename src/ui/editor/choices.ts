// Which channels and appeal types each country and channel allow (appeals-domain.md §7.2).
import type { AppealType, Channel } from '../../core/appeal.ts';
import { CATEGORIES, type Jurisdiction, type Lang } from '../../core/types.ts';
import { categoryLabel, channelLabel } from '../history/format.ts';
import { t } from '../i18n.ts';
import type { Option } from './fields.tsx';

export const JURISDICTIONS: readonly Jurisdiction[] = ['KZ', 'RU'];
export const LANGS: readonly Lang[] = ['ru', 'kk', 'en'];

const CHANNELS: Record<Jurisdiction, readonly Channel[]> = {
  KZ: ['eotinish', 'letter'],
  RU: ['pos', 'letter', 'gospublic'],
};

const KZ_TYPES: readonly AppealType[] = ['application', 'message', 'complaint', 'proposal', 'request', 'response'];
const RU_TYPES: readonly AppealType[] = ['application', 'complaint', 'proposal'];
const SHORT_TYPES: readonly AppealType[] = ['message'];

export function channelsFor(jurisdiction: Jurisdiction): readonly Channel[] {
  return CHANNELS[jurisdiction];
}

export function appealTypesFor(jurisdiction: Jurisdiction, channel: Channel): readonly AppealType[] {
  if (channel === 'pos' || channel === 'gospublic') return SHORT_TYPES;
  return jurisdiction === 'KZ' ? KZ_TYPES : RU_TYPES;
}

export const jurisdictionOptions = (): Option[] => JURISDICTIONS.map((value) => ({ value, label: t(`editor_jurisdiction_${value}`) }));
/** Kazakh drafts are for Kazakhstan only (the builder writes Russian bodies for Russia). */
export function langsFor(jurisdiction: Jurisdiction | null): readonly Lang[] {
  return jurisdiction === 'RU' ? LANGS.filter((lang) => lang !== 'kk') : LANGS;
}

export const langOptions = (jurisdiction: Jurisdiction | null = null): Option[] =>
  langsFor(jurisdiction).map((value) => ({ value, label: t(`editor_lang_${value}`) }));
export const channelOptions = (j: Jurisdiction): Option[] => channelsFor(j).map((value) => ({ value, label: channelLabel(value) }));
export const categoryOptions = (): Option[] => CATEGORIES.map((value) => ({ value, label: categoryLabel(value) }));
export const appealTypeOptions = (j: Jurisdiction, channel: Channel): Option[] =>
  appealTypesFor(j, channel).map((value) => ({ value, label: t(`editor_type_${j}_${value}`) }));
