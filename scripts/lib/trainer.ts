// Training of the two heads on hashed features: TF-IDF rows, an exact linear solver, the strongest weights kept
// and re-fitted alone, inverse document frequencies folded into the weights, 4-bit quantisation.
import { extractFeatures } from '../../src/core/classifier/features.ts';
import { decodeLevels, encodeLevels, LEVEL_MAX, type HeadJson } from '../../src/core/classifier/model.ts';
import { normalizeText } from '../../src/core/classifier/normalize.ts';
import { logisticRegression, squaredHingeSvm, type SparseRow } from './solvers.ts';

export interface Vectorised {
  hashes: Uint32Array;
  /** 1/sqrt(feature count): the same length normalisation as inference. */
  value: number;
}

export function vectorise(text: string): Vectorised {
  const f = extractFeatures(normalizeText(text));
  return { hashes: f.hashes.slice(0, f.count), value: f.count > 0 ? 1 / Math.sqrt(f.count) : 0 };
}

/**
 * Smoothed inverse document frequency per bucket, ln((1 + N)/(1 + df)) + 1, scaled to a root mean square of 1 so
 * that the regularisation strength means the same whatever the bucket count.
 */
export function inverseDocumentFrequency(xs: readonly Vectorised[], buckets: number): Float64Array {
  const df = new Float64Array(buckets);
  const seen = new Int32Array(buckets).fill(-1);
  xs.forEach((x, row) => {
    for (const hash of x.hashes) {
      const bucket = hash & (buckets - 1);
      if (seen[bucket] === row) continue;
      seen[bucket] = row;
      df[bucket]!++;
    }
  });
  const idf = Float64Array.from(df, (d) => Math.log((1 + xs.length) / (1 + d)) + 1);
  const rms = Math.sqrt(idf.reduce((sum, v) => sum + v * v, 0) / buckets);
  return idf.map((v) => v / rms);
}

