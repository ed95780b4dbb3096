// The toolbar popup: the last filed draft with its post, autosave that survives closing, the empty state, copying,
// the emergency hint and re-rendering after a change of language. happy-dom over fake-indexeddb.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import browser from 'webextension-polyfill';
import type { Appeal, SourcePost } from '../../src/core/appeal.ts';
import { Popup } from '../../src/pages/popup/popup.tsx';
import { createAppeal, getAppeal } from '../../src/storage/appeals-repo.ts';
import { makeAppeal } from '../../src/storage/sample-appeals.ts';
import { proposeText } from '../../src/ui/data.ts';
import {
  afterSave, button, click, clipboardWrites, container, field, freshContainer, message, setUp, show, tearDown, text, type, waitFor,
} from './ui-editor-helpers.tsx';

beforeEach(() => setUp('ui-popup'));
afterEach(tearDown);

function post(overrides: Partial<SourcePost> = {}): SourcePost {
  return {
    network: 'vk',
    postId: '-1_2',
    permalink: 'https://vk.com/wall-1_2',
    authorName: 'Айгуль С.',
    publishedAt: '2025-03-01T09:00:00Z',
    text: 'Огромная яма на улице Абая 10 в Алматы, уже месяц никто не ремонтирует',
    images: [{ url: 'https://sun9-1.userapi.com/photo.jpg', alt: null }],
    pageUrl: 'https://vk.com/feed',
    capturedAt: '2025-03-01T10:00:00Z',
    ...overrides,
  };
}

async function seedDraft(overrides: Partial<Appeal> = {}): Promise<Appeal> {
  return createAppeal(makeAppeal({ id: 'd1', source: post(), ...overrides }));
}

describe('popup', () => {
  it('shows the draft named by lastDraftId with its post, and keeps an edit after the popup is closed and reopened', async () => {
    await createAppeal(makeAppeal({ id: 'other', subject: 'Another draft', updatedAt: '2030-01-01T00:00:00Z' }));
    await seedDraft();
    await browser.storage.session.set({ lastDraftId: 'd1' });

    show(<Popup />);
    await waitFor(() => text().includes('Айгуль С.'));
    expect(text()).toContain('VK');
    expect(text()).toContain('Огромная яма на улице Абая 10');
    const permalink = [...container.querySelectorAll('a')].find((a) => a.textContent === message('popup_openPost'))!;
    expect(permalink.getAttribute('href')).toBe('https://vk.com/wall-1_2');
    expect(permalink.getAttribute('target')).toBe('_blank');
    // Post images are links, never <img>: showing them would fetch from the network's CDN.
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('a[href="https://sun9-1.userapi.com/photo.jpg"]')).not.toBeNull();
    expect(field('Subject').value).toBe('Яма на дороге по улице Абая');

    await type('Subject', 'Яма у дома 10 — опасно');
    await afterSave();
    await tearDown(); // the popup closes
    expect((await getAppeal('d1'))?.subject).toBe('Яма у дома 10 — опасно');

    freshContainer();
    await browser.storage.session.set({ lastDraftId: 'd1' });
    show(<Popup />);
    await waitFor(() => field('Subject').value === 'Яма у дома 10 — опасно');
  });

  it('saves the last keystrokes when the popup closes before the debounce fires', async () => {
    await seedDraft();
    await browser.storage.session.set({ lastDraftId: 'd1' });
    show(<Popup />);
    await waitFor(() => text().includes('Айгуль С.'));
    await type('Essence and request', 'Глубокая яма, машины объезжают по тротуару.');
    window.dispatchEvent(new Event('pagehide'));
    const stored = await waitForStored('d1', (a) => a.body === 'Глубокая яма, машины объезжают по тротуару.');
    expect(stored.version).toBe(2);
  });

  it('falls back to the most recently updated draft when no draft was just filed', async () => {
    await createAppeal(makeAppeal({ id: 'old', subject: 'Old draft' }));
    await new Promise((resolve) => setTimeout(resolve, 5));
    await createAppeal(makeAppeal({ id: 'new', subject: 'Newest draft' }));
    show(<Popup />);
    await waitFor(() => container.querySelector('input[name="subject"]'));
    expect(field('Subject').value).toBe('Newest draft');
  });

  it('shows the empty state with a link to My appeals when there is no draft', async () => {
    show(<Popup />);
    await waitFor(() => text().includes(message('popupEmpty')));
    const link = [...container.querySelectorAll('a')].find((a) => a.textContent === message('myAppeals'));
    expect(link?.getAttribute('href')).toContain('src/pages/appeals/index.html#/');
    expect(container.querySelector('form')).toBeNull();
  });

  it('shows HTML in a post as literal text, never as markup', async () => {
    await seedDraft({ source: post({ text: '<img src=x onerror="alert(1)"><b>Яма</b> на Абая' }) });
    await browser.storage.session.set({ lastDraftId: 'd1' });
    show(<Popup />);
    await waitFor(() => text().includes('<b>Яма</b>'));
    expect(text()).toContain('<img src=x onerror="alert(1)">');
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows a post of emoji, zero-width and bidi-override characters without the invisible ones', async () => {
    await seedDraft({ source: post({ text: '\u202eяма\u202c 😡\u200b\u200b', images: [] }) });
    await browser.storage.session.set({ lastDraftId: 'd1' });
    show(<Popup />);
    const shown = await waitFor(() => container.querySelector('.post-text'));
    expect(shown.textContent).toBe('яма 😡');
  });

  it('copies the whole text and each field with its own button, saying "Copied"', async () => {
    await seedDraft({ location: { address: 'ул. Абая, 10', city: 'Алматы', region: null } });
    await browser.storage.session.set({ lastDraftId: 'd1' });
    show(<Popup />);
    await waitFor(() => button(message('editor_export_copyAll')));

    await click(message('editor_export_copyAll'));
    await waitFor(() => clipboardWrites.length === 1);
    expect(clipboardWrites[0]).toContain('Яма на дороге по улице Абая');
    expect(clipboardWrites[0]).toContain('Прошу отремонтировать дорожное покрытие');
    expect(clipboardWrites[0]).toContain('Акимат города Алматы');
    expect(button(message('editor_export_copied'))).not.toBeNull();

    await click(message('editor_export_copySubject'));
    await click(message('editor_export_copyAddress'));
    await click(message('editor_export_copyRecipient'));
    await click(message('editor_export_copyBody'));
    await waitFor(() => clipboardWrites.length === 5);
    expect(clipboardWrites.slice(1)).toEqual([
      'Яма на дороге по улице Абая',
      'ул. Абая, 10',
      'Акимат города Алматы',
      'Прошу отремонтировать дорожное покрытие: глубокая яма у дома 10 по улице Абая, машины повреждают колёса.',
    ]);
  });

  it('opens the full editor and the portal in new tabs', async () => {
    await seedDraft({ channel: 'eotinish', recipient: { id: null, name: 'Акимат', url: null } });
    await browser.storage.session.set({ lastDraftId: 'd1' });
    show(<Popup />);
    await click(message('openFullEditor'));
    await waitFor(() => (browser.tabs.create as unknown as { mock: { calls: unknown[] } }).mock.calls.length === 1);
    await click(message('editor_export_openPortal'));
    await waitFor(() => (browser.tabs.create as unknown as { mock: { calls: unknown[] } }).mock.calls.length === 2);
    const urls = (browser.tabs.create as unknown as { mock: { calls: [{ url: string }][] } }).mock.calls.map(([arg]) => arg.url);
    expect(urls[0]).toMatch(/src\/pages\/appeals\/index\.html#\/appeal\/d1$/);
    expect(urls[1]).toBe('https://eotinish.kz/');
  });

  it('warns to call 112 when the post describes an emergency', async () => {
    await seedDraft({ source: post({ text: 'В подъезде сильно пахнет газом, дом 5 по улице Ленина' }) });
    await browser.storage.session.set({ lastDraftId: 'd1' });
    show(<Popup />);
    await waitFor(() => text().includes(message('emergencyHint')));
  });
});

