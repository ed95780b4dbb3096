// Letter classes as explicit ranges. Unicode property escapes (\p{L}) make each regular expression cost tens of
// milliseconds to compile, which a content script pays on the first post; Cyrillic (with Kazakh) and Latin suffice.

/** Inside a character class: any letter of the alphabets the posts are written in. */
export const LETTER = 'A-Za-zÀ-ÖØ-öø-ɏЀ-ӿ';
export const UPPER = 'A-ZÀ-ÖØ-ÞЀ-ЯҒҚҢҮҰҺӘӨĞŞİŃǴ';
export const LOWER = 'a-zß-öø-ÿа-џғқңүұһәөğşıńǵ';
