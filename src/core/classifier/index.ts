// The problem classifier used by the content script, the CLI and the evaluation: synchronous, pure, bounded work.
import { CATEGORIES, type Category, type Classification, type EvidenceSpan } from '../types.ts';
import { matchesEmergency } from './emergency.ts';
import { extractFeatures, type FeatureSet } from './features.ts';
import { loadModel, type Head, type ModelJson } from './model.ts';
import modelJson from './model.json';
import { maskNoise, MAX_INPUT_CHARS, normalizedString, normalizeText, type NormalizedText } from './normalize.ts';

export { CATEGORY_LABELS } from './labels.ts';

const MAX_EVIDENCE = 5;
/** One- and two-letter words («is», «на») carry weight in the model but mean nothing to a reader of the tooltip. */
const MIN_EVIDENCE_WORD = 3;
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
  const { score, emergency, featureValue } = problemScore(norm, features, text);
  const problem = score >= 0.5;
  return {
    problem,
    score,
    category: problem ? bestCategory(model.category, features, featureValue) : null,
    emergency: problem && emergency,
    evidence: problem ? evidenceSpans(text, norm, features, wordContributions(model.problem, features)) : [],
  };
}

/** Scores without evidence, with the category whatever the decision: used by the evaluation. */
export function scoreText(text: string): Scores {
  const norm = normalizeText(text);
  const features = extractFeatures(norm);
  const { score, emergency, featureValue } = problemScore(norm, features, text);
  return { score, emergency, category: bestCategory(model.category, features, featureValue) };
}

function problemScore(
  norm: NormalizedText,
  features: FeatureSet,
  text: string,
): { score: number; emergency: boolean; featureValue: number } {
  // The same length normalisation as training (scripts/lib/trainer.ts): every feature counts 1/sqrt(n); its
  // inverse document frequency is already folded into the weights.
  const featureValue = features.count > 0 ? 1 / Math.sqrt(features.count) : 0;
  const logit = problemLogit(model.problem, features, featureValue);
  let score = sigmoid(logit);
  // Emergencies only matter for posts that are, or are nearly, problems: skip the patterns for the rest.
  const emergency =
    score >= EMERGENCY_MIN_SCORE &&
    matchesEmergency(normalizedString(norm), maskNoise(text.slice(0, MAX_INPUT_CHARS)).toLowerCase());
  if (emergency) score = Math.max(score, 0.5);
  return { score, emergency, featureValue };
}

// Hot loops index typed arrays within their bounds; `!` skips a needless fallback per feature.
function problemLogit(head: Head, f: FeatureSet, value: number): number {
  const { weights, mask } = head;
  const { hashes, count } = f;
  let sum = 0;
  for (let i = 0; i < count; i++) sum += weights[hashes[i]! & mask]!;
  return (head.bias[0] ?? 0) + sum * head.scale * value;
}

/** How much each word pushed the problem score, a bigram's weight split between its two words. */
function wordContributions(head: Head, f: FeatureSet): Float64Array {
  const { weights, mask } = head;
  const { hashes, count, firstWord, lastWord } = f;
  const contributions = new Float64Array(f.wordCount);
  for (let i = 0; i < count; i++) {
    const weight = weights[hashes[i]! & mask]!;
    const first = firstWord[i]!;
    const last = lastWord[i]!;
    if (weight === 0 || last < first) continue;
    if (first === last) contributions[first]! += weight;
    else for (let w = first; w <= last; w++) contributions[w]! += weight / (last - first + 1);
  }
  for (let w = 0; w < f.wordCount; w++) {
    if (f.wordEnd[w]! - f.wordStart[w]! < MIN_EVIDENCE_WORD) contributions[w] = 0;
  }
  return contributions;
}

const categorySums = new Int32Array(CATEGORIES.length);

function bestCategory(head: Head, f: FeatureSet, value: number): Category {
  const { classes, weights, mask } = head;
  const { hashes, count } = f;
  const sums = categorySums;
  sums.fill(0);
  for (let i = 0; i < count; i++) {
    const base = (hashes[i]! & mask) * classes;
    for (let c = 0; c < classes; c++) sums[c]! += weights[base + c]!;
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
  const ranked = topPositive(contributions, MAX_EVIDENCE).sort((a, b) => a - b);
  return ranked.map((w) => {
    const start = norm.offsets[f.wordStart[w] ?? 0] ?? 0;
    const end = (norm.offsets[(f.wordEnd[w] ?? 1) - 1] ?? start) + 1;
    const spanEnd = wordEndInOriginal(text, end);
    return { start, end: spanEnd, text: text.slice(start, spanEnd) };
  });
}

/** Indices of the `limit` largest positive values, without sorting the whole array. */
function topPositive(values: Float64Array, limit: number): number[] {
  const top: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v <= 0 || (top.length === limit && v <= values[top[limit - 1]!]!)) continue;
    let at = top.length === limit ? limit - 1 : top.length;
    while (at > 0 && values[top[at - 1]!]! < v) at--;
    top.splice(at, 0, i);
    if (top.length > limit) top.pop();
  }
  return top;
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
