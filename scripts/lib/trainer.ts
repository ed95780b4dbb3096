// Seeded SGD/AdaGrad training of the two heads on hashed features, and int8 quantisation of the result.
import { extractFeatures } from '../../src/core/classifier/features.ts';
import { decodeBase64, encodeBase64, hashSign, NIBBLE_MAX, packNibbles, unpackNibbles, type HeadJson } from '../../src/core/classifier/model.ts';
import { normalizeText } from '../../src/core/classifier/normalize.ts';

export interface Vectorised {
  hashes: Uint32Array;
  /** 1/sqrt(feature count): the same length normalisation as inference. */
  value: number;
}

export function vectorise(text: string): Vectorised {
  const f = extractFeatures(normalizeText(text));
  return { hashes: f.hashes.slice(0, f.count), value: f.count > 0 ? 1 / Math.sqrt(f.count) : 0 };
}

/** mulberry32: small, fast and reproducible across runs and machines. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export interface TrainItem {
  x: Vectorised;
  /** Class index: 0/1 for the problem head, a category index for the category head. */
  y: number;
  weight: number;
}

export interface Options {
  buckets: number;
  classes: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Signed feature hashing (see HeadJson.signed). */
  signed?: boolean;
}

export interface FloatHead {
  weights: Float32Array;
  bias: Float64Array;
  classes: number;
  mask: number;
  signed: boolean;
}

/** Binary (classes = 1, sigmoid) or multinomial (softmax) logistic regression with AdaGrad. */
export function trainHead(items: readonly TrainItem[], o: Options, mask?: Uint8Array): FloatHead {
  const k = o.classes;
  const head: FloatHead = {
    weights: new Float32Array(o.buckets * k),
    bias: new Float64Array(k),
    classes: k,
    mask: o.buckets - 1,
    signed: o.signed === true,
  };
  const g2 = new Float32Array(o.buckets * k).fill(1e-6);
  const g2Bias = new Float64Array(k).fill(1e-6);
  const random = seededRandom(o.seed);
  const grad = new Float64Array(k);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const item of shuffled(items, random)) {
      const probs = predict(head, item.x);
      for (let c = 0; c < k; c++) {
        const target = k === 1 ? item.y : item.y === c ? 1 : 0;
        grad[c] = ((probs[c] ?? 0) - target) * item.weight;
      }
      update(head, g2, g2Bias, item.x, grad, o, mask);
    }
  }
  return head;
}

function update(
  head: FloatHead,
  g2: Float32Array,
  g2Bias: Float64Array,
  x: Vectorised,
  grad: Float64Array,
  o: Options,
  mask: Uint8Array | undefined,
): void {
  const k = head.classes;
  for (let c = 0; c < k; c++) {
    const g = grad[c] ?? 0;
    g2Bias[c] = (g2Bias[c] ?? 0) + g * g;
    head.bias[c] = (head.bias[c] ?? 0) - (o.learningRate * g) / Math.sqrt(g2Bias[c] ?? 1);
  }
  for (const hash of x.hashes) {
    const base = (hash & head.mask) * k;
    const value = hashSign(hash, head.signed) * x.value;
    for (let c = 0; c < k; c++) {
      const i = base + c;
      if (mask !== undefined && mask[i] === 0) continue;
      const w = head.weights[i] ?? 0;
      const g = (grad[c] ?? 0) * value + o.l2 * w;
      if (g === 0) continue;
      const acc = (g2[i] ?? 0) + g * g;
      g2[i] = acc;
      head.weights[i] = w - (o.learningRate * g) / Math.sqrt(acc);
    }
  }
}

export function logits(head: FloatHead, x: Vectorised): Float64Array {
  const k = head.classes;
  const out = new Float64Array(k);
  for (const hash of x.hashes) {
    const base = (hash & head.mask) * k;
    const sign = hashSign(hash, head.signed);
    for (let c = 0; c < k; c++) out[c] = (out[c] ?? 0) + sign * (head.weights[base + c] ?? 0);
  }
  for (let c = 0; c < k; c++) out[c] = (head.bias[c] ?? 0) + (out[c] ?? 0) * x.value;
  return out;
}

export function predict(head: FloatHead, x: Vectorised): Float64Array {
  const z = logits(head, x);
  if (head.classes === 1) {
    z[0] = 1 / (1 + Math.exp(-(z[0] ?? 0)));
    return z;
  }
  let max = -Infinity;
  for (const v of z) max = Math.max(max, v);
  let sum = 0;
  for (let c = 0; c < z.length; c++) {
    z[c] = Math.exp((z[c] ?? 0) - max);
    sum += z[c] ?? 0;
  }
  for (let c = 0; c < z.length; c++) z[c] = (z[c] ?? 0) / sum;
  return z;
}

/** The `keep` weights of largest magnitude: the head is retrained on these alone to fit the size budget. */
export function topMask(head: FloatHead, keep: number): Uint8Array {
  const magnitudes = Float32Array.from(head.weights, Math.abs);
  const threshold = magnitudes.slice().sort().reverse()[Math.min(keep, magnitudes.length - 1)] ?? 0;
  return Uint8Array.from(magnitudes, (m) => (m > threshold ? 1 : 0));
}

/**
 * 4-bit weights (−7…7) with one scale per head, two per byte. The scale comes from a high quantile, not the
 * maximum, so that a few extreme weights do not crush the resolution of all others.
 */
export function quantise(head: FloatHead, quantile: number, biasShift = 0): HeadJson {
  const magnitudes = Float32Array.from(head.weights, Math.abs).filter((v) => v > 0).sort();
  const reference = magnitudes[Math.floor(quantile * (magnitudes.length - 1))] ?? 1;
  const scale = reference / NIBBLE_MAX || 1;
  const levels = Int8Array.from(head.weights, (w) => Math.max(-NIBBLE_MAX, Math.min(NIBBLE_MAX, Math.round(w / scale))));
  return {
    scale: round(scale),
    ...(head.signed ? { signed: true } : {}),
    bias: Array.from(head.bias, (b, c) => round(b + (c === 0 ? biasShift : 0))),
    weights: encodeBase64(packNibbles(levels)),
  };
}

/** The inverse of quantise, for measuring the shipped (quantised) model during training. */
export function dequantise(json: HeadJson, classes: number, buckets: number): FloatHead {
  const levels = unpackNibbles(decodeBase64(json.weights), buckets * classes);
  return {
    weights: Float32Array.from(levels, (l) => l * json.scale),
    bias: Float64Array.from(json.bias),
    classes,
    mask: buckets - 1,
    signed: json.signed === true,
  };
}

function round(value: number): number {
  return Number(value.toPrecision(7));
}
