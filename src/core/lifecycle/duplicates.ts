// Is this post or text already in the history? Same network and post id, or a near-identical text (a repost, the
// same complaint pasted twice). Texts are compared by the Jaccard index of their word-pair shingles.
import type { Appeal } from '../appeal.ts';
import { normalizedWords } from '../classifier/normalize.ts';
import { sourceKey } from './source-key.ts';

export { sourceKey };

export const SIMILARITY_THRESHOLD = 0.9;
/** Texts shorter than this many words are too generic to call duplicates by wording alone. */
const MIN_WORDS = 5;

export interface DuplicateCandidate {
  source?: { network: string; postId: string | null } | null;
  text: string;
}

export interface DuplicateMatch {
  appeal: Appeal;
  reason: 'same_post' | 'similar_text';
  similarity: number;
}

export function shingles(text: string): Set<string> {
  const words = normalizedWords(text);
  const result = new Set<string>();
  if (words.length < MIN_WORDS) return result;
  for (let i = 0; i + 1 < words.length; i++) result.add(`${words[i]} ${words[i + 1]}`);
  return result;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The best existing match, same post first. Never throws on odd text (empty, emoji, markup). */
export function findDuplicate(candidate: DuplicateCandidate, existing: readonly Appeal[]): DuplicateMatch | null {
  const key = sourceKey(candidate.source);
  if (key !== null) {
    const samePost = existing.find((appeal) => sourceKey(appeal.source) === key);
    if (samePost) return { appeal: samePost, reason: 'same_post', similarity: 1 };
  }
  const mine = shingles(candidate.text);
  if (mine.size === 0) return null;
  let best: DuplicateMatch | null = null;
  for (const appeal of existing) {
    for (const text of [appeal.source?.text, appeal.body]) {
      if (!text) continue;
      // Jaccard ≥ 0.9 needs similar sizes: skip texts whose length alone rules them out.
      const ratio = text.length / Math.max(1, candidate.text.length);
      if (ratio < 0.5 || ratio > 2) continue;
      const similarity = jaccard(mine, shingles(text));
      if (similarity >= SIMILARITY_THRESHOLD && (best === null || similarity > best.similarity)) {
        best = { appeal, reason: 'similar_text', similarity };
      }
    }
  }
  return best;
}
