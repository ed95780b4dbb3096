// npm run --silent draft < in.jsonl > out.jsonl
// Each input line: {id, text, network?, permalink?, country?, channel?, lang?}. Each output line: the proposed appeal
// built by the extension's own code with an empty profile. A bad line is reported on stderr and skipped.
import { mapJsonLines } from './lib/json-lines.ts';
import type { Channel } from '../src/core/appeal.ts';
import { classify } from '../src/core/classifier/index.ts';
import { buildDraft, renderAppeal } from '../src/core/draft/index.ts';
import type { Jurisdiction, Lang, Network, PostSnapshot } from '../src/core/types.ts';

const NETWORKS: readonly Network[] = ['vk', 'ok', 'facebook', 'instagram'];
const COUNTRIES: readonly Jurisdiction[] = ['KZ', 'RU'];
const CHANNELS: readonly Channel[] = ['eotinish', 'pos', 'gospublic', 'letter'];
const LANGS: readonly Lang[] = ['ru', 'kk', 'en'];

interface InputLine {
  id: string;
  text: string;
  network: Network | null;
  permalink: string | null;
  country: Jurisdiction | null;
  channel: Channel | null;
  lang: Lang | null;
}

function parseLine(line: string): InputLine {
  const value: unknown = JSON.parse(line);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object');
  const record = value as Record<string, unknown>;
  if (typeof record.id !== 'string' && typeof record.id !== 'number') throw new Error('"id" must be a string');
  if (typeof record.text !== 'string') throw new Error('"text" must be a string');
  return {
    id: String(record.id),
    text: record.text,
    network: optionalEnum(record, 'network', NETWORKS),
    permalink: typeof record.permalink === 'string' && record.permalink !== '' ? record.permalink : null,
    country: optionalEnum(record, 'country', COUNTRIES),
    channel: optionalEnum(record, 'channel', CHANNELS),
    lang: optionalEnum(record, 'lang', LANGS),
  };
}

function optionalEnum<T extends string>(record: Record<string, unknown>, key: string, allowed: readonly T[]): T | null {
  const value = record[key];
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`"${key}" must be one of ${allowed.join(', ')}`);
}

function snapshotOf(input: InputLine, now: string): PostSnapshot | null {
  if (input.network === null) return null;
  return {
    network: input.network,
    postId: null,
    permalink: input.permalink,
    authorName: null,
    authorUrl: null,
    publishedAt: null,
    text: input.text,
    images: [],
    pageUrl: input.permalink ?? '',
    capturedAt: now,
  };
}

function draftLine(input: InputLine, now: string): Record<string, unknown> {
  const draft = buildDraft({
    snapshot: snapshotOf(input, now),
    selection: input.text,
    classification: classify(input.text),
    profile: {},
    overrides: { country: input.country, channel: input.channel, lang: input.lang },
    now,
    id: input.id,
  });
  const { appeal } = draft;
  return {
    id: appeal.id,
    jurisdiction: appeal.jurisdiction,
    channel: appeal.channel,
    appealType: appeal.appealType,
    lang: appeal.lang,
    recipient: appeal.recipient,
    alternatives: draft.alternatives,
    category: appeal.category,
    subject: appeal.subject,
    body: appeal.body,
    location: appeal.location,
    missing: draft.missing,
    warnings: draft.warnings.map((issue) => issue.code),
    notices: draft.notices.map((notice) => notice.code),
    text: renderAppeal(appeal),
  };
}

const now = new Date().toISOString();
await mapJsonLines((line) => draftLine(parseLine(line), now));
