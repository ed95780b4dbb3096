// @vitest-environment node
// The service worker's draft creation, on fake-indexeddb: what a click on "File as appeal" leaves in the history.
import { beforeEach, describe, expect, it } from 'vitest';
import browser from 'webextension-polyfill';
import { createDraft, LAST_DRAFT_KEY, PROFILE_KEY } from '../../src/background/drafts.ts';
import { getAppeal } from '../../src/storage/appeals-repo.ts';
import { useDatabaseName } from '../../src/storage/db.ts';
import { rememberRecipient, setSetting } from '../../src/storage/settings-repo.ts';
import type { PostSnapshot } from '../../src/core/types.ts';

let dbCount = 0;
beforeEach(() => useDatabaseName(`background-drafts-${++dbCount}`));

const snapshot = (over: Partial<PostSnapshot> = {}): PostSnapshot => ({
  network: 'vk',
  postId: '-10001_501',
  permalink: 'https://vk.com/wall-10001_501',
  authorName: 'Подслушано Центр',
  authorUrl: 'https://vk.com/club10001',
  publishedAt: '2025-11-21T08:55:00.000Z',
  text: 'Огромная яма на дороге по улице Абая возле дома 12 в Алматы — третья машина за неделю пробила колесо.',
  images: [],
  pageUrl: 'https://vk.com/feed',
  capturedAt: '2025-11-22T10:00:00.000Z',
  ...over,
});

describe('createDraft', () => {
  it('stores a draft built from the post, with the post kept as its source, and remembers it for the popup', async () => {
    const created = await createDraft({ snapshot: snapshot() }, new Date('2025-11-22T10:00:00Z'));
    expect(created.duplicate).toBe(false);
    const appeal = await getAppeal(created.appealId);
    expect(appeal).toMatchObject({ status: 'draft', jurisdiction: 'KZ', category: 'roads', version: 1 });
    expect(appeal?.source?.text).toContain('Огромная яма');
    expect(appeal?.body).toContain('Абая');
    expect((await browser.storage.session.get(LAST_DRAFT_KEY))[LAST_DRAFT_KEY]).toBe(created.appealId);
  });

  it('offers the existing appeal when the same post is filed twice', async () => {
    const first = await createDraft({ snapshot: snapshot() });
    const again = await createDraft({ snapshot: snapshot({ text: 'тот же пост, текст успели отредактировать' }) });
    expect(again).toEqual({ appealId: first.appealId, duplicate: true });
  });

  it("fills the applicant from the profile and applies the recipient the user typed last time for this city and topic", async () => {
    await setSetting(PROFILE_KEY, { fullName: 'Асанова Айгуль', iin: '', postalAddress: 'Алматы, ул. Абая, 1', phone: '', email: '' });
    const first = await getAppeal((await createDraft({ snapshot: snapshot() })).appealId);
    const typed = { id: null, name: 'КГУ «Управление дорог города Алматы» (лично начальнику)', url: null };
    await rememberRecipient(first!.location.city, first!.category, typed);
    const next = await getAppeal((await createDraft({ snapshot: snapshot({ postId: '-10001_999', text: 'Яма на дороге на улице Абая 20 в Алматы, никто не ремонтирует уже месяц, машины бьют колёса.' }) })).appealId);
    expect(next?.applicant.fullName).toBe('Асанова Айгуль');
    expect(next?.recipient).toEqual(typed);
  });

  it('makes a draft with clear hints, not an error, from selected text that is only emoji', async () => {
    const created = await createDraft({ selection: '😡😡😡' });
    const appeal = await getAppeal(created.appealId);
    expect(appeal?.status).toBe('draft');
    expect(appeal?.source?.network).toBe('selection');
  });
});

describe('"File selected text as appeal" (context menu)', () => {
  it('is offered for selections on the five social sites only', async () => {
    const { createContextMenu, MENU_ID } = await import('../../src/background/context-menu.ts');
    createContextMenu();
    await expect.poll(() => (browser.contextMenus.create as unknown as { mock: { calls: unknown[][] } }).mock.calls.length).toBeGreaterThan(0);
    const [options] = (browser.contextMenus.create as unknown as { mock: { calls: [Record<string, unknown>][] } }).mock.calls.at(-1)!;
    expect(options).toMatchObject({ id: MENU_ID, contexts: ['selection'] });
    expect(options.documentUrlPatterns).toEqual([
      'https://vk.com/*', 'https://vk.ru/*', 'https://ok.ru/*', 'https://www.facebook.com/*', 'https://www.instagram.com/*',
    ]);
  });

  it('turns the selected text into a stored draft and shows it', async () => {
    const { onContextMenuClicked, MENU_ID } = await import('../../src/background/context-menu.ts');
    const text = 'Во дворе дома 5 на улице Ленина в Самаре третий день не вывозят мусор, контейнеры переполнены.';
    await onContextMenuClicked({ menuItemId: MENU_ID, selectionText: text, editable: false, pageUrl: 'https://ok.ru/feed' } as never, undefined);
    const id = (await browser.storage.session.get(LAST_DRAFT_KEY))[LAST_DRAFT_KEY] as string;
    const appeal = await getAppeal(id);
    expect(appeal?.source).toMatchObject({ network: 'selection', text });
    expect(appeal?.category).toBe('waste');
    expect(browser.action.openPopup).toHaveBeenCalled();
  });
});
