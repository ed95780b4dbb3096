// The shipped model is data: int8 weights (base64) with one scale per head. Decoding happens once at load.
import { CATEGORIES, type Category } from '../types.ts';

export interface HeadJson {
  scale: number;
  /** Signed hashing: the top bit of a feature hash flips the sign of its weight, so collisions partly cancel. */
  signed?: boolean;
  bias: number[];
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
  signed: boolean;
}

export interface Model {
  problem: Head;
  category: Head;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function decodeBase64(text: string): Uint8Array {
  const lookup = new Int16Array(128).fill(-1);
  for (let i = 0; i < BASE64.length; i++) lookup[BASE64.charCodeAt(i)] = i;
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    value = (value << 6) | (lookup[clean.charCodeAt(i)] ?? 0);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    out += BASE64[(triple >> 18) & 63];
    out += BASE64[(triple >> 12) & 63];
    out += i + 1 < bytes.length ? BASE64[(triple >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? BASE64[triple & 63] : '=';
  }
  return out;
}

export const NIBBLE_MAX = 7;

/** Two signed 4-bit levels per byte, low nibble first, stored with an offset of 8. */
export function packNibbles(levels: Int8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil(levels.length / 2));
  for (let i = 0; i < levels.length; i++) {
    const nibble = ((levels[i] ?? 0) + 8) & 15;
    out[i >> 1] = (out[i >> 1] ?? 0) | (i & 1 ? nibble << 4 : nibble);
  }
  return out;
}

export function unpackNibbles(bytes: Uint8Array, length: number): Int8Array {
  const out = new Int8Array(length);
  for (let i = 0; i < length; i++) {
    const byte = bytes[i >> 1] ?? 8 | (8 << 4);
    out[i] = ((i & 1 ? byte >> 4 : byte) & 15) - 8;
  }
  return out;
}

function decodeHead(json: HeadJson, buckets: number, classes: number): Head {
  const weights = unpackNibbles(decodeBase64(json.weights), buckets * classes);
  return {
    scale: json.scale,
    bias: Float32Array.from(json.bias),
    weights,
    mask: buckets - 1,
    classes,
    signed: json.signed === true,
  };
}

export function loadModel(json: ModelJson): Model {
  return {
    problem: decodeHead(json.problem, json.problemBuckets, 1),
    category: decodeHead(json.category, json.categoryBuckets, CATEGORIES.length),
  };
}

/** +1 or −1 for a feature hash under a signed head (top bit, independent of the bucket's low bits), else +1. */
export function hashSign(hash: number, signed: boolean): number {
  return signed && hash >>> 31 !== 0 ? -1 : 1;
}

export const CATEGORY_COUNT = CATEGORIES.length;
export type { Category };
