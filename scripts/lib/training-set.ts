// Which rows are trained on, with which weights. Shared by train.ts and the baseline so both see the same data.
import { createHash } from 'node:crypto';
import { CATEGORIES } from '../../src/core/types.ts';
import { loadCorpus, loadExternal, type Example, type Source } from './datasets.ts';

/**
 * Share of the total training weight per source (chosen by 5-fold cross-validation on the corpus training rows). The project corpus dominates because it has both classes in
 * the same feed style; the external sets would otherwise teach "form-like = problem, chatty = not".
 */
const PROBLEM_SHARE: Record<Source, number> = {
  corpus: 0.7,
  spb: 0.1,
  kursk: 0.08,
  boston: 0.03,
  cedr: 0.1,
  kazsandra: 0.07,
  newport: 0,
};
const CATEGORY_SHARE: Record<Source, number> = {
  corpus: 0.5,
  spb: 0.22,
  kursk: 0.26,
  boston: 0.02,
  cedr: 0,
  kazsandra: 0,
  newport: 0,
};
const SPB_SAMPLE = 12000;
/** Exponent of the per-language balancing inside the corpus (0 = none, 1 = equal weight per language). */
const LANG_BALANCE = 0.75;
const SPB_MIN_CHARS = 20;

export interface WeightedExample {
  example: Example;
  problemWeight: number;
  categoryWeight: number;
}

function stableHash(text: string): number {
  return createHash('sha1').update(text).digest().readUInt32BE(0);
}

/** A fixed seventh of the training rows, used only to choose the threshold and report progress. */
export function isTuningRow(example: Example): boolean {
  return stableHash(`tune:${example.id}`) % 7 === 0;
}

export function loadAll(): Example[] {
  return [...loadCorpus(), ...loadExternal()];
}

/** Training rows only: never evaluation rows, never Newport, never rows without a gold decision. */
export function trainingRows(all: readonly Example[]): Example[] {
  const seenSpb = new Set<string>();
  const spb: Example[] = [];
  const others: Example[] = [];
  for (const example of all) {
    if (example.split !== 'train' || example.source === 'newport' || example.problem === null) continue;
    if (example.source !== 'spb') {
      others.push(example);
      continue;
    }
    const key = example.text.trim().toLowerCase();
    if (key.length < SPB_MIN_CHARS || seenSpb.has(key)) continue;
    seenSpb.add(key);
    spb.push(example);
  }
  const sampled = spb
    .map((e) => ({ e, h: stableHash(`spb:${e.id}`) }))
    .sort((a, b) => a.h - b.h)
    .slice(0, SPB_SAMPLE)
    .map(({ e }) => e);
  return [...others, ...sampled];
}

export function weigh(rows: readonly Example[]): WeightedExample[] {
  const counts = new Map<Source, number>();
  const categoryCounts = new Map<Source, number>();
  for (const e of rows) {
    counts.set(e.source, (counts.get(e.source) ?? 0) + 1);
    if (e.category !== null) categoryCounts.set(e.source, (categoryCounts.get(e.source) ?? 0) + 1);
  }
  const total = rows.length;
  const totalCategory = [...categoryCounts.values()].reduce((a, b) => a + b, 0);
  const present = (share: Record<Source, number>, seen: Map<Source, number>): number =>
    [...seen.keys()].reduce((sum, s) => sum + share[s], 0) || 1;
  const langFactor = corpusLanguageBalance(rows);
  const problemNorm = present(PROBLEM_SHARE, counts);
  const categoryNorm = present(CATEGORY_SHARE, categoryCounts);
  return rows.map((example) => ({
    example,
    problemWeight:
      (PROBLEM_SHARE[example.source] / problemNorm) *
      (total / (counts.get(example.source) ?? 1)) *
      (langFactor.get(example) ?? 1),
    categoryWeight:
      example.category === null
        ? 0
        : (CATEGORY_SHARE[example.source] / categoryNorm) *
          (totalCategory / (categoryCounts.get(example.source) ?? 1)) *
          (langFactor.get(example) ?? 1),
  }));
}

/**
 * Square-root inverse frequency per language inside the project corpus (mean 1 over the corpus): the thin
 * languages (Kazakh, English) have no external data of both classes, so their corpus posts must count more.
 */
function corpusLanguageBalance(rows: readonly Example[]): Map<Example, number> {
  const corpus = rows.filter((e) => e.source === 'corpus');
  const counts = new Map<string, number>();
  for (const e of corpus) counts.set(e.lang, (counts.get(e.lang) ?? 0) + 1);
  const raw = corpus.map((e) => (corpus.length / counts.size / (counts.get(e.lang) ?? 1)) ** LANG_BALANCE);
  const mean = raw.reduce((a, b) => a + b, 0) / (raw.length || 1);
  return new Map(corpus.map((e, i) => [e, (raw[i] ?? 1) / (mean || 1)]));
}


export function categoryIndex(example: Example): number {
  return example.category === null ? -1 : CATEGORIES.indexOf(example.category);
}
