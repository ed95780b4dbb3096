// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildDraft, extractAddress, renderAppeal, type DraftInput } from '../../src/core/draft/index.ts';
import { extractDuration } from '../../src/core/draft/since.ts';
import { detectPlace } from '../../src/core/draft/place.ts';
import type { Category, Classification, PostSnapshot } from '../../src/core/types.ts';

const NOW = '2026-11-23T09:30:00.000Z';

function problem(category: Category): Classification {
  return { problem: true, score: 0.9, category, emergency: false, evidence: [] };
}

function snapshot(text: string, extra: Partial<PostSnapshot> = {}): PostSnapshot {
  return {
    network: 'vk',
    postId: '-1_2',
    permalink: 'https://vk.com/wall-1_2',
    authorName: 'Анна С.',
    authorUrl: null,
    publishedAt: '2026-11-20T08:00:00Z',
    text,
    images: [{ url: 'https://example.invalid/1.jpg', alt: null }],
    pageUrl: 'https://vk.com/feed',
    capturedAt: NOW,
    ...extra,
  };
}

function draft(text: string, category: Category = 'roads', extra: Partial<DraftInput> = {}) {
  return buildDraft({ snapshot: snapshot(text), classification: problem(category), profile: {}, now: NOW, id: 'd1', ...extra });
}

describe('place: city, region and country from the text', () => {
  it.each([
    ['Яма в Алматы возле остановки', 'kz-almaty'],
    ['Алматыда жарық жоқ', 'kz-almaty'],
    ['в Караганде опять не вывезли мусор', 'kz-karaganda'],
    ['Қарағандыда су жоқ', 'kz-karaganda'],
    ['Екатеринбурге третий день нет воды', 'ru-yekaterinburg'],
    ['в Нижнем Новгороде снег не убирают', 'ru-nizhny-novgorod'],
    ['пробки в Ростове-на-Дону', 'ru-rostov-on-don'],
    ['potholes all over Almaty', 'kz-almaty'],
    ['Шымкентте жол бұзылған', 'kz-shymkent'],
  ])('%s → %s', (text, city) => {
    expect(detectPlace(text).city?.id).toBe(city);
  });

  it('finds the region from a region name and from the city', () => {
    expect(detectPlace('Карагандинская обл., Темиртау, ул. Ленина').region?.id).toBe('kz-karaganda-region');
    expect(detectPlace('Алматы облысы, Қонаев қаласы').city?.id).toBe('kz-konaev');
    expect(detectPlace('Алматы облысы, Қонаев қаласы').region?.id).toBe('kz-almaty-region');
    expect(detectPlace('в Казани сломали лавочки').region?.id).toBe('ru-ta');
  });

  it('does not take a street named after a city for the city', () => {
    expect(detectPlace('Яма на ул. Кирова, 5').city).toBeNull();
    expect(detectPlace('Астана көшесі, 5 үй').city).toBeNull();
  });

  it('does not take common words for cities', () => {
    expect(detectPlace('Уф, опять казан плова подгорел').city).toBeNull();
  });

  it.each([
    ['Акимат опять молчит, яма на дороге', 'KZ'],
    ['КСК не чинит крышу', 'KZ'],
    ['Подал через eOtinish, ответа нет', 'KZ'],
    ['УК не чинит крышу', 'RU'],
    ['Написала на Госуслуги, тишина', 'RU'],
    ['Жарық жоқ, үш күн болды', 'KZ'],
  ])('country markers: %s → %s', (text, country) => {
    expect(detectPlace(text).jurisdiction).toBe(country);
  });
});

