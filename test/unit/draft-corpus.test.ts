// @vitest-environment node
// The builder on the project's labelled corpus (test/corpus/*.jsonl): address, city, country, category, recipient
// and the legally required parts of every format in every language.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Channel } from '../../src/core/appeal.ts';
import { buildDraft, LABELS, renderAppeal, type Draft } from '../../src/core/draft/index.ts';
import { CITIES } from '../../src/core/routing/index.ts';
import type { Category, Jurisdiction, Lang, Network } from '../../src/core/types.ts';

interface CorpusPost {
  id: string;
  text: string;
  lang: string;
  country: Jurisdiction | null;
  network: Network;
  problem: boolean;
  category: Category | null;
  emergency: boolean;
  location: string | null;
}

const CORPUS_DIR = path.resolve(import.meta.dirname, '../corpus');
const POSTS: CorpusPost[] = readdirSync(CORPUS_DIR)
  .filter((file) => file.endsWith('.jsonl'))
  .sort()
  .flatMap((file) => readFileSync(path.join(CORPUS_DIR, file), 'utf8').split('\n').filter((line) => line.trim() !== ''))
  .map((line) => JSON.parse(line) as CorpusPost);
const POSITIVES = POSTS.filter((post) => post.problem && post.category !== null);
const NOW = '2026-11-23T09:30:00.000Z';

function draftOf(post: CorpusPost, overrides: { country?: Jurisdiction; channel?: Channel; lang?: Lang } = {}): Draft {
  return buildDraft({
    snapshot: { network: post.network, postId: post.id, permalink: `https://example.invalid/${post.id}`, authorName: null, authorUrl: null, publishedAt: null, text: post.text, images: [], pageUrl: '', capturedAt: NOW },
    classification: { problem: post.problem, score: post.problem ? 0.9 : 0.1, category: post.category, emergency: post.emergency, evidence: [] },
    profile: {},
    overrides,
    now: NOW,
    id: post.id,
  });
}

function rate(hits: number, total: number): number {
  return total === 0 ? 0 : hits / total;
}

describe('the corpus', () => {
  it('has at least 100 positive posts to test on', () => {
    expect(POSITIVES.length).toBeGreaterThanOrEqual(100);
  });
});

describe('address extraction on labelled places', () => {
  const labelled = POSITIVES.filter((post) => post.location !== null && post.text.includes(post.location));

  it('overlaps the labelled place span in at least 85 % of positive posts', () => {
    let hits = 0;
    const misses: string[] = [];
    for (const post of labelled) {
      const { appeal } = draftOf(post);
      const start = post.text.indexOf(post.location ?? '');
      const end = start + (post.location ?? '').length;
      const address = appeal.location.address;
      // The address is a verbatim span of the post; find it near the label to compare offsets.
      const found = address === null ? -1 : post.text.indexOf(address, Math.max(0, start - address.length));
      const overlaps = found >= 0 && found < end && start < found + (address?.length ?? 0);
      if (overlaps) hits++;
      else misses.push(`${post.id}: ${post.location} → ${address}`);
    }
    const hitRate = rate(hits, labelled.length);
    console.info(`address overlap: ${hits}/${labelled.length} = ${hitRate.toFixed(3)}`);
    expect(labelled.length).toBeGreaterThanOrEqual(100);
    expect(hitRate, misses.slice(0, 20).join('\n')).toBeGreaterThanOrEqual(0.85);
  });

  it('gives no address for most posts without a place', () => {
    const unlabelled = POSITIVES.filter((post) => post.location === null);
    const without = unlabelled.filter((post) => draftOf(post).appeal.location.address === null).length;
    console.info(`no address where none is labelled: ${without}/${unlabelled.length}`);
    expect(rate(without, unlabelled.length)).toBeGreaterThanOrEqual(0.5);
  });
});

describe('place and country', () => {
  /** Posts that spell a directory city in its dictionary form (any language): the builder must find a city. */
  const naming = POSTS.filter((post) =>
    CITIES.some((city) => [city.name.ru, city.name.kk, city.name.en].some((name) => name && new RegExp(`(?<![\\p{L}-])${name}(?![\\p{L}-])`, 'u').test(post.text))),
  );

  it('detects a city in at least 95 % of the posts that name one', () => {
    const found = naming.filter((post) => draftOf(post).appeal.location.city !== null).length;
    console.info(`city detected: ${found}/${naming.length}`);
    expect(naming.length).toBeGreaterThanOrEqual(50);
    expect(rate(found, naming.length)).toBeGreaterThanOrEqual(0.95);
  });

  it('infers the labelled country without being told in at least 80 % of positive posts', () => {
    const withCountry = POSITIVES.filter((post) => post.country !== null);
    const right = withCountry.filter((post) => draftOf(post).appeal.jurisdiction === post.country).length;
    console.info(`country inferred: ${right}/${withCountry.length}`);
    expect(rate(right, withCountry.length)).toBeGreaterThanOrEqual(0.8);
  });
});

describe.each(POSITIVES.map((post) => [post.id, post] as const))('%s', (_id, post) => {
  it('passes the category through, chooses a recipient and uses the country’s default channel', () => {
    const { appeal } = draftOf(post, post.country ? { country: post.country } : {});
    if (post.country) expect(appeal.jurisdiction).toBe(post.country);
    expect(appeal.category).toBe(post.category);
    expect(appeal.recipient.name.trim()).not.toBe('');
    expect(appeal.recipient.url).toMatch(/^https:\/\/(eotinish\.kz|pos\.gosuslugi\.ru)\//);
    expect(appeal.channel).toBe(appeal.jurisdiction === 'KZ' ? 'eotinish' : 'pos');
    if (appeal.location.city !== null) expect(appeal.recipient.id).not.toMatch(/local/);
  });

  it('renders every format in every language with the legally required parts', () => {
    const country = post.country ?? 'RU';
    const channels: Channel[] = country === 'KZ' ? ['eotinish', 'letter', 'gospublic'] : ['letter', 'pos', 'gospublic'];
    for (const channel of channels) {
      for (const lang of ['ru', 'kk', 'en'] as const) {
        const draft = draftOf(post, { country, channel, lang });
        const { appeal } = draft;
        const labels = LABELS[appeal.lang];
        const text = renderAppeal(appeal);
        const where = `${channel}/${appeal.lang}`;
        expect(text, where).toContain(`${labels.subject}: ${appeal.subject}`);
        expect(text, where).toContain(`${labels.date}: `);
        if (appeal.location.address) expect(text, where).toContain(appeal.location.address);
        expect(text, where).toContain(appeal.body);
        if (channel === 'pos' || channel === 'gospublic') {
          expect(text, where).toContain(`${labels.request}: `);
          expect(text.length, where).toBeLessThan(1200);
          continue;
        }
        expect(text, where).toContain(`${labels.to}: ${appeal.recipient.name}`);
        expect(text, where).toContain(`${labels.from}: ${labels.placeholders.fullName}`);
        expect(text, where).toContain(`${labels.postalAddress}: ${labels.placeholders.postalAddress}`);
        expect(text, where).toContain(labels.requestLead);
        if (appeal.jurisdiction === 'KZ') expect(text, where).toContain(`${labels.iin}: ${labels.placeholders.iin}`);
        const signed = text.includes(`${labels.signature}: ____________`);
        // eOtinish signs with ЭЦП/SMS, so the pasted text has no signature line; paper letters are signed by hand.
        expect(signed, where).toBe(channel === 'letter');
      }
    }
  });
});