/** A text's features as a sparse row: count × idf / sqrt(n) per bucket. */
export function sparseRow(x: Vectorised, buckets: number, idf: Float64Array): SparseRow {
  const counts = new Map<number, number>();
  for (const hash of x.hashes) {
    const bucket = hash & (buckets - 1);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  const index = Int32Array.from(counts.keys()).sort();
  const value = Float32Array.from(index, (j) => (counts.get(j) ?? 0) * x.value * idf[j]!);
  return { index, value };
}

/** Bucket-major weights as inference reads them (idf folded in), one bias per class. */
export interface FloatHead {
  weights: Float32Array;
  bias: Float64Array;
  classes: number;
  mask: number;
}

export interface HeadOptions {
  buckets: number;
  /** Inverse regularisation strength (scikit-learn's C); each example's cost is C × its weight. */
  c: number;
  /** Non-zero weights kept (over all classes): the head is re-fitted on these alone. */
  keep: number;
  seed: number;
}

export interface Labelled {
  x: Vectorised;
  /** 0/1 for the problem head, a category index for the category head. */
  y: number;
  weight: number;
}

/** Binary logistic regression: calibrated scores, so the threshold and EMERGENCY_MIN_SCORE keep their meaning. */
export function trainProblemHead(items: readonly Labelled[], idfRows: readonly Vectorised[], o: HeadOptions): FloatHead {
  const idf = inverseDocumentFrequency(idfRows, o.buckets);
  const rows = items.map((item) => sparseRow(item.x, o.buckets, idf));
  const labels = Int8Array.from(items, (item) => (item.y === 1 ? 1 : -1));
  const options = { weights: Float64Array.from(items, (item) => item.weight), c: o.c, tolerance: 1e-5, maxIterations: 600 };
  const dense = logisticRegression(rows, labels, o.buckets, options);
  const mask = strongest([dense.weights], o.keep)[0]!;
  const fitted = logisticRegression(rows, labels, o.buckets, { ...options, mask });
  return folded([fitted.weights], [fitted.bias], idf);
}

/**
 * One-vs-rest squared-hinge SVMs, one per category (the baseline's LinearSVC objective): measured better than a
 * softmax on the Kursk categories, whose labels overlap (courtyard waste vs yard, drains vs roads).
 */
export function trainCategoryHead(
  items: readonly Labelled[],
  idfRows: readonly Vectorised[],
  classes: number,
  o: HeadOptions,
): FloatHead {
  const idf = inverseDocumentFrequency(idfRows, o.buckets);
  const rows = items.map((item) => sparseRow(item.x, o.buckets, idf));
  const costs = Float64Array.from(items, (item) => o.c * item.weight);
  const solve = (c: number, keep?: Uint8Array) => {
    const labels = Int8Array.from(items, (item) => (item.y === c ? 1 : -1));
    const kept = keep === undefined ? rows : rows.map((row) => onlyKept(row, keep));
    return squaredHingeSvm(kept, labels, o.buckets, { costs, seed: o.seed + c, tolerance: 0.01, maxPasses: 300 });
  };
  const dense = Array.from({ length: classes }, (_, c) => solve(c).weights);
  const masks = strongest(dense, o.keep);
  const fitted = masks.map((keep, c) => solve(c, keep));
  return folded(
    fitted.map((m) => m.weights),
    fitted.map((m) => m.bias),
    idf,
  );
}

function onlyKept(row: SparseRow, keep: Uint8Array): SparseRow {
  const at: number[] = [];
  row.index.forEach((j, k) => {
    if (keep[j] === 1) at.push(k);
  });
  return { index: Int32Array.from(at, (k) => row.index[k]!), value: Float32Array.from(at, (k) => row.value[k]!) };
}

/** Masks of the `keep` weights of largest magnitude over all classes (ties broken by position, deterministic). */
export function strongest(weights: readonly Float64Array[], keep: number): Uint8Array[] {
  const all: { m: number; c: number; j: number }[] = [];
  weights.forEach((w, c) => w.forEach((v, j) => v !== 0 && all.push({ m: Math.abs(v), c, j })));
  all.sort((a, b) => b.m - a.m || a.c - b.c || a.j - b.j);
  const masks = weights.map((w) => new Uint8Array(w.length));
  for (const { c, j } of all.slice(0, keep)) masks[c]![j] = 1;
  return masks;
}

/** Per-class weights in the idf-scaled space → bucket-major weights on raw counts (× idf). */
function folded(weights: readonly Float64Array[], bias: readonly number[], idf: Float64Array): FloatHead {
  const classes = weights.length;
  const buckets = idf.length;
  const out = new Float32Array(buckets * classes);
  weights.forEach((w, c) => w.forEach((v, j) => (out[j * classes + c] = v * idf[j]!)));
  return { weights: out, bias: Float64Array.from(bias), classes, mask: buckets - 1 };
}

export function logits(head: FloatHead, x: Vectorised): Float64Array {
  const k = head.classes;
  const out = new Float64Array(k);
  for (const hash of x.hashes) {
    const base = (hash & head.mask) * k;
    for (let c = 0; c < k; c++) out[c]! += head.weights[base + c]!;
  }
  for (let c = 0; c < k; c++) out[c] = head.bias[c]! + out[c]! * x.value;
  return out;
}

/**
 * Levels −LEVEL_MAX…LEVEL_MAX with one scale per head, the scale that minimises the squared rounding error of the
 * non-zero weights (searched over their quantiles): the largest weights may clip so that the many small ones
 * keep their resolution.
 */
export function quantise(head: FloatHead, biasShift = 0): HeadJson {
  const scale = bestScale(head.weights);
  const levels = Int8Array.from(head.weights, (w) => Math.max(-LEVEL_MAX, Math.min(LEVEL_MAX, Math.round(w / scale))));
  return {
    scale: round(scale),
    bias: Array.from(head.bias, (b, c) => round(b + (c === 0 ? biasShift : 0))),
    weights: encodeLevels(levels),
  };
}

function bestScale(weights: Float32Array): number {
  const magnitudes = Float32Array.from(weights, Math.abs).filter((v) => v > 0).sort();
  if (magnitudes.length === 0) return 1;
  let best = magnitudes[magnitudes.length - 1]! / LEVEL_MAX;
  let bestError = Infinity;
  for (let q = 0.5; q < 1; q += 0.0025) {
    const scale = magnitudes[Math.floor(q * (magnitudes.length - 1))]! / LEVEL_MAX;
    let error = 0;
    for (const m of magnitudes) {
      const d = m - Math.min(LEVEL_MAX, Math.round(m / scale)) * scale;
      error += d * d;
    }
    if (error < bestError) {
      bestError = error;
      best = scale;
    }
  }
  return best;
}

/** The inverse of quantise, for measuring the shipped (quantised) model during training. */
export function dequantise(json: HeadJson, classes: number, buckets: number): FloatHead {
  const levels = decodeLevels(json.weights, buckets * classes);
  return {
    weights: Float32Array.from(levels, (l) => l * json.scale),
    bias: Float64Array.from(json.bias),
    classes,
    mask: buckets - 1,
  };
}

function round(value: number): number {
  return Number(value.toPrecision(7));
}
