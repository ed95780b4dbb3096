// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Appeal, Channel } from '../../src/core/appeal.ts';
import { buildDraft, LABELS, renderAppeal, type AppealFormat } from '../../src/core/draft/index.ts';
import type { Jurisdiction, Lang } from '../../src/core/types.ts';

const NOW = '2026-11-23T09:30:00.000Z';
const APPLICANT = { fullName: 'Сейткали Айгерим Маратовна', iin: '900101300007', postalAddress: 'г. Алматы, ул. Абая, 1, кв. 2', phone: '+7 701 000 00 00', email: 'aigerim@mail.ru' };

function appealFor(jurisdiction: Jurisdiction, channel: Channel, lang: Lang, profile = {}): Appeal {
  const text = jurisdiction === 'KZ' ? 'Алматы, на ул. Жандосова, 58 третий день не горят фонари. Прошу починить' : 'Екатеринбург, на ул. Малышева, 5 третий день не горят фонари.';
  return buildDraft({
    snapshot: { network: 'ok', postId: '1', permalink: 'https://ok.ru/group/1/topic/2', authorName: 'Анна С.', authorUrl: null, publishedAt: '2026-11-20T08:00:00Z', text, images: [], pageUrl: 'https://ok.ru/feed', capturedAt: NOW },
    classification: { problem: true, score: 0.9, category: 'lighting', emergency: false, evidence: [] },
    profile,
    overrides: { country: jurisdiction, channel, lang },
    now: NOW,
    id: 'f1',
  }).appeal;
}

const LANGS: Lang[] = ['ru', 'kk', 'en'];
const REQUEST_WORDS: Record<Lang, string> = { ru: 'Прошу восстановить работу уличного освещения', kk: 'Өтінемін: көрсетілген жердегі көше жарығының', en: 'I request that you restore the street lighting' };
const DATES: Record<Lang, string> = { ru: '23.11.2026', kk: '23.11.2026', en: '23 November 2026' };

describe.each(LANGS)('formal formats in %s', (lang) => {
  const labels = LABELS[lang];

  it('KZ eOtinish: recipient, applicant block per АППК ст. 63, essence, request, date — and no signature line', () => {
    const appeal = appealFor('KZ', 'eotinish', lang);
    const text = renderAppeal(appeal);
    expect(text).toContain(`${labels.to}: ${appeal.recipient.name}`);
    for (const field of ['fullName', 'iin', 'postalAddress', 'phone'] as const) expect(text).toContain(labels.placeholders[field]);
    expect(text).toContain('Жандосова, 58');
    expect(text).toContain(REQUEST_WORDS[lang]);
    expect(text).toContain(`${labels.date}: ${DATES[lang]}`);
    expect(text).toContain(`${labels.subject}: ${appeal.subject}`);
    expect(text).not.toContain(labels.signature);
    expect(text).toContain(labels.deadline.KZ);
  });

  it('KZ eOtinish with a filled profile shows the values instead of placeholders', () => {
    const text = renderAppeal(appealFor('KZ', 'eotinish', lang, APPLICANT));
    expect(text).toContain(APPLICANT.fullName);
    expect(text).toContain(`${labels.iin}: 900101300007`);
    expect(text).toContain(APPLICANT.postalAddress);
    expect(text).not.toContain(labels.placeholders.fullName);
  });

  it('KZ paper letter keeps the ст. 63 block and adds a signature line', () => {
    const text = renderAppeal(appealFor('KZ', 'letter', lang));
    expect(text).toContain(labels.placeholders.iin);
    expect(text).toContain(`${labels.signature}: ____________ / ${labels.placeholders.fullName} /`);
  });

  it('RU 59-ФЗ letter: body, full name, postal address for the reply, e-mail, essence, request, date, signature', () => {
    const appeal = appealFor('RU', 'letter', lang, { ...APPLICANT, iin: '' });
    const text = renderAppeal(appeal);
    const labels = LABELS[appeal.lang];
    expect(appeal.lang).toBe(lang === 'kk' ? 'ru' : lang);
    expect(appeal.appealType).toBe('application');
    expect(text).toContain(`${labels.to}: ${appeal.recipient.name}`);
    expect(text).toContain(`${labels.from}: ${APPLICANT.fullName}`);
    expect(text).toContain(`${labels.postalAddress}: ${APPLICANT.postalAddress}`);
    expect(text).toContain(`${labels.email}: aigerim@mail.ru`);
    expect(text).toContain('Малышева, 5');
    expect(text).toContain(`${labels.date}: ${DATES[appeal.lang]}`);
    expect(text).toContain(`${labels.signature}: ____________ / ${APPLICANT.fullName} /`);
    expect(text).toContain(labels.deadline.RU);
    expect(text).not.toContain(labels.iin + ':');
  });

  it.each(['pos', 'gospublic'] as const)('%s: a short message with what, where, when and the request, under 1,000 characters', (channel) => {
    const appeal = appealFor('RU', channel, lang);
    const text = renderAppeal(appeal);
    const labels = LABELS[appeal.lang];
    expect(appeal.appealType).toBe('message');
    for (const label of [labels.what, labels.where, labels.when, labels.request]) expect(text).toContain(`${label}:`);
    expect(text).toContain('Малышева, 5');
    expect(text).toContain(`${labels.subject}: ${appeal.subject}`);
    expect(text).toContain('https://ok.ru/group/1/topic/2');
    expect(text.length).toBeLessThan(1000);
    expect(text).not.toContain(labels.placeholders.fullName);
  });
});

describe('Kazakh short messages for Kazakhstan', () => {
  it('writes a Kazakh ПОС-style message when asked', () => {
    const text = renderAppeal(appealFor('KZ', 'gospublic', 'kk'));
    for (const label of ['Не:', 'Қайда:', 'Қашаннан бері:', 'Өтінемін:']) expect(text).toContain(label);
  });
});

describe('subjects and titles', () => {
  it('gives every format a subject line naming the problem and the place', () => {
    const appeal = appealFor('KZ', 'eotinish', 'ru');
    expect(appeal.subject).toBe('О восстановлении уличного освещения: г. Алматы, ул. Жандосова, 58');
    for (const format of ['eotinish', 'formal', 'pos', 'gospublic'] as AppealFormat[]) expect(renderAppeal(appeal, format)).toContain(`Тема: ${appeal.subject}`);
  });

  it('titles the appeal by its type: ЗАЯВЛЕНИЕ, АРЫЗ, APPLICATION', () => {
    expect(renderAppeal(appealFor('KZ', 'eotinish', 'ru'))).toContain('\nЗАЯВЛЕНИЕ\n');
    expect(renderAppeal(appealFor('KZ', 'eotinish', 'kk'))).toContain('\nАРЫЗ\n');
    expect(renderAppeal(appealFor('KZ', 'eotinish', 'en'))).toContain('\nAPPLICATION\n');
  });

  it('keeps a ПОС message under 1,000 characters even for a long post', () => {
    const long = buildDraft({
      selection: `Екатеринбург, ул. Малышева, 5. ${'Фонари не горят уже давно, во дворе темно и страшно ходить. '.repeat(60)}`,
      classification: { problem: true, score: 0.9, category: 'lighting', emergency: false, evidence: [] },
      now: NOW,
      id: 'l',
    }).appeal;
    expect(long.channel).toBe('pos');
    expect(renderAppeal(long).length).toBeLessThan(1000);
  });
});
