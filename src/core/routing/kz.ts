// Kazakhstan: the 17 regions (облыстар) and the 3 cities of republican significance, with the main cities.
// Sources and update procedure: README.md in this folder. Body names are generated from these rows in kz-bodies.ts.
import type { City, Region } from './types.ts';

interface KzUnitRow {
  id: string;
  /** Nominative, genitive («Акимат …») in Russian; the Kazakh stem that takes «облысы/қаласы»; English. */
  ru: string;
  ruGen: string;
  kk: string;
  en: string;
  forms: string[];
  capital: string | null;
}

const REGION_ROWS: KzUnitRow[] = [
  { id: 'kz-abai', ru: 'область Абай', ruGen: 'области Абай', kk: 'Абай', en: 'Abai Region', forms: ['{обл} Абай', 'Абай {обл}', 'Abai region'], capital: 'kz-semey' },
  { id: 'kz-akmola', ru: 'Акмолинская область', ruGen: 'Акмолинской области', kk: 'Ақмола', en: 'Akmola Region', forms: ['Акмолинск* {обл}', 'Ақмола {обл}', 'Akmola region'], capital: 'kz-kokshetau' },
  { id: 'kz-aktobe-region', ru: 'Актюбинская область', ruGen: 'Актюбинской области', kk: 'Ақтөбе', en: 'Aktobe Region', forms: ['Актюбинск* {обл}', 'Ақтөбе {обл}', 'Aktobe region'], capital: 'kz-aktobe' },
  { id: 'kz-almaty-region', ru: 'Алматинская область', ruGen: 'Алматинской области', kk: 'Алматы', en: 'Almaty Region', forms: ['Алматинск* {обл}', 'Алматы {обл}', 'Almaty region'], capital: 'kz-konaev' },
  { id: 'kz-atyrau-region', ru: 'Атырауская область', ruGen: 'Атырауской области', kk: 'Атырау', en: 'Atyrau Region', forms: ['Атырауск* {обл}', 'Атырау {обл}', 'Atyrau region'], capital: 'kz-atyrau' },
  { id: 'kz-east', ru: 'Восточно-Казахстанская область', ruGen: 'Восточно-Казахстанской области', kk: 'Шығыс Қазақстан', en: 'East Kazakhstan Region', forms: ['Восточно-Казахстанск*', 'ВКО', 'Шығыс Қазақстан {обл}', 'East Kazakhstan'], capital: 'kz-oskemen' },
  { id: 'kz-zhambyl', ru: 'Жамбылская область', ruGen: 'Жамбылской области', kk: 'Жамбыл', en: 'Zhambyl Region', forms: ['Жамбылск* {обл}', 'Жамбыл {обл}', 'Zhambyl region'], capital: 'kz-taraz' },
  { id: 'kz-zhetysu', ru: 'область Жетісу', ruGen: 'области Жетісу', kk: 'Жетісу', en: 'Zhetysu Region', forms: ['{обл} Жетісу', '{обл} Жетысу', 'Жетісу {обл}', 'Zhetysu region'], capital: 'kz-taldykorgan' },
  { id: 'kz-west', ru: 'Западно-Казахстанская область', ruGen: 'Западно-Казахстанской области', kk: 'Батыс Қазақстан', en: 'West Kazakhstan Region', forms: ['Западно-Казахстанск*', 'ЗКО', 'Батыс Қазақстан {обл}', 'West Kazakhstan'], capital: 'kz-oral' },
  { id: 'kz-karaganda-region', ru: 'Карагандинская область', ruGen: 'Карагандинской области', kk: 'Қарағанды', en: 'Karaganda Region', forms: ['Карагандинск* {обл}', 'Қарағанды {обл}', 'Karaganda region'], capital: 'kz-karaganda' },
  { id: 'kz-kostanay-region', ru: 'Костанайская область', ruGen: 'Костанайской области', kk: 'Қостанай', en: 'Kostanay Region', forms: ['Костанайск* {обл}', 'Қостанай {обл}', 'Kostanay region'], capital: 'kz-kostanay' },
  { id: 'kz-kyzylorda-region', ru: 'Кызылординская область', ruGen: 'Кызылординской области', kk: 'Қызылорда', en: 'Kyzylorda Region', forms: ['Кызылординск* {обл}', 'Қызылорда {обл}', 'Kyzylorda region'], capital: 'kz-kyzylorda' },
  { id: 'kz-mangystau', ru: 'Мангистауская область', ruGen: 'Мангистауской области', kk: 'Маңғыстау', en: 'Mangystau Region', forms: ['Мангистауск*', 'Мангыстау*', 'Маңғыстау*', 'Mangystau', 'Mangistau'], capital: 'kz-aktau' },
  { id: 'kz-pavlodar-region', ru: 'Павлодарская область', ruGen: 'Павлодарской области', kk: 'Павлодар', en: 'Pavlodar Region', forms: ['Павлодарск* {обл}', 'Павлодар {обл}', 'Pavlodar region'], capital: 'kz-pavlodar' },
  { id: 'kz-north', ru: 'Северо-Казахстанская область', ruGen: 'Северо-Казахстанской области', kk: 'Солтүстік Қазақстан', en: 'North Kazakhstan Region', forms: ['Северо-Казахстанск*', 'СКО', 'Солтүстік Қазақстан {обл}', 'North Kazakhstan'], capital: 'kz-petropavl' },
  { id: 'kz-turkistan-region', ru: 'Туркестанская область', ruGen: 'Туркестанской области', kk: 'Түркістан', en: 'Turkistan Region', forms: ['Туркестанск* {обл}', 'Түркістан {обл}', 'Turkistan region', 'Turkestan region'], capital: 'kz-turkistan' },
  { id: 'kz-ulytau', ru: 'область Улытау', ruGen: 'области Улытау', kk: 'Ұлытау', en: 'Ulytau Region', forms: ['{обл} Улытау', '{обл} Ұлытау', 'Ұлытау {обл}', 'Ulytau region'], capital: 'kz-zhezkazgan' },
];

