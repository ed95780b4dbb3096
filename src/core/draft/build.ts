// The draft builder: a post (or selected text), the classifier's answer and the applicant's profile in, a complete
// proposed appeal out. Pure: no browser or Node APIs, no clock (the caller passes `now`), never throws on bad input.
import { untracked, type Appeal, type AppealType, type Applicant, type Channel, type SourcePost } from '../appeal.ts';
import type { Category, Classification, Jurisdiction, Lang, PostSnapshot } from '../types.ts';
import { isFallbackRecipient, localName, recipientById, route, type City, type Region, type Route } from '../routing/index.ts';
import { extractAddress } from './address.ts';
import { composeBody, isShortChannel } from './body.ts';
import { checkAppeal, type Issue } from './checks.ts';
import { cleanEssence, isBlank, MAX_ESSENCE_CHARS, stripInvisible, type CleanResult } from './clean.ts';
import { detectLang } from './language.ts';
import { CATEGORY_PHRASES } from './phrases.ts';
import { detectPlace, type PlaceGuess } from './place.ts';
import { extractDuration } from './since.ts';

export type Profile = Partial<Applicant> & { jurisdiction?: Jurisdiction | null; lang?: Lang | null };

export interface DraftOverrides {
  country?: Jurisdiction | null;
  channel?: Channel | null;
  lang?: Lang | null;
  /** A directory id: the user's remembered choice for this city and category. */
  recipientId?: string | null;
}

export interface DraftInput {
  snapshot?: PostSnapshot | null;
  /** Text the user selected on any page, when there is no post snapshot. */
  selection?: string | null;
  classification?: Classification | null;
  profile?: Profile | null;
  overrides?: DraftOverrides | null;
  /** ISO 8601; the date of the appeal. */
  now: string;
  id: string;
}

export type NoticeCode = 'empty-post' | 'essence-truncated' | 'generic-recipient' | 'country-guessed' | 'not-a-problem' | 'emergency' | 'no-category';

export interface Notice {
  code: NoticeCode;
  message: string;
  params?: Record<string, string | number>;
}

export interface Draft {
  appeal: Appeal;
  /** Stable keys of the required fields that are still empty (see checks.ts). */
  missing: string[];
  warnings: Issue[];
  notices: Notice[];
  /** Other recipients the user may pick instead. */
  alternatives: Appeal['recipient'][];
}

const DEFAULT_CHANNEL: Record<Jurisdiction, Channel> = { KZ: 'eotinish', RU: 'pos' };

export function buildDraft(input: DraftInput): Draft {
  const source = sourcePost(input);
  const essence = cleanEssence(source.text);
  const notices = essenceNotices(essence);
  const profile = input.profile ?? {};
  const overrides = input.overrides ?? {};
  const place = resolvePlace(source.text, source.network, profile, overrides, notices);
  const lang = chooseLang(overrides.lang ?? profile.lang ?? detectLang(essence.text), place.jurisdiction);
  const channel = overrides.channel ?? DEFAULT_CHANNEL[place.jurisdiction];
  const category = chooseCategory(input.classification, notices);
  const address = isBlank(essence.text) ? null : extractAddress(stripInvisible(source.text.slice(0, 20_000)));
  const city = place.city ? localName(place.city.name, lang) : null;
  const { recipient, alternatives } = chooseRecipient(place, category, lang, overrides.recipientId ?? null, notices);
  const appeal = newAppeal(input, {
    jurisdiction: place.jurisdiction,
    channel,
    appealType: appealType(place.jurisdiction, channel, essence.text),
    lang,
    recipient,
    category,
    subject: subjectLine(category, lang, city, address?.address ?? null),
    body: composeBody({ lang, jurisdiction: place.jurisdiction, channel, category, essence: essence.text, city, address, duration: extractDuration(essence.text), source }),
    location: { address: address?.address ?? null, city, region: place.region ? localName(place.region.name, lang) : null },
    seenOn: isoDate(source.publishedAt) ?? isoDate(input.now),
    source,
    applicant: applicantFrom(profile),
  });
  const issues = checkAppeal(appeal);
  const missing = issues.filter((issue) => issue.code === 'missing').map((issue) => issue.field);
  // A generic «акимат по месту нахождения проблемы» is a hint, not a recipient: the user still has to choose.
  if (isFallbackRecipient(recipient.id)) missing.push('recipient.name');
  return { appeal, missing, warnings: issues.filter((issue) => issue.code !== 'missing'), notices, alternatives };
}

function essenceNotices(essence: CleanResult): Notice[] {
  const notices: Notice[] = [];
  if (isBlank(essence.text)) notices.push({ code: 'empty-post', message: 'The post has no readable text: describe the problem in the body.' });
  if (essence.truncated) {
    notices.push({
      code: 'essence-truncated',
      message: `The post is long (${essence.originalLength} characters); its text was cut to ${MAX_ESSENCE_CHARS}.`,
      params: { from: essence.originalLength, to: essence.text.length },
    });
  }
  return notices;
}

/** The routed body, unless the user chose another one for this city and category before. */
function chooseRecipient(place: ResolvedPlace, category: Category, lang: Lang, recipientId: string | null, notices: Notice[]): Route {
  const routed = route({ jurisdiction: place.jurisdiction, region: place.region?.id ?? null, city: place.city?.id ?? null, category, lang });
  const chosen = recipientId ? recipientById(recipientId, lang) : null;
  if (!place.city && !place.region && !chosen) notices.push({ code: 'generic-recipient', message: 'No city found: choose the recipient body.' });
  if (!chosen) return routed;
  return { recipient: chosen, alternatives: [routed.recipient, ...routed.alternatives].filter((other) => other.id !== chosen.id) };
}

