// Instagram: the home feed (one <article> per post) and the single-post page or dialog, which have no
// <article>: there the post root is <main> or the dialog. See ../shared/docs/feed-dom.md §4.
import { defineAdapter, firstLinkMatching } from './engine.ts';
import { absoluteUrl, closestSafe, queryAllSafe, visibleText } from './dom.ts';

const POST = 'article, div[role="dialog"], main';
/** Comment permalinks (/p/<code>/c/<id>/) wrap each comment's time. */
const FOREIGN = 'a[href*="/c/"], ul ul';
/** /p/<code>/, /reel/<code>/, /tv/<code>/, optionally after a /<user> prefix; not comment or likes links. */
const POST_LINK = /^(?:https:\/\/www\.instagram\.com)?(?:\/[\w.]+)?\/(?:p|reel|tv)\/([\w-]+)\/?(?:\?.*)?$/;
const CODE_IN_PATH = /\/(?:p|reel|tv)\/([\w-]+)/;
const SPONSORED = /^(sponsored|реклама|жарнама|спонсорская реклама)$/i;

function isSponsored(article: Element): boolean {
  return queryAllSafe(article, 'header span, header a').some((el) => SPONSORED.test(visibleText(el)));
}

/** The post page and dialog: one post with its own time, and no feed articles inside. */
function isSinglePost(el: Element): boolean {
  if (el.querySelector('article') || !el.querySelector('time[datetime]')) return false;
  // The page under an open dialog is not a second post.
  return el.tagName !== 'MAIN' || !el.ownerDocument.querySelector('div[role="dialog"] time[datetime]');
}

function shortcode(el: Element, pageUrl: string): string | null {
  if (el.tagName === 'ARTICLE') return firstLinkMatching(el, [POST_LINK], FOREIGN)?.match[1] ?? null;
  const fromPage = CODE_IN_PATH.exec(new URL(pageUrl).pathname);
  if (fromPage?.[1]) return fromPage[1];
  // Comment and likes links name the post they belong to.
  const own = firstLinkMatching(el, [/^\/(?:p|reel)\/([\w-]+)\/(?:c\/|liked_by\/)/]);
  return own?.match[1] ?? null;
}

/** On the post page the caption follows the post's own time inside the author line. */
function captionAfterOwnTime(el: Element): Element | null {
  const time = queryAllSafe(el, 'time[datetime]').find((t) => closestSafe(t, FOREIGN) === null);
  let line = time?.parentElement ?? null;
  for (let depth = 0; line && depth < 3; depth++, line = line.parentElement) {
    const next = line.nextElementSibling;
    if (next?.tagName === 'SPAN') return next;
  }
  return null;
}

export const instagram = defineAdapter({
  network: 'instagram',
  hosts: /(^|\.)instagram\.com$/,
  posts: POST,
  accept: (el) => (el.tagName === 'ARTICLE' ? !closestSafe(el.parentElement ?? el, 'article') : isSinglePost(el)),
  excluded: isSponsored,
  foreign: FOREIGN,
  id: shortcode,
  permalink(el, id, pageUrl) {
    if (!id) return null;
    const path = el.tagName === 'ARTICLE' ? firstLinkMatching(el, [POST_LINK], FOREIGN)?.href : null;
    return absoluteUrl(path ?? `/p/${id}/`, pageUrl);
  },
  author: ['header a[href^="/"][role="link"]:not([href*="/p/"])', 'header a[href^="/"]', 'a[href^="/"][role="link"] span[dir="auto"]'],
  time: ['time[datetime]'],
  text: ['h1[dir="auto"]', 'h1', '[class*="_a9zs"]', 'span._ap3a._aaco._aacu'],
  textFallback: captionAfterOwnTime,
  noise: '[role="button"], button',
  images: ['div._aagv img', 'img[style*="object-fit"]', 'img[src*="cdninstagram"]', 'img[alt^="Photo"]'],
  skipImage: 'img[draggable="false"], a[href*="/p/"] img, a[href*="/reel/"] img, header img',
  anchor: ['section', 'time[datetime]'],
});
