// Russian bodies generated from the subject rows: the regional government, the state housing inspectorate (ГЖИ),
// the traffic police (УГИБДД), Роспотребнадзор's regional office, the regional waste operator, and the
// administrations of the listed cities. Names follow the usual pattern; README.md says how to correct one.
import { RU_CITY_ROWS, RU_FEDERAL_CITIES, RU_SUBJECT_ROWS, type RuSubjectRow } from './ru.ts';
import type { Body } from './types.ts';

/** Госуслуги «Решаем вместе»: files both ПОС messages and 59-ФЗ appeals to any connected body. */
export const POS_URL = 'https://pos.gosuslugi.ru/landing/';

/** Subjects whose executive body is not called «Правительство». */
const GOVERNMENT_TITLES: Record<string, string> = {
  'ru-ta': 'Кабинет Министров',
  'ru-cu': 'Кабинет Министров',
  'ru-kda': 'Администрация',
  'ru-vla': 'Администрация',
  'ru-vgg': 'Администрация',
  'ru-smo': 'Администрация',
  'ru-tam': 'Администрация',
  'ru-tom': 'Администрация',
};

/** Genitive and the «по …» (dative) form where the word-by-word rule below gets it wrong. */
const CASE_OVERRIDES: Record<string, { gen: string; dat: string }> = {
  'ru-mow': { gen: 'Москвы', dat: 'г. Москве' },
  'ru-spe': { gen: 'Санкт-Петербурга', dat: 'г. Санкт-Петербургу' },
  'ru-sev': { gen: 'Севастополя', dat: 'г. Севастополю' },
  'ru-kem': { gen: 'Кемеровской области — Кузбасса', dat: 'Кемеровской области — Кузбассу' },
  'ru-khm': { gen: 'Ханты-Мансийского автономного округа — Югры', dat: 'Ханты-Мансийскому автономному округу — Югре' },
};

type Case = 'gen' | 'dat';

const WORD_RULES: Array<[RegExp, Record<Case, string>]> = [
  [/ая$/u, { gen: 'ой', dat: 'ой' }],
  [/[ы]й$/u, { gen: 'ого', dat: 'ому' }],
  [/ий$/u, { gen: 'ого', dat: 'ому' }],
  [/^область$/u, { gen: 'области', dat: 'области' }],
  [/^край$/u, { gen: 'края', dat: 'краю' }],
  [/^округ$/u, { gen: 'округа', dat: 'округу' }],
  [/^Республика$/u, { gen: 'Республики', dat: 'Республике' }],
];

/** Declines the leading adjectives and the head noun; proper names after «Республика» keep the nominative. */
export function declineSubject(row: RuSubjectRow, grammaticalCase: Case): string {
  const override = CASE_OVERRIDES[row.id];
  if (override) return override[grammaticalCase];
  const words = row.ru.split(' ');
  const out: string[] = [];
  let declining = true;
  for (const word of words) {
    const rule = declining ? WORD_RULES.find(([pattern]) => pattern.test(word)) : undefined;
    if (!rule) {
      declining = false;
      out.push(word);
      continue;
    }
    const [pattern, endings] = rule;
    const replaced = pattern.source.startsWith('^') ? endings[grammaticalCase] : word.replace(pattern, endings[grammaticalCase]);
    out.push(replaced);
    if (/^(Республика|область|край|округ)$/u.test(word)) declining = false;
  }
  return out.join(' ');
}

function subjectBodies(row: RuSubjectRow): Body[] {
  const gen = declineSubject(row, 'gen');
  const dat = declineSubject(row, 'dat');
  const title = GOVERNMENT_TITLES[row.id] ?? 'Правительство';
  const body = (suffix: string, level: Body['level'], ru: string, en: string): Body => ({
    id: `${row.id}-${suffix}`,
    jurisdiction: 'RU',
    level,
    name: { ru, en },
    url: POS_URL,
  });
  return [
    body('gov', 'regional', `${title} ${gen}`, `Government of ${row.en}`),
    body('gji', 'inspectorate', `Государственная жилищная инспекция ${gen}`, `State Housing Inspectorate of ${row.en}`),
    body('gibdd', 'police', `УГИБДД МВД России по ${dat}`, `State Traffic Inspectorate (GIBDD) of ${row.en}`),
    body('rpn', 'sanitary', `Управление Роспотребнадзора по ${dat}`, `Rospotrebnadzor Office for ${row.en}`),
    body('waste', 'operator', `Региональный оператор по обращению с ТКО (${row.ru})`, `Regional waste management operator (${row.en})`),
  ];
}

function cityAdministrations(): Body[] {
  return RU_CITY_ROWS.filter((city) => !RU_FEDERAL_CITIES.has(city.id)).map((city) => ({
    id: `${city.id}-admin`,
    jurisdiction: 'RU',
    level: 'municipal',
    name: { ru: `Администрация города ${city.gen}`, en: `${city.en} City Administration` },
    url: POS_URL,
  }));
}

export const RU_BODIES: readonly Body[] = [...RU_SUBJECT_ROWS.flatMap(subjectBodies), ...cityAdministrations()];

/** Used when no place is known: ПОС itself routes a message to the body responsible for the address. */
export const RU_FALLBACK: Body = {
  id: 'ru-local-administration',
  jurisdiction: 'RU',
  level: 'municipal',
  name: {
    ru: 'Администрация муниципального образования по месту нахождения проблемы',
    en: 'Local administration of the place where the problem is',
  },
  url: POS_URL,
};
