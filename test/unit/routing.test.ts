// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BODIES, CITIES, REGIONS, findCity, findRegion, recipientById, route, routeKey } from '../../src/core/routing/index.ts';
import { CATEGORIES, type Category } from '../../src/core/types.ts';

const KZ_REGIONS = REGIONS.filter((region) => region.jurisdiction === 'KZ');
const RU_REGIONS = REGIONS.filter((region) => region.jurisdiction === 'RU');

describe('the bundled directory', () => {
  it('has the 17 Kazakh regions plus Astana, Almaty and Shymkent, and the 89 Russian federal subjects', () => {
    expect(KZ_REGIONS).toHaveLength(20);
    for (const city of ['kz-astana', 'kz-almaty', 'kz-shymkent']) expect(KZ_REGIONS.map((r) => r.id)).toContain(city);
    expect(RU_REGIONS).toHaveLength(89);
  });

  it('has unique ids and a name in every language for every body', () => {
    const ids = BODIES.map((body) => body.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const body of BODIES) {
      expect(body.name.ru.trim(), body.id).not.toBe('');
      expect(body.name.en.trim(), body.id).not.toBe('');
      if (body.jurisdiction === 'KZ') expect(body.name.kk?.trim(), body.id).toBeTruthy();
      expect(body.url).toBe(body.jurisdiction === 'KZ' ? 'https://eotinish.kz/' : 'https://pos.gosuslugi.ru/landing/');
    }
  });

  it('links every city to a region of the same country', () => {
    for (const city of CITIES) expect(findRegion(city.region)?.jurisdiction, city.id).toBe(city.jurisdiction);
  });
});

describe('route: Kazakhstan', () => {
  it.each(KZ_REGIONS.map((region) => [region.id] as const))('%s: an akimat body for every category, in ru, kk and en', (id) => {
    for (const category of CATEGORIES) {
      for (const lang of ['ru', 'kk', 'en'] as const) {
        const { recipient, alternatives } = route({ jurisdiction: 'KZ', region: id, city: null, category, lang });
        expect(recipient.id, `${id} ${category}`).toMatch(new RegExp(`^${id}-`));
        expect(recipient.url).toBe('https://eotinish.kz/');
        expect([recipient, ...alternatives].some((r) => r.id === `${id}-akimat`)).toBe(true);
      }
    }
  });

  it.each(CITIES.filter((city) => city.jurisdiction === 'KZ').map((city) => [city.id] as const))(
    'city %s: its own body first, the region as an alternative',
    (id) => {
      const { recipient, alternatives } = route({ jurisdiction: 'KZ', region: null, city: id, category: 'lighting', lang: 'ru' });
      expect(recipient.id).toBe(`${id}-housing-utilities`);
      const city = findCity(id);
      if (city && city.region !== id) expect(alternatives.map((r) => r.id)).toContain(`${city.region}-akimat`);
    },
  );

  it('sends housing to the housing inspection and traffic to roads with the police as an alternative', () => {
    expect(route({ jurisdiction: 'KZ', region: null, city: 'Караганда', category: 'housing', lang: 'ru' }).recipient.name).toBe(
      'Отдел жилищной инспекции города Караганды',
    );
    const traffic = route({ jurisdiction: 'KZ', region: null, city: 'kz-astana', category: 'traffic', lang: 'kk' });
    expect(traffic.recipient.name).toBe('Астана қаласының жолаушылар көлігі және автомобиль жолдары басқармасы');
    expect(traffic.alternatives.map((r) => r.name)).toContain('Астана қаласының полиция департаменті');
  });

  it('names the regional akimat in Russian, Kazakh and English', () => {
    const [ru, kk, en] = (['ru', 'kk', 'en'] as const).map(
      (lang) => route({ jurisdiction: 'KZ', region: 'kz-karaganda-region', city: null, category: 'other', lang }).recipient.name,
    );
    expect([ru, kk, en]).toEqual(['Акимат Карагандинской области', 'Қарағанды облысының әкімдігі', 'Akimat of Karaganda Region']);
  });
});

