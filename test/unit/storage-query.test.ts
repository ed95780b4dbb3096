// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import type { Appeal } from '../../src/core/appeal.ts';
import { createAppeal, deleteAppeal, getAppeal, recordEvent } from '../../src/storage/appeals-repo.ts';
import { getDb, useDatabaseName } from '../../src/storage/db.ts';
import { activeDeadlines, historyStats, listAppeals, prepareSearch } from '../../src/storage/query.ts';
import { generateAppeals, makeAppeal } from '../../src/storage/sample-appeals.ts';
import { toStored } from '../../src/storage/stored.ts';

const COUNT = 10_000;
const ACTIVE: readonly string[] = ['submitted', 'registered', 'redirected', 'in_progress', 'extended'];
const FINISHED: readonly string[] = ['answered', 'resolved', 'escalated', 'closed'];
const appeals = generateAppeals(COUNT);

beforeAll(async () => {
  useDatabaseName('query-test');
  const tx = (await getDb()).transaction('appeals', 'readwrite');
  for (const appeal of appeals) void tx.store.put(toStored(appeal));
  await tx.done;
}, 60_000);

const ids = (page: { items: Appeal[] }) => page.items.map((appeal) => appeal.id);

function expected(filter: (appeal: Appeal) => boolean, sort: 'dueOn' | 'updatedAt' = 'updatedAt'): Appeal[] {
  const found = appeals.filter(filter);
  const byId = (a: Appeal, b: Appeal) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  if (sort === 'updatedAt') return found.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || byId(b, a));
  // Running deadlines by due date, then open appeals without one (drafts), then finished ones.
  const group = (a: Appeal) => (FINISHED.includes(a.status) ? 2 : ACTIVE.includes(a.status) && a.dueOn !== null ? 0 : 1);
  return found.sort((a, b) => {
    if (group(a) !== group(b)) return group(a) - group(b);
    if (a.dueOn === b.dueOn) return byId(a, b);
    if (a.dueOn === null) return 1;
    if (b.dueOn === null) return -1;
    return a.dueOn.localeCompare(b.dueOn);
  });
}

describe('history list over 10,000 appeals', () => {
  it('serves the first page of the default view from the index, latest change first', async () => {
    const page = await listAppeals({ limit: 50 });
    expect(page.total).toBe(COUNT);
    expect(ids(page)).toEqual(expected(() => true).slice(0, 50).map((a) => a.id));
  });

  it('sorts by due date: running deadlines first, then drafts, finished appeals last, across pages', async () => {
    const all = expected(() => true, 'dueOn');
    const first = await listAppeals({ sort: 'dueOn', limit: 50 });
    expect(ids(first)).toEqual(all.slice(0, 50).map((a) => a.id));
    expect(first.items.every((a) => ACTIVE.includes(a.status))).toBe(true);
    const drafts = appeals.filter((a) => a.status === 'draft').length;
    const finished = appeals.filter((a) => FINISHED.includes(a.status)).length;
    const draftsPage = await listAppeals({ sort: 'dueOn', offset: COUNT - finished - drafts, limit: 50 });
    expect(draftsPage.items.every((a) => a.status === 'draft')).toBe(true);
    const last = await listAppeals({ sort: 'dueOn', offset: COUNT - 20, limit: 50 });
    expect(last.items).toHaveLength(20);
    expect(last.items.every((a) => FINISHED.includes(a.status))).toBe(true);
    expect(ids(last)).toEqual(all.slice(COUNT - 20).map((a) => a.id));
  });

  it('filters by status, category and channel together', async () => {
    const want = expected((a) => ['submitted', 'registered'].includes(a.status) && a.category === 'roads' && a.channel === 'eotinish', 'dueOn');
    const page = await listAppeals({ statuses: ['submitted', 'registered'], categories: ['roads'], channels: ['eotinish'], sort: 'dueOn', limit: 500 });
    expect(page.total).toBe(want.length);
    expect(ids(page)).toEqual(want.slice(0, 500).map((a) => a.id));
  });

  it('searches subject, body, address and registration number, case- and ё-insensitively', async () => {
    const target = appeals[1234]!;
    expect(ids(await listAppeals({ text: target.registrationNumber ?? '' }))).toEqual([target.id]);
    const street = await listAppeals({ text: 'УЛИЦЕ ТОЛЕ', limit: 500 });
    expect(street.total).toBe(appeals.filter((a) => a.subject.includes('улице Толе')).length);
    const leaking = appeals.filter((a) => a.body.includes('протекает крыша')).length;
    expect(leaking).toBeGreaterThan(0);
    expect((await listAppeals({ text: 'Протёкает  КРЫША' })).total).toBe(leaking);
  });

  // Its speed (≤ 50 ms over 10,000 appeals) is measured by `npm run bench -- history`, not asserted here.
  it('finds words in any order once the search rows are prepared, sorted by due date', async () => {
    await prepareSearch();
    const page = await listAppeals({ text: 'фонарь абая', sort: 'dueOn', limit: 500 });
    expect(page.total).toBeGreaterThan(0);
    for (const appeal of page.items) expect(`${appeal.subject} ${appeal.body} ${appeal.location.address}`.toLowerCase()).toMatch(/фонар/);
    expect(ids(page)).toEqual(expected((a) => page.items.some((found) => found.id === a.id), 'dueOn').map((a) => a.id));
  });

  it('never throws on odd search text', async () => {
    for (const text of ['', '   ', '🔥', '<script>', '\u202e\u200b', 'я'.repeat(100_000)]) {
      await expect(listAppeals({ text })).resolves.toBeDefined();
    }
  });

  it('follows changes made through the repository', async () => {
    const fresh = await createAppeal({ ...appeals[0]!, id: 'fresh-one', subject: 'Уникальнаятема', version: 0 });
    expect(ids(await listAppeals({ text: 'уникальнаятема' }))).toEqual(['fresh-one']);
    await recordEvent(fresh, { type: 'close', on: '2025-01-01' });
    expect((await listAppeals({ text: 'уникальнаятема', statuses: ['closed'] })).total).toBe(1);
    await deleteAppeal('fresh-one');
    expect(await getAppeal('fresh-one')).toBeNull();
    expect((await listAppeals({ text: 'уникальнаятема' })).total).toBe(0);
  });

  it('counts by status and category, overdue, and the average days to answer', async () => {
    const stats = await historyStats('2025-06-01');
    expect(stats.total).toBe(COUNT);
    expect(stats.byStatus.draft).toBe(appeals.filter((a) => a.status === 'draft').length);
    expect(stats.byCategory.roads).toBe(appeals.filter((a) => a.category === 'roads').length);
    expect(stats.overdue).toBe(appeals.filter((a) => ACTIVE.includes(a.status) && a.dueOn !== null && a.dueOn < '2025-06-01').length);
    expect(stats.averageDaysToAnswer).toBeNull();
  });

  it('lists the active deadlines for the reminders, earliest first, with the status of each', async () => {
    const deadlines = await activeDeadlines();
    const want = expected((a) => ACTIVE.includes(a.status) && a.dueOn !== null, 'dueOn').map(({ id, status, dueOn }) => ({ id, status, dueOn }));
    expect(want.length).toBeGreaterThan(100);
    expect(deadlines).toEqual(want);
  });
});

