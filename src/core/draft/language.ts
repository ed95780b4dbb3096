// The language a post is written in, for the default language of the draft.
import type { Lang } from '../types.ts';

const KAZAKH_CYRILLIC = /[әғқңөұүһі]/giu;
const KAZAKH_LATIN = /[áǵńóúýıÁǴŃÓÚÝ]|\b(?:jane|joq|zhoq|emes|kóshe\p{L}*|aula\p{L}*|úı\p{L}*)\b/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;

export function detectLang(text: string): Lang | null {
  const cyrillic = text.match(CYRILLIC)?.length ?? 0;
  const latin = text.match(LATIN)?.length ?? 0;
  if (cyrillic + latin === 0) return null;
  if (cyrillic >= latin) {
    const kazakh = text.match(KAZAKH_CYRILLIC)?.length ?? 0;
    return kazakh >= Math.max(2, cyrillic * 0.015) ? 'kk' : 'ru';
  }
  return (text.match(KAZAKH_LATIN)?.length ?? 0) >= 2 ? 'kk' : 'en';
}
