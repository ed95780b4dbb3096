// @vitest-environment node
// The model format and the training maths: what ships must compute what was trained.
import { describe, expect, it } from 'vitest';
import { decodeLevels, encodeLevels, LEVEL_MAX, loadModel, type ModelJson } from '../../src/core/classifier/model.ts';
import modelJson from '../../src/core/classifier/model.json';
import { CATEGORIES } from '../../src/core/types.ts';
import { PROBLEM_OPTIONS, CATEGORY_OPTIONS } from '../../scripts/lib/model-fit.ts';
import { logisticRegression, squaredHingeSvm, type SparseRow } from '../../scripts/lib/solvers.ts';
import {
  dequantise,
  inverseDocumentFrequency,
  logits,
  quantise,
  sparseRow,
  strongest,
  trainCategoryHead,
  trainProblemHead,
  vectorise,
  type Labelled,
} from '../../scripts/lib/trainer.ts';

function row(entries: [number, number][]): SparseRow {
  return { index: Int32Array.from(entries, ([j]) => j), value: Float32Array.from(entries, ([, v]) => v) };
}

describe('weight levels', () => {
  it('round-trip through the run-length text, long zero runs and both extremes included', () => {
    const levels = new Int8Array(200);
    levels[0] = LEVEL_MAX;
    levels[1] = -LEVEL_MAX;
    levels[57] = 3;
    levels[199] = -1;
    const text = encodeLevels(levels);
    expect(decodeLevels(text, levels.length)).toEqual(levels);
    expect(text.length).toBeLessThan(20);
  });

  it('clip out-of-range levels and ignore characters past the table', () => {
    expect(Array.from(decodeLevels(encodeLevels(Int8Array.of(40, -40)), 2))).toEqual([LEVEL_MAX, -LEVEL_MAX]);
    expect(Array.from(decodeLevels(`${encodeLevels(Int8Array.of(1, 0))}?!A`, 2))).toEqual([1, 0]);
  });

  it('quantise to levels within half a step of the trained weights', () => {
    const weights = Float32Array.from({ length: 64 }, (_, i) => Math.sin(i) * (i % 5));
    const head = { weights, bias: Float64Array.of(0.25), classes: 1, mask: 63 };
    const json = quantise(head, 0.5);
    const back = dequantise(json, 1, 64);
    expect(back.bias[0]).toBeCloseTo(0.75);
    // The scale may clip the largest weights, but every weight inside the range rounds to the nearest level.
    for (let i = 0; i < 64; i++) {
      if (Math.abs(weights[i]!) <= LEVEL_MAX * json.scale) expect(Math.abs(back.weights[i]! - weights[i]!)).toBeLessThanOrEqual(json.scale / 2 + 1e-6);
    }
  });
});

describe('solvers', () => {
  it('the SVM separates a separable problem with margin about 1', () => {
    const rows = [row([[0, 1]]), row([[0, 1], [1, 0.5]]), row([[1, 1]]), row([[2, 1]])];
    const labels = Int8Array.of(1, 1, -1, -1);
    const model = squaredHingeSvm(rows, labels, 3, { costs: new Float64Array(4).fill(100), seed: 1, tolerance: 1e-4, maxPasses: 1000 });
    rows.forEach((r, i) => {
      let z = model.bias;
      r.index.forEach((j, k) => (z += model.weights[j]! * r.value[k]!));
      expect(labels[i]! * z).toBeGreaterThan(0.9);
    });
  });

  it('logistic regression without regularisation recovers the empirical rates', () => {
    // Feature 0 present: 3 of 4 positive; absent: 1 of 4 positive.
    const present = row([[0, 1]]);
    const absent = row([]);
    const rows = [present, present, present, present, absent, absent, absent, absent];
    const labels = Int8Array.of(1, 1, 1, -1, 1, -1, -1, -1);
    const model = logisticRegression(rows, labels, 1, { weights: new Float64Array(8).fill(1), c: 1e8, tolerance: 1e-9, maxIterations: 500 });
    const p = (z: number): number => 1 / (1 + Math.exp(-z));
    expect(p(model.bias)).toBeCloseTo(0.25, 3);
    expect(p(model.bias + model.weights[0]!)).toBeCloseTo(0.75, 3);
  });

  it('keeps only features the mask allows', () => {
    const rows = [row([[0, 1], [1, 1]]), row([[1, 1]]), row([[0, 1]])];
    const labels = Int8Array.of(1, -1, 1);
    const model = logisticRegression(rows, labels, 2, { weights: new Float64Array(3).fill(1), c: 10, tolerance: 1e-8, maxIterations: 200, mask: Uint8Array.of(1, 0) });
    expect(model.weights[1]).toBe(0);
    expect(model.weights[0]).toBeGreaterThan(0);
  });

  it('strongest keeps the largest magnitudes over all classes', () => {
    const masks = strongest([Float64Array.of(0.1, -3, 0), Float64Array.of(2, 0.2, -0.5)], 3);
    expect(masks.map((m) => Array.from(m))).toEqual([
      [0, 1, 0],
      [1, 0, 1],
    ]);
  });
});

