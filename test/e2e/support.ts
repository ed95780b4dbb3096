// What every e2e test needs: the extension in Chromium, the feed server, and a record of console errors.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser, type LaunchOptions } from '../../scripts/lib/browser.ts';
import { ROUTES, startFeedServer, type FeedServer } from '../../scripts/lib/feed-server.ts';

export interface Session extends ExtensionBrowser {
  server: FeedServer;
  /** Console errors and uncaught exceptions from every page opened through `open`. */
  errors: string[];
  /** Every request the browser made, from pages, extension pages and the service worker alike. */
  requests: string[];
  open(url: string): Promise<Page>;
}

export async function startSession(options: LaunchOptions = {}): Promise<Session> {
  const server = await startFeedServer();
  const browser = await launchWithExtension({ resolverRule: server.resolverRule, ...options });
  const errors: string[] = [];
  const requests: string[] = [];
  browser.context.on('request', (request) => requests.push(request.url()));
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
    requests,
    open,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Requests that left the browser for anything but the extension's own files or the fixture pages themselves.
 * The fixture pages ask only for their own HTML and placeholder images; anything else (another host, an API
 * path on a social host) can only come from the extension.
 */
export function foreignRequests(session: Session): string[] {
  return session.requests.filter((raw) => {
    const url = new URL(raw);
    if (url.protocol === 'chrome-extension:') return url.host !== session.extensionId;
    // data:, blob: and the browser's own chrome:// pages never reach a network.
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'chrome:') return false;
    const pageRequest = session.server.requests.includes(`${url.host}${url.pathname}`);
    const fixturePath = url.pathname.startsWith('/img/') || url.pathname === '/favicon.ico';
    return !(pageRequest && (fixturePath || isFixtureRoute(url)));
  });
}

function isFixtureRoute(url: URL): boolean {
  return Object.hasOwn(ROUTES, `${url.host}${url.pathname}`);
}

/** The privacy check every flow ends with: the whole flow made no request outside the extension and fixtures. */
export function describeNoForeignRequests(session: () => Session): void {
  describe('privacy', () => {
    it('made no network request outside the extension and the fixture pages during this flow', () => {
      expect(session().requests.length).toBeGreaterThan(0);
      expect(foreignRequests(session())).toEqual([]);
    });
  });
}
