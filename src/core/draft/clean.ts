// The essence of a post without the social-network noise. The source block keeps the original text untouched.

/** Longer essences are cut at a sentence boundary: an appeal states one problem, and portals limit the length. */
export const MAX_ESSENCE_CHARS = 3000;

/** Zero-width characters, bidi overrides and isolates: invisible, and able to reorder what the official reads. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"«»]+|\b[\w-]+\.(?:ru|kz|рф|com|org|me|ly|cc)\/[^\s<>"«»]*/giu;
/** VK wiki mentions keep their visible name: «[id123|Иван]» → «Иван». */
const VK_MENTION = /\[(?:id|club|public)\d+\|([^\]\n]{1,80})\]/gu;
const MENTION = /(?<![\p{L}\p{N}.])@[\p{L}\p{N}_.]{2,64}/gu;
const HASHTAG = /(?<![\p{L}\p{N}&])#[\p{L}\p{N}_]+/gu;
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{1f3fb}-\u{1f3ff}\ufe0e\ufe0f\u20e3]/gu;
/** Text smileys and repeated punctuation read as shouting in a formal text. */
const SMILEYS = /(?:[:;=]-?[()]+|\){2,}|\({2,})/gu;

export interface CleanResult {
  text: string;
  /** True when the essence was cut to MAX_ESSENCE_CHARS. */
  truncated: boolean;
  originalLength: number;
}

/** Removes invisible control characters only: used for everything that is shown or stored. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

export function cleanEssence(input: string, maxChars: number = MAX_ESSENCE_CHARS): CleanResult {
  const original = typeof input === 'string' ? input : '';
  // Cleaning can only shorten the text, so a generous head is enough and keeps huge posts cheap.
  const head = original.slice(0, maxChars * 4);
  const cleaned = tidyWhitespace(
    stripInvisible(head)
      .replace(VK_MENTION, '$1')
      .replace(URL, ' ')
      .replace(MENTION, ' ')
      .replace(HASHTAG, ' ')
      .replace(EMOJI, ' ')
      .replace(SMILEYS, ' ')
      .replace(/([!?.])\1+/gu, '$1')
      .replace(/!\?|\?!/gu, '?'),
  );
  const cut = cutAtSentence(cleaned, maxChars);
  return { text: cut, truncated: cut.length < cleaned.length || head.length < original.length, originalLength: original.length };
}

function tidyWhitespace(text: string): string {
  return text
    .replace(/[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/gu, ' ')
    .replace(/ *\n[ \n]*/gu, '\n')
    .replace(/ ([,.!?;:])/gu, '$1')
    .replace(/^[\s,.;:!?-]+|[\s,;:-]+$/gu, '')
    .trim();
}

/** Cuts at the last sentence end before the limit, or at a word boundary when there is none in reach. */
export function cutAtSentence(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const head = text.slice(0, maxChars);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '), head.lastIndexOf('\n'));
  if (sentenceEnd >= maxChars * 0.5) return head.slice(0, sentenceEnd + 1).trim();
  const space = head.lastIndexOf(' ');
  return `${head.slice(0, space > maxChars * 0.5 ? space : maxChars).trim()}…`;
}

/** Blanks links, hashtags and mentions with spaces of the same length, so offsets into the text stay valid. */
export function blankNoise(text: string): string {
  const blank = (match: string): string => ' '.repeat(match.length);
  return text.replace(URL, blank).replace(MENTION, blank).replace(HASHTAG, blank);
}

/** True when nothing readable is left: no letters and no digits. */
export function isBlank(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}