describe('buildDraft: country, channel and type', () => {
  it('defaults to eOtinish and an application for Kazakhstan', () => {
    const { appeal } = draft('На ул. Жандосова в Алматы огромная яма, прошу акимат отремонтировать дорогу');
    expect(appeal).toMatchObject({ jurisdiction: 'KZ', channel: 'eotinish', appealType: 'application', lang: 'ru' });
    expect(appeal.location).toMatchObject({ city: 'Алматы', address: 'ул. Жандосова' });
    expect(appeal.recipient.name).toBe('Управление пассажирского транспорта и автомобильных дорог города Алматы');
  });

  it('makes a short Kazakh report without a request a «сообщение»', () => {
    expect(draft('Алматы, ул. Сейфуллина: яма на дороге.').appeal.appealType).toBe('message');
  });

  it('defaults to a ПОС message for Russia', () => {
    const { appeal } = draft('Екатеринбург, ул. Малышева, 5: третий день нет горячей воды, УК не отвечает', 'utilities');
    expect(appeal).toMatchObject({ jurisdiction: 'RU', channel: 'pos', appealType: 'message' });
    expect(appeal.recipient.name).toBe('Государственная жилищная инспекция Свердловской области');
  });

  it('writes a 59-ФЗ application when the letter channel is chosen', () => {
    const { appeal } = draft('Екатеринбург, ул. Малышева, 5: нет горячей воды', 'utilities', { overrides: { channel: 'letter' } });
    expect(appeal).toMatchObject({ jurisdiction: 'RU', channel: 'letter', appealType: 'application' });
  });

  it('lets the explicit country win over place names and drops the other country’s city', () => {
    const { appeal } = draft('Яма как в Алматы, только у нас в посёлке', 'roads', { overrides: { country: 'RU' } });
    expect(appeal.jurisdiction).toBe('RU');
    expect(appeal.location.city).toBeNull();
  });

  it('falls back to the city of the applicant’s postal address, then to the profile country', () => {
    const fromAddress = draft('Во дворе дома 5 не горят фонари', 'lighting', { profile: { postalAddress: 'г. Павлодар, ул. Торайгырова, 64' } });
    expect(fromAddress.appeal.jurisdiction).toBe('KZ');
    expect(fromAddress.appeal.location.city).toBe('Павлодар');
    const fromCountry = draft('Во дворе не горят фонари', 'lighting', { profile: { jurisdiction: 'KZ' } });
    expect(fromCountry.appeal.jurisdiction).toBe('KZ');
    expect(fromCountry.notices.map((n) => n.code)).not.toContain('country-guessed');
  });

  it('says so when it has to guess the country', () => {
    const { appeal, notices } = draft('Во дворе не горят фонари', 'lighting');
    expect(appeal.jurisdiction).toBe('RU');
    expect(notices.map((n) => n.code)).toContain('country-guessed');
  });

  it('uses the remembered recipient and keeps the routed one as an alternative', () => {
    const result = draft('Алматы, ул. Абая 10: яма', 'roads', { overrides: { recipientId: 'kz-almaty-akimat' } });
    expect(result.appeal.recipient).toMatchObject({ id: 'kz-almaty-akimat', name: 'Акимат города Алматы' });
    expect(result.alternatives.map((r) => r.id)).toContain('kz-almaty-roads');
  });

  it('writes Kazakh for a Kazakh post and English on request', () => {
    expect(draft('Алматыда Абай даңғылы, 10 үй маңында шамдар жанбайды', 'lighting').appeal.lang).toBe('kk');
    expect(draft('Алматы, яма на Абая', 'roads', { overrides: { lang: 'en' } }).appeal.lang).toBe('en');
  });

  it('passes the category through and uses «other» when the classifier has none', () => {
    expect(draft('Алматы, ул. Абая: мусор', 'waste').appeal.category).toBe('waste');
    const none = buildDraft({ selection: 'Алматы, ул. Абая', classification: null, now: NOW, id: 'x' });
    expect(none.appeal.category).toBe('other');
    expect(none.notices.map((n) => n.code)).toContain('no-category');
  });

  it('warns about an emergency before drafting', () => {
    const result = draft('Запах газа в подъезде дома 5 по ул. Ленина, Астана', 'utilities', { classification: { ...problem('utilities'), emergency: true } });
    expect(result.notices.find((n) => n.code === 'emergency')?.params).toMatchObject({ phone: '112', gas: '104' });
  });
});

