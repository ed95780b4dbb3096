// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createAppeal, deleteAppeal, escalateAppeal, findDuplicateInHistory, getAppeal, getAppeals, listEvents, recordEvent, saveAppeal,
} from '../../src/storage/appeals-repo.ts';
import { countStored, latestDraftId } from '../../src/storage/reads.ts';
import { addAttachment, getAttachmentBlob, removeAttachment } from '../../src/storage/attachments-repo.ts';
import { getDb, requestPersistence, useDatabaseName } from '../../src/storage/db.ts';
import { ConflictError, isConflictError, isQuotaError } from '../../src/storage/errors.ts';
import { historyStats } from '../../src/storage/query.ts';
import { makeAppeal } from '../../src/storage/sample-appeals.ts';
import { recallRecipient, rememberRecipient } from '../../src/storage/settings-repo.ts';

let dbCount = 0;
beforeEach(() => useDatabaseName(`storage-test-${++dbCount}`));

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('appeals repository', () => {
  it('creates, saves with a version check, and reads back exactly', async () => {
    const created = await createAppeal(makeAppeal({ version: 0 }), new Date('2025-03-01T10:00:00Z'));
    expect(created.version).toBe(1);
    const edited = await saveAppeal({ ...created, subject: 'Новая тема' }, new Date('2025-03-02T10:00:00Z'));
    expect(edited).toMatchObject({ version: 2, subject: 'Новая тема', updatedAt: '2025-03-02T10:00:00.000Z' });
    expect(await getAppeal(created.id)).toEqual(edited);
  });

  it('refuses a stale save with a ConflictError carrying the stored copy, and keeps the stored one', async () => {
    const created = await createAppeal(makeAppeal());
    const tabA = await saveAppeal({ ...created, subject: 'Из вкладки A' });
    const error = await caught(saveAppeal({ ...created, subject: 'Из вкладки B' }));
    expect(isConflictError(error)).toBe(true);
    expect((error as ConflictError).stored).toEqual(tabA);
    expect((await getAppeal(created.id))?.subject).toBe('Из вкладки A');
    // The user chose to overwrite: saving on top of the stored version works.
    expect((await saveAppeal({ ...created, subject: 'Из вкладки B', version: tabA.version })).subject).toBe('Из вкладки B');
  });

  it('reads several appeals in the order asked, and counts which ids are stored from the keys', async () => {
    await createAppeal(makeAppeal({ id: 'a' }));
    await createAppeal(makeAppeal({ id: 'b' }));
    expect((await getAppeals(['b', 'missing', 'a'])).map((appeal) => appeal.id)).toEqual(['b', 'a']);
    expect(await countStored(['a', 'missing', 'b', 'other'])).toBe(2);
    expect(await countStored([])).toBe(0);
  });

  it('refuses to create over an existing id', async () => {
    await createAppeal(makeAppeal());
    expect(isConflictError(await caught(createAppeal(makeAppeal({ subject: 'другое' }))))).toBe(true);
  });

  it('turns a full disk into a QuotaError and leaves the stored appeal unchanged', async () => {
    const created = await createAppeal(makeAppeal());
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await caught(saveAppeal({ ...created, body: 'x'.repeat(1000) }));
    put.mockRestore();
    expect(isQuotaError(error)).toBe(true);
    expect(await getAppeal(created.id)).toEqual(created);
    // The retry the page makes later succeeds.
    expect((await saveAppeal({ ...created, body: 'x'.repeat(1000) })).version).toBe(2);
  });

  it('records lifecycle events with the appeal in one transaction and lists the timeline in order', async () => {
    const created = await createAppeal(makeAppeal());
    const submitted = await recordEvent(created, { type: 'submit', on: '2025-03-20', registrationNumber: 'ЖТ-1' }, new Date('2025-03-20T10:00:00'));
    const registered = await recordEvent(submitted.appeal, { type: 'register', on: '2025-03-21' }, new Date('2025-03-21T10:00:00'));
    expect(registered.appeal).toMatchObject({ status: 'registered', dueOn: '2025-04-15', version: 3 });
    expect((await listEvents(created.id)).map((event) => event.to)).toEqual(['submitted', 'registered']);
    // A stale event write changes nothing: neither the appeal nor the timeline.
    expect(isConflictError(await caught(recordEvent(submitted.appeal, { type: 'note', text: 'x' })))).toBe(true);
    expect(await listEvents(created.id)).toHaveLength(2);
  });

  it('escalates: stores the complaint, links both ways, appends the event — all together', async () => {
    const original = await createAppeal(
      makeAppeal({ status: 'registered', submittedOn: '2025-03-20', registeredOn: '2025-03-20', dueOn: '2025-04-15', registrationNumber: 'ЖТ-9' }),
    );
    const result = await escalateAppeal(original, 'ru', new Date('2025-05-01T12:00:00'));
    expect(await getAppeal(original.id)).toMatchObject({ status: 'escalated', escalatedBy: result.complaint.id, version: 2 });
    expect(await getAppeal(result.complaint.id)).toMatchObject({ escalates: original.id, status: 'draft', version: 1 });
    expect((await listEvents(original.id)).at(-1)?.to).toBe('escalated');
  });

  it('deletes an appeal with its timeline and attachments', async () => {
    const created = await createAppeal(makeAppeal());
    const { appeal, attachment } = await addAttachment(created, new Blob(['photo'], { type: 'image/jpeg' }), 'yama.jpg');
    await recordEvent(appeal, { type: 'note', text: 'фото добавлено' });
    await deleteAppeal(created.id);
    expect(await getAppeal(created.id)).toBeNull();
    expect(await listEvents(created.id)).toEqual([]);
    expect(await getAttachmentBlob(attachment.id)).toBeNull();
  });

  it('keeps attachment blobs and the appeal’s list of them in step', async () => {
    const created = await createAppeal(makeAppeal());
    const { appeal, attachment } = await addAttachment(created, new Blob(['photo-bytes'], { type: 'image/png' }), 'двор.png');
    expect(appeal.attachments).toEqual([{ id: attachment.id, name: 'двор.png', type: 'image/png', size: 11 }]);
    expect(await (await getAttachmentBlob(attachment.id))?.text()).toBe('photo-bytes');
    const without = await removeAttachment(appeal, attachment.id);
    expect(without.attachments).toEqual([]);
    expect(await getAttachmentBlob(attachment.id)).toBeNull();
  });

  it('finds the appeal already filed from the same post, or with the same text', async () => {
    const text = 'Третий день не вывозят мусор во дворе дома 15 на улице Мира, контейнеры переполнены, запах на весь двор.';
    await createAppeal(makeAppeal({ id: 'from-vk', body: text, source: { network: 'vk', postId: '-5_77', permalink: null, authorName: null, publishedAt: null, text, images: [], pageUrl: null, capturedAt: '2025-01-01T00:00:00Z' } }));
    expect(await findDuplicateInHistory({ source: { network: 'vk', postId: '-5_77' }, text: '' })).toMatchObject({ reason: 'same_post', appeal: { id: 'from-vk' } });
    expect(await findDuplicateInHistory({ text: `${text} 🙏` })).toMatchObject({ reason: 'similar_text' });
    expect(await findDuplicateInHistory({ text: 'Совсем другая проблема про сломанный светофор на перекрёстке у школы номер пять.' })).toBeNull();
  });
});

