// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Example } from '../../scripts/lib/datasets.ts';
import { weigh } from '../../scripts/lib/training-set.ts';
import type { Category } from '../../src/core/types.ts';

function post(id: number, category: Category): Example {
  return { id: `corpus:${id}`, text: `post ${id}`, source: 'corpus', lang: 'ru', problem: true, category, emergency: false, split: 'train' };
}

describe('training weights', () => {
  it('raises a rare category towards the common ones without equalising them', () => {
    const rows = [...Array.from({ length: 9 }, (_, i) => post(i, 'roads')), post(9, 'lighting')];
    const weighed = weigh(rows);
    const total = (category: Category) =>
      weighed.filter((w) => w.example.category === category).reduce((sum, w) => sum + w.categoryWeight, 0);
    const ratio = total('lighting') / total('roads');
    expect(ratio).toBeGreaterThan(1 / 9 + 0.1);
    expect(ratio).toBeLessThan(0.9);
    // The problem decision is not balanced by category: every post of one source and language weighs the same.
    expect(new Set(weighed.map((w) => w.problemWeight.toFixed(9))).size).toBe(1);
  });
});
