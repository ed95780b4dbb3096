// DOM reading helpers shared by every adapter. They never read layout (no innerText, no getBoundingClientRect)
// and never throw on odd markup: a failing selector or URL simply yields nothing.

/** Marker of our own host elements; constant so that a freshly injected script recognises stale hosts. */
export const HOST_TAG = 'pta-control';

const ELEMENT = 1;
const TEXT = 3;
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'IMG', 'VIDEO', 'CANVAS', 'TEXTAREA', 'INPUT', 'SELECT', HOST_TAG.toUpperCase()]);
const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'TR', 'HEADER', 'FOOTER', 'PRE']);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

export function matchesSafe(el: Element, selector: string | undefined): boolean {
  if (!selector) return false;
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

export function queryAllSafe(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

export function querySafe(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

export function closestSafe(el: Element, selector: string): Element | null {
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}

/** True when `node` sits inside quoted content (a repost) of `post` rather than in the post itself. */
export function insideNested(node: Element, post: Element, nested: string | undefined): boolean {
  if (!nested) return false;
  const quote = closestSafe(node, nested);
  return quote !== null && quote !== post && post.contains(quote);
}

/** First match of the ordered selector list that belongs to the post itself (not to a repost inside it). */
export function firstOwn(
  post: Element,
  selectors: readonly string[],
  nested?: string,
  usable: (el: Element) => boolean = () => true,
): Element | null {
  for (const selector of selectors) {
    // The first match is nearly always the one: list every match only when it belongs to a repost.
    const first = querySafe(post, selector);
    if (!first) continue;
    if (!insideNested(first, post, nested) && usable(first)) return first;
    for (const match of queryAllSafe(post, selector)) {
      if (!insideNested(match, post, nested) && usable(match)) return match;
    }
  }
  return null;
}

export function isMarkedHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

interface TextRules {
  noise?: string | undefined;
  reveal?: string | undefined;
}

/**
 * The text a reader sees: walks text nodes, skips subtrees hidden by attributes (decoy letters, collapsed
 * duplicates), skips buttons such as "show more", and breaks lines at block elements.
 */
export function visibleText(root: Element, rules: TextRules = {}): string {
  // One query per rule instead of a selector match per element: much cheaper on long posts.
  const noise = rules.noise ? new Set(queryAllSafe(root, rules.noise)) : null;
  const reveal = rules.reveal ? new Set(queryAllSafe(root, rules.reveal)) : null;
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT) {
        parts.push(child.nodeValue ?? '');
        continue;
      }
      if (child.nodeType !== ELEMENT) continue;
      const el = child as Element;
      if (el.tagName === 'BR') {
        parts.push('\n');
        continue;
      }
      if (SKIPPED_TAGS.has(el.tagName) || noise?.has(el)) continue;
      if (isMarkedHidden(el) && !reveal?.has(el)) continue;
      const block = BLOCK_TAGS.has(el.tagName);
      if (block) parts.push('\n');
      walk(el);
      if (block) parts.push('\n');
    }
  };
  walk(root);
  return tidy(parts.join(''));
}

/** Collapses runs of spaces inside lines and blank-line runs, keeping paragraph breaks. */
export function tidy(text: string): string {
  return text
    .replace(/[ \t\f\v\u00a0\u202f]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function absoluteUrl(href: string | null | undefined, base: string): string | null {
  if (!href || href === '#' || /^\s*javascript:/i.test(href)) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

/** Tracking parameters that identify the viewer, not the post. */
const TRACKING = /^(__cft__|__tn__|fbclid|utm_\w+|igsh|igshid|_nc_\w+|ref|refsrc|eid)(\[.*\])?$/;

export function cleanUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    for (const key of [...parsed.searchParams.keys()]) if (TRACKING.test(key)) parsed.searchParams.delete(key);
    return parsed.href;
  } catch {
    return url;
  }
}

/** The element's own link: itself when it is an anchor, else its closest or first descendant anchor. */
export function linkOf(el: Element): Element | null {
  return closestSafe(el, 'a[href]') ?? el.querySelector('a[href]');
}

/** ISO time from machine-readable attributes (datetime, unix seconds); the visible text otherwise. */
export function readTime(el: Element): string | null {
  const datetime = el.getAttribute('datetime');
  if (datetime && !Number.isNaN(Date.parse(datetime))) return new Date(datetime).toISOString();
  for (const attr of ['data-ts', 'time', 'data-utime', 'data-time']) {
    const value = Number(el.getAttribute(attr));
    if (Number.isFinite(value) && value > 1e9 && value < 1e11) return new Date(value * 1000).toISOString();
  }
  const text = visibleText(el) || el.getAttribute('title');
  return text ? text : null;
}

const CSS_URL = /url\(\s*(['"]?)(.*?)\1\s*\)/;

export function imageUrl(el: Element, base: string): string | null {
  const src = el.getAttribute('src') ?? el.getAttribute('data-src');
  if (src) return absoluteUrl(src, base);
  const background = CSS_URL.exec(el.getAttribute('style') ?? '');
  return background ? absoluteUrl(background[2], base) : null;
}

/** Cheap 32-bit FNV-1a over a bounded sample of the string (head, tail, length). */
export function fingerprint(text: string): string {
  const sample = text.length > 600 ? text.slice(0, 500) + text.slice(-100) : text;
  let hash = 0x811c9dc5;
  for (let i = 0; i < sample.length; i++) hash = Math.imul(hash ^ sample.charCodeAt(i), 0x01000193);
  return `${text.length.toString(36)}.${(hash >>> 0).toString(36)}`;
}
