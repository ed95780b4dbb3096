// Where the problem is, at the level of country, region and city: from place names in the text (in Russian,
// Kazakh and English, with case endings and suffixes) and from markers typical of one country.
import type { Jurisdiction } from '../types.ts';
import { LETTER } from './letters.ts';
import { CITIES, REGIONS, regionById, type City, type Region } from '../routing/index.ts';

export interface PlaceGuess {
  jurisdiction: Jurisdiction | null;
  region: Region | null;
  city: City | null;
}

/** Russian case endings and Kazakh case suffixes accepted after a `*` form. */
const ENDINGS = [
  'а', 'у', 'е', 'ом', 'ой', 'ою', 'ы', 'и', 'ью', 'ь', 'я', 'ю', 'ем', 'ей', 'ая', 'ую', 'ий', 'ый', 'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ах', 'ам', 'ях', 'ями', 'ами',
  'да', 'де', 'та', 'те', 'дағы', 'дегі', 'тағы', 'тегі', 'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ға', 'ге', 'қа', 'ке',
  'на', 'не', 'ны', 'ні', 'ды', 'ді', 'ты', 'ті', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'лық', 'лік', 'дық', 'дік', 'тық', 'тік',
];
/** A street named after a place («ул. Кирова», «Абай даңғылы») is not the place. */
const STREET_BEFORE = /(?:ул\.?|улиц\p{L}*|пр\.|пр-т|просп\p{L}*|пер\.|переул\p{L}*|бул\p{L}*|б-р|шоссе|ш\.|наб\.|набережн\p{L}*|пл\.|площад\p{L}*|станци\p{L}*|ст\.|ЖК|ТЦ|ТРЦ|на|по)\s*$/iu;
const STREET_AFTER = /^\s*(?:көшесі|даңғылы|street|st\.?|avenue|ave\.?|road|шоссе|тракт|трассасы)/iu;

/** Words standing for «область», «край», «республика» in a form («Карагандинск* {обл}», «{респ} Алтай»). */
const WORD_SETS: Record<string, (word: string) => boolean> = {
  '{обл}': (word) => ['обл', 'область', 'области', 'областью', 'region', 'oblast'].includes(word) || word.startsWith('облыс'),
  '{кр}': (word) => ['край', 'края', 'краю', 'крае', 'краем', 'кр'].includes(word),
  '{респ}': (word) => word.startsWith('республик') || word === 'респ',
};

/** One word of a name form: a literal (lower case), optionally with endings, or one of WORD_SETS. */
interface FormWord {
  literal: string;
  star: boolean;
}

interface Form<T> {
  place: T;
  words: FormWord[];
  /** `!` forms must be capitalised in the text: they are also common words («казан», «орёл»). */
  capitalised: boolean;
}

interface Word {
  /** Lower case. */
  text: string;
  original: string;
  start: number;
  end: number;
}

const WORD = new RegExp(`[${LETTER}0-9]+`, 'gu');

function parseForm<T>(place: T, form: string): Form<T> {
  const capitalised = form.startsWith('!');
  const words = [...form.replace(/^!/, '').toLowerCase().replace(/ё/g, 'е').matchAll(/\{[^}]+\}|[^\s.\-{}]+/gu)].map(([token]) => ({
    literal: token.replace(/\*$/, ''),
    star: token.endsWith('*'),
  }));
  return { place, words, capitalised };
}

/** Forms indexed by their first word, so that each word of the text is looked up, not matched against all forms. */
class PlaceIndex<T> {
  private readonly byFirst = new Map<string, Form<T>[]>();

  constructor(places: readonly (T & { forms: string[] })[]) {
    for (const place of places) {
      for (const form of place.forms) {
        const parsed = parseForm(place as T, form);
        const first = parsed.words[0]?.literal;
        if (first === undefined) continue;
        const list = this.byFirst.get(first) ?? [];
        list.push(parsed);
        this.byFirst.set(first, list);
      }
    }
  }

  hits(text: string, words: Word[]): PlaceHit<T>[] {
    const hits: PlaceHit<T>[] = [];
    words.forEach((word, index) => {
      for (const form of this.candidates(word.text)) {
        const end = matchForm(text, words, index, form);
        if (end !== null && !isStreetName(text, word.start, end)) hits.push({ place: form.place, start: word.start, end });
      }
    });
    return hits;
  }

  private candidates(word: string): Form<T>[] {
    const found: Form<T>[] = [];
    for (const key of [word, ...stems(word), ...Object.keys(WORD_SETS).filter((set) => WORD_SETS[set]?.(word))]) {
      for (const form of this.byFirst.get(key) ?? []) if (!found.includes(form)) found.push(form);
    }
    return found;
  }
}

function stems(word: string): string[] {
  return ENDINGS.filter((ending) => word.length > ending.length + 1 && word.endsWith(ending)).map((ending) => word.slice(0, -ending.length));
}

/** The end offset when the form matches the words from `index` on, with only spaces, dots or hyphens between them. */
function matchForm<T>(text: string, words: Word[], index: number, form: Form<T>): number | null {
  const first = words[index];
  if (!first || (form.capitalised && first.original[0] === first.text[0])) return null;
  // Part of a hyphenated name («Петропавловск-Камчатский» is not «Петропавловск»).
  if (/[\p{L}\d]-$/u.test(text.slice(Math.max(0, first.start - 2), first.start))) return null;
  let end = first.start;
  for (let offset = 0; offset < form.words.length; offset++) {
    const word = words[index + offset];
    const formWord = form.words[offset];
    if (!word || !formWord || !wordMatches(word.text, formWord)) return null;
    if (offset > 0 && !/^[\s.\-–—]{1,3}$/u.test(text.slice(end, word.start))) return null;
    end = word.end;
  }
  return text[end] === '-' && /[\p{L}\d]/u.test(text[end + 1] ?? '') ? null : end;
}

