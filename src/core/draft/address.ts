// The address or landmark of the problem, as written in the post: streets, avenues, micro-districts, houses,
// crossroads and landmarks (stops, schools, markets, residential complexes) in Russian, Kazakh and English.
import { blankNoise } from './clean.ts';
import { LETTER, UPPER } from './letters.ts';

export interface AddressMatch {
  /** The place as written («доме 21 по ул. Толе би»). */
  address: string;
  /** With the preposition before it, when there is one («в доме 21 по ул. Толе би»): reads well in a sentence. */
  phrase: string;
  start: number;
  end: number;
}

/** A word with an optional capital first letter: posts are inconsistent about case, markers are not names. */
function anyCase(words: string[]): string {
  return words
    .map((word) => {
      const first = word[0] ?? '';
      const upper = first.toUpperCase();
      return upper === first ? word : `[${upper}${first}]${word.slice(1)}`;
    })
    .join('|');
}

const L = `[${LETTER}]`;
/** Sentence-initial English words are capitalised but never part of a name. */
const NOT_NAME = `(?!(?:The|A|An|This|That|These|Our|My|Their|Its|There|It|We|They|I|Bins?|Cars?|Lost)(?![${LETTER}]))`;
const CAP = `${NOT_NAME}[${UPPER}][${LETTER}0-9'’-]*`;
/** Lower-case parts of Kazakh street names («Кабанбай батыра», «Толе би», «Бухар жырау»). */
const NAME_PART = `(?:батыр${L}*|би|хан${L}*|жырау|жолы|ел|ата|ана|ақын${L}*|акын${L}*|лет|имени|им\\.|де|ла)`;
const QUOTED = '(?:«[^»\\n]{1,40}»|"[^"\\n]{1,40}"|“[^”\\n]{1,40}”)';
const ORDINAL = `\\d{1,3}(?:-?(?:я|й|го|ая|ий|ой|ші|шы|th|st|nd|rd))?`;
/** «Алматыда Абай даңғылы»: a place in the Kazakh locative is not the first word of a street name. */
const NOT_LOCATIVE = `(?![${UPPER}]${L}*(?:да|де|та|те|дағы|дегі|тағы|тегі)\\s+[${UPPER}])`;
const NAME = `(?:${QUOTED}|№\\s*\\d{1,4}|${NOT_LOCATIVE}(?:${ORDINAL}\\s+)?${CAP}(?:\\s+(?:${CAP}|${NAME_PART})){0,2})`;
const NUM = `\\d{1,4}(?:[а-яa-z](?![${LETTER}]))?(?:\\/\\d{1,4})?(?![\\d])`;
const HOUSE_WORD = `(?:д\\.|дом${L}*|үй${L}*|house|корп\\.|корпус)`;
const AFTER_NAME_HOUSE = `(?:,?\\s*(?:${HOUSE_WORD}\\s*)?№?\\s*${NUM}(?:\\s*-?\\s*үй${L}*)?)?`;

