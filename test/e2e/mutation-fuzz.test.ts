// Guarantee 6 of the privacy and security issue: the sites change their markup all the time, recycle rows and
// navigate without reloading. Every fixture feed is mutated at random in the page's own world (removed nodes,
// shuffled, renamed and removed attributes, duplicated posts — with our control inside —, one post's text
// moved into another, changed ids, rapid SPA navigation, many posts appended at once). After each round the
// content script must have thrown nothing, no post may hold two working controls, and no node of the site may
// have been removed by the extension. FUZZ_RUNS rounds per fixture (default 3); FUZZ_SEED replays a run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROUTES } from '../../scripts/lib/feed-server.ts';
import { envInt, mulberry32 } from '../support/prng.ts';
import { describeNoForeignRequests, startSession, type Session } from './support.ts';

const RUNS = envInt('FUZZ_RUNS', 3);
const SEED = envInt('FUZZ_SEED', 6);

/** Post roots per network, as the adapters in src/sites/ find them (their `posts` selectors). */
const POST_ROOTS: Array<[RegExp, string]> = [
  [/^vk\.(com|ru)$/, '[data-testid="post"][data-post-id], div[id^="post-"][data-post-id], div._post[data-post-id]'],
  [/^ok\.ru$/, '[data-feed-id]'],
  [/facebook\.com$/, 'div[aria-posinset], div[role="article"], div[data-pagelet^="FeedUnit_"], div[role="feed"] > div'],
  [/instagram\.com$/, 'article, div[role="dialog"], main'],
];

const FIXTURES = Object.keys(ROUTES)
  .filter((route) => route !== 'vk.com/hostile')
  .map((route) => `https://${route}`);

function postRootsOf(url: string): string {
  const host = new URL(url).hostname;
  const entry = POST_ROOTS.find(([hosts]) => hosts.test(host));
  if (!entry) throw new Error(`no post selector for ${host}`);
  return entry[1];
}

interface RoundReport {
  steps: string[];
}

/**
 * One round of mutations, run in the page's main world. Self-contained (it is serialised into the page); the
 * random numbers come from the seeded PRNG in Node so that a seed replays the same round. Every node it removes
 * is recorded, so that afterwards a missing node can be told apart from one the extension removed.
 */