describe('changing the language', () => {
  it('rewrites text the user has not touched, and asks before replacing edited text', async () => {
    const base = makeAppeal({ id: 'd1', source: post(), jurisdiction: 'KZ', channel: 'eotinish', lang: 'ru' });
    const generated = proposeText(base)!;
    await createAppeal({ ...base, ...generated });
    await browser.storage.session.set({ lastDraftId: 'd1' });
    show(<Popup />);
    await waitFor(() => field('Subject').value === generated.subject);

    await type('Language', 'kk');
    const kazakh = proposeText({ ...base, lang: 'kk' })!;
    await waitFor(() => field('Essence and request').value === kazakh.body, 10_000);
    expect(text()).not.toContain(message('editor_rewriteAsk'));

    await type('Essence and request', 'Мой собственный текст');
    await type('Language', 'en');
    await waitFor(() => text().includes(message('editor_rewriteAsk')));
    expect(field('Essence and request').value).toBe('Мой собственный текст');
    await click(message('editor_rewriteNo'));
    expect(field('Essence and request').value).toBe('Мой собственный текст');
    await afterSave();
    expect(await getAppeal('d1')).toMatchObject({ lang: 'en', body: 'Мой собственный текст' });

    await type('Language', 'ru');
    await click(message('editor_rewriteYes'));
    await waitFor(() => field('Essence and request').value === generated.body);
    // The draft builder warms its place tables on first use, which takes seconds under happy-dom.
  }, 30_000);
});

async function waitForStored(id: string, test: (appeal: Appeal) => boolean): Promise<Appeal> {
  for (let i = 0; i < 100; i++) {
    const stored = await getAppeal(id);
    if (stored && test(stored)) return stored;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the stored appeal never matched');
}