function wordMatches(word: string, formWord: FormWord): boolean {
  const set = WORD_SETS[formWord.literal];
  if (set) return set(word);
  if (word === formWord.literal) return true;
  return formWord.star && word.startsWith(formWord.literal) && ENDINGS.includes(word.slice(formWord.literal.length));
}

let regionIndex: PlaceIndex<Region> | null = null;
let cityIndex: PlaceIndex<City> | null = null;

interface PlaceHit<T> {
  place: T;
  start: number;
  end: number;
}

function textWords(text: string): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({
    text: match[0].toLowerCase().replace(/ё/g, 'е'),
    original: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

function isStreetName(text: string, start: number, end: number): boolean {
  return STREET_BEFORE.test(text.slice(Math.max(0, start - 14), start)) || STREET_AFTER.test(text.slice(end, end + 14));
}

/** KZ markers: agencies, housing bodies, the portal, the city hotline, the currency, the country's name, legal
 * forms (ТОО, ГКП, КГУ), and the same words in Latin-script Kazakh. */
const KZ_WORDS = /(?<![\p{L}])(?:акимат\p{L}*|әкімдік\p{L}*|әкімшілі\p{L}*|әкім\p{L}*|аким(?:а|у|ом|е)?|e-?otinish|е-?отиниш|е-?өтініш|ikomek|тенге|теңге|тг|қазақстан\p{L}*|казахстан\p{L}*|kazakhstan|кск|оси|цон\p{L}*|тоо|гкп|кгу|ажк|akimat\p{L}*|akimdik\p{L}*|äkimdik\p{L}*|ksk|osi|zhok|joq|emes|kerek|qalay|zhane|jane)(?![\p{L}])|₸|(?<!\d)109(?!\d)/iu;
/** Street and place names found only in Kazakhstan («Толе би», «Кабанбай батыра», «Аль-Фараби», «Хан Шатыр»). */
const KZ_PLACE_NAMES = /(?<![\p{L}])(?:Толе би|Төле би|Tole bi|\p{Lu}\p{L}+ батыр\p{L}*|\p{Lu}\p{L}+ batyr|\p{Lu}\p{L}+ хана|Байтурсынов\p{L}*|Сейфуллин\p{L}*|Жандосов\p{L}*|Райымбек\p{L}*|Кенесары|Момышулы|Аль-Фараби|Al-Farabi|Мангилик Ел|Мәңгілік Ел|Mangilik El|Достык\p{L}*|Dostyk|Хан Шатыр\p{L}*|Khan Shatyr|Медеу|Medeu|Сайран\p{L}*|Sairan|Сарыарк\p{L}*|Saryarka|Нурсат\p{L}*|Nursat|Самал\p{L}*|Samal|Жетысу-\d|Zhetysu-\d|Аксай-\d|Aksai-\d)(?![\p{L}])/u;
const KZ_LETTERS = /[әғқңөұүһі]/iu;
const RU_WORDS = /(?<![\p{L}])(?:жилинспекци\p{L}*|госуслуг\p{L}*|решаем вместе|добродел\p{L}*|администраци\p{L}* (?:района|города|округа)|губернатор\p{L}*|мэри\p{L}*|муниципалитет\p{L}*|рубл\p{L}*|руб\.|росси\p{L}*|роспотребнадзор\p{L}*|мфц|ростелеком\p{L}*|регоператор\p{L}*)(?![\p{L}])|₽/iu;
const RU_ABBREVIATIONS = /(?<![\p{L}])(?:УК|ТСЖ|ЖЭУ|ДЕЗ|ГЖИ|ЦУР|РФ|ГИБДД|ООО|МУП|ГБУ|МКУ|ЕПД)(?![\p{L}])/u;

export function detectPlace(text: string): PlaceGuess {
  regionIndex ??= new PlaceIndex(REGIONS);
  cityIndex ??= new PlaceIndex(CITIES);
  const words = textWords(text);
  const regionHits = regionIndex.hits(text, words);
  // A city inside a region name («Алматы облысы», «Карагандинская обл.») belongs to the region, not the city.
  const cityHits = cityIndex.hits(text, words).filter(
    (hit) => !regionHits.some((region) => hit.start < region.end && region.start < hit.end && region.place.id !== hit.place.id),
  );
  const city = mostMentioned(cityHits);
  const region =
    regionHits.find((hit) => !city || hit.place.id === city.region)?.place ??
    (city ? regionById(city.region) : null) ??
    regionHits[0]?.place ??
    null;
  const jurisdiction = city?.jurisdiction ?? region?.jurisdiction ?? markerJurisdiction(text);
  return { jurisdiction, region, city };
}

/** The city named most often, the first one on a tie: a post may mention where the author comes from. */
function mostMentioned(hits: PlaceHit<City>[]): City | null {
  const counts = new Map<City, number>();
  for (const hit of hits) counts.set(hit.place, (counts.get(hit.place) ?? 0) + 1);
  let best: City | null = null;
  for (const [city, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = city;
  return best;
}

export function markerJurisdiction(text: string): Jurisdiction | null {
  const kz = KZ_WORDS.test(text) || KZ_LETTERS.test(text) || KZ_PLACE_NAMES.test(text);
  const ru = RU_WORDS.test(text) || RU_ABBREVIATIONS.test(text);
  if (kz === ru) return null;
  return kz ? 'KZ' : 'RU';
}