function mutateInPage({ randoms, posts }: { randoms: number[]; posts: string }): RoundReport {
  let cursor = 0;
  const random = () => randoms[cursor++ % randoms.length]!;
  const int = (max: number) => Math.floor(random() * max);
  const pick = <T,>(items: readonly T[]): T | undefined => (items.length ? items[int(items.length)] : undefined);
  const state = window as unknown as { __ptaRemoved: WeakSet<Node> };
  const ours = (el: Element) => el.tagName === 'PTA-CONTROL' || el.closest('pta-control') !== null;
  const siteElements = () => Array.from(document.body.querySelectorAll('*')).filter((el) => !ours(el));
  const postRoots = () => Array.from(document.querySelectorAll(posts));
  const remove = (node: Node) => {
    state.__ptaRemoved.add(node);
    node.parentNode?.removeChild(node);
  };
  const longestText = (root: Element): Text | null => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let best: Text | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if ((node.parentElement && ours(node.parentElement)) || !node.textContent?.trim()) continue;
      if (!best || (node.textContent?.length ?? 0) > (best.textContent?.length ?? 0)) best = node as Text;
    }
    return best;
  };
  const ATTRIBUTES = ['data-post-id', 'data-feed-id', 'data-testid', 'role', 'class', 'aria-posinset', 'data-post-nesting-lvl', 'id', 'href'];
  const newId = () => `${int(2) ? '-' : ''}${1 + int(99_999)}_${int(9_999)}`;

  const ops: Record<string, () => string> = {
    removeNodes() {
      const victims = Array.from({ length: 1 + int(4) }, () => pick(siteElements())).filter((el): el is Element => !!el && el !== document.body);
      victims.forEach(remove);
      return `removed ${victims.map((el) => el.tagName.toLowerCase()).join(', ')}`;
    },
    attributes() {
      const done: string[] = [];
      for (let i = 1 + int(6); i > 0; i--) {
        const el = pick(int(2) ? postRoots() : siteElements());
        const name = pick(ATTRIBUTES)!;
        if (!el) continue;
        const value = el.getAttribute(name);
        const action = int(4);
        if (action === 0) el.removeAttribute(name);
        else if (action === 1 && value !== null) {
          el.removeAttribute(name);
          el.setAttribute(`${name}-x`, value);
        } else if (action === 2) {
          const other = pick(siteElements());
          const otherValue = other?.getAttribute(name) ?? null;
          if (other && value !== null) other.setAttribute(name, value);
          if (otherValue !== null) el.setAttribute(name, otherValue);
        } else el.setAttribute(name, pick(['', 'post', 'article', 'feed', '0', '1', newId(), 'x y z'])!);
        done.push(`${name}:${action}`);
      }
      return `attributes ${done.join(' ')}`;
    },
    duplicatePost() {
      const post = pick(postRoots());
      if (!post?.parentNode) return 'duplicate: no post';
      const clone = post.cloneNode(true) as Element;
      const withControl = clone.querySelector('pta-control') !== null;
      if (int(2)) post.after(clone);
      else pick(postRoots())?.before(clone);
      return `duplicated a post${withControl ? ' with its control' : ''}`;
    },
    moveText() {
      const [from, to] = [pick(postRoots()), pick(postRoots())];
      if (!from || !to || from === to) return 'moveText: fewer than two posts';
      const source = longestText(from);
      const target = longestText(to);
      if (!source || !target) return 'moveText: no text';
      target.data = source.data;
      if (int(2)) {
        const id = from.getAttribute('data-post-id') ?? from.getAttribute('data-feed-id');
        if (id !== null) to.setAttribute(from.hasAttribute('data-post-id') ? 'data-post-id' : 'data-feed-id', id);
      }
      return 'moved one post’s text into another (row reuse)';
    },
    changeId() {
      const post = pick(postRoots());
      if (!post) return 'changeId: no post';
      const name = post.hasAttribute('data-feed-id') ? 'data-feed-id' : 'data-post-id';
      post.setAttribute(name, newId());
      return `changed ${name}`;
    },
    spaNavigation() {
      const start = location.pathname + location.search;
      const count = 3 + int(20);
      for (let i = 0; i < count; i++) {
        history.pushState({ i }, '', pick(['/feed', '/club10001', '/groups/500100/', '/p/CqAHHhhHHhA/', '/?page=' + i, start])!);
        if (int(2)) window.dispatchEvent(new PopStateEvent('popstate', { state: { i } }));
      }
      history.pushState({}, '', start);
      window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
      return `${count} SPA navigations`;
    },
    appendMany() {
      const post = pick(postRoots());
      const parent = post?.parentElement;
      if (!post || !parent) return 'appendMany: no post';
      const count = 10 + int(40);
      const fragment = document.createDocumentFragment();
      for (let i = 0; i < count; i++) {
        const clone = post.cloneNode(true) as Element;
        if (clone.hasAttribute('data-post-id')) clone.setAttribute('data-post-id', newId());
        if (clone.hasAttribute('data-feed-id')) clone.setAttribute('data-feed-id', String(9_000_000_000_000 + int(1e6)));
        fragment.append(clone);
      }
      parent.append(fragment);
      return `appended ${count} posts at once`;
    },
    replaceContent() {
      const [from, to] = [pick(postRoots()), pick(postRoots())];
      if (!from || !to || from === to || to.contains(from) || from.contains(to)) return 'replaceContent: no pair';
      to.childNodes.forEach((child) => state.__ptaRemoved.add(child));
      to.replaceChildren(...Array.from(from.cloneNode(true).childNodes));
      return 'replaced a post’s whole content with another’s (recycled row)';
    },
    scroll() {
      window.scrollTo(0, random() * document.documentElement.scrollHeight);
      return 'scrolled';
    },
  };

  const names = Object.keys(ops);
  const steps: string[] = [];
  for (let i = 2 + int(4); i > 0; i--) {
    const name = pick(names)!;
    steps.push(`${name}: ${ops[name]!()}`);
  }
  return { steps };
}

/** Remembers every site element now on the page and starts a fresh record of what the round removes. */
function markSiteNodes(): number {
  const state = window as unknown as { __ptaKnown: Element[]; __ptaRemoved: WeakSet<Node> };
  state.__ptaKnown = Array.from(document.querySelectorAll('*')).filter((el) => el.tagName !== 'PTA-CONTROL' && !el.closest('pta-control'));
  state.__ptaRemoved = new WeakSet();
  return state.__ptaKnown.length;
}

interface PageCheck {
  siteElements: number;
  controls: number;
  /** Site elements gone from the page that no mutation removed. */
  lostNodes: string[];
  /** Post roots holding more than one working control, and controls with a working sibling control. */
  duplicates: string[];
}

