// Loaders for the labelled data: the project's corpus (test/corpus/*.jsonl) and the external real-text sets in
// ../shared/data/external, with the evaluation split rule of that folder's README.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { CATEGORIES, type Category } from '../../src/core/types.ts';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const sharedRoot = path.resolve(repoRoot, '../shared');
export const externalRoot = path.join(sharedRoot, 'data/external');
export const corpusRoot = path.join(repoRoot, 'test/corpus');
/** Feed posts written apart from the corpus, never trained on: a development probe (test/probe/README.md). */
export const probeRoot = path.join(repoRoot, 'test/probe');

export type Source = 'corpus' | 'probe' | 'spb' | 'kursk' | 'cedr' | 'kazsandra' | 'boston' | 'newport';
export type Split = 'train' | 'evaluation';

export interface Example {
  id: string;
  text: string;
  source: Source;
  lang: string;
  /** null: no gold decision (e.g. a Kursk topic that is neither clearly local nor clearly not). */
  problem: boolean | null;
  category: Category | null;
  emergency: boolean | null;
  split: Split;
}

/** README rule: SHA-1 of the trimmed, whitespace-collapsed text as stored; first byte % 5 === 0 → evaluation. */
export function externalSplit(storedText: string): Split {
  const normalized = storedText.trim().replace(/\s+/g, ' ');
  const digest = createHash('sha1').update(normalized, 'utf8').digest();
  return (digest[0] ?? 1) % 5 === 0 ? 'evaluation' : 'train';
}

function readCsv(file: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  return parsed.data;
}

function externalCsv(folder: string, file: string): Record<string, string>[] {
  return readCsv(path.join(externalRoot, folder, file));
}

export function hasShared(): boolean {
  return existsSync(path.join(externalRoot, 'README.md'));
}

// ---- project corpus -------------------------------------------------------------------------------------------

const CORPUS_SPLITS: Record<string, Split> = { train: 'train', heldout: 'evaluation' };

/** Every well-formed line of test/corpus/*.jsonl; malformed lines are reported on stderr and skipped. */
export function loadCorpus(dir = corpusRoot): Example[] {
  if (!existsSync(dir)) return [];
  const examples: Example[] = [];
  const seen = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (line.trim() === '') return;
      const example = parseCorpusLine(line);
      if (example === null) {
        console.warn(`warning: ${file}:${index + 1}: malformed corpus line skipped`);
        return;
      }
      const key = `${file}:${example.id}`;
      if (seen.has(key)) return;
      seen.add(key);
      examples.push(example);
    });
  }
  return examples;
}

function parseCorpusLine(line: string): Example | null {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const split = typeof r.split === 'string' ? CORPUS_SPLITS[r.split] : undefined;
  if (typeof r.text !== 'string' || typeof r.problem !== 'boolean' || split === undefined) return null;
  const category = CATEGORIES.find((c) => c === r.category) ?? null;
  if (r.problem && category === null) return null;
  return {
    id: String(r.id ?? ''),
    text: r.text,
    source: 'corpus',
    lang: typeof r.lang === 'string' ? r.lang : 'unknown',
    problem: r.problem,
    category: r.problem ? category : null,
    emergency: typeof r.emergency === 'boolean' ? r.emergency : null,
    split,
  };
}

/** The development probe: corpus-format rows, all held out. */
export function loadProbe(): Example[] {
  return loadCorpus(probeRoot).map((e) => ({ ...e, source: 'probe', split: 'evaluation' }));
}

// ---- label crosswalk (appeals-domain.md §6) -------------------------------------------------------------------

/** 'out_of_scope': an appeal, but not a local problem (healthcare, education, social payments...). */
type Mapped = Category | 'out_of_scope';