describe('the draft the popup opens on', () => {
  it('is the most recently updated draft, however recent the other appeals are', async () => {
    expect(await latestDraftId()).toBeNull();
    const at = (day: number) => new Date(`2025-03-${String(day).padStart(2, '0')}T10:00:00Z`);
    await createAppeal(makeAppeal({ id: 'old-draft', status: 'draft' }), at(1));
    const recent = await createAppeal(makeAppeal({ id: 'recent-draft', status: 'draft' }), at(2));
    await createAppeal(makeAppeal({ id: 'filed', status: 'submitted' }), at(5));
    expect(await latestDraftId()).toBe('recent-draft');
    await saveAppeal({ ...(await getAppeal('old-draft'))!, subject: 'Edited' }, at(3));
    expect(await latestDraftId()).toBe('old-draft');
    await saveAppeal({ ...recent, status: 'ready' }, at(4));
    await deleteAppeal('old-draft');
    expect(await latestDraftId()).toBeNull();
  });
});

describe('statistics', () => {
  it('counts by status and category and averages the days from submission to answer', async () => {
    await createAppeal(makeAppeal({ id: 's1', status: 'answered', submittedOn: '2025-03-01', answer: { text: 'ok', on: '2025-03-11', rating: 'satisfied' } }));
    await createAppeal(makeAppeal({ id: 's2', status: 'resolved', category: 'waste', submittedOn: '2025-03-01', answer: { text: 'ok', on: '2025-03-21', rating: null } }));
    await createAppeal(makeAppeal({ id: 's3', status: 'in_progress', submittedOn: '2025-03-01', dueOn: '2025-03-24' }));
    expect(await historyStats('2025-04-01')).toEqual({
      total: 3,
      overdue: 1,
      byStatus: { answered: 1, resolved: 1, in_progress: 1 },
      byCategory: { roads: 2, waste: 1 },
      averageDaysToAnswer: 15,
    });
  });
});

describe('settings', () => {
  it('remembers the recipient per city and category', async () => {
    await rememberRecipient(' Алматы ', 'roads', { id: 'almaty-roads', name: 'Управление дорог', url: null });
    expect(await recallRecipient('алматы', 'roads')).toEqual({ id: 'almaty-roads', name: 'Управление дорог', url: null });
    expect(await recallRecipient('алматы', 'waste')).toBeUndefined();
  });
});

describe('persistence', () => {
  it('asks navigator.storage.persist() when available, and copes without it', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persist, persisted: async () => false } });
    expect(await requestPersistence()).toBe(true);
    expect(persist).toHaveBeenCalledOnce();
    vi.stubGlobal('navigator', {});
    expect(await requestPersistence()).toBe(false);
    vi.unstubAllGlobals();
  });
});

describe('connection', () => {
  it('opens lazily and reuses one connection', async () => {
    expect(await getDb()).toBe(await getDb());
  });
});
