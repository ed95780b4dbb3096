// Every network's fixture feed, served at its real hostname in Chromium with the extension loaded: the right posts
// get "File as appeal", posts appended by scrolling get one, nested comments, reposts and ads get none, and a
// click turns the post into a stored draft that carries the post's text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { describeNoForeignRequests, startSession, type Session } from './support.ts';
import { readStoredAppeals } from './idb.ts';
import { screenshotPath } from './screenshots.ts';

interface FeedCase {
  url: string;
  /** Controls on the page as loaded, and after its infinite scroll appended more posts. */
  controls: number;
  afterScroll?: number;
  /** Selectors of elements that must hold no control of their own (nested reposts, comments, ads). */
  noControlIn: string[];
  /** Selectors of posts that must hold exactly one control. */
  oneControlIn?: string[];
  /** The first problem post's text: clicking its control must store a draft with it. */
  firstText: string;
  /** The README's screenshot of this feed (docs/screenshots/<name>.png). */
  screenshot?: string;
}

const FEEDS: FeedCase[] = [
  {
    url: 'https://vk.com/feed',
    screenshot: 'feed-vk',
    controls: 5,
    afterScroll: 6,
    noControlIn: ['[data-post-id="-10003_90"]', '[data-post-id="-10004_12"]', '[data-post-id="20002_77"]'],
    oneControlIn: ['[data-post-id="-10001_501"][data-post-nesting-lvl="0"]', '[data-post-id="-10001_502"][data-post-nesting-lvl="0"]'],
    firstText: 'Огромная яма на дороге',
  },
  {
    url: 'https://vk.ru/feed',
    controls: 5,
    afterScroll: 6,
    noControlIn: ['[data-post-id="-10003_90"]'],
    firstText: 'Огромная яма на дороге',
  },
  {
    url: 'https://vk.com/club10001',
    controls: 3,
    noControlIn: ['[data-post-id="-10004_70"]', '.copy_quote'],
    oneControlIn: ['[data-post-id="-10001_601"]', '[data-post-id="20006_12"]'],
    firstText: '',
  },
  {
    url: 'https://ok.ru/feed',
    screenshot: 'feed-ok',
    controls: 4,
    afterScroll: 5,
    noControlIn: ['[data-feed-id="8841000000003"]', '.media-reshare'],
    oneControlIn: ['[data-feed-id="8841000000001"]', '[data-feed-id="8841000000004"]'],
    firstText: 'На остановке «Street 8» разбито стекло',
  },
  {
    url: 'https://ok.ru/group/70000000001',
    controls: 2,
    noControlIn: ['.comments_lst'],
    firstText: '',
  },
  {
    url: 'https://www.facebook.com/',
    screenshot: 'feed-facebook',
    controls: 3,
    afterScroll: 4,
    noControlIn: ['[role="article"] [role="article"]', '[role="dialog"]'],
    firstText: 'открытый канализационный люк без крышки',
  },
  {
    url: 'https://www.facebook.com/groups/500100/',
    controls: 2,
    noControlIn: ['[role="article"]'],
    firstText: '',
  },
  {
    url: 'https://www.facebook.com/citydistrict.placeholder',
    controls: 2,
    noControlIn: ['[role="article"] [role="article"]'],
    firstText: '',
  },
  {
    url: 'https://www.instagram.com/',
    screenshot: 'feed-instagram',
    controls: 3,
    afterScroll: 4,
    noControlIn: [],
    firstText: 'Яма на перекрёстке Street 20 и Street 21',
  },
  { url: 'https://www.instagram.com/p/Cq7GGggGGg7/', controls: 1, noControlIn: [], firstText: '' },
  { url: 'https://www.instagram.com/p/CqAHHhhHHhA/', controls: 1, noControlIn: ['main'], firstText: '' },
];

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session?.close());

const controlsOf = (page: Page | Locator) => page.getByRole('button', { name: 'File as appeal' });

/** Scrolls down the way a reader does, a screen at a time, until the page stops growing. */
async function scrollThrough(page: Page): Promise<void> {
  let last = -1;
  for (let step = 0; step < 40; step++) {
    await page.mouse.wheel(0, 700);
    await page.waitForTimeout(150);
    const y = await page.evaluate(() => window.scrollY);
    if (y === last) break;
    last = y;
  }
}

async function settledCount(page: Page, expected: number): Promise<number> {
  // Posts are processed in idle time: wait until the expected number shows up, then make sure no more come.
  await expect.poll(() => controlsOf(page).count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(expected);
  await page.waitForTimeout(500);
  return controlsOf(page).count();
}

describe.each(FEEDS)('$url', (feed) => {
  let page: Page;
  beforeAll(async () => {
    page = await session.open(feed.url);
  });
  afterAll(async () => page?.close());

  it(`puts "File as appeal" on the ${feed.afterScroll ?? feed.controls} problem posts met while scrolling, and nowhere else`, async () => {
    // Scroll like a reader: the fixture's infinite scroll appends its extra posts when the bottom is reached.
    const expected = feed.afterScroll ?? feed.controls;
    await scrollThrough(page);
    expect(await settledCount(page, expected)).toBe(expected);
    for (const selector of feed.noControlIn) {
      for (const element of await page.locator(selector).all()) {
        // A nested element may sit inside a post that has its own control; it must hold none itself.
        expect(await element.evaluate((el) => el.querySelectorAll('pta-control').length), selector).toBe(0);
      }
    }
    for (const selector of feed.oneControlIn ?? []) {
      expect(await controlsOf(page.locator(selector)).count(), selector).toBe(1);
    }
    if (feed.screenshot) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(400);
      await page.screenshot({ path: screenshotPath(feed.screenshot) });
    }
  });

  if (feed.firstText) {
    it('turns the first problem post into a stored draft with its text', async () => {
      await controlsOf(page).first().click();
      await expect
        .poll(async () => (await readStoredAppeals(session)).map((a) => a.source?.text ?? ''), { timeout: 10_000 })
        .toContainEqual(expect.stringContaining(feed.firstText));
    });
  }

  it('raises no errors on the page', () => {
    expect(session.errors.filter((e) => e.startsWith(feed.url))).toEqual([]);
  });
});

describeNoForeignRequests(() => session);