/** Cities of republican significance: a region of their own with a city akimat and city управления. */
const CITY_REGION_ROWS: KzUnitRow[] = [
  { id: 'kz-astana', ru: 'Астана', ruGen: 'города Астаны', kk: 'Астана', en: 'Astana', forms: ['Астан*', 'Астана*', 'Astana', 'Нур-Султан*', 'Нұр-Сұлтан*', 'Nur-Sultan'], capital: 'kz-astana' },
  { id: 'kz-almaty', ru: 'Алматы', ruGen: 'города Алматы', kk: 'Алматы', en: 'Almaty', forms: ['Алматы*', 'Алма-Ат*', 'Almaty', 'Alma-Ata'], capital: 'kz-almaty' },
  { id: 'kz-shymkent', ru: 'Шымкент', ruGen: 'города Шымкента', kk: 'Шымкент', en: 'Shymkent', forms: ['Шымкент*', 'Чимкент*', 'Shymkent'], capital: 'kz-shymkent' },
];

interface KzCityRow {
  id: string;
  region: string;
  ru: string;
  ruGen: string;
  kk: string;
  en: string;
  forms: string[];
}

const CITY_ROWS: KzCityRow[] = [
  { id: 'kz-semey', region: 'kz-abai', ru: 'Семей', ruGen: 'Семей', kk: 'Семей', en: 'Semey', forms: ['Семей*', '!Семее', '!Семея', 'Semey', 'Семипалатинск*'] },
  { id: 'kz-kokshetau', region: 'kz-akmola', ru: 'Кокшетау', ruGen: 'Кокшетау', kk: 'Көкшетау', en: 'Kokshetau', forms: ['Кокшетау*', 'Көкшетау*', 'Kokshetau'] },
  { id: 'kz-aktobe', region: 'kz-aktobe-region', ru: 'Актобе', ruGen: 'Актобе', kk: 'Ақтөбе', en: 'Aktobe', forms: ['Актобе*', 'Ақтөбе*', 'Aktobe', 'Актюбинск'] },
  { id: 'kz-konaev', region: 'kz-almaty-region', ru: 'Конаев', ruGen: 'Конаева', kk: 'Қонаев', en: 'Konaev', forms: ['Конаев*', 'Қонаев*', 'Konaev', 'Kunaev', 'Капчагай*', 'Қапшағай*'] },
  { id: 'kz-atyrau', region: 'kz-atyrau-region', ru: 'Атырау', ruGen: 'Атырау', kk: 'Атырау', en: 'Atyrau', forms: ['Атырау*', 'Atyrau'] },
  { id: 'kz-oskemen', region: 'kz-east', ru: 'Усть-Каменогорск', ruGen: 'Усть-Каменогорска', kk: 'Өскемен', en: 'Oskemen', forms: ['Усть-Каменогорск*', 'Өскемен*', 'Оскемен*', 'Oskemen', 'Ust-Kamenogorsk'] },
  { id: 'kz-ridder', region: 'kz-east', ru: 'Риддер', ruGen: 'Риддера', kk: 'Риддер', en: 'Ridder', forms: ['Риддер*', 'Ridder'] },
  { id: 'kz-taraz', region: 'kz-zhambyl', ru: 'Тараз', ruGen: 'Тараза', kk: 'Тараз', en: 'Taraz', forms: ['Тараз*', 'Taraz'] },
  { id: 'kz-taldykorgan', region: 'kz-zhetysu', ru: 'Талдыкорган', ruGen: 'Талдыкоргана', kk: 'Талдықорған', en: 'Taldykorgan', forms: ['Талдыкорган*', 'Талдықорған*', 'Taldykorgan'] },
  { id: 'kz-oral', region: 'kz-west', ru: 'Уральск', ruGen: 'Уральска', kk: 'Орал', en: 'Oral', forms: ['Уральск*', '!Орал*', 'Uralsk'] },
  { id: 'kz-karaganda', region: 'kz-karaganda-region', ru: 'Караганда', ruGen: 'Караганды', kk: 'Қарағанды', en: 'Karaganda', forms: ['Караганд*', 'Қарағанды*', 'Karaganda', 'Karagandy'] },
  { id: 'kz-temirtau', region: 'kz-karaganda-region', ru: 'Темиртау', ruGen: 'Темиртау', kk: 'Теміртау', en: 'Temirtau', forms: ['Темиртау*', 'Теміртау*', 'Temirtau'] },
  { id: 'kz-balkhash', region: 'kz-karaganda-region', ru: 'Балхаш', ruGen: 'Балхаша', kk: 'Балқаш', en: 'Balkhash', forms: ['Балхаш*', 'Балқаш*', 'Balkhash'] },
  { id: 'kz-kostanay', region: 'kz-kostanay-region', ru: 'Костанай', ruGen: 'Костаная', kk: 'Қостанай', en: 'Kostanay', forms: ['Костанай*', 'Костана*', 'Қостанай*', 'Kostanay', 'Kostanai'] },
  { id: 'kz-rudny', region: 'kz-kostanay-region', ru: 'Рудный', ruGen: 'Рудного', kk: 'Рудный', en: 'Rudny', forms: ['!Рудный', '!Рудном', '!Рудного', '!Рудныйда', 'Rudny'] },
  { id: 'kz-kyzylorda', region: 'kz-kyzylorda-region', ru: 'Кызылорда', ruGen: 'Кызылорды', kk: 'Қызылорда', en: 'Kyzylorda', forms: ['Кызылорд*', 'Қызылорда*', 'Kyzylorda'] },
  { id: 'kz-aktau', region: 'kz-mangystau', ru: 'Актау', ruGen: 'Актау', kk: 'Ақтау', en: 'Aktau', forms: ['Актау*', 'Ақтау*', 'Aktau'] },
  { id: 'kz-zhanaozen', region: 'kz-mangystau', ru: 'Жанаозен', ruGen: 'Жанаозена', kk: 'Жаңаөзен', en: 'Zhanaozen', forms: ['Жанаозен*', 'Жаңаөзен*', 'Zhanaozen'] },
  { id: 'kz-pavlodar', region: 'kz-pavlodar-region', ru: 'Павлодар', ruGen: 'Павлодара', kk: 'Павлодар', en: 'Pavlodar', forms: ['Павлодар*', 'Pavlodar'] },
  { id: 'kz-ekibastuz', region: 'kz-pavlodar-region', ru: 'Экибастуз', ruGen: 'Экибастуза', kk: 'Екібастұз', en: 'Ekibastuz', forms: ['Экибастуз*', 'Екібастұз*', 'Ekibastuz'] },
  { id: 'kz-petropavl', region: 'kz-north', ru: 'Петропавловск', ruGen: 'Петропавловска', kk: 'Петропавл', en: 'Petropavl', forms: ['Петропавловск*', 'Петропавл*', 'Petropavl'] },
  { id: 'kz-turkistan', region: 'kz-turkistan-region', ru: 'Туркестан', ruGen: 'Туркестана', kk: 'Түркістан', en: 'Turkistan', forms: ['Туркестан*', 'Түркістан*', 'Turkistan', 'Turkestan'] },
  { id: 'kz-zhezkazgan', region: 'kz-ulytau', ru: 'Жезказган', ruGen: 'Жезказгана', kk: 'Жезқазған', en: 'Zhezkazgan', forms: ['Жезказган*', 'Жезқазған*', 'Zhezkazgan'] },
];

