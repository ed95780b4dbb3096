// Since when the problem lasts, from phrases like «третий день», «с понедельника», «неделю», «үш күн», "for a week".
// The result is language-neutral so that a Russian post can yield a Kazakh or English appeal.
import { LETTER } from './letters.ts';

export type Duration =
  | { kind: 'span'; amount: number; unit: 'hour' | 'day' | 'week' | 'month' | 'year'; ordinal: boolean }
  | { kind: 'weekday'; day: number }
  | { kind: 'month'; month: number }
  | { kind: 'relative'; when: 'today' | 'yesterday' | 'morning' | 'long' };

const L = `[${LETTER}]`;
const NUMBER_WORDS: Array<[RegExp, number]> = [
  [/^(?:один|одн\p{L}*|перв\p{L}*|бір|one|a|an)$/u, 1],
  [/^(?:два|две|двое|втор\p{L}*|двух|екі|two|couple)$/u, 2],
  [/^(?:три|трое|трёх|трех|трет\p{L}*|үш|three)$/u, 3],
  [/^(?:четыре|четырёх|четверт\p{L}*|төрт|four)$/u, 4],
  [/^(?:пять|пяти|пят\p{L}*|бес|five)$/u, 5],
  [/^(?:шесть|шест\p{L}*|алты|six)$/u, 6],
  [/^(?:семь|седьм\p{L}*|жеті|seven)$/u, 7],
  [/^(?:восемь|восьм\p{L}*|сегіз|eight)$/u, 8],
  [/^(?:девять|девят\p{L}*|тоғыз|nine)$/u, 9],
  [/^(?:десять|десят\p{L}*|он|ten)$/u, 10],
  [/^(?:несколько|пару|пар\p{L}*|several|few|бірнеше)$/u, 3],
];
const UNITS: Array<[RegExp, 'hour' | 'day' | 'week' | 'month' | 'year']> = [
  [/^(?:час\p{L}*|сағат\p{L}*|hours?)$/u, 'hour'],
  [/^(?:день|дня|дней|сутки|суток|днём|күн\p{L}*|days?)$/u, 'day'],
  [/^(?:недел\p{L}*|апта\p{L}*|weeks?)$/u, 'week'],
  [/^(?:месяц\p{L}*|ай|айдан|айға|айдай|months?)$/u, 'month'],
  [/^(?:год|года|лет|годами|жыл\p{L}*|years?)$/u, 'year'],
];
const WEEKDAYS = ['воскресень', 'понедельник', 'вторник', 'сред', 'четверг', 'пятниц', 'суббот'];
const KK_WEEKDAYS = ['жексенбі', 'дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі'];
const EN_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма[йяе]', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];
const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const SPAN = new RegExp(`(?<![${LETTER}0-9])(?:(\\d{1,3})|(${L}+))(?:-?(?:й|ю|ые|и|ий|ый|ой|ая|ші|шы))?(?=\\s+(${L}+))`, 'giu');
const BARE_UNIT = new RegExp(`(?<![${LETTER}])(?:уже|целую|всю|целый|весь|for a|for|already a|бір|since last)\\s+(недел${L}*|месяц${L}*|год|week|month|year|апта|ай)(?![${LETTER}])`, 'iu');
const SINCE_WEEKDAY = new RegExp(`(?<![${LETTER}])(?:с|since|от)\\s+(${L}+)|(${L}+)\\s+(?:бері|күннен бері)`, 'giu');
const SINCE_MONTH = new RegExp(`(?<![${LETTER}])(?:с|since|in|ещё в|еще в|в)\\s+(?:\\d{1,2}\\s+)?(${L}+)`, 'giu');
const RELATIVE: Array<[RegExp, 'today' | 'yesterday' | 'morning' | 'long']> = [
  [/(?<![\p{L}])(?:с утра|since this morning|таңертеңнен)(?![\p{L}])/iu, 'morning'],
  [/(?<![\p{L}])(?:со вчера\p{L}*|с вечера|since yesterday|кешеден)(?![\p{L}])/iu, 'yesterday'],
  [/(?<![\p{L}])(?:сегодня|today|бүгін)(?![\p{L}])/iu, 'today'],
  [/(?<![\p{L}])(?:давно|годами|месяцами|for ages|for months|for years|ұзақ уақыт|көптен)(?![\p{L}])/iu, 'long'],
];

export function extractDuration(text: string): Duration | null {
  return spanDuration(text) ?? weekdayDuration(text) ?? monthDuration(text) ?? relativeDuration(text);
}

function spanDuration(text: string): Duration | null {
  for (const match of text.matchAll(SPAN)) {
    const unit = UNITS.find(([pattern]) => pattern.test((match[3] ?? '').toLowerCase()))?.[1];
    if (!unit) continue;
    const word = (match[2] ?? '').toLowerCase();
    const amount = match[1] ? Number(match[1]) : NUMBER_WORDS.find(([pattern]) => pattern.test(word))?.[1];
    if (amount === undefined || amount <= 0 || amount > 100) continue;
    const ordinal = /^(?:втор|трет|четверт|пят|шест|седьм|восьм|девят|десят)\p{L}*(?:ий|ой|ый|ая|ые|ую|ю|и)$|ші$|шы$/u.test(word) && !/^(?:пять|пяти|десять|шесть|девять|восемь)$/u.test(word);
    return { kind: 'span', amount, unit, ordinal };
  }
  const bare = BARE_UNIT.exec(text);
  const bareUnit = bare ? UNITS.find(([pattern]) => pattern.test((bare[1] ?? '').toLowerCase()))?.[1] : undefined;
  return bareUnit ? { kind: 'span', amount: 1, unit: bareUnit, ordinal: false } : null;
}

function weekdayDuration(text: string): Duration | null {
  for (const match of text.matchAll(SINCE_WEEKDAY)) {
    const word = (match[1] ?? match[2] ?? '').toLowerCase();
    const day = [WEEKDAYS, KK_WEEKDAYS, EN_WEEKDAYS].map((list) => list.findIndex((stem) => word.startsWith(stem))).find((index) => index >= 0);
    if (day !== undefined) return { kind: 'weekday', day };
  }
  return null;
}

function monthDuration(text: string): Duration | null {
  for (const match of text.matchAll(SINCE_MONTH)) {
    const word = (match[1] ?? '').toLowerCase();
    const ru = MONTHS.findIndex((stem) => new RegExp(`^${stem}`, 'u').test(word));
    const en = EN_MONTHS.indexOf(word);
    const month = ru >= 0 ? ru : en;
    // «в мае» may be a plan, «с мая» is a start: only a «с/since» start or a past-tense context counts.
    if (month >= 0 && /^(?:с|since|от)$/iu.test(match[0].split(/\s/)[0] ?? '')) return { kind: 'month', month: month + 1 };
  }
  return null;
}

function relativeDuration(text: string): Duration | null {
  const found = RELATIVE.find(([pattern]) => pattern.test(text));
  return found ? { kind: 'relative', when: found[1] } : null;
}
