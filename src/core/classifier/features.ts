// Hashed features of a normalised text: word unigrams and bigrams, character 3–5-grams inside words (with word
// boundary marks) and a length bucket. Hashing keeps the model a fixed size whatever the vocabulary.
import { SEP, type NormalizedText } from './normalize.ts';

const MAX_WORD_CHARS_FOR_NGRAMS = 24;
const BOUNDARY = 0x2f; // '/' marks the start and end of a word inside character n-grams
const SEED_WORD = 0x9e3779b1;
const SEED_BIGRAM = 0x85ebca6b;
const SEED_CHARS = [0, 0, 0, 0xc2b2ae35, 0x27d4eb2f, 0x165667b1];
const SEED_LENGTH = 0x61c88647;

/** Features of one text. Arrays are views into shared buffers: copy them before the next call. */
export interface FeatureSet {
  /** Unsigned 32-bit feature hashes. */
  hashes: Uint32Array;
  /** Index of the first and last word each feature belongs to (for evidence). */
  firstWord: Int32Array;
  lastWord: Int32Array;
  count: number;
  /** [start, end) of each word in the normalised stream. */
  wordStart: Int32Array;
  wordEnd: Int32Array;
  wordCount: number;
}

const CAPACITY = 64 * 1024;
const buffers = {
  hashes: new Uint32Array(CAPACITY),
  firstWord: new Int32Array(CAPACITY),
  lastWord: new Int32Array(CAPACITY),
  wordStart: new Int32Array(CAPACITY),
  wordEnd: new Int32Array(CAPACITY),
  wordHash: new Uint32Array(CAPACITY),
};

function mix(hash: number, value: number): number {
  return Math.imul(hash ^ value, 0x01000193) >>> 0;
}

function finish(hash: number): number {
  let h = hash;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function extractFeatures(norm: NormalizedText): FeatureSet {
  const words = splitWords(norm);
  let count = 0;
  const push = (hash: number, first: number, last: number): void => {
    if (count >= CAPACITY) return;
    buffers.hashes[count] = hash;
    buffers.firstWord[count] = first;
    buffers.lastWord[count++] = last;
  };
  for (let w = 0; w < words; w++) {
    const start = buffers.wordStart[w] ?? 0;
    const end = buffers.wordEnd[w] ?? 0;
    const wordHash = buffers.wordHash[w] ?? 0;
    push(finish(mix(wordHash, SEED_WORD)), w, w);
    if (w > 0) push(finish(mix(mix(buffers.wordHash[w - 1] ?? 0, SEED_BIGRAM), wordHash)), w - 1, w);
    if (end - start <= MAX_WORD_CHARS_FOR_NGRAMS) count = pushCharNgrams(norm.codes, start, end, w, count);
  }
  push(finish(mix(SEED_LENGTH, lengthBucket(words))), 0, -1);
  return { ...buffers, count, wordCount: words };
}

function splitWords(norm: NormalizedText): number {
  let words = 0;
  let i = 0;
  while (i < norm.length && words < CAPACITY) {
    if (norm.codes[i] === SEP) {
      i++;
      continue;
    }
    const start = i;
    let hash = 0x811c9dc5;
    while (i < norm.length && norm.codes[i] !== SEP) hash = mix(hash, norm.codes[i++] ?? 0);
    buffers.wordStart[words] = start;
    buffers.wordEnd[words] = i;
    buffers.wordHash[words++] = hash;
  }
  return words;
}

/** Character 3-, 4- and 5-grams of «/word/», hashed without building substrings. */
function pushCharNgrams(codes: Uint16Array, start: number, end: number, word: number, countIn: number): number {
  let count = countIn;
  const last = end - start + 1; // positions 0..last in the bounded word
  const codeAt = (p: number): number => (p === 0 || p === last ? BOUNDARY : (codes[start + p - 1] ?? 0));
  for (let p = 0; p + 2 <= last; p++) {
    let hash = 0x811c9dc5;
    for (let n = 1; n <= 5 && p + n - 1 <= last; n++) {
      hash = mix(hash, codeAt(p + n - 1));
      if (n < 3 || count >= CAPACITY) continue;
      buffers.hashes[count] = finish(mix(hash, SEED_CHARS[n] ?? 0));
      buffers.firstWord[count] = word;
      buffers.lastWord[count++] = word;
    }
  }
  return count;
}

function lengthBucket(words: number): number {
  if (words <= 3) return 1;
  if (words <= 8) return 2;
  if (words <= 20) return 3;
  if (words <= 60) return 4;
  return 5;
}