/** The §6 crosswalk from the 16 dataset classes, refined by the source's own reason/topic label. */
export function crosswalk(datasetClass: string, reason: string): Mapped | null {
  const r = reason.toLowerCase();
  switch (datasetClass) {
    case 'roads':
      if (/лужи/.test(r)) return 'roads';
      // Crossings are traffic control (§6: «нужен переход» under traffic; safety crossings → traffic), so they
      // are tested before «пешеход»/«тротуар», which would otherwise claim «Пешеходные переходы».
      if (/светофор|знак|разметк|парков|неровност|переход/.test(r)) return 'traffic';
      // §6: «ямы и выбоины» are roads; a topic that names driveways next to pavements is about the driveways.
      if (/выбоин|ям[ыа]/.test(r) && /проезд/.test(r)) return 'roads';
      if (/тротуар|пешеход|бордюр/.test(r)) return 'sidewalks';
      return 'roads';
    case 'housing_utilities':
      return /газ|канализ|водоснабж|водоотвед/.test(r) ? 'utilities' : 'housing';
    case 'heating':
    case 'water':
    case 'electricity':
      return /кровл|водосточн|ливнест/.test(r) ? 'housing' : 'utilities';
    case 'garbage':
      return 'waste';
    case 'snow_removal':
      return 'snow_ice';
    case 'yards_landscaping':
      if (/огражден/.test(r)) return 'yard';
      // §6 puts dirt and litter on the street under waste; «уборка» topics are about exactly that.
      if (/уборк/.test(r)) return 'waste';
      // §6 lists «раскопки не восстановлены» under roads: restoring what repair works dug up.
      if (/восстановлен.*ремонтн/.test(r)) return 'roads';
      // §6 lists «покос травы» under greenery: uncut weeds are a mowing matter, not yard furniture.
      if (/нескошен|сорн/.test(r)) return 'greenery';
      return /дерев|кустарн|зелен|жизнеспособн|газон(?!ах)|покос|трав/.test(r) ? 'greenery' : 'yard';
    case 'street_lighting':
      return 'lighting';
    case 'public_transport':
      return 'transport';
    case 'stray_animals':
    case 'ecology':
      return 'environment';
    case 'safety':
      if (/дерев/.test(r)) return 'greenery';
      if (/светофор|переход/.test(r)) return 'traffic';
      if (/огражден/.test(r)) return 'yard';
      if (/пожар/.test(r)) return 'environment';
      return 'out_of_scope';
    case 'healthcare':
    case 'education':
      // The grounds around a school or kindergarten (snow, rubbish, fences, paths) are public space, like the
      // «прилегающая территория» topics of the «other» class (KURSK_LOCAL_OTHER); the service itself is not local.
      return /прилегающ/.test(r) ? 'yard' : 'out_of_scope';
    case 'other':
      if (/транспортное средство/.test(r)) return 'environment';
      return 'other';
    default:
      return null;
  }
}

function loadMap(folder: string, keyOf: (row: Record<string, string>) => string): Map<string, string> {
  const map = new Map<string, string>();
  for (const row of externalCsv(folder, 'suggested_category_map.csv')) {
    map.set(keyOf(row), row.suggested_category ?? '');
  }
  return map;
}

// ---- external sets --------------------------------------------------------------------------------------------

export function loadSpb(): Example[] {
  const folder = 'spb-nash-peterburg';
  const map = loadMap(folder, (row) => `${row.source_category}\u0000${row.source_reason}`);
  return ['spb_appeals_part0.csv', 'spb_appeals_part1.csv'].flatMap((file) =>
    externalCsv(folder, file).map((row): Example => {
      const text = row.text ?? '';
      const reason = row.reason ?? '';
      const mapped = crosswalk(map.get(`${row.category}\u0000${reason}`) ?? '', reason);
      return {
        id: `spb:${row.id}`,
        text,
        source: 'spb',
        lang: 'ru',
        problem: mapped === 'out_of_scope' ? null : true,
        category: mapped === null || mapped === 'out_of_scope' ? null : mapped,
        emergency: null,
        split: externalSplit(text),
      };
    }),
  );
}