describe('extractAddress', () => {
  it.each([
    ['Яма на ул. Абая, 10 уже месяц', 'ул. Абая, 10'],
    ['по улице Толе би 45 нет света', 'улице Толе би 45'],
    ['На проспекте Мира у дома 15 разбит асфальт', 'проспекте Мира у дома 15'],
    ['пр-т Независимости 61, Астана', 'пр-т Независимости 61'],
    ['в мкр. Самал-2, д. 5 не вывозят мусор', 'мкр. Самал-2, д. 5'],
    ['в микрорайоне Аксай-4 нет воды', 'микрорайоне Аксай-4'],
    ['у дома 5 в 11 мкр', 'дома 5 в 11 мкр'],
    ['Төле би көшесі, 45 үй маңында жарық жоқ', 'Төле би көшесі, 45 үй'],
    ['Абай даңғылында шұңқыр', 'Абай даңғылында'],
    ['Самал-2 шағын ауданында қоқыс', 'Самал-2 шағын ауданында'],
    ['5 ықшамауданы, 12 үй', '5 ықшамауданы, 12 үй'],
    ['Potholes on Abay Avenue 150 again', 'Abay Avenue 150'],
    ['The light is out at 12 Lenin street', '12 Lenin street'],
    ['Samal-2 microdistrict has no water', 'Samal-2 microdistrict'],
    ['на перекрёстке ул. Абая и ул. Сейфуллина не работает светофор', 'перекрёстке ул. Абая и ул. Сейфуллина'],
    ['Абай – Сейфуллин қиылысында бағдаршам істемейді', 'Абай – Сейфуллин қиылысында'],
    ['на остановке «Саяхат» нет навеса', 'остановке «Саяхат»'],
  ])('%s → %s', (text, expected) => {
    expect(extractAddress(text)?.address).toBe(expected);
  });

  it('keeps the preposition for the sentence and gives offsets into the original text', () => {
    const text = 'Опять! Нет света в доме 21 по ул. Толе би.';
    const match = extractAddress(text);
    expect(match).toMatchObject({ address: 'доме 21 по ул. Толе би', phrase: 'в доме 21 по ул. Толе би' });
    expect(text.slice(match?.start, match?.end)).toBe(match?.address);
  });

  it('returns null when there is no place', () => {
    expect(extractAddress('Сколько можно терпеть, когда уже починят!')).toBeNull();
  });

  it('is not fooled by hashtags and links', () => {
    expect(extractAddress('Дом на Российской #ЖКХ https://t.me/ul_lenina')?.address).toBe('Российской');
  });
});

describe('since when', () => {
  it.each([
    ['Третий день нет воды', { kind: 'span', amount: 3, unit: 'day', ordinal: true }],
    ['Воды нет уже неделю', { kind: 'span', amount: 1, unit: 'week', ordinal: false }],
    ['две недели не вывозят мусор', { kind: 'span', amount: 2, unit: 'week', ordinal: false }],
    ['С понедельника нет отопления', { kind: 'weekday', day: 1 }],
    ['с мая копают', { kind: 'month', month: 5 }],
    ['Үш күн бойы су жоқ', { kind: 'span', amount: 3, unit: 'day', ordinal: false }],
    ['No water for two weeks', { kind: 'span', amount: 2, unit: 'week', ordinal: false }],
    ['с утра нет света', { kind: 'relative', when: 'morning' }],
  ])('%s', (text, expected) => {
    expect(extractDuration(text)).toEqual(expected);
  });

  it('does not read a year as a duration', () => {
    expect(extractDuration('Алматы, 2024 год, а дороги как в 90-х')).toBeNull();
  });

  it('states the duration in the body in the draft language', () => {
    expect(draft('Екатеринбург, ул. Ленина 5: третий день нет воды', 'utilities', { overrides: { channel: 'letter' } }).appeal.body).toContain(
      'Проблема сохраняется в течение 3 дней.',
    );
    expect(draft('Алматы, ул. Абая: с понедельника нет света', 'lighting', { overrides: { lang: 'en' } }).appeal.body).toContain(
      'The problem has persisted since Monday.',
    );
    expect(draft('Алматыда Абай даңғылында бір апта бойы жарық жоқ', 'lighting').appeal.body).toContain('Мәселе 1 аптадан бері шешілмей келеді.');
  });
});