function checkPage(posts: string): PageCheck {
  const state = window as unknown as { __ptaKnown: Element[]; __ptaRemoved: WeakSet<Node> };
  const removedByTest = (el: Node) => {
    for (let node: Node | null = el; node; node = node.parentNode) if (state.__ptaRemoved.has(node)) return true;
    return false;
  };
  const describe = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}[${['data-post-id', 'data-feed-id', 'data-testid', 'role'].map((a) => el.getAttribute(a)).filter((v) => v !== null).join(',')}]`;
  const working = Array.from(document.querySelectorAll('pta-control')).filter((host) => host.shadowRoot?.querySelector('button') != null);
  const byRoot = new Map<Element, number>();
  for (const host of working) {
    const root = host.parentElement?.closest(posts);
    if (root) byRoot.set(root, (byRoot.get(root) ?? 0) + 1);
  }
  const duplicates = [...byRoot].filter(([, count]) => count > 1).map(([root, count]) => `${count} controls in ${describe(root)}`);
  for (const host of working) {
    const siblings = Array.from(host.parentElement?.children ?? []).filter((el) => el !== host && working.includes(el));
    if (siblings.length) duplicates.push(`control with ${siblings.length} working sibling control(s) in ${describe(host.parentElement!)}`);
  }
  const lostNodes = state.__ptaKnown.filter((el) => !el.isConnected && !removedByTest(el)).map(describe);
  const siteElements = Array.from(document.querySelectorAll('*')).filter((el) => el.tagName !== 'PTA-CONTROL' && !el.closest('pta-control')).length;
  return { siteElements, controls: working.length, lostNodes, duplicates };
}

/** Idle: the watcher works in animation frames and idle callbacks; two quiet idle periods mean it is done. */
async function settle(page: Page): Promise<void> {
  for (let i = 0; i < 2; i++) {
    await page.evaluate(
      () => new Promise<void>((resolve) => requestAnimationFrame(() => requestIdleCallback(() => setTimeout(resolve, 150), { timeout: 1000 }))),
    );
  }
}

let session: Session;
/** Uncaught exceptions and console errors whose source is the extension (its scripts live at chrome-extension://). */
const extensionErrors: string[] = [];
/** Errors of the fixture pages' own little scripts, which a mutated page may well raise: reported, not failed. */
const siteErrors: string[] = [];
const log: string[] = [];

beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  console.log(log.join('\n'));
  if (siteErrors.length) console.log(`errors from the fixture pages' own scripts (not the extension):\n${siteErrors.join('\n')}`);
  await session?.close();
});

describe(`random mutations of every fixture feed (FUZZ_RUNS=${RUNS} rounds each, FUZZ_SEED=${SEED})`, () => {
  it.each(FIXTURES.map((url, index) => [url, index] as const))('%s', async (url, index) => {
    const page = await session.context.newPage();
    page.on('pageerror', (error) => {
      const text = `${url}: ${error.message}\n${error.stack ?? ''}`;
      (text.includes('chrome-extension://') ? extensionErrors : siteErrors).push(text);
    });
    page.on('console', (message) => {
      if (message.type() !== 'error' || message.text().startsWith('Failed to load resource')) return;
      const from = message.location().url;
      if (from.startsWith('chrome-extension://') || message.text().includes('chrome-extension://')) extensionErrors.push(`${url}: ${message.text()} (${from})`);
    });
    await page.goto(url);
    const posts = postRootsOf(url);
    await expect.poll(() => page.locator('pta-control').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await settle(page);

    for (let round = 0; round < RUNS; round++) {
      const seed = SEED * 1_000 + index * 100 + round;
      const random = mulberry32(seed);
      const randoms = Array.from({ length: 512 }, () => random.next());
      await page.evaluate(markSiteNodes);
      const { steps } = await page.evaluate(mutateInPage, { randoms, posts });
      const where = `${url} round ${round} (FUZZ_SEED=${SEED}, seed ${seed}): ${steps.join(' | ')}`;
      await settle(page);
      const settled = await page.evaluate(checkPage, posts);
      log.push(`${where} → ${settled.controls} working controls, ${settled.siteElements} site elements`);
      expect(extensionErrors, where).toEqual([]);
      expect(settled.duplicates, where).toEqual([]);
      expect(settled.lostNodes, `${where}: site nodes removed by the extension`).toEqual([]);
      // A second settle without any mutation changes nothing of the site's.
      await settle(page);
      const quiet = await page.evaluate(checkPage, posts);
      expect(quiet.siteElements, where).toBe(settled.siteElements);
      expect(quiet.duplicates, where).toEqual([]);
    }
    await page.close();
  });

  it('would notice a second working control in a post and a site node removed by anyone but the test', async () => {
    const url = 'https://vk.com/feed';
    const page = await session.context.newPage();
    await page.goto(url);
    await expect.poll(() => page.locator('pta-control').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await settle(page);
    await page.evaluate(markSiteNodes);
    await page.evaluate(() => {
      const host = document.querySelector('pta-control')!;
      const twin = document.createElement('pta-control');
      twin.attachShadow({ mode: 'open' }).append(document.createElement('button'));
      host.after(twin);
      document.querySelector('[data-post-id] a')!.remove();
    });
    const planted = await page.evaluate(checkPage, postRootsOf(url));
    expect(planted.duplicates.length).toBeGreaterThan(0);
    expect(planted.lostNodes[0]).toMatch(/^a\[/);
    await page.close();
  });

  it('saw no error from the extension on any page', () => {
    expect(extensionErrors).toEqual([]);
  });
});

describeNoForeignRequests(() => session);