const STREET_MARKERS = anyCase([
  'ул\\.?', 'улиц[аеуыой]й?', 'пр\\.', 'пр-т\\.?', 'пр-кт\\.?', 'просп\\.', `проспект${L}*`, 'пер\\.', `переул${L}*`, 'б-р',
  'бул\\.', `бульвар${L}*`, 'ш\\.', 'шоссе', 'наб\\.', `набережн${L}*`, 'пл\\.', `площад${L}*`, `тракт${L}*`, `алле${L}*`,
  `проезд${L}*`, 'кв-л', `квартал${L}*`, 'мкр\\.?', 'мкрн\\.?', 'мкр-н', `микрорайон${L}*`, 'ж\\.?м\\.', `жилмассив${L}*`,
  'street', 'st\\.', 'avenue', 'ave\\.', 'microdistrict',
]);
const KZ_POSTPOSITIONS = anyCase([
  `көше${L}*`, `даңғыл${L}*`, `шағын\\s+аудан${L}*`, `ықшамаудан${L}*`, `ықшам\\s+аудан${L}*`, `бульвары${L}*`,
  `тас\\s+жол${L}*`, `алаң${L}*`, 'ш\\.а\\.', `аудан${L}*`, `саяба${L}*`, `аялдама${L}*`, `өзен${L}*`,
  `мейрамхана${L}*`, `мектеп${L}*`, `ауыл${L}*`, `той\\s+зал${L}*`, `жағас${L}*`, `k[oó]sh[eе]${L}*`, `da[nń][gǵ]yl${L}*`,
  `m[iı]krora[iı]n${L}*`, `y?qsham[aá][yý]dan${L}*`, `sha[gǵ]yn\\s+a[yý]dan${L}*`, `a[yý]dan${L}*`, `sa[iı]aba[qǵ]${L}*`,
  `a[iı]aldama${L}*`, `mektep${L}*`, `me[iı]ramhana${L}*`, 'prospekt', 'prospect', 'district', 'park', 'metro\\s+station',
  'station', 'embankment', 'square', 'bridge', 'mall', 'river', 'grove', 'bus\\s+stop', 'underpass', 'kremlin', 'street', 'st\\.?', 'avenue', 'ave\\.?', 'road', 'rd\\.', 'boulevard',
  'blvd\\.?', 'lane', 'microdistrict',
]);
const MICRO = anyCase(['мкр\\.?', 'мкрн\\.?', `микрорайон${L}*`]);
const LANDMARKS = [
  anyCase([
    `остановк${L}*`, 'ост\\.', `аялдама${L}*`, `рын(?:ок|ка|ке|ком)`, `базар${L}*`, `школ${L}*(?:-лице${L}*)?`,
    `гимнази${L}*`, 'лице[йяеюм]', `детск${L}*\\s+сад${L}*`, `садик${L}*`, 'д\\/с', `поликлиник${L}*`, `больниц${L}*`,
    `парк${L}*`, `сквер${L}*`, `вокзал${L}*`, 'метро', `станци${L}*\\s+метро`, `мектеп${L}*`, `подъезд${L}*`, `бекет${L}*`,
    `кладбищ${L}*`, `стадион${L}*`, `кинотеатр${L}*`, `дворц${L}*`, `дв[оа]рец`, `мост${L}*`, `трасс${L}*`, `рек[аиеу]`,
    `озер${L}*`, `пос[её]л${L}*`, 'пос\\.', 'п\\.', 'пгт', 'с\\.', `сел[оаеу]`, `аул${L}*`, `ауыл${L}*`, `район${L}*`, `ЦУМ${L}*`, `деревн${L}*`, `станци${L}*`, `переход${L}*`, `университет${L}*`, `колледж${L}*`, `мечет${L}*`, `храм${L}*`, `церкв${L}*`,
  ]),
  'ТЦ', 'ТРЦ', 'ЖК', 'БЦ', 'ЦОН', 'СОШ', 'ТД', 'ДК', 'ЦУМ', `(?:[Лл]ев|[Пп]рав)(?:ом|ого|ый|ый)\\s+берег${L}*`,
].join('|');
const CROSS_WORDS = anyCase([`перекр[её]ст${L}*`, `пересечени${L}*`, 'угол', 'углу', 'угла']);
/** Capitalised words after «на/по» that are not streets. */
const NOT_STREETS = `(?:Новый|Новогод${L}*|Пасху|Наурыз${L}*|Рождеств${L}*|Госуслуг${L}*|Решаем|Инстаграм${L}*|Ватсап${L}*|WhatsApp|Telegram|Телеграм${L}*|Фейсбук${L}*|Facebook|Instagram|Ютуб${L}*|YouTube|Яндекс${L}*|2ГИС|2GIS|Kaspi|Каспи${L}*|Бога?|Аллах${L}*|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Instagram|Facebook|Telegram|WhatsApp)(?![${LETTER}])`;
const STREET_PREFIX = `(?:(?:ул\\.|улиц${L}*|пр\\.|проспект${L}*)\\s*)?`;

interface Anchor {
  pattern: RegExp;
  weight: number;
}