type AppealContent = Pick<Appeal, 'jurisdiction' | 'channel' | 'appealType' | 'lang' | 'recipient' | 'category' | 'subject' | 'body' | 'location' | 'seenOn' | 'source' | 'applicant'>;

function newAppeal(input: DraftInput, content: AppealContent): Appeal {
  return {
    id: input.id,
    ...content,
    ...untracked(input.now),
  };
}

function sourcePost(input: DraftInput): SourcePost {
  const snapshot = input.snapshot;
  if (snapshot) {
    return {
      network: snapshot.network,
      postId: snapshot.postId,
      permalink: snapshot.permalink,
      authorName: snapshot.authorName,
      publishedAt: snapshot.publishedAt,
      text: typeof snapshot.text === 'string' ? snapshot.text : '',
      images: Array.isArray(snapshot.images) ? snapshot.images : [],
      pageUrl: snapshot.pageUrl,
      capturedAt: snapshot.capturedAt,
    };
  }
  const text = typeof input.selection === 'string' ? input.selection : '';
  return { network: 'selection', postId: null, permalink: null, authorName: null, publishedAt: null, text, images: [], pageUrl: null, capturedAt: input.now };
}

interface ResolvedPlace {
  jurisdiction: Jurisdiction;
  region: Region | null;
  city: City | null;
}

/** Text first, then the applicant's postal address, then the profile's country, then a neutral default. */
function resolvePlace(text: string, network: SourcePost['network'], profile: Profile, overrides: DraftOverrides, notices: Notice[]): ResolvedPlace {
  const fromText = detectPlace(stripInvisible(text).slice(0, 20_000));
  const fromProfile: PlaceGuess = profile.postalAddress ? detectPlace(profile.postalAddress) : { jurisdiction: null, region: null, city: null };
  const jurisdiction = overrides.country ?? fromText.jurisdiction ?? fromProfile.jurisdiction ?? profile.jurisdiction ?? null;
  const resolved = jurisdiction ?? neutralDefault(text, network);
  if (jurisdiction === null) notices.push({ code: 'country-guessed', message: `The country was not recognised; ${resolved} was assumed.`, params: { country: resolved } });
  // A place of the other country is a false match (a street named after a city, a trip mentioned in passing).
  const guess = [fromText, fromProfile].find((candidate) => (candidate.city ?? candidate.region)?.jurisdiction === resolved);
  return { jurisdiction: resolved, region: guess?.region ?? null, city: guess?.city ?? null };
}

/**
 * With no sign of the country at all: Kazakh and English posts, and Facebook and Instagram posts (both blocked in
 * Russia since 2022), are most likely from Kazakhstan; other Russian-language posts from Russia.
 */
function neutralDefault(text: string, network: SourcePost['network']): Jurisdiction {
  const lang = detectLang(text);
  return lang === 'kk' || lang === 'en' || network === 'facebook' || network === 'instagram' ? 'KZ' : 'RU';
}

/** Kazakh drafts are for Kazakhstan; a Russian body gets Russian or English. */
function chooseLang(lang: Lang | null, jurisdiction: Jurisdiction): Lang {
  if (lang === 'kk' && jurisdiction === 'RU') return 'ru';
  return lang ?? 'ru';
}

function chooseCategory(classification: Classification | null | undefined, notices: Notice[]): Category {
  if (classification && !classification.problem) notices.push({ code: 'not-a-problem', message: 'The classifier does not see a local problem in this post; check before filing.' });
  if (classification?.emergency) {
    notices.push({ code: 'emergency', message: 'This looks like an emergency: call 112 (gas: 104) first, then file the appeal.', params: { phone: '112', gas: '104' } });
  }
  const category = classification?.category ?? null;
  if (category === null) notices.push({ code: 'no-category', message: 'No category was recognised: choose one.' });
  return category ?? 'other';
}

/** KZ: a short report without a request is a «сообщение»; ПОС and official pages always take messages. */
function appealType(jurisdiction: Jurisdiction, channel: Channel, essence: string): AppealType {
  if (isShortChannel(channel)) return 'message';
  const asks = /(?<!\p{L})(?:прошу|просим|требуем|примите|сделайте|уберите|почините|отремонтируйте|помогите|өтінем\p{L}*|сұраймыз|сұраймын|please|fix)/iu.test(essence);
  if (jurisdiction === 'KZ' && essence.length > 0 && essence.length < 120 && !asks) return 'message';
  return 'application';
}

function subjectLine(category: Category, lang: Lang, city: string | null, address: string | null): string {
  const base = CATEGORY_PHRASES[category][lang].subject;
  const where = [city ? { ru: `г. ${city}`, kk: `${city} қ.`, en: city }[lang] : null, address].filter(Boolean).join(', ');
  return where ? `${base}: ${where}` : base;
}

function applicantFrom(profile: Profile): Applicant {
  const text = (value: unknown): string => (typeof value === 'string' ? stripInvisible(value).trim() : '');
  return { fullName: text(profile.fullName), iin: text(profile.iin), postalAddress: text(profile.postalAddress), phone: text(profile.phone), email: text(profile.email) };
}

function isoDate(value: string | null | undefined): string | null {
  const match = value ? /^\d{4}-\d{2}-\d{2}/.exec(value) : null;
  return match ? match[0] : null;
}


