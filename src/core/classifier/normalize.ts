// Text normalisation shared by training and inference. Every output code unit remembers the offset of the input
// code unit it came from, so evidence can point at the user's original text.

/** Only the head of a post is read: long posts state their point early, and the work must stay bounded. */
export const MAX_INPUT_CHARS = 5000;

/** A space in the normalised stream: a separator between words (no letter folds to it). */
export const SEP = 0x20;

/**
 * Views into shared buffers, valid until the next call of normalizeText: for the classifier's own synchronous
 * pipeline only. Code outside the classifier uses normalizedWords, which returns fresh strings.
 */
export interface NormalizedText {
  /** Folded code units; SEP between words. */
  codes: Uint16Array;
  /** Offset in the original text of each code unit of `codes`. */
  offsets: Int32Array;
  length: number;
}

const NOISE_PATTERN =
  /<[^<>]{0,300}>|&(?:[a-z]{2,8}|#\d{1,6}|#x[0-9a-f]{1,5});|(?:https?:\/\/|www\.)[^\s<>"]+|@[\w.]{2,64}|\[(?:id|club|public)\d+\|/giu;

/** Same-length blanking keeps original offsets valid without a second map. */
export function maskNoise(text: string): string {
  return text.replace(NOISE_PATTERN, (match) => ' '.repeat(match.length));
}

// Kazakh letters fold to their nearest Russian letters and Latin to Cyrillic, so that informal spellings
// («кала» for «қала»), Latin-script Kazakh («su joq») and Cyrillic share the same features. (Keeping English in
// Latin script, gated by a Kazakh/translit detector, measured worse on the tuning rows; so did a second, salted copy
// of every Latin-script word's features next to the transliterated one: out of fold, corpus F1 0.938 → 0.932,
// English 0.928 → 0.926, Kazakh Latin 0.966 → 0.952.)
const CYRILLIC_FOLDS: Record<string, string> = {
  ё: 'е', ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'и', ъ: 'ь',
};
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', b: 'б', c: 'с', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'ж', k: 'к', l: 'л', m: 'м',
  n: 'н', o: 'о', p: 'п', q: 'к', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'у', x: 'х', y: 'ы', z: 'з',
  ä: 'а', á: 'а', à: 'а', â: 'а', ö: 'о', ó: 'о', ò: 'о', ô: 'о', ü: 'у', ú: 'у', ù: 'у', ū: 'у', û: 'у',
  ı: 'ы', ý: 'ы', ğ: 'г', ǵ: 'г', ş: 'ш', ç: 'ч', ñ: 'н', ń: 'н', é: 'е', è: 'е', ê: 'е', í: 'и', ï: 'и',
};
/** Latin digraphs of informal Kazakh and Russian transliteration: sh, ch, zh, kh. */
const DIGRAPH_FIRST: Record<string, string> = { s: 'ш', c: 'ч', z: 'ж', k: 'х' };
const H = 'h'.charCodeAt(0);
const DIGRAPH_TABLE = buildDigraphTable();

function buildDigraphTable(): Uint16Array {
  const table = new Uint16Array(128);
  for (const [latin, cyrillic] of Object.entries(DIGRAPH_FIRST)) {
    table[latin.charCodeAt(0)] = cyrillic.charCodeAt(0);
    table[latin.toUpperCase().charCodeAt(0)] = cyrillic.charCodeAt(0);
  }
  return table;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc || code === 0x60;
}
const TABLE_SIZE = 0x0530;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Folded code for every code unit below TABLE_SIZE (Latin, Latin-1, Latin Extended, Cyrillic); SEP for the rest. */
const FOLD_TABLE = buildFoldTable();

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(TABLE_SIZE).fill(SEP);
  for (let code = 0; code < TABLE_SIZE; code++) {
    const char = String.fromCharCode(code);
    if (!LETTER_OR_DIGIT.test(char)) continue;
    const lower = char.toLowerCase();
    const single = lower.length === 1 ? lower : char;
    const folded = CYRILLIC_FOLDS[single] ?? LATIN_TO_CYRILLIC[single] ?? single;
    table[code] = folded.charCodeAt(0);
  }
  return table;
}

function foldCode(code: number): number {
  if (code < TABLE_SIZE) return FOLD_TABLE[code] || SEP;
  // Surrogates (emoji), controls, punctuation and symbols separate words; other scripts keep their letters.
  if (code >= 0xd800 && code <= 0xdfff) return SEP;
  const char = String.fromCharCode(code);
  return LETTER_OR_DIGIT.test(char) ? char.toLowerCase().charCodeAt(0) : SEP;
}

function isLetterCode(code: number): boolean {
  return foldCode(code) !== SEP;
}

const shared = { codes: new Uint16Array(MAX_INPUT_CHARS + 1), offsets: new Int32Array(MAX_INPUT_CHARS + 1) };

/** Lower-cases, folds scripts, drops markup, URLs, mentions and invisible characters. Never throws. */
export function normalizeText(input: string): NormalizedText {
  const text = maskNoise(input.length > MAX_INPUT_CHARS ? input.slice(0, MAX_INPUT_CHARS) : input);
  // Shared buffers: callers consume the result synchronously, before the next call.
  const { codes, offsets } = shared;
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isInvisible(code)) continue;
    // An apostrophe inside a word (don't, g'imarat) is spelling, not a word break.
    if (isApostrophe(code) && length > 0 && codes[length - 1] !== SEP && isLetterCode(text.charCodeAt(i + 1))) {
      continue;
    }
    const digraph = code < 0x80 ? (DIGRAPH_TABLE[code] ?? 0) : 0;
    if (digraph !== 0 && (text.charCodeAt(i + 1) | 0x20) === H) {
      codes[length] = digraph;
      offsets[length++] = i++;
      continue;
    }
    const folded = foldCode(code);
    if (folded === SEP && length > 0 && codes[length - 1] === SEP) continue;
    codes[length] = folded;
    offsets[length++] = i;
  }
  return { codes, offsets, length };
}

/** Zero-width, bidi controls, soft hyphen, BOM and variation selectors: invisible, and not word breaks. */
function isInvisible(code: number): boolean {
  return (
    code === 0xad ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x206f) ||
    code === 0xfeff ||
    (code >= 0xfe00 && code <= 0xfe0f)
  );
}

/** The normalised stream as a string with single spaces between words, for pattern matching. */
export function normalizedString(norm: NormalizedText): string {
  let out = '';
  const chunk = 4096;
  for (let start = 0; start < norm.length; start += chunk) {
    const part = norm.codes.subarray(start, Math.min(norm.length, start + chunk));
    out += String.fromCharCode.apply(null, part as unknown as number[]);
  }
  return out;
}

/** The words of a text after normalisation, as fresh strings that stay valid (unlike NormalizedText views). */
export function normalizedWords(text: string): string[] {
  return normalizedString(normalizeText(text)).split(' ').filter((word) => word !== '');
}
