// Facebook (Comet UI): home feed, groups and pages. See ../shared/docs/feed-dom.md §3. Post roots are found by
// roles and aria, never by the atomic x… classes; comments are role=article too and are always nested in a post.
import { defineAdapter, firstLinkMatching } from './engine.ts';
import { absoluteUrl, closestSafe, queryAllSafe } from './dom.ts';

const POST = 'div[aria-posinset], div[role="article"], div[data-pagelet^="FeedUnit_"], div[role="feed"] > div';
const FOREIGN = '[role="article"] [role="article"], [role="article"][aria-label]';
const SPONSORED = 'a[href*="/ads/about"], a[href^="/business/help/"], a[href*="/ads/preferences"], [aria-label="Sponsored"], [aria-label="Реклама"], [aria-label="Спонсорская реклама"]';
const POST_HINTS = '[data-ad-rendering-role], [data-ad-preview], a[href*="/posts/"], a[href*="/permalink"], a[href*="story_fbid="], h2 a, h3 a, h4 a';
const PERMALINKS = [
  /\/posts\/(pfbid\w+|\d+)/,
  /\/permalink\/(\d+)/,
  /[?&]story_fbid=(pfbid\w+|\d+)/,
  /\/photo\/?\?fbid=(\d+)/,
  /\/videos\/(\d+)/,
  /\/reel\/(\d+)/,
];

function isPostRoot(el: Element): boolean {
  if (el.parentElement && closestSafe(el.parentElement, POST)) return false;
  if (closestSafe(el, '[role="dialog"]')) return false;
  return el.querySelector(POST_HINTS) !== null;
}

function isSponsored(el: Element): boolean {
  return queryAllSafe(el, SPONSORED).some((ad) => closestSafe(ad, FOREIGN) === null);
}

export const facebook = defineAdapter({
  network: 'facebook',
  hosts: /(^|\.)facebook\.com$/,
  posts: POST,
  accept: isPostRoot,
  excluded: isSponsored,
  foreign: FOREIGN,
  id(el) {
    return firstLinkMatching(el, PERMALINKS, FOREIGN)?.match[1] ?? null;
  },
  permalink(el, _id, pageUrl) {
    const link = firstLinkMatching(el, PERMALINKS, FOREIGN);
    return link ? absoluteUrl(link.href, pageUrl) : null;
  },
  author: [
    '[data-ad-rendering-role="profile_name"] a',
    '[data-ad-rendering-role="profile_name"]',
    'h2 a[role="link"]', 'h3 a[role="link"]', 'h4 a[role="link"]',
    'h2 a', 'h3 a', 'h4 a', 'strong a',
  ],
  time: [
    'abbr[data-utime]', 'time[datetime]',
    'a[href*="/posts/"][role="link"]', 'a[href*="/permalink/"]', 'a[href*="story_fbid="]', 'a[href*="/videos/"]', 'a[href*="/reel/"]',
  ],
  text: [
    '[data-ad-rendering-role="story_message"]',
    'div[data-ad-preview="message"]',
    'div[data-ad-comet-preview="message"]',
  ],
  noise: '[role="button"], button',
  images: [
    '[data-ad-rendering-role^="image"] img',
    'a[href*="/photo"] img',
    'img[src*="scontent"]',
    'img[src*="fbcdn"]',
  ],
  skipImage: '[data-ad-rendering-role="profile_name"] img, svg img',
  anchor: ['[data-ad-rendering-role="story_message"]', 'div[data-ad-preview="message"]', '[data-ad-rendering-role^="image"]'],
});
