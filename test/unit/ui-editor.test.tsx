// The full draft editor (appeal card): required-field checks that focus their field and clear when filled, the IIN
// hint that never blocks saving, the split offer, the remembered recipient and the two-tab version conflict.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Appeal } from '../../src/core/appeal.ts';
import { createAppeal, getAppeal, saveAppeal } from '../../src/storage/appeals-repo.ts';
import { QuotaError } from '../../src/storage/errors.ts';
import { recallRecipient } from '../../src/storage/settings-repo.ts';
import { listAppeals } from '../../src/storage/query.ts';
import { makeAppeal } from '../../src/storage/sample-appeals.ts';
import { DraftEditor } from '../../src/ui/editor/index.tsx';
import {
  afterSave, blur, button, click, container, field, message, setUp, show, tearDown, text, type, waitFor,
} from './ui-editor-helpers.tsx';

// The real saveAppeal, replaceable per test to simulate a full disk.
vi.mock('../../src/storage/appeals-repo.ts', async (original) => {
  const actual = await original<typeof import('../../src/storage/appeals-repo.ts')>();
  return { ...actual, saveAppeal: vi.fn(actual.saveAppeal) };
});

beforeEach(() => setUp('ui-editor'));
afterEach(tearDown);

const EMPTY_APPLICANT = { fullName: '', iin: '', postalAddress: '', phone: '', email: '' };

async function open(overrides: Partial<Appeal> = {}): Promise<Appeal> {
  const appeal = await createAppeal(makeAppeal({ id: 'a1', ...overrides }));
  show(<DraftEditor appealId="a1" mode="full" />);
  await waitFor(() => field('Subject'));
  return appeal;
}

const checkLinks = () => [...container.querySelectorAll('.checks a')].map((a) => a.textContent);

describe('full editor checks', () => {
  it('lists the missing required fields, focuses a field on click, and clears each check once it is filled', async () => {
    await open({ applicant: EMPTY_APPLICANT, jurisdiction: 'KZ', channel: 'eotinish' });
    const missing = (label: string) => message('editor_issue_missing', message(label));
    expect(checkLinks()).toEqual(expect.arrayContaining([missing('editor_fullName'), missing('editor_iin'), missing('editor_postalAddress')]));

    const fullNameCheck = [...container.querySelectorAll<HTMLAnchorElement>('.checks a')].find((a) => a.textContent === missing('editor_fullName'))!;
    fullNameCheck.click();
    expect(document.activeElement).toBe(field('Full name'));

    await type('Full name', 'Сейткали Айгуль');
    await type('Postal address for the reply', 'Алматы, ул. Абая, 12, кв. 5');
    await type('IIN', '900101300007');
    await waitFor(() => !checkLinks().includes(missing('editor_fullName')));
    expect(checkLinks()).not.toContain(missing('editor_postalAddress'));
    expect(checkLinks()).not.toContain(missing('editor_iin'));
    expect(text()).not.toContain(message('editor_issue_iin_invalid'));
    // The preview is the text that will be exported, with the new applicant.
    expect(container.querySelector('.preview-text')?.textContent).toContain('Сейткали Айгуль');
  });

  it('shows an invalid IIN inline and still saves the draft with it', async () => {
    await open({ applicant: EMPTY_APPLICANT, jurisdiction: 'KZ' });
    await type('IIN', '900101300008');
    expect(text()).toContain(message('opt_iinChecksum'));
    await afterSave();
    expect((await getAppeal('a1'))?.applicant.iin).toBe('900101300008');
    await blur('IIN');
    expect(field('IIN').value).toBe('•••••••••008');
  });

  it('warns about other people\u2019s phone numbers and a text over 4,000 characters', async () => {
    await open();
    const body = `Звоните соседу +7 701 123 45 67. ${'Яма. '.repeat(900)}`;
    await type('Essence and request', body);
    expect(text()).toContain(message('editor_issue_third_party_phone', '+7 701 123 45 67'));
    expect(text()).toContain(message('editor_issue_too_long', [String(body.length), '4000']));
  });

  it('offers to split two problems and creates the second draft', async () => {
    await open({ category: 'roads', body: 'Огромная яма на дороге у дома 10. Также во дворе уже месяц не вывозят мусор, контейнеры переполнены.' });
    await waitFor(() => button(message('editor_split')));
    await click(message('editor_split'));
    await waitFor(() => text().includes(message('editor_splitDone')));
    const { items } = await listAppeals({ statuses: ['draft'] });
    expect(items).toHaveLength(2);
    const second = items.find((a) => a.id !== 'a1')!;
    expect(second.category).not.toBe('roads');
    expect(second.status).toBe('draft');
  });

  it('notices a post that was cut because it was too long', async () => {
    const source = { network: 'vk' as const, postId: null, permalink: null, authorName: null, publishedAt: null, text: 'Яма на дороге. '.repeat(7000), images: [], pageUrl: null, capturedAt: '2025-03-01T10:00:00Z' };
    await open({ source });
    expect(text()).toContain(message('editor_postCut', String(source.text.length)));
  });
});

