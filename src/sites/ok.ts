// OK (ok.ru): the main feed and group feeds share the `.feed-w > .feed[data-feed-id]` markup.
// See ../shared/docs/feed-dom.md §2; no 2023+ capture exists, so BEM classes back up every data attribute.
import { defineAdapter, firstLinkMatching } from './engine.ts';
import { absoluteUrl, closestSafe, queryAllSafe, visibleText } from './dom.ts';

const POST = '[data-feed-id]';
const NESTED = '.media-reshare, .reshare';
const FOREIGN = '.comments_lst, .comments_i, [data-module="Comments"]';
const AD_MARKERS = '[data-url*="adv_info"], button[class*="advert-badge"], [class*="__banner-feed"], dzen-content';
const PROMO_LABEL = /^(промо|реклама|может быть интересно|жарнама|promo|sponsored)/i;
const PERMALINK = [/\/topic\/\d+/, /\/statuses\/\d+/, /\/video\/\d+/];

function isPromo(el: Element): boolean {
  if (el.querySelector(AD_MARKERS)) return true;
  return queryAllSafe(el, '.feed_label, .feed-header_label').some((label) => PROMO_LABEL.test(visibleText(label)));
}

export const ok = defineAdapter({
  network: 'ok',
  hosts: /(^|\.)ok\.ru$/,
  posts: POST,
  accept: (el) => el.parentElement !== null && closestSafe(el.parentElement, POST) === null && !closestSafe(el, NESTED),
  excluded: isPromo,
  nested: NESTED,
  foreign: FOREIGN,
  id(el) {
    const id = el.getAttribute('data-feed-id');
    return id && /^[\w:.-]{1,80}$/.test(id) ? id : null;
  },
  permalink(el, _id, pageUrl) {
    const link = firstLinkMatching(el, PERMALINK, `${NESTED}, ${FOREIGN}`);
    return link ? absoluteUrl(link.href, pageUrl) : null;
  },
  author: ['a.group-link', 'a.user-link', '.feed_h_heading a[href^="/"]', '.feed_h a[href^="/"]', '.feed_ava > a[href]'],
  time: ['time[datetime]', '.feed_date', '.feed-header_date'],
  text: ['.media-text_cnt_tx', '.media-text_cnt', '[data-module="MediaText"]', '[class*="media-text"]'],
  noise: '.media-text_more, [role="button"], button',
  images: ['img.collage_img', '.media-photos img', '[data-module="PhotoCollage"] img', '.media-link_img img'],
  skipImage: '.feed_ava img',
  anchor: ['.feed_b', '.media-block', '.feed-action'],
});
