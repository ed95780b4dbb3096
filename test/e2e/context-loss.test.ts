// Reloading or updating the extension while a feed is open: the old content script must notice that its context
// is gone, disable its controls with a "reload the page" hint, throw nothing, and leave no duplicates behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeNoForeignRequests, startSession, type Session } from './support.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session?.close());

describe('after the extension is reloaded', () => {
  it('disables the old controls with a reload hint, without errors, and a page reload brings exactly one per post', async () => {
    const page = await session.open('https://vk.com/feed');
    const buttons = page.getByRole('button', { name: /File as appeal|reload/i });
    await buttons.first().waitFor();
    await page.waitForTimeout(800); // posts are processed in idle time: let all of them get their control
    const before = await buttons.count();
    expect(before).toBeGreaterThan(0);

    // Chromium re-enables a reloaded command-line extension only in developer mode, as a developer's would be.
    const extensionsPage = await session.context.newPage();
    await extensionsPage.goto('chrome://extensions/');
    await extensionsPage.evaluate(() => chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }));
    await extensionsPage.close();
    // The worker dies with the reload, so the evaluation itself may never answer.
    await session.serviceWorker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);

    await expect.poll(() => page.locator('pta-control').evaluateAll((hosts) =>
      hosts.every((h) => h.shadowRoot?.querySelector('button')?.disabled === true)), { timeout: 10_000 }).toBe(true);
    const hint = await page.locator('pta-control').first().evaluate((h) => h.shadowRoot?.querySelector('button')?.title ?? '');
    expect(hint).toMatch(/reload/i);
    expect(await page.locator('pta-control').count()).toBe(before);

    await page.reload();
    await page.getByRole('button', { name: 'File as appeal' }).first().waitFor();
    await page.waitForTimeout(800);
    expect(await page.locator('pta-control').count()).toBe(before);
    expect(await page.getByRole('button', { name: 'File as appeal', disabled: false }).count()).toBe(before);
    expect(session.errors).toEqual([]);
  });
});

describeNoForeignRequests(() => session);
