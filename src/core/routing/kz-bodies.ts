// Kazakh bodies generated from the unit rows: the akimat of every region and city, and its departments
// (управление / басқармасы for regions and republican cities, отдел / бөлімі for other cities).
import { KZ_CITY_ROWS, KZ_REGION_ROWS, KZ_REPUBLICAN_CITIES } from './kz.ts';
import type { Body, Names } from './types.ts';

export const EOTINISH_URL = 'https://eotinish.kz/';

export type KzDepartment = 'roads' | 'housing-utilities' | 'housing-inspection' | 'nature' | 'police';

const DEPARTMENT_STEMS: Record<KzDepartment, Names & { kk: string }> = {
  roads: { ru: 'пассажирского транспорта и автомобильных дорог', kk: 'жолаушылар көлігі және автомобиль жолдары', en: 'Passenger Transport and Roads' },
  'housing-utilities': { ru: 'энергетики и жилищно-коммунального хозяйства', kk: 'энергетика және тұрғын үй-коммуналдық шаруашылығы', en: 'Energy, Housing and Utilities' },
  'housing-inspection': { ru: 'жилищной инспекции', kk: 'тұрғын үй инспекциясы', en: 'Housing Inspection' },
  nature: { ru: 'природных ресурсов и регулирования природопользования', kk: 'табиғи ресурстар және табиғат пайдалануды реттеу', en: 'Natural Resources and Environmental Management' },
  police: { ru: '', kk: '', en: '' },
};

/** Departments that exist at the level of a region or a republican city, and those of other cities. */
const REGION_DEPARTMENTS: KzDepartment[] = ['roads', 'housing-utilities', 'housing-inspection', 'nature', 'police'];
const CITY_DEPARTMENTS: KzDepartment[] = ['roads', 'housing-utilities', 'housing-inspection'];

interface Unit {
  id: string;
  /** «Карагандинской области», «города Караганды». */
  ruGen: string;
  /** «Қарағанды облысының», «Қарағанды қаласының». */
  kkGen: string;
  /** «Karaganda Region», «the city of Karaganda». */
  en: string;
  /** Regions and republican cities have управления; other cities have отделы. */
  topLevel: boolean;
}

function regionUnits(): Unit[] {
  return KZ_REGION_ROWS.map((row) => {
    const isCity = KZ_REPUBLICAN_CITIES.has(row.id);
    return {
      id: row.id,
      ruGen: row.ruGen,
      kkGen: `${row.kk} ${isCity ? 'қаласының' : 'облысының'}`,
      en: isCity ? `the city of ${row.en}` : row.en,
      topLevel: true,
    };
  });
}

function cityUnits(): Unit[] {
  return KZ_CITY_ROWS.filter((row) => !KZ_REPUBLICAN_CITIES.has(row.id)).map((row) => ({
    id: row.id,
    ruGen: `города ${row.ruGen}`,
    kkGen: `${row.kk} қаласының`,
    en: `the city of ${row.en}`,
    topLevel: false,
  }));
}

function akimat(unit: Unit): Body {
  return {
    id: `${unit.id}-akimat`,
    jurisdiction: 'KZ',
    level: unit.topLevel ? 'regional' : 'municipal',
    name: { ru: `Акимат ${unit.ruGen}`, kk: `${unit.kkGen} әкімдігі`, en: `Akimat of ${unit.en}` },
    url: EOTINISH_URL,
  };
}

function department(unit: Unit, kind: KzDepartment): Body {
  return { id: `${unit.id}-${kind}`, jurisdiction: 'KZ', level: kind === 'police' ? 'police' : 'department', name: departmentName(unit, kind), url: EOTINISH_URL };
}

function departmentName(unit: Unit, kind: KzDepartment): Names {
  if (kind === 'police') {
    return { ru: `Департамент полиции ${unit.ruGen}`, kk: `${unit.kkGen} полиция департаменті`, en: `Police Department of ${unit.en}` };
  }
  const stem = DEPARTMENT_STEMS[kind];
  const [ru, kk, en] = unit.topLevel ? ['Управление', 'басқармасы', 'Department'] : ['Отдел', 'бөлімі', 'Division'];
  return { ru: `${ru} ${stem.ru} ${unit.ruGen}`, kk: `${unit.kkGen} ${stem.kk} ${kk}`, en: `${en} of ${stem.en}, ${unit.en}` };
}

function unitBodies(unit: Unit): Body[] {
  const kinds = unit.topLevel ? REGION_DEPARTMENTS : CITY_DEPARTMENTS;
  return [akimat(unit), ...kinds.map((kind) => department(unit, kind))];
}

export const KZ_BODIES: readonly Body[] = [...regionUnits(), ...cityUnits()].flatMap(unitBodies);

/** Used when neither the text nor the profile names a place: eOtinish itself distributes appeals by competence. */
export const KZ_FALLBACK: Body = {
  id: 'kz-local-akimat',
  jurisdiction: 'KZ',
  level: 'municipal',
  name: {
    ru: 'Акимат по месту нахождения проблемы',
    kk: 'Мәселе орналасқан жердің әкімдігі',
    en: 'Akimat of the place where the problem is',
  },
  url: EOTINISH_URL,
};