describe('recipient', () => {
  it('remembers a recipient typed by hand for this city and category', async () => {
    await open({ jurisdiction: 'KZ', category: 'roads', location: { address: 'ул. Абая, 10', city: 'Алматы', region: null } });
    await type('Recipient', '__custom');
    await type(message('editor_recipientName'), 'ТОО «Городские дороги»');
    await blur(message('editor_recipientName'));
    await afterSave();
    expect((await getAppeal('a1'))?.recipient).toEqual({ id: null, name: 'ТОО «Городские дороги»', url: null });
    expect(await recallRecipient('Алматы', 'roads')).toMatchObject({ name: 'ТОО «Городские дороги»' });
  });
});

describe('two tabs', () => {
  it('asks before overwriting a newer version saved elsewhere, and keeps mine only when told to', async () => {
    const original = await open();
    await type('Subject', 'My subject');
    // Another tab saves first, while this edit waits for its debounced save.
    await saveAppeal({ ...original, subject: 'Saved in the other tab' });
    await waitFor(() => text().includes(message('editor_conflictTitle')));
    expect(text()).toContain('Saved in the other tab');
    expect(text()).toContain('My subject');
    expect((await getAppeal('a1'))?.subject).toBe('Saved in the other tab');

    await click(message('editor_conflictKeepMine'));
    await afterSave();
    expect(await getAppeal('a1')).toMatchObject({ subject: 'My subject', version: 3 });
    expect(text()).not.toContain(message('editor_conflictTitle'));
  });

  it('loads the other tab\u2019s version when the user chooses it', async () => {
    const original = await open();
    await type('Subject', 'My subject');
    await saveAppeal({ ...original, subject: 'Saved in the other tab' });
    await click(message('editor_conflictTakeTheirs'));
    expect(field('Subject').value).toBe('Saved in the other tab');
    await type('Subject', 'Edited after reload');
    await afterSave();
    expect(await getAppeal('a1')).toMatchObject({ subject: 'Edited after reload', version: 3 });
  });
});

describe('saving', () => {
  it('keeps an edit in memory when the disk is full, says so, and saves it on the next try', async () => {
    await open();
    vi.mocked(saveAppeal).mockRejectedValueOnce(new QuotaError(new DOMException('full', 'QuotaExceededError')));
    await type('Subject', 'Edit while the disk is full');
    await waitFor(() => text().includes(message('editor_quota')));
    expect(field('Subject').value).toBe('Edit while the disk is full');
    expect((await getAppeal('a1'))?.subject).not.toBe('Edit while the disk is full');

    await type('Essence and request', 'More text');
    await waitFor(() => text().includes(message('editor_saved')));
    expect(await getAppeal('a1')).toMatchObject({ subject: 'Edit while the disk is full', body: 'More text' });
  });

  it('shows a version saved elsewhere when there is nothing unsaved here', async () => {
    const original = await open();
    await saveAppeal({ ...original, subject: 'Changed in the popup' });
    await waitFor(() => field('Subject').value === 'Changed in the popup');
    await type('Subject', 'Then edited here');
    await afterSave();
    expect(await getAppeal('a1')).toMatchObject({ subject: 'Then edited here', version: 3 });
    expect(text()).not.toContain(message('editor_conflictTitle'));
  });
});