describe('the essence and the source block', () => {
  const text = 'Яма на ул. Абая, 10 😡😡 #алматы #дороги @akimat_almaty [id123|Иван] смотри https://vk.com/photo1_2 Алматы';

  it('drops emoji, hashtags, mentions and links from the body but keeps VK names', () => {
    const { appeal } = draft(text);
    expect(appeal.body).not.toMatch(/😡|#алматы|@akimat_almaty|https:\/\/vk\.com\/photo/u);
    expect(appeal.body).toContain('Яма на ул. Абая, 10 Иван смотри Алматы');
  });

  it('keeps the captured text untouched in the source block', () => {
    expect(draft(text).appeal.source?.text).toBe(text);
  });

  it('refers to the post as evidence: network, author, date and permalink', () => {
    const { body } = draft(text).appeal;
    expect(body).toContain('ВКонтакте');
    expect(body).toContain('Анна С.');
    expect(body).toContain('20.11.2026');
    expect(body).toContain('https://vk.com/wall-1_2');
  });
});

describe('bad input gives a draft with hints, never a throw', () => {
  it.each([
    ['empty', ''],
    ['emoji only', '😡😡😡🙏🏻'],
    ['whitespace and zero-width', ' \u200b\u200d\n\t '],
  ])('%s post: the body asks for a description and is listed as missing', (_name, text) => {
    const result = draft(text);
    expect(result.notices.map((n) => n.code)).toContain('empty-post');
    expect(result.missing).toContain('body');
    expect(result.appeal.body).toContain('[опишите, что произошло]');
    expect(renderAppeal(result.appeal).length).toBeGreaterThan(0);
  });

  it('cuts a 100,000-character post at a sentence boundary with a notice', () => {
    const text = `Алматы, ул. Абая 10. ${'Яма на дороге очень большая и опасная. '.repeat(2600)}`;
    expect(text.length).toBeGreaterThan(100_000);
    const result = draft(text);
    const notice = result.notices.find((n) => n.code === 'essence-truncated');
    expect(notice?.params?.from).toBe(text.length);
    expect(result.appeal.body.length).toBeLessThan(4000);
    expect(result.appeal.body).toMatch(/опасная\.\n/u);
    expect(result.appeal.location.address).toBe('ул. Абая 10');
  });

  it('keeps HTML in a post as text', () => {
    const result = draft('<script>alert(1)</script><b>Яма</b> на ул. Абая, Алматы');
    expect(result.appeal.body).toContain('<script>alert(1)</script><b>Яма</b>');
  });

  it('removes zero-width and right-to-left override characters from the body', () => {
    const result = draft('Яма\u200b на ул.\u202e Абая\u2066, Алматы\ufeff');
    expect(result.appeal.body).not.toMatch(/[\u200b\u202e\u2066\ufeff]/u);
    expect(result.appeal.body).toContain('Яма на ул. Абая, Алматы');
    expect(result.appeal.location).toMatchObject({ address: 'ул. Абая', city: 'Алматы' });
    expect(result.appeal.subject).not.toMatch(/[\u200b\u202e\u2066\ufeff]/u);
  });

  it('accepts a selection without a snapshot and a snapshot with broken fields', () => {
    expect(buildDraft({ selection: 'Яма на ул. Абая', now: NOW, id: 's' }).appeal.source?.network).toBe('selection');
    const broken = { ...snapshot('x'), text: null, images: null } as unknown as PostSnapshot;
    expect(() => buildDraft({ snapshot: broken, classification: problem('roads'), now: NOW, id: 'b' })).not.toThrow();
  });
});
