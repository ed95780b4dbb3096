// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Appeal } from '../../src/core/appeal.ts';
import { findDuplicate } from '../../src/core/lifecycle/duplicates.ts';
import { canEscalate, draftEscalation } from '../../src/core/lifecycle/escalation.ts';
import { LifecycleError } from '../../src/core/lifecycle/events.ts';
import { transition } from '../../src/core/lifecycle/transitions.ts';
import { makeAppeal } from '../../src/storage/sample-appeals.ts';

const NOW = new Date('2025-06-20T12:00:00');

const overdueKz = makeAppeal({
  status: 'registered', submittedOn: '2025-03-20', registeredOn: '2025-03-20', registrationNumber: 'ЖТ-2025-777',
  dueOn: '2025-04-15',
});
const formalRu = makeAppeal({
  jurisdiction: 'RU', channel: 'letter', recipient: { id: null, name: 'Администрация г. Казани', url: null },
  status: 'answered', submittedOn: '2025-04-01', registeredOn: '2025-04-03', registrationNumber: 'О-55', dueOn: '2025-05-05',
  answer: { text: 'Ваше обращение рассмотрено, вопрос находится на контроле.', on: '2025-04-30', rating: 'formal_non_answer' },
});

describe('escalation', () => {
  it('drafts a KZ complaint to the superior body for an overdue appeal, with the facts filled in', () => {
    expect(canEscalate(overdueKz, NOW)).toBe('overdue');
    const { appeal, level, reason } = draftEscalation(overdueKz, NOW, 'ru');
    expect([level, reason]).toEqual(['superior', 'overdue']);
    expect(appeal).toMatchObject({ status: 'draft', appealType: 'complaint', escalates: overdueKz.id, channel: 'eotinish' });
    expect(appeal.id).not.toBe(overdueKz.id);
    expect(appeal.subject).toContain('№ ЖТ-2025-777 от 20.03.2025');
    expect(appeal.body).toContain('Срок рассмотрения истёк 15.04.2025');
    expect(appeal.body).toContain('статье 76');
    expect(appeal.body).toContain('статьи 91 АППК');
    expect(appeal.body).toContain('Акимат города Алматы');
  });

  it('sends the next KZ step, a complaint about a complaint, to the prosecutor’s office', () => {
    const complaint = { ...overdueKz, id: 'complaint-1', escalates: 'appeal-0' };
    const { appeal, level } = draftEscalation(complaint, NOW, 'kk');
    expect(level).toBe('prosecutor');
    expect(appeal.recipient.name).toBe('Прокуратура (аудан, қала — көрсетіңіз)');
    expect(appeal.body).toContain('прокурорлық ден қою');
    expect(appeal.escalates).toBe('complaint-1');
  });

  it('drafts a RU complaint about a formal answer, quoting it and citing КоАП 5.59', () => {
    const { appeal, reason } = draftEscalation(formalRu, NOW, 'ru');
    expect(reason).toBe('formal_non_answer');
    expect(appeal.channel).toBe('letter');
    expect(appeal.body).toContain('«Ваше обращение рассмотрено, вопрос находится на контроле.»');
    expect(appeal.body).toContain('5.59 КоАП РФ');
    expect(appeal.body).toContain('регистрационный № О-55 от 03.04.2025');
  });

  it('writes English and falls back to Russian for a Kazakh-language complaint to a Russian body', () => {
    expect(draftEscalation(formalRu, NOW, 'en').appeal.body).toContain('Article 5.59 of the Code of Administrative Offences');
    expect(draftEscalation(formalRu, NOW, 'kk').appeal.lang).toBe('ru');
  });

  it('refuses to escalate a satisfied or not yet overdue appeal, or one already escalated', () => {
    const satisfied: Appeal = { ...formalRu, answer: { ...formalRu.answer!, rating: 'satisfied' } };
    expect(canEscalate(satisfied, NOW)).toBeNull();
    expect(canEscalate(overdueKz, new Date('2025-04-15T12:00:00'))).toBeNull();
    expect(canEscalate({ ...overdueKz, escalatedBy: 'x' }, NOW)).toBeNull();
    expect(() => draftEscalation(satisfied, NOW, 'ru')).toThrow(LifecycleError);
  });

  it('links the original to its escalation through the escalate event', () => {
    const { appeal: complaint } = draftEscalation(overdueKz, NOW, 'ru');
    const result = transition(overdueKz, { type: 'escalate', on: '2025-06-20', escalatedBy: complaint.id }, NOW);
    expect(result.appeal).toMatchObject({ status: 'escalated', escalatedBy: complaint.id });
  });

  it('keeps a huge or hostile answer short in the complaint', () => {
    const hostile = { ...formalRu, answer: { text: `<script>x</script>${'\u202e'.repeat(10)}${'я '.repeat(50_000)}`, on: '2025-04-30', rating: 'not_satisfied' as const } };
    const { appeal } = draftEscalation(hostile, NOW, 'ru');
    expect(appeal.body.length).toBeLessThan(3000);
  });
});

describe('findDuplicate', () => {
  const text = 'Во дворе дома 5 по улице Абая третью неделю не горит ни один фонарь, дети идут в школу в темноте, просим починить освещение.';
  const existing = [
    makeAppeal({ id: 'a', body: 'Совсем другое обращение о мусоре и контейнерах у дома 7, которые не вывозят неделю.' }),
    makeAppeal({ id: 'b', body: text, source: { network: 'vk', postId: '-1_200', permalink: null, authorName: null, publishedAt: null, text, images: [], pageUrl: null, capturedAt: '2025-01-01T00:00:00Z' } }),
  ];

  it('finds the same post by network and post id', () => {
    expect(findDuplicate({ source: { network: 'vk', postId: '-1_200' }, text: 'any' }, existing)).toMatchObject({ reason: 'same_post' });
    expect(findDuplicate({ source: { network: 'ok', postId: '-1_200' }, text: 'any' }, existing)).toBeNull();
  });

  it('finds a near-identical text despite case, punctuation, emoji and zero-width characters', () => {
    const repost = `🔥 ${text.toUpperCase().replace(/,/g, ' ')}\u200b!!!`;
    expect(findDuplicate({ text: repost }, existing)).toMatchObject({ reason: 'similar_text', appeal: { id: 'b' } });
  });

  it('does not call a different problem on the same street a duplicate', () => {
    const other = text.replace('не горит ни один фонарь', 'не вывозят мусор из контейнеров').replace('починить освещение', 'вывезти мусор');
    expect(findDuplicate({ text: other }, existing)).toBeNull();
  });

  it('gives no match for empty, emoji-only or tiny texts', () => {
    for (const odd of ['', '🔥🔥🔥', 'яма', '<b></b>']) expect(findDuplicate({ text: odd }, existing)).toBeNull();
  });
});
