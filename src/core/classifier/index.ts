// The problem classifier used by the content script, the CLI and the evaluation: synchronous, pure, bounded work.
import { CATEGORIES, type Category, type Classification, type EvidenceSpan } from '../types.ts';
import { matchesEmergency } from './emergency.ts';
import { extractFeatures, type FeatureSet } from './features.ts';
import { loadModel, type Head, type ModelJson } from './model.ts';
import modelJson from './model.json';
import { maskNoise, MAX_INPUT_CHARS, normalizedString, normalizeText, type NormalizedText } from './normalize.ts';

export { CATEGORY_LABELS } from './labels.ts';

const MAX_EVIDENCE = 5;
/** Below this score an emergency pattern alone does not make a post a problem (news, thanks, jokes). */
const EMERGENCY_MIN_SCORE = 0.2;

const model = loadModel(modelJson as ModelJson);

export interface Scores {
  /** Probability of a local problem, 0.5 = decision threshold. */
  score: number;
  /** Best category whatever the problem decision (evaluation reports category accuracy on positives). */
  category: Category;
  emergency: boolean;
}

export function classify(text: string): Classification {
  try {
    return classifyUnsafe(typeof text === 'string' ? text : '');
  } catch {
    return { problem: false, score: 0, category: null, emergency: false, evidence: [] };
  }
}

function classifyUnsafe(text: string): Classification {
  const norm = normalizeText(text);
  const features = extractFeatures(norm);
  const contributions = new Float64Array(features.wordCount);
  const scores = scoreFeatures(norm, features, contributions, text);
  const problem = scores.score >= 0.5;
  return {
    problem,
    score: scores.score,
    category: problem ? scores.category : null,
    emergency: problem && scores.emergency,
    evidence: problem ? evidenceSpans(text, norm, features, contributions) : [],
  };
}

/** Scores without building evidence: used by evaluation and the CLI. */
export function scoreText(text: string): Scores {
  const norm = normalizeText(text);
  return scoreFeatures(norm, extractFeatures(norm), null, text);
}

function scoreFeatures(
  norm: NormalizedText,
  features: FeatureSet,
  contributions: Float64Array | null,
  text: string,
): Scores {
  const norm1 = features.count > 0 ? 1 / Math.sqrt(features.count) : 0;
  const logit = problemLogit(model.problem, features, norm1, contributions);
  let score = sigmoid(logit);
  const emergency = matchesEmergency(
    normalizedString(norm),
    maskNoise(text.slice(0, MAX_INPUT_CHARS)).toLowerCase(),
  );
  if (emergency && score >= EMERGENCY_MIN_SCORE) score = Math.max(score, 0.5);
  return { score, category: bestCategory(model.category, features, norm1), emergency };
}

function problemLogit(head: Head, f: FeatureSet, value: number, contributions: Float64Array | null): number {
  let sum = 0;
  for (let i = 0; i < f.count; i++) {
    const w = head.weights[(f.hashes[i] ?? 0) & head.mask] ?? 0;
    sum += w;
    if (contributions !== null && w !== 0) addContribution(contributions, f, i, w);
  }
  return (head.bias[0] ?? 0) + sum * head.scale * value;
}

function addContribution(contributions: Float64Array, f: FeatureSet, i: number, weight: number): void {
  const first = f.firstWord[i] ?? 0;
  const last = f.lastWord[i] ?? -1;
  for (let w = first; w <= last; w++) contributions[w] = (contributions[w] ?? 0) + weight / (last - first + 1);
}

function bestCategory(head: Head, f: FeatureSet, value: number): Category {
  const classes = head.classes;
  const sums = new Float64Array(classes);
  for (let i = 0; i < f.count; i++) {
    const base = ((f.hashes[i] ?? 0) & head.mask) * classes;
    for (let c = 0; c < classes; c++) sums[c] = (sums[c] ?? 0) + (head.weights[base + c] ?? 0);
  }
  let best = CATEGORIES.length - 1;
  let bestLogit = -Infinity;
  for (let c = 0; c < classes; c++) {
    const logit = (head.bias[c] ?? 0) + (sums[c] ?? 0) * head.scale * value;
    if (logit > bestLogit) {
      bestLogit = logit;
      best = c;
    }
  }
  return CATEGORIES[best] ?? 'other';
}

/** The words that pushed the score up most, as spans of the original text, in reading order. */
function evidenceSpans(
  text: string,
  norm: NormalizedText,
  f: FeatureSet,
  contributions: Float64Array,
): EvidenceSpan[] {
  const ranked = Array.from(contributions.keys())
    .filter((w) => (contributions[w] ?? 0) > 0)
    .sort((a, b) => (contributions[b] ?? 0) - (contributions[a] ?? 0))
    .slice(0, MAX_EVIDENCE)
    .sort((a, b) => a - b);
  return ranked.map((w) => {
    const start = norm.offsets[f.wordStart[w] ?? 0] ?? 0;
    const end = (norm.offsets[(f.wordEnd[w] ?? 1) - 1] ?? start) + 1;
    const spanEnd = wordEndInOriginal(text, end);
    return { start, end: spanEnd, text: text.slice(start, spanEnd) };
  });
}

/** Digraphs fold two letters into one code; extend the span over the rest of the original word. */
function wordEndInOriginal(text: string, end: number): number {
  let e = end;
  while (e < text.length && /[\p{L}\p{N}]/u.test(text[e] ?? '')) e++;
  return e;
}

function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}
