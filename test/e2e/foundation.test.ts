// The extension as a user installs it: loaded unpacked in Debian's Chromium, acting on https://vk.com/feed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeNoForeignRequests, startSession, type Session } from './support.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session?.close());

describe('the installed extension', () => {
  it('runs its service worker from the built package', () => {
    expect(session.serviceWorker.url()).toBe(session.url('service-worker-loader.js'));
  });

  it('puts "File as appeal" on problem posts of the VK feed served at https://vk.com/feed', async () => {
    const page = await session.open('https://vk.com/feed');
    const buttons = page.getByRole('button', { name: 'File as appeal' });
    await buttons.first().waitFor({ timeout: 10_000 });
    expect(await buttons.count()).toBeGreaterThan(0);
    // The page came from the local server under the real hostname.
    expect(session.server.requests).toContain('vk.com/feed');
  });

  it('opens the popup, the options page and "My appeals" without console errors', async () => {
    for (const path of ['src/pages/popup/index.html', 'src/pages/options/index.html', 'src/pages/appeals/index.html']) {
      const page = await session.open(session.url(path));
      await page.locator('#app > *').first().waitFor();
      await page.close();
    }
    expect(session.errors).toEqual([]);
  });
});

describeNoForeignRequests(() => session);
