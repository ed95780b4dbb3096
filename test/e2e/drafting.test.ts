// From a post in each network's feed to an appeal on the clipboard: click "File as appeal", find the draft in the
// extension with the post's text, edit it, copy it with the real Clipboard API and read the clipboard back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeNoForeignRequests, startSession, type Session } from './support.ts';
import { screenshotPath } from './screenshots.ts';

const FEEDS = [
  { network: 'vk', url: 'https://vk.com/feed', text: 'Огромная яма на дороге' },
  { network: 'ok', url: 'https://ok.ru/feed', text: 'разбито стекло' },
  { network: 'facebook', url: 'https://www.facebook.com/', text: 'открытый канализационный люк' },
  { network: 'instagram', url: 'https://www.instagram.com/', text: 'Яма на перекрёстке' },
];

let session: Session;
beforeAll(async () => {
  session = await startSession();
  // Reading the clipboard back needs the permission a user would grant; extension origins cannot be named here.
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(async () => session?.close());

const lastDraftId = () =>
  session.serviceWorker.evaluate(async () => (await chrome.storage.session.get('lastDraftId')).lastDraftId as string | undefined);

/**
 * Clicks the first control and opens the draft the way the extension shows it: the worker opens the toolbar popup
 * (Playwright cannot drive that bubble, so the same popup document is opened in a tab), or, where the browser
 * refuses the popup, the "My appeals" page on the new draft.
 */
async function fileFirstPost(url: string): Promise<Page> {
  const feed = await session.open(url);
  const before = await lastDraftId();
  const opened = session.context.waitForEvent('page', { timeout: 5_000 }).catch(() => null);
  await feed.getByRole('button', { name: 'File as appeal' }).first().click();
  await expect.poll(lastDraftId, { timeout: 10_000 }).not.toBe(before);
  // The worker has stored the draft; a tab it opens instead of the popup shows up at once.
  const tab = await Promise.race([opened, new Promise<null>((done) => setTimeout(() => done(null), 1_000))]);
  await feed.close();
  if (tab) return tab;
  return session.open(session.url('src/pages/popup/index.html'));
}

describe.each(FEEDS)('a $network post', ({ network, url, text }) => {
  let editor: Page;
  afterAll(async () => editor?.close());

  it('becomes a draft shown with the post text and a formal body', async () => {
    editor = await fileFirstPost(url);
    await expect.poll(() => editor.getByText(text).first().isVisible(), { timeout: 10_000 }).toBe(true);
    const body = editor.getByLabel('Essence and request');
    await expect.poll(() => body.inputValue(), { timeout: 10_000 }).toContain(text);
    if (network === 'vk') {
      await editor.setViewportSize({ width: 400, height: 600 });
      await editor.screenshot({ path: screenshotPath('popup') });
    }
  });

  it('keeps an edit and copies the appeal text to the clipboard', async () => {
    const subject = editor.getByLabel('Subject');
    await subject.fill(`Проверка правки ${network}`);
    await editor.getByRole('button', { name: 'Copy text' }).click();
    await expect
      .poll(() => editor.evaluate(() => navigator.clipboard.readText()), { timeout: 5_000 })
      .toContain(text);
    await editor.getByRole('button', { name: 'Copy subject' }).click();
    await expect.poll(() => editor.evaluate(() => navigator.clipboard.readText())).toBe(`Проверка правки ${network}`);
    // Saved as typed: a reload shows the edit.
    await editor.waitForTimeout(600);
    await editor.reload();
    await expect.poll(() => editor.getByLabel('Subject').inputValue(), { timeout: 10_000 }).toBe(`Проверка правки ${network}`);
  });
});

describe('the full editor', () => {
  it('opens from the popup on the same draft, with the edit made there', async () => {
    const popup = await session.open(session.url('src/pages/popup/index.html'));
    const opened = session.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Open in full editor' }).or(popup.getByRole('link', { name: 'Open in full editor' })).first().click();
    const full = await opened;
    await full.waitForLoadState('domcontentloaded');
    expect(full.url()).toContain(session.url('src/pages/appeals/index.html#/appeal/'));
    await expect.poll(() => full.getByLabel('Subject').inputValue(), { timeout: 10_000 }).toBe('Проверка правки instagram');
    await full.setViewportSize({ width: 1280, height: 1000 });
    await full.screenshot({ path: screenshotPath('editor') });
    await full.close();
    await popup.close();
  });

  it('raised no console errors in the extension pages', () => {
    expect(session.errors.filter((e) => e.startsWith('chrome-extension://'))).toEqual([]);
  });
});

describeNoForeignRequests(() => session);
