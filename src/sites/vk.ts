// VK (vk.com, vk.ru): the VKUI feed (2025–26, data-testid hooks) and the legacy server-rendered wall.
// See ../shared/docs/feed-dom.md §1. Class fragments are last-resort fallbacks only.
import { defineAdapter, firstLinkMatching } from './engine.ts';
import { absoluteUrl, closestSafe, queryAllSafe, visibleText } from './dom.ts';

const POST = '[data-testid="post"][data-post-id], div[id^="post-"][data-post-id], div._post[data-post-id]';
const NESTED = '[data-post-nesting-lvl]:not([data-post-nesting-lvl="0"]), .copy_quote';
const AD_MARKERS = [
  '[aria-label="Реклама от автора"]',
  '[class^="AdBlockProtector__noVisible--"]',
  '[data-testid="post-header-subscription-button"]',
  '.wall_marked_as_ads',
  '._ads_block_data_w',
].join(', ');
const AD_SUBTITLE = /^\s*(реклама|advertisement|жарнама)/i;
const WALL_ID = /wall(-?\d+_\d+)/;

const SUBTITLE = '[data-testid="post-header-subtitle"]';

/** One query for every ad sign: an ad marker, or a subtitle that says «Реклама». */
function isAd(post: Element): boolean {
  if (post.matches(AD_MARKERS)) return true;
  return queryAllSafe(post, `${AD_MARKERS}, ${SUBTITLE}`)
    .some((el) => !el.matches(SUBTITLE) || AD_SUBTITLE.test(visibleText(el)));
}

function isRepost(el: Element): boolean {
  const level = Number(el.getAttribute('data-post-nesting-lvl') ?? '0');
  if (level > 0) return true;
  // A post root inside another post root is quoted content, whatever the layout.
  return el.parentElement !== null && closestSafe(el.parentElement, POST) !== null;
}

export const vk = defineAdapter({
  network: 'vk',
  hosts: /(^|\.)vk\.(com|ru)$/,
  posts: POST,
  accept: (el) => !isRepost(el),
  excluded: isAd,
  nested: NESTED,
  id(el) {
    const id = el.getAttribute('data-post-id') ?? el.id.replace(/^post/, '');
    return /^-?\d+_\d+$/.test(id) ? id : null;
  },
  permalink(el, id, pageUrl) {
    const link = firstLinkMatching(el, [WALL_ID], NESTED);
    if (link && link.match[1] === id) return absoluteUrl(link.href, pageUrl);
    return id ? absoluteUrl(`/wall${id}`, pageUrl) : null;
  },
  author: [
    'a[data-testid="post-header-title"]',
    '[data-testid="post-header-title"]',
    'a.PostHeaderTitle__authorLink',
    '.PostHeaderTitle__authorName',
    'a.author',
    '[class*="vkitPostHeaderTitle"] a[href^="/"]',
  ],
  time: [
    '[data-testid="post_date_block_preview"]',
    'time[datetime]',
    'span.rel_date[time]',
    '.rel_date',
    'time.PostHeaderSubtitle__item',
    'a.PostHeaderSubtitle__link',
  ],
  text: [
    '[data-testid="showmoretext-in-expanded"]',
    '[data-testid="showmoretext-in"]',
    '[data-testid="post-content-container"] [data-testid="showmoretext"]',
    '.wall_post_text',
    '[class*="vkitShowMoreText__text"]',
    '[class*="FeedPostText__root"]',
    '[class^="vkitPostText__root"]',
  ],
  noise: '[data-testid="showmoretext-after"], button, [role="button"], a.wall_post_more, .PostTextMore',
  reveal: 'a.wall_post_more + span',
  images: [
    '[data-testid="primary-attachment-photo"] img',
    'img[data-testid="media-grid-image"]',
    '[data-testid="media-grid-item"] img',
    'a[href^="/photo"] img',
    'a.page_post_thumb_wrap',
    '[class*="PhotoPrimaryAttachment__imageElement"]',
  ],
  anchor: ['[data-testid="post-content-container"]', '.wall_text', '[class*="vkitPostHeader__container"]'],
});
