// The evaluation splits of issue 4 and their targets. Only rows of the EVALUATION split (and the corpus held-out
// part) appear here.
import type { Example } from './datasets.ts';

export type MainMetric = 'f1' | 'recall' | 'falsePositiveRate';

export interface EvalSet {
  name: string;
  rows: Example[];
  metric: MainMetric;
  /** Minimum (f1, recall) or maximum (falsePositiveRate); null when the issue sets none. */
  target: number | null;
  categoryTarget: number | null;
}

const SPB_MIN_CHARS = 30;
const LANGUAGE_MIN_ROWS = 30;

function dedupe(rows: readonly Example[]): Example[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = r.text.trim().replace(/\s+/g, ' ').toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function evaluationSets(all: readonly Example[]): EvalSet[] {
  const evaluation = all.filter((e) => e.split === 'evaluation' && e.problem !== null);
  const of = (source: string): Example[] => evaluation.filter((e) => e.source === source);
  const corpus = of('corpus');
  const languages = [...new Set(corpus.map((e) => e.lang))].sort();
  const kursk = of('kursk');
  const kazsandra = of('kazsandra');
  const sets: EvalSet[] = [
    { name: 'corpus held-out', rows: corpus, metric: 'f1', target: 0.9, categoryTarget: null },
    ...languages.map((lang) => {
      const rows = corpus.filter((e) => e.lang === lang);
      return {
        name: `corpus held-out [${lang}]`,
        rows,
        metric: 'f1' as const,
        target: rows.length >= LANGUAGE_MIN_ROWS ? 0.85 : null,
        categoryTarget: null,
      };
    }),
    {
      name: `spb (≥${SPB_MIN_CHARS} chars, distinct)`,
      rows: dedupe(of('spb').filter((e) => e.text.trim().length >= SPB_MIN_CHARS)),
      metric: 'recall',
      target: 0.93,
      categoryTarget: 0.8,
    },
    { name: 'kursk (local topics)', rows: kursk.filter((e) => e.problem), metric: 'recall', target: 0.93, categoryTarget: 0.8 },
    { name: 'kursk (non-local topics)', rows: kursk.filter((e) => !e.problem), metric: 'falsePositiveRate', target: null, categoryTarget: null },
    { name: 'boston311', rows: of('boston'), metric: 'recall', target: 0.93, categoryTarget: null },
    // Written apart from the corpus to find what it misses; it guided the Kazakh training posts, so it is a
    // development set, not a target.
    { name: 'feed probe (development)', rows: of('probe'), metric: 'f1', target: null, categoryTarget: null },
    { name: 'newport (eval-only)', rows: of('newport'), metric: 'recall', target: 0.93, categoryTarget: null },
    { name: 'cedr', rows: of('cedr'), metric: 'falsePositiveRate', target: 0.05, categoryTarget: null },
    { name: 'kazsandra', rows: kazsandra, metric: 'falsePositiveRate', target: 0.08, categoryTarget: null },
  ];
  return sets.filter((s) => s.rows.length > 0);
}

export function meetsTarget(metric: MainMetric, value: number | null, target: number | null): boolean | null {
  if (target === null || value === null) return null;
  return metric === 'falsePositiveRate' ? value <= target : value >= target;
}

/**
 * "Within 0.02 F1 of the baseline, or better". F1 exists wherever a split has positives (on positive-only sets it
 * follows recall); negative-only sets have no F1, so there the false-positive rate is compared instead.
 */
export function withinBaseline(
  metric: MainMetric,
  ours: { f1: number | null; falsePositiveRate: number | null },
  baseline: { f1: number | null; falsePositiveRate: number | null },
): boolean | null {
  if (metric !== 'falsePositiveRate') {
    if (ours.f1 === null || baseline.f1 === null) return null;
    return ours.f1 >= baseline.f1 - 0.02;
  }
  if (ours.falsePositiveRate === null || baseline.falsePositiveRate === null) return null;
  return ours.falsePositiveRate <= baseline.falsePositiveRate + 0.02;
}