describe('sort by due date', () => {
  // Finished appeals keep the due date they had; it must not put them among the ones still waiting for an answer.
  const few = [
    makeAppeal({ id: 'closed-early', status: 'closed', dueOn: '2025-01-10' }),
    makeAppeal({ id: 'answered-early', status: 'answered', dueOn: '2025-01-12' }),
    makeAppeal({ id: 'registered-late', status: 'registered', dueOn: '2025-03-01' }),
    makeAppeal({ id: 'draft', status: 'draft', dueOn: null }),
    makeAppeal({ id: 'submitted-soon', status: 'submitted', dueOn: '2025-02-01' }),
    makeAppeal({ id: 'escalated', status: 'escalated', dueOn: '2025-01-05' }),
    makeAppeal({ id: 'resolved', status: 'resolved', dueOn: null }),
    makeAppeal({ id: 'extended', status: 'extended', dueOn: '2025-02-15' }),
  ];
  const order = ['submitted-soon', 'extended', 'registered-late', 'draft', 'escalated', 'closed-early', 'answered-early', 'resolved'];

  beforeAll(async () => {
    useDatabaseName('query-due-order');
    for (const appeal of few) await createAppeal(appeal);
  });

  it('lists running deadlines first by due date, then drafts, then finished appeals, on the first page', async () => {
    expect(ids(await listAppeals({ sort: 'dueOn' }))).toEqual(order);
  });

  it('keeps that order in filtered views and once the search rows are read', async () => {
    await prepareSearch();
    expect(ids(await listAppeals({ sort: 'dueOn' }))).toEqual(order);
    expect(ids(await listAppeals({ sort: 'dueOn', channels: ['eotinish'] }))).toEqual(order);
    expect(ids(await listAppeals({ sort: 'dueOn', statuses: ['closed', 'submitted', 'escalated'] }))).toEqual(['submitted-soon', 'escalated', 'closed-early']);
  });

  it('moves an appeal among the finished ones when it is answered', async () => {
    const soon = (await getAppeal('submitted-soon'))!;
    await recordEvent(soon, { type: 'answer', on: '2025-01-20', text: 'Отремонтировано.', rating: 'satisfied' });
    const after = ids(await listAppeals({ sort: 'dueOn' }));
    expect(after.slice(0, 3)).toEqual(['extended', 'registered-late', 'draft']);
    expect(after.indexOf('submitted-soon')).toBeGreaterThan(after.indexOf('draft'));
  });
});
