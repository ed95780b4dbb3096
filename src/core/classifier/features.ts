// Hashed features of a normalised text: word unigrams and bigrams, character 4–5-grams inside words (with word
// boundary marks) and a length bucket. Hashing keeps the model a fixed size whatever the vocabulary.
import { SEP, type NormalizedText } from './normalize.ts';

const MAX_WORD_CHARS_FOR_NGRAMS = 24;
const BOUNDARY = 0x2f; // '/' marks the start and end of a word inside character n-grams
const SEED_WORD = 0x9e3779b1;
const SEED_BIGRAM = 0x85ebca6b;
const SEED_CHARS = [0, 0, 0, 0, 0x27d4eb2f, 0x165667b1];
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
  const { hashes, firstWord, lastWord, wordStart, wordEnd, wordHash } = buffers;
  let count = 0;
  for (let w = 0; w < words && count + 3 * MAX_WORD_CHARS_FOR_NGRAMS + 8 < CAPACITY; w++) {
    const start = wordStart[w]!;
    const end = wordEnd[w]!;
    hashes[count] = finish(mix(wordHash[w]!, SEED_WORD));
    firstWord[count] = w;
    lastWord[count++] = w;
    if (w > 0) {
      hashes[count] = finish(mix(mix(wordHash[w - 1]!, SEED_BIGRAM), wordHash[w]!));
      firstWord[count] = w - 1;
      lastWord[count++] = w;
    }
    if (end - start <= MAX_WORD_CHARS_FOR_NGRAMS) count = pushCharNgrams(norm.codes, start, end, w, count);
  }
  hashes[count] = finish(mix(SEED_LENGTH, lengthBucket(words)));
  firstWord[count] = 0;
  lastWord[count++] = -1;
  return { hashes, firstWord, lastWord, wordStart, wordEnd, count, wordCount: words };
}

// Hot loops below index typed arrays inside their bounds; `!` avoids a needless fallback on every element.
function splitWords(norm: NormalizedText): number {
  const { codes, length } = norm;
  let words = 0;
  let i = 0;
  while (i < length && words < CAPACITY) {
    if (codes[i] === SEP) {
      i++;
      continue;
    }
    const start = i;
    let hash = 0x811c9dc5;
    while (i < length && codes[i] !== SEP) hash = mix(hash, codes[i++]!);
    buffers.wordStart[words] = start;
    buffers.wordEnd[words] = i;
    buffers.wordHash[words++] = hash;
  }
  return words;
}

const bounded = new Uint16Array(MAX_WORD_CHARS_FOR_NGRAMS + 2);

/** Character 4- and 5-grams of «/word/», hashed without building substrings. */
function pushCharNgrams(codes: Uint16Array, start: number, end: number, word: number, countIn: number): number {
  const { hashes, firstWord, lastWord } = buffers;
  const size = end - start + 2;
  bounded[0] = BOUNDARY;
  for (let k = start; k < end; k++) bounded[k - start + 1] = codes[k]!;
  bounded[size - 1] = BOUNDARY;
  let count = countIn;
  for (let p = 0; p + 3 <= size; p++) {
    let hash = mix(mix(0x811c9dc5, bounded[p]!), bounded[p + 1]!);
    const longest = Math.min(5, size - p);
    for (let n = 3; n <= longest; n++) {
      hash = mix(hash, bounded[p + n - 1]!);
      if (n < 4) continue; // 3-grams collide a lot and measured no better than without them
      hashes[count] = finish(mix(hash, SEED_CHARS[n]!));
      firstWord[count] = word;
      lastWord[count++] = word;
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