export const KZ_REGION_ROWS: readonly KzUnitRow[] = [...REGION_ROWS, ...CITY_REGION_ROWS];
export const KZ_CITY_ROWS: readonly KzCityRow[] = [
  ...CITY_REGION_ROWS.map((row) => ({ ...row, region: row.id })),
  ...CITY_ROWS,
];
export const KZ_REPUBLICAN_CITIES: ReadonlySet<string> = new Set(CITY_REGION_ROWS.map((row) => row.id));

export const KZ_REGIONS: readonly Region[] = KZ_REGION_ROWS.map((row) => ({
  id: row.id,
  jurisdiction: 'KZ',
  name: { ru: row.ru, kk: kkUnitName(row), en: row.en },
  forms: row.forms,
  capital: row.capital,
}));

export const KZ_CITIES: readonly City[] = KZ_CITY_ROWS.map((row) => ({
  id: row.id,
  jurisdiction: 'KZ',
  region: row.region,
  name: { ru: row.ru, kk: row.kk, en: row.en },
  forms: row.forms,
  ...(KZ_REPUBLICAN_CITIES.has(row.id) ? { isRegion: true } : {}),
}));

function kkUnitName(row: KzUnitRow): string {
  return KZ_REPUBLICAN_CITIES.has(row.id) ? row.kk : `${row.kk} облысы`;
}

export type { KzUnitRow, KzCityRow };
