// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hashSign, loadModel, type ModelJson } from '../../src/core/classifier/model.ts';
import modelJson from '../../src/core/classifier/model.json';
import { dequantise, logits, quantise, trainHead, type TrainItem } from '../../scripts/lib/trainer.ts';

describe('signed feature hashing', () => {
  it('flips a weight only for hashes with the top bit set, and only under a signed head', () => {
    expect(hashSign(0x8000_0001, true)).toBe(-1);
    expect(hashSign(0x0000_0001, true)).toBe(1);
    expect(hashSign(0x8000_0001, false)).toBe(1);
  });

  it('lets two features that share a bucket keep opposite evidence', () => {
    // Same low bits (same bucket), different top bit: an unsigned head cannot tell them apart.
    const a = { hashes: Uint32Array.of(0x0000_0005), value: 1 };
    const b = { hashes: Uint32Array.of(0x8000_0005), value: 1 };
    const items: TrainItem[] = [
      { x: a, y: 1, weight: 1 },
      { x: b, y: 0, weight: 1 },
    ];
    const options = { buckets: 16, classes: 1, epochs: 30, learningRate: 0.5, l2: 0, seed: 1 };
    const signed = dequantise(quantise(trainHead(items, { ...options, signed: true }), 0.99), 1, 16);
    expect(signed.signed).toBe(true);
    expect(logits(signed, a)[0]).toBeGreaterThan(0);
    expect(logits(signed, b)[0]).toBeLessThan(0);
  });

  it('ships the category head signed', () => {
    expect(loadModel(modelJson as ModelJson).category.signed).toBe(true);
  });
});
