// What every e2e test needs: the extension in Chromium, the feed server, and a record of console errors.
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser, type LaunchOptions } from '../../scripts/lib/browser.ts';
import { startFeedServer, type FeedServer } from '../../scripts/lib/feed-server.ts';

export interface Session extends ExtensionBrowser {
  server: FeedServer;
  /** Console errors and uncaught exceptions from every page opened through `open`. */
  errors: string[];
  open(url: string): Promise<Page>;
}

export async function startSession(options: LaunchOptions = {}): Promise<Session> {
  const server = await startFeedServer();
  const browser = await launchWithExtension({ resolverRule: server.resolverRule, ...options });
  const errors: string[] = [];
  const open = async (url: string) => {
    const page = await browser.context.newPage();
    page.on('console', (msg) => {
      // A fixture's missing media is the site's own 404, not an error of the extension.
      const siteResource = !url.startsWith('chrome-extension://') && msg.text().startsWith('Failed to load resource');
      if (msg.type() === 'error' && !siteResource) errors.push(`${url}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${url}: ${error.message}`));
    await page.goto(url);
    return page;
  };
  return {
    ...browser,
    server,
    errors,
    open,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