/** Kursk «other» topics that still describe a place in the town (adverts, street trade, building sites). */
const KURSK_LOCAL_OTHER = /реклам|торговл|стро|прилегающ/i;

export function loadKursk(): Example[] {
  const folder = 'kursk-appeals-2022';
  const map = loadMap(folder, (row) => row['Тематика'] ?? '');
  return ['train_dataset_train.csv', 'test_dataset_test.csv'].flatMap((file) =>
    externalCsv(folder, file).map((row): Example => {
      const stored = row['Текст Сообщения'] ?? '';
      const topic = row['Тематика'] ?? '';
      const datasetClass = map.get(topic) ?? '';
      const mapped = crosswalk(datasetClass, topic);
      const local = mapped !== null && mapped !== 'out_of_scope' && (mapped !== 'other' || KURSK_LOCAL_OTHER.test(topic));
      const clearlyNotLocal = mapped === 'out_of_scope' || (mapped === 'other' && !local);
      return {
        id: `kursk:${row.id}`,
        text: stripHtml(stored),
        source: 'kursk',
        lang: 'ru',
        problem: local ? true : clearlyNotLocal ? false : null,
        category: local ? (mapped as Category) : null,
        emergency: null,
        split: externalSplit(stored),
      };
    }),
  );
}

const HTML_ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', laquo: '«', raquo: '»', mdash: '—', ndash: '–', hellip: '…' };

export function stripHtml(html: string): string {
  return html
    .replace(/<br\s*\/?>|<\/p>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#\d+|[a-z]+);/gi, (entity, name: string) =>
      name.startsWith('#') ? String.fromCharCode(Number(name.slice(1))) : (HTML_ENTITIES[name.toLowerCase()] ?? ' '),
    )
    .replace(/[ \t]+/g, ' ')
    .trim();
}

function negatives(source: Source, lang: string, folder: string, files: string[]): Example[] {
  return files.flatMap((file) =>
    externalCsv(folder, file).map((row, index): Example => {
      const text = row.text ?? '';
      return {
        id: `${source}:${file}:${index}`,
        text,
        source,
        lang,
        problem: false,
        category: null,
        emergency: false,
        split: externalSplit(text),
      };
    }),
  );
}

export function loadCedr(): Example[] {
  return negatives('cedr', 'ru', 'cedr-ru', ['cedr-main-train.csv', 'cedr-main-test.csv']);
}

export function loadKazsandra(): Example[] {
  return negatives('kazsandra', 'kk', 'kazsandra-kk', ['01_source_2gis.csv', '05_source_maps.csv']);
}

const BOSTON_CATEGORIES: Record<string, Category> = {
  'illegal-parking': 'traffic',
  'sidewalk-not-shovelled': 'snow_ice',
};

export function loadBoston(): Example[] {
  return externalCsv('boston311-en', 'boston311_sample.csv').map((row): Example => {
    const text = row.description ?? '';
    return {
      id: `boston:${row.service_request_id}`,
      text,
      source: 'boston',
      lang: 'en',
      problem: true,
      category: BOSTON_CATEGORIES[row.source_folder ?? ''] ?? null,
      emergency: null,
      split: externalSplit(text),
    };
  });
}

/** Evaluation-only (non-commercial licence): every row is an evaluation row. */
export function loadNewport(): Example[] {
  return externalCsv('seeclickfix-newport-en', 'newport_ri_seeclickfix_2017.csv').map((row): Example => {
    const summary = (row.summary ?? '').trim();
    const description = (row.description ?? '').trim();
    return {
      id: `newport:${row.id}`,
      text: description.length >= 15 ? `${summary}. ${description}` : summary,
      source: 'newport',
      lang: 'en',
      problem: true,
      category: null,
      emergency: null,
      split: 'evaluation',
    };
  });
}

export function loadExternal(): Example[] {
  if (!hasShared()) return [];
  return [...loadSpb(), ...loadKursk(), ...loadCedr(), ...loadKazsandra(), ...loadBoston(), ...loadNewport()];
}
