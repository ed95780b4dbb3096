// Privacy guarantees that need the real browser: nothing of what the extension concludes reaches the site, and
// the request recorder used by every flow really does catch a request it should flag.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foreignRequests, startSession, type Session } from './support.ts';

let session: Session;
let feed: Page;

beforeAll(async () => {
  session = await startSession();
  // A spy in the page's own world, installed before any script of the page or the extension runs: it records
  // what the page could observe — messages posted to it and every change to its DOM.
  await session.context.addInitScript(() => {
    const seen = { messages: 0, attributes: [] as string[], added: [] as string[], removed: [] as string[] };
    (window as unknown as { __pageSaw: typeof seen }).__pageSaw = seen;
    window.addEventListener('message', () => seen.messages++, true);
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes') seen.attributes.push(`${(r.target as Element).tagName}[${r.attributeName}]`);
        for (const n of r.addedNodes) seen.added.push(n.nodeName);
        for (const n of r.removedNodes) seen.removed.push(n.nodeName);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  feed = await session.open('https://vk.com/feed');
  await feed.getByRole('button', { name: 'File as appeal' }).first().waitFor();
  await feed.waitForTimeout(800);
});
afterAll(async () => session?.close());

type PageSaw = { messages: number; attributes: string[]; added: string[]; removed: string[] };
const pageSaw = () => feed.evaluate(() => (window as unknown as { __pageSaw: PageSaw }).__pageSaw);

describe('what the site can see', () => {
  it('gets no message from the extension', async () => {
    await feed.getByRole('button', { name: 'File as appeal' }).first().focus();
    expect((await pageSaw()).messages).toBe(0);
  });

  it('sees only our host elements added, and none of its own nodes or attributes touched', async () => {
    const saw = await pageSaw();
    // The spy observes from document start, so the parser's own nodes are listed too; ours are PTA-CONTROL.
    const ours = saw.added.filter((n) => n === 'PTA-CONTROL').length;
    expect(ours).toBe(await feed.locator('pta-control').count());
    expect(saw.removed).toEqual([]);
    expect(saw.attributes.filter((a) => !a.startsWith('PTA-CONTROL['))).toEqual([]);
  });

  it('cannot read a classification from the light DOM: hosts are empty and carry no verdict', async () => {
    const hosts = await feed.locator('pta-control').evaluateAll((els) =>
      els.map((el) => ({ children: el.childNodes.length, attributes: el.getAttributeNames() })),
    );
    expect(hosts.length).toBeGreaterThan(0);
    for (const host of hosts) {
      expect(host.children).toBe(0);
      for (const name of host.attributes) expect(name).not.toMatch(/problem|score|category|emergency|class|title|aria/i);
    }
    const pageText = await feed.evaluate(() => document.documentElement.outerHTML);
    expect(pageText).not.toMatch(/data-(problem|score|category|emergency)/);
  });

  it('finds only the control in each shadow root, not the post or the evidence behind it', async () => {
    const roots = await feed.locator('pta-control').evaluateAll((els) =>
      els.map((el) => ({
        buttons: el.shadowRoot?.querySelectorAll('button').length ?? 0,
        text: el.shadowRoot?.textContent ?? '',
        inputs: el.shadowRoot?.querySelectorAll('input, textarea, script, iframe, img').length ?? 0,
      })),
    );
    for (const root of roots) {
      expect(root.buttons).toBe(1);
      expect(root.inputs).toBe(0);
      // The post's own words never sit inside our UI (the snapshot goes straight to the service worker).
      expect(root.text).not.toContain('Огромная яма');
    }
  });

  it('sees no extension API or global in its own world', async () => {
    const leaked = await feed.evaluate(() => ({
      browser: typeof (window as unknown as { browser?: unknown }).browser,
      runtimeId: (window as unknown as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id ?? null,
    }));
    expect(leaked).toEqual({ browser: 'undefined', runtimeId: null });
  });
});

describe('extension pages', () => {
  // (eval cannot be probed from here: DevTools evaluation is exempt from CSP. The static scan of dist/ in
  // manifest.test.ts covers it.)
  it('run under the strict CSP: no inline script, no network connection', async () => {
    const page = await session.open(session.url('src/pages/popup/index.html'));
    const blocked = await page.evaluate(async () => {
      const inline = document.createElement('script');
      inline.textContent = 'window.__inlineRan = true';
      document.body.append(inline);
      const fetched = await fetch('https://vk.com/feed').then(() => 'ran', () => 'blocked');
      return {
        inline: (window as unknown as { __inlineRan?: boolean }).__inlineRan ? 'ran' : 'blocked',
        fetch: fetched,
      };
    });
    expect(blocked).toEqual({ inline: 'blocked', fetch: 'blocked' });
    // The blocked attempts are reported as CSP violations: they are the point of this test, not errors to keep.
    session.errors.length = 0;
    await page.close();
  });
});

describe('the request recorder', () => {
  it('flags a request that is not one of the fixture pages, so its "no requests" verdicts mean something', async () => {
    const probe = await session.open('https://ok.ru/feed');
    await probe.evaluate(() => fetch('/api/collect?x=1').catch(() => undefined));
    await expect.poll(() => foreignRequests(session)).toContain('https://ok.ru/api/collect?x=1');
    await probe.close();
  });
});
