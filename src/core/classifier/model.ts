// The shipped model is data: 5-bit weight levels with one scale per head, most of them zero. Decoding happens once
// at load.
import { CATEGORIES, type Category } from '../types.ts';

export interface HeadJson {
  scale: number;
  bias: number[];
  /** Weight levels, bucket-major, run-length coded (see encodeLevels). */
  weights: string;
}

export interface ModelJson {
  version: number;
  problemBuckets: number;
  categoryBuckets: number;
  /** One logit; positive means a local problem. */
  problem: HeadJson;
  /** One logit per entry of CATEGORIES, weights laid out bucket-major. */
  category: HeadJson;
}

export interface Head {
  scale: number;
  bias: Float32Array;
  weights: Int8Array;
  mask: number;
  classes: number;
}

export interface Model {
  problem: Head;
  category: Head;
}

/** Weight levels are −LEVEL_MAX…LEVEL_MAX: 5 bits, which kept the category head's accuracy where 4 bits lost some. */
export const LEVEL_MAX = 15;

// Both heads keep only their strongest weights, so most levels are zero. A run of 1–26 zeros is one lower-case
// letter and a non-zero level one character of LEVEL_CHARS: gzip then codes the run lengths and the levels with
// separate symbol frequencies, which packs the sparse tables a tenth smaller than one character per level.
const ZERO_RUN_FIRST = 0x61; // 'a' = one zero
const ZERO_RUN_MAX = 26;
/** Level −LEVEL_MAX is the first character; the middle one (level 0) is never written. */
const LEVEL_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ01234';
const LEVEL_INDEX = new Int8Array(128).fill(-1);
for (let i = 0; i < LEVEL_CHARS.length; i++) LEVEL_INDEX[LEVEL_CHARS.charCodeAt(i)] = i;

export function encodeLevels(levels: Int8Array): string {
  const out: string[] = [];
  let run = 0;
  const flush = (): void => {
    for (; run > 0; run -= Math.min(run, ZERO_RUN_MAX)) {
      out.push(String.fromCharCode(ZERO_RUN_FIRST + Math.min(run, ZERO_RUN_MAX) - 1));
    }
  };
  for (const level of levels) {
    if (level === 0) {
      run++;
      continue;
    }
    flush();
    out.push(LEVEL_CHARS[Math.max(-LEVEL_MAX, Math.min(LEVEL_MAX, level)) + LEVEL_MAX]!);
  }
  flush();
  return out.join('');
}

/** The inverse of encodeLevels; characters past `length` levels and unknown characters are ignored. */
export function decodeLevels(text: string, length: number): Int8Array {
  const out = new Int8Array(length);
  let at = 0;
  for (let i = 0; i < text.length && at < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= ZERO_RUN_FIRST && code < ZERO_RUN_FIRST + ZERO_RUN_MAX) at += code - ZERO_RUN_FIRST + 1;
    else if (code < 128 && LEVEL_INDEX[code]! >= 0) out[at++] = LEVEL_INDEX[code]! - LEVEL_MAX;
  }
  return out;
}

function decodeHead(json: HeadJson, buckets: number, classes: number): Head {
  return {
    scale: json.scale,
    bias: Float32Array.from(json.bias),
    weights: decodeLevels(json.weights, buckets * classes),
    mask: buckets - 1,
    classes,
  };
}

export function loadModel(json: ModelJson): Model {
  return {
    problem: decodeHead(json.problem, json.problemBuckets, 1),
    category: decodeHead(json.category, json.categoryBuckets, CATEGORIES.length),
  };
}

export type { Category };