const ANCHORS: Anchor[] = [
  // «ул. Жандосова», «по улице Толе би, 21», «пр. Республики 44», «мкр. Аксай-4», «мкр Самал»
  { pattern: new RegExp(`(?<![${LETTER}])(?:${STREET_MARKERS})\\s*(?:${NAME}|${NUM})${AFTER_NAME_HOUSE}`, 'gu'), weight: 3 },
  // «11 мкр», «в 5-м микрорайоне»
  { pattern: new RegExp(`(?<![\\d${LETTER}])${ORDINAL}(?:-?м)?\\s*(?:${MICRO}|шағын\\s+аудан${L}*|ықшам\\s?аудан${L}*)(?![${LETTER}])${AFTER_NAME_HOUSE}`, 'gu'), weight: 3 },
  // «Абай даңғылы, 10 үй», «Самал-2 шағын ауданы», «Abay avenue 150», «12 Lenin street»
  { pattern: new RegExp(`(?:\\d{1,4}\\s+)?${NAME}\\s+(?:${KZ_POSTPOSITIONS})(?![${LETTER}])${AFTER_NAME_HOUSE}`, 'gu'), weight: 3 },
  // «перекрёсток Толе би и Байзакова», «угол Манаса»
  { pattern: new RegExp(`(?<![${LETTER}])(?:${CROSS_WORDS})\\s+${STREET_PREFIX}${NAME}(?:\\s*(?:и|\\/|—|–|-|&)\\s*${STREET_PREFIX}${NAME})?`, 'gu'), weight: 3 },
  // «Абай – Сейфуллин қиылысы», «corner of Abay and Manas»
  { pattern: new RegExp(`${NAME}\\s*(?:–|—|-|\\/|мен|пен|бен|және|men|pen|ben)\\s*${NAME}\\s+(?:көшелерінің\\s+)?(?:қиылыс|q?k?iylys)${L}*`, 'gu'), weight: 3 },
  { pattern: new RegExp(`(?<![${LETTER}])${NAME}\\s*(?:\\/|–|—)\\s*${NAME}(?:\\s+(?:${KZ_POSTPOSITIONS}))?`, 'gu'), weight: 2 },
  // «Ленинградский проспект, 12», «Лиговском проспекте», «Кировский район», «Зелёной улице»
  { pattern: new RegExp(`(?<![${LETTER}])[${UPPER}]${L}*(?:ый|ий|ой|ая|ом|ую|ого|ому)\\s+(?:${anyCase([`улиц${L}*`, `проспект${L}*`, `переул${L}*`, 'шоссе', `бульвар${L}*`, `набережн${L}*`, `проезд${L}*`, `тупик${L}*`])})(?![${LETTER}])${AFTER_NAME_HOUSE}`, 'gu'), weight: 3 },
  { pattern: new RegExp(`(?<![${LETTER}])[${UPPER}]${L}*(?:ый|ий|ой|ая|ом|ую|ого|ому)\\s+(?:${anyCase(['площад(?:ь|и|ью)', `район${L}*`, `округ${L}*`, `остров${L}*`])})(?![${LETTER}])`, 'gu'), weight: 1.5 },
  { pattern: new RegExp(`(?<![${LETTER}])${L}+(?:ой|ом|ая|ый|ий)\\s+(?:площад[ьи]|пляж${L}*|сквер${L}*|парк${L}*|набережн${L}*|рын${L}*)(?![${LETTER}])`, 'gu'), weight: 1 },
  { pattern: new RegExp(`(?<![${LETTER}])(?:[Cc]orner|[Ii]ntersection)\\s+of\\s+${NAME}\\s+(?:and|&)\\s+${NAME}`, 'gu'), weight: 3 },
  // «дома 37 на Ауэзова», «доме 21», «д. 5», «15-үй»
  { pattern: new RegExp(`(?<![${LETTER}])(?:${anyCase([`дом${L}*`, 'д\\.', 'house'])})\\s*№?\\s*${NUM}(?:\\s+(?:на|по)\\s+(?!ул|пр|мкр)${NAME})?`, 'gu'), weight: 2 },
  { pattern: new RegExp(`(?<![\\d${LETTER}])${NUM}\\s*-?\\s*үй${L}*`, 'gu'), weight: 2 },
  // «остановке «Саяхат»», «остановке у Хан Шатыра», «школы №25», «ТЦ Мега Силкуэй», «ЖК Алтын Орда»
  { pattern: new RegExp(`(?<![${LETTER}])(?:${LANDMARKS})\\s*(?:№\\s*\\d{1,4}|${QUOTED}|(?:(?:у|возле|около)\\s+)?${NAME})`, 'gu'), weight: 1.5 },
  { pattern: new RegExp(`(?<=(?<![${LETTER}])(?:near|at|on|by)\\s+)(?!${NOT_STREETS})${NAME}(?:\\s+${NUM})?`, 'gu'), weight: 1 },
  { pattern: new RegExp(`(?<![${LETTER}])(?:bus\\s+stop|stop|corner|park)\\s+(?:at\\s+)?(?!${NOT_STREETS})${NAME}(?:\\s+${NUM})?`, 'gu'), weight: 1 },
  // «на Абая, 53», «ЦОН на Сыганак», «по Кенесары»: a street in the genitive without a marker; weak evidence.
  { pattern: new RegExp(`(?<=(?<![${LETTER}])(?:на|по)\\s+)(?!${NOT_STREETS})${NAME}(?:,?\\s*${NUM})?`, 'gu'), weight: 1 },
  // «ТОРАЙГЫРОВА 64», «Жамбыла 12а»: a surname-like street name followed by a house number.
  { pattern: new RegExp(`(?<![${LETTER}])[${UPPER}][${LETTER}-]*(?:ова|ева|ёва|ина|ына|ского|ая|ой|ОВА|ЕВА|ИНА|ЫНА|aya|ova|eva|ina)\\s*,?\\s+${NUM}`, 'gu'), weight: 1 },
  // «дачного массива «Ынтымак»», «кинотеатре «Арман»»: a named object in quotes.
  { pattern: new RegExp(`(?<![${LETTER}])(?!(?:на|в|во|у|по|за|возле|около|at|on|in|near)\\s)(?:${L}+\\s+){1,2}${QUOTED}`, 'gu'), weight: 0.5 },
];

