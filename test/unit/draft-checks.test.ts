// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Appeal } from '../../src/core/appeal.ts';
import { buildDraft, checkAppeal, missingFields, type DraftOverrides } from '../../src/core/draft/index.ts';
import type { Category } from '../../src/core/types.ts';

const NOW = '2026-11-23T09:30:00.000Z';

function appeal(text: string, category: Category = 'lighting', overrides: DraftOverrides = {}, profile = {}): Appeal {
  return buildDraft({
    selection: text,
    classification: { problem: true, score: 0.9, category, emergency: false, evidence: [] },
    profile,
    overrides,
    now: NOW,
    id: 'c1',
  }).appeal;
}

const codes = (a: Appeal) => checkAppeal(a).map((issue) => issue.code);

describe('required fields', () => {
  it('KZ eOtinish needs the full name, IIN, postal address, recipient, address and essence', () => {
    const draft = appeal('Алматы, ул. Абая 10: не горят фонари');
    expect(missingFields(draft)).toEqual(['applicant.fullName', 'applicant.iin', 'applicant.postalAddress']);
    const filled = appeal('Алматы, ул. Абая 10: не горят фонари', 'lighting', {}, { fullName: 'Иванов И. И.', iin: '900101300007', postalAddress: 'Алматы' });
    expect(missingFields(filled)).toEqual([]);
  });

  it('a RU letter needs no IIN; a ПОС message needs no applicant data (Госуслуги fills it)', () => {
    expect(missingFields(appeal('Екатеринбург, ул. Ленина 5: не горят фонари', 'lighting', { channel: 'letter' }))).toEqual(['applicant.fullName', 'applicant.postalAddress']);
    expect(missingFields(appeal('Екатеринбург, ул. Ленина 5: не горят фонари'))).toEqual([]);
  });

  it('lists the address and the essence when the post has neither', () => {
    expect(missingFields(appeal('Екатеринбург: не горят фонари'))).toEqual(['location.address']);
    expect(missingFields(appeal('🙈'))).toEqual(['location.address', 'body']);
  });

  it('follows the user’s edits: a cleared recipient or body is missing again', () => {
    const draft = appeal('Екатеринбург, ул. Ленина 5: не горят фонари');
    expect(missingFields({ ...draft, recipient: { id: null, name: ' ', url: null }, body: '' })).toEqual(['recipient.name', 'body']);
  });
});

describe('one problem per appeal', () => {
  it('offers to split when the text also describes a different problem', () => {
    const draft = appeal('Екатеринбург, ул. Ленина 5: не горят фонари, а ещё во дворе месяц не вывозят мусор из контейнеров');
    const issue = checkAppeal(draft).find((i) => i.code === 'one-problem');
    expect(issue?.params?.categories).toBe('waste');
  });

  it('does not complain about problems that come together, nor about its own template text', () => {
    expect(codes(appeal('Екатеринбург, ул. Ленина 5: контейнеры переполнены, мусор воняет, запах на весь двор', 'waste'))).not.toContain('one-problem');
    for (const category of ['roads', 'lighting', 'snow_ice', 'waste', 'yard', 'greenery', 'housing', 'utilities', 'transport', 'traffic', 'environment', 'other'] as const) {
      expect(codes(appeal('Екатеринбург, ул. Ленина 5: проблема', category, { channel: 'letter' })), category).not.toContain('one-problem');
    }
  });
});

describe('length', () => {
  it('warns above 4,000 characters', () => {
    const draft = appeal('Екатеринбург, ул. Ленина 5: фонари');
    expect(codes({ ...draft, channel: 'letter', body: 'а'.repeat(4001) })).toContain('too-long');
    expect(codes({ ...draft, channel: 'letter', body: 'а'.repeat(3999) })).not.toContain('too-long');
  });

  it('warns when a ПОС message grows past 1,000 characters', () => {
    const draft = appeal('Екатеринбург, ул. Ленина 5: фонари');
    expect(codes({ ...draft, body: 'а'.repeat(1200) })).toContain('pos-too-long');
  });
});

describe('other people’s personal data in the body', () => {
  it.each([
    ['звонила соседке +7 (701) 123-45-67', 'third-party-phone'],
    ['телефон мастера 8 912 345 67 89', 'third-party-phone'],
    ['пишите на ivanov@example.com', 'third-party-email'],
    ['его ИИН 900101300007', 'third-party-iin'],
    ['дворник Иванов Иван ничего не делает', 'third-party-name'],
    ['мастер Петрова А. С. не пришла', 'third-party-name'],
  ])('%s → %s', (text, code) => {
    expect(codes(appeal(`Екатеринбург, ул. Ленина 5: фонари не горят, ${text}`))).toContain(code);
  });

  it('does not take streets named after people, or the post author, for personal data', () => {
    const draft = buildDraft({
      snapshot: { network: 'vk', postId: null, permalink: 'https://vk.com/wall1_1', authorName: 'Петров Иван', authorUrl: null, publishedAt: null, text: 'Астана, ул. Кабанбай батыра 5 и проспект Нурсултан Назарбаев: темно', images: [], pageUrl: '', capturedAt: NOW },
      classification: { problem: true, score: 0.9, category: 'lighting', emergency: false, evidence: [] },
      now: NOW,
      id: 'p',
    }).appeal;
    expect(codes(draft).filter((code) => code.startsWith('third-party'))).toEqual([]);
  });
});

describe('applicant data', () => {
  it('warns about a Russian reply e-mail outside .ru/.рф (547-ФЗ)', () => {
    expect(codes(appeal('Екатеринбург, ул. Ленина 5: фонари', 'lighting', { channel: 'letter' }, { email: 'me@gmail.com' }))).toContain('email-zone');
    expect(codes(appeal('Екатеринбург, ул. Ленина 5: фонари', 'lighting', { channel: 'letter' }, { email: 'me@почта.рф' }))).not.toContain('email-zone');
    expect(codes(appeal('Екатеринбург, ул. Ленина 5: фонари', 'lighting', { channel: 'letter' }, { email: 'me@yandex.ru' }))).not.toContain('email-zone');
  });

  it('warns about an invalid IIN but still builds the draft', () => {
    const draft = appeal('Алматы, ул. Абая 10: фонари', 'lighting', {}, { iin: '900101300008' });
    expect(draft.applicant.iin).toBe('900101300008');
    expect(checkAppeal(draft).find((i) => i.code === 'iin-invalid')).toMatchObject({ field: 'applicant.iin', severity: 'warning' });
    expect(codes(appeal('Алматы, ул. Абая 10: фонари', 'lighting', {}, { iin: '900101300007' }))).not.toContain('iin-invalid');
  });
});