describe('training', () => {
  const texts = [
    ['яма на дороге у школы, колёса бьём каждый день', 1, 0],
    ['огромная яма на дороге возле рынка', 1, 0],
    ['не горят фонари во дворе, темно и страшно', 1, 2],
    ['фонари на улице не работают вторую неделю', 1, 2],
    ['продаю велосипед, почти новый', 0, -1],
    ['поздравляем маму с днём рождения', 0, -1],
    ['отличный концерт вчера в парке', 0, -1],
  ] as const;
  const xs = texts.map(([text]) => vectorise(text));

  it('folds inverse document frequencies into the weights: shipped logits equal the solver on TF-IDF rows', () => {
    const buckets = 1 << 10;
    const items: Labelled[] = texts.map(([, y], i) => ({ x: xs[i]!, y, weight: 1 }));
    // keep = every bucket: no pruning, so the head is exactly the solver's solution, folded.
    const head = trainProblemHead(items, xs, { buckets, c: 10, keep: buckets, seed: 1 });
    const idf = inverseDocumentFrequency(xs, buckets);
    const rows = xs.map((x) => sparseRow(x, buckets, idf));
    const labels = Int8Array.from(texts, ([, y]) => (y === 1 ? 1 : -1));
    const direct = logisticRegression(rows, labels, buckets, { weights: new Float64Array(texts.length).fill(1), c: 10, tolerance: 1e-5, maxIterations: 600 });
    rows.forEach((r, i) => {
      let z = direct.bias;
      r.index.forEach((j, k) => (z += direct.weights[j]! * r.value[k]!));
      expect(logits(head, xs[i]!)[0]).toBeCloseTo(z, 4);
      expect(z > 0).toBe(texts[i]![1] === 1);
    });
  });

  it('trains a category head that reads its own training examples back', () => {
    const items: Labelled[] = texts.filter(([, , c]) => c >= 0).map(([text, , c]) => ({ x: vectorise(text), y: c, weight: 1 }));
    const head = trainCategoryHead(items, xs, CATEGORIES.length, { buckets: 1 << 10, c: 1, keep: 400, seed: 1 });
    for (const item of items) {
      const z = logits(head, item.x);
      expect(z.indexOf(Math.max(...z))).toBe(item.y);
    }
  });
});

describe('the shipped model', () => {
  const json = modelJson as ModelJson;
  const model = loadModel(json);
  const nonZero = (weights: Int8Array): number => weights.reduce((n, w) => n + (w !== 0 ? 1 : 0), 0);

  it('has the shapes and sparsity of the training recipe', () => {
    expect(json.problemBuckets).toBe(PROBLEM_OPTIONS.buckets);
    expect(json.categoryBuckets).toBe(CATEGORY_OPTIONS.buckets);
    expect(model.category.bias.length).toBe(CATEGORIES.length);
    expect(nonZero(model.problem.weights)).toBeLessThanOrEqual(PROBLEM_OPTIONS.keep);
    expect(nonZero(model.category.weights)).toBeLessThanOrEqual(CATEGORY_OPTIONS.keep);
    expect(nonZero(model.category.weights)).toBeGreaterThan(CATEGORY_OPTIONS.keep / 2);
  });
});