/** What may stand between two parts of one address: «дома 5 в 11 мкр», «пр. Абая угол Манаса», «ЖК X, дом 3». */
const JOINER = /^[\s,]*(?:(?:в|во|на|по|у|возле|около|рядом с|on|at|in|near|by|,|-|—|–)\s*)?[\s,]*$/u;
const MAX_GAP = 10;
const PREPOSITION_BEFORE = /(?:^|[\s(])((?:у|возле|около|напротив|рядом с|на|в|во|по|за|перед|между|near|at|on|in)\s+)$/iu;

interface Span {
  start: number;
  end: number;
  weight: number;
}

export function extractAddress(input: string): AddressMatch | null {
  const text = blankNoise(input);
  const spans = anchorSpans(text);
  const best = bestCluster(text, spans);
  if (!best) return null;
  const address = text.slice(best.start, best.end).replace(/[\s,.;:!?-]+$/u, '');
  const end = best.start + address.length;
  const preposition = PREPOSITION_BEFORE.exec(text.slice(Math.max(0, best.start - 12), best.start))?.[1] ?? '';
  return { address, phrase: `${preposition.toLowerCase()}${address}`, start: best.start, end };
}

function anchorSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const { pattern, weight } of ANCHORS) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) spans.push({ start: match.index, end: match.index + match[0].length, weight });
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Joins overlapping and adjacent anchors, then picks the cluster with the most address evidence. */
function bestCluster(text: string, spans: Span[]): Span | null {
  const clusters: Span[] = [];
  for (const span of spans) {
    const last = clusters[clusters.length - 1];
    if (last && (span.start <= last.end || isJoiner(text.slice(last.end, span.start)))) {
      last.weight += span.weight;
      last.end = Math.max(last.end, span.end);
    } else clusters.push({ ...span });
  }
  return clusters.reduce<Span | null>((best, cluster) => (best === null || cluster.weight > best.weight ? cluster : best), null);
}

function isJoiner(gap: string): boolean {
  return gap.length <= MAX_GAP && JOINER.test(gap);
}