describe('route: Russia', () => {
  const SPECIALISED: Array<[Category, string]> = [
    ['housing', 'Государственная жилищная инспекция'],
    ['utilities', 'Государственная жилищная инспекция'],
    ['traffic', 'УГИБДД МВД России по'],
    ['environment', 'Управление Роспотребнадзора по'],
    ['waste', 'Региональный оператор по обращению с ТКО'],
  ];

  it.each(['ru-ta', 'ru-sve', 'ru-kda', 'ru-mow', 'ru-spe', 'ru-khm', 'ru-sa', 'ru-yev', 'ru-dnr', 'ru-kem'].map((id) => [id] as const))(
    '%s: the specialised body of the subject for each specialised category',
    (id) => {
      for (const [category, name] of SPECIALISED) {
        const { recipient } = route({ jurisdiction: 'RU', region: id, city: null, category });
        expect(recipient.name, `${id} ${category}`).toContain(name);
        expect(recipient.url).toBe('https://pos.gosuslugi.ru/landing/');
      }
    },
  );

  it('declines subject names in the genitive and after «по»', () => {
    expect(route({ jurisdiction: 'RU', region: 'ru-ta', city: null, category: 'other' }).recipient.name).toBe('Кабинет Министров Республики Татарстан');
    expect(route({ jurisdiction: 'RU', region: 'ru-sve', city: null, category: 'traffic' }).recipient.name).toBe('УГИБДД МВД России по Свердловской области');
    expect(route({ jurisdiction: 'RU', region: 'ru-khm', city: null, category: 'housing' }).recipient.name).toBe(
      'Государственная жилищная инспекция Ханты-Мансийского автономного округа — Югры',
    );
    expect(route({ jurisdiction: 'RU', region: 'ru-alt', city: null, category: 'environment' }).recipient.name).toBe(
      'Управление Роспотребнадзора по Алтайскому краю',
    );
  });

  it('sends city problems to the city administration, with the regional government as an alternative', () => {
    const { recipient, alternatives } = route({ jurisdiction: 'RU', region: null, city: 'Екатеринбург', category: 'roads' });
    expect(recipient.name).toBe('Администрация города Екатеринбурга');
    expect(alternatives.map((r) => r.name)).toEqual(['УГИБДД МВД России по Свердловской области', 'Правительство Свердловской области']);
  });

  it('gives every subject a government and a recipient for every category', () => {
    for (const region of RU_REGIONS) {
      for (const category of CATEGORIES) {
        const { recipient, alternatives } = route({ jurisdiction: 'RU', region: region.id, city: null, category });
        expect(recipient.id).toMatch(new RegExp(`^${region.id}-`));
        expect([recipient, ...alternatives].some((r) => r.id === `${region.id}-gov`)).toBe(true);
      }
    }
  });
});

describe('route: unknown places and manual choices', () => {
  it('falls back to a generic local body that the portal routes', () => {
    expect(route({ jurisdiction: 'KZ', region: null, city: null, category: 'roads' }).recipient.id).toBe('kz-local-akimat');
    expect(route({ jurisdiction: 'RU', region: 'Атлантида', city: 'Нарния', category: 'roads' }).recipient.id).toBe('ru-local-administration');
  });

  it('ignores a place of the other country', () => {
    expect(route({ jurisdiction: 'RU', region: null, city: 'kz-almaty', category: 'roads' }).recipient.id).toBe('ru-local-administration');
  });

  it('resolves a remembered recipient id in the appeal language', () => {
    expect(recipientById('kz-almaty-akimat', 'kk')?.name).toBe('Алматы қаласының әкімдігі');
    expect(recipientById('no-such-body', 'ru')).toBeNull();
  });

  it('builds a storage key for the choice per city and category, independent of case and spacing', () => {
    expect(routeKey('Алматы', 'roads')).toBe('алматы|roads');
    expect(routeKey('  алматы ', 'roads')).toBe(routeKey('Алматы', 'roads'));
    expect(routeKey(null, 'waste')).toBe('|waste');
    expect(routeKey('Алматы', 'roads')).not.toBe(routeKey('Алматы', 'waste'));
  });
});
