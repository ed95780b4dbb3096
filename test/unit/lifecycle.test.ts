// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Appeal } from '../../src/core/appeal.ts';
import { LifecycleError, type AppealEvent } from '../../src/core/lifecycle/events.ts';
import { isOverdue } from '../../src/core/lifecycle/statuses.ts';
import { eventsAllowed, transition } from '../../src/core/lifecycle/transitions.ts';
import { makeAppeal } from '../../src/storage/sample-appeals.ts';

const NOW = new Date('2025-06-20T12:00:00');

function run(appeal: Appeal, ...events: AppealEvent[]): Appeal {
  return events.reduce((current, event) => transition(current, event, NOW).appeal, appeal);
}

function refusal(action: () => unknown): LifecycleError {
  try {
    action();
  } catch (error) {
    if (error instanceof LifecycleError) return error;
    throw error;
  }
  throw new Error('expected a LifecycleError');
}

describe('transition', () => {
  it('walks a KZ appeal from draft to resolved, computing the due date on submission', () => {
    const draft = makeAppeal();
    const submitted = transition(draft, { type: 'submit', on: '2025-03-20', registrationNumber: ' ЖТ-2025-01 ' }, NOW);
    expect(submitted.appeal.status).toBe('submitted');
    expect(submitted.appeal.registrationNumber).toBe('ЖТ-2025-01');
    expect(submitted.appeal.dueOn).toBe('2025-04-15');
    expect(submitted.event).toMatchObject({ appealId: draft.id, from: 'draft', to: 'submitted', at: NOW.toISOString() });

    const done = run(
      submitted.appeal,
      { type: 'register', on: '2025-03-21' },
      { type: 'start_work', on: '2025-03-26' },
      { type: 'answer', on: '2025-04-10', text: 'Яма будет заделана до 1 мая', rating: 'satisfied' },
      { type: 'resolve', on: '2025-05-02' },
    );
    expect(done.status).toBe('resolved');
    expect(done.answer).toEqual({ text: 'Яма будет заделана до 1 мая', on: '2025-04-10', rating: 'satisfied' });
    // Registered on a holiday (21 March): 15 working days from it.
    expect(done.dueOn).toBe('2025-04-15');
    expect(done.version).toBe(draft.version);
  });

  it('uses the registration date for RU once known and the announced new date on extension', () => {
    const ru = makeAppeal({ jurisdiction: 'RU', channel: 'letter' });
    const submitted = run(ru, { type: 'submit', on: '2025-04-01' });
    expect(submitted.dueOn).toBe('2025-05-05');
    const registered = run(submitted, { type: 'register', on: '2025-04-08', registrationNumber: 'П-123' });
    expect(registered.dueOn).toBe('2025-05-12');
    const extended = run(registered, { type: 'extend', on: '2025-05-05', newDueOn: '2025-06-09' });
    expect(extended.status).toBe('extended');
    expect(extended.dueOn).toBe('2025-06-09');
  });

  it('refuses a second extension and events that do not fit the status, with clear messages', () => {
    const extended = run(makeAppeal(), { type: 'submit', on: '2025-03-20' }, { type: 'extend', on: '2025-04-01', newDueOn: '2025-05-20' });
    const twice = refusal(() => transition(extended, { type: 'extend', on: '2025-04-02', newDueOn: '2025-05-30' }, NOW));
    expect(twice.code).toBe('not_allowed');
    expect(twice.message).toBe('Cannot extend an appeal that is extended');
    expect(refusal(() => transition(makeAppeal(), { type: 'answer', on: '2025-04-01', text: 'ok' }, NOW)).message).toBe(
      'Cannot answer an appeal that is draft',
    );
  });

  it('refuses impossible dates, future dates, answers before submission and empty answers', () => {
    const submitted = run(makeAppeal(), { type: 'submit', on: '2025-03-20' });
    expect(refusal(() => transition(makeAppeal(), { type: 'submit', on: '2025-02-30' }, NOW)).code).toBe('bad_date');
    expect(refusal(() => transition(makeAppeal(), { type: 'submit', on: '2025-07-01' }, NOW)).code).toBe('date_in_future');
    expect(refusal(() => transition(submitted, { type: 'answer', on: '2025-03-01', text: 'x' }, NOW)).code).toBe('date_order');
    expect(refusal(() => transition(submitted, { type: 'answer', on: '2025-04-01', text: ' \u200b ' }, NOW)).code).toBe('missing_text');
    expect(refusal(() => transition(submitted, { type: 'register', on: '2025-04-01', registrationNumber: 'x'.repeat(101) }, NOW)).code).toBe('too_long');
  });

  it('keeps a 100,000-character answer with emoji and markup as given', () => {
    const text = `<b>Ответ</b> 🚧 ${'а'.repeat(99_000)}`;
    const answered = run(makeAppeal(), { type: 'submit', on: '2025-03-20' }, { type: 'answer', on: '2025-04-01', text });
    expect(answered.answer?.text).toBe(text);
  });

  it('redirection restarts the term at the new body and records its name', () => {
    const redirected = run(
      makeAppeal(),
      { type: 'submit', on: '2025-03-20' },
      { type: 'redirect', on: '2025-03-27', recipientName: 'ГУ «Отдел ЖКХ»', registrationNumber: 'ЖТ-2' },
    );
    expect(redirected.status).toBe('redirected');
    expect(redirected.recipient.name).toBe('ГУ «Отдел ЖКХ»');
    expect(redirected.registeredOn).toBe('2025-03-27');
    expect(redirected.dueOn).toBe('2025-04-17');
  });

  it('notes, ratings and reopening keep the timeline without losing data', () => {
    const answered = run(makeAppeal(), { type: 'submit', on: '2025-03-20' }, { type: 'answer', on: '2025-04-01', text: 'Отказ' });
    const noted = transition(answered, { type: 'note', text: 'Позвонил в акимат' }, NOW);
    expect(noted.appeal.status).toBe('answered');
    expect(noted.event).toMatchObject({ from: 'answered', to: 'answered' });
    expect(run(answered, { type: 'rate', rating: 'formal_non_answer' }).answer?.rating).toBe('formal_non_answer');
    expect(run(answered, { type: 'resolve', on: '2025-04-02' }, { type: 'reopen', on: '2025-05-01' }).status).toBe('in_progress');
    expect(run(makeAppeal(), { type: 'close', on: '2025-05-01' }, { type: 'reopen', on: '2025-05-02' }).status).toBe('draft');
  });

  it('lists the actions allowed now, escalation only when overdue', () => {
    const submitted = run(makeAppeal(), { type: 'submit', on: '2025-03-20' });
    expect(eventsAllowed(submitted, new Date('2025-04-10T12:00:00'))).not.toContain('escalate');
    expect(eventsAllowed(submitted, new Date('2025-04-16T12:00:00'))).toContain('escalate');
    expect(eventsAllowed(makeAppeal(), NOW)).toEqual(['mark_ready', 'submit', 'close', 'note']);
  });

  it('calls an active appeal overdue only after its due day', () => {
    expect(isOverdue({ status: 'in_progress', dueOn: '2025-04-15' }, '2025-04-15')).toBe(false);
    expect(isOverdue({ status: 'in_progress', dueOn: '2025-04-15' }, '2025-04-16')).toBe(true);
    expect(isOverdue({ status: 'answered', dueOn: '2025-04-15' }, '2025-05-16')).toBe(false);
  });
});
