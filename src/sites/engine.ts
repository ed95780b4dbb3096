// Turns a declarative AdapterSpec into a SiteAdapter. All reads are defensive: a post with missing parts
// yields nulls, never an exception.
import type { PostImage, PostSnapshot } from '../core/types.ts';
import type { AdapterSpec, SiteAdapter } from './types.ts';
import {
  absoluteUrl, cleanUrl, closestSafe, firstOwn, imageUrl, insideNested, linkOf, matchesSafe,
  queryAllSafe, readTime, tidy, visibleText,
} from './dom.ts';

const MAX_IMAGES = 20;

export function pageUrlOf(el: Element): string {
  return el.ownerDocument?.defaultView?.location?.href ?? 'about:blank';
}

export function defineAdapter(spec: AdapterSpec): SiteAdapter {
  // Fields are read from the post itself: not from quoted reposts, not from comments.
  const notOwn = [spec.nested, spec.foreign].filter(Boolean).join(', ') || undefined;
  // The page URL is read once per call by the callers: location reads cross into the page and are not free.
  const accept = (el: Element, pageUrl: string): boolean => {
    try {
      return spec.accept(el, pageUrl);
    } catch {
      return false;
    }
  };

  const excluded = (el: Element): boolean => {
    try {
      return spec.excluded?.(el) ?? false;
    } catch {
      return true;
    }
  };

  const textContainer = (post: Element): Element | null =>
    firstOwn(post, spec.text, notOwn) ?? spec.textFallback?.(post) ?? null;

  const textOf = (container: Element | null): string =>
    container ? visibleText(container, { noise: spec.noise, reveal: spec.reveal }) : '';

  const quotedTexts = (post: Element): string[] => {
    if (!spec.nested) return [];
    return queryAllSafe(post, spec.nested)
      // Only the outermost quotes: a repost of a repost is read as part of its parent quote.
      .filter((quote) => quote.parentElement !== null && !insideNested(quote.parentElement, post, spec.nested))
      .filter((quote) => !insideNested(quote, post, spec.foreign))
      .map((quote) => textOf(firstOwn(quote, spec.text, notOwn)))
      .filter(Boolean);
  };

  const fullText = (post: Element): string =>
    tidy([textOf(textContainer(post)), ...quotedTexts(post)].filter(Boolean).join('\n\n'));

  const images = (post: Element, base: string): PostImage[] => {
    const seen = new Set<string>();
    const out: PostImage[] = [];
    for (const selector of spec.images) {
      for (const img of queryAllSafe(post, selector)) {
        if (out.length >= MAX_IMAGES) return out;
        if (matchesSafe(img, spec.skipImage) || insideNested(img, post, spec.foreign)) continue;
        const url = imageUrl(img, base);
        if (!url || seen.has(url)) continue;
        seen.add(url);
        out.push({ url, alt: img.getAttribute('alt') || img.getAttribute('aria-label') || null });
      }
    }
    return out;
  };

  const author = (post: Element, base: string): { name: string | null; url: string | null } => {
    // Avatar links come first in many headers and hold only an image: take the first match with a name.
    const match = firstOwn(post, spec.author, notOwn, (el) => visibleText(el) !== '') ?? firstOwn(post, spec.author, notOwn);
    if (!match) return { name: null, url: null };
    const link = linkOf(match);
    return { name: visibleText(match) || null, url: cleanUrl(absoluteUrl(link?.getAttribute('href'), base)) };
  };

  const safe = <T>(read: () => T, fallback: T): T => {
    try {
      return read();
    } catch {
      return fallback;
    }
  };

  return {
    network: spec.network,
    spec,
    matches: (location) => spec.hosts.test(location.hostname),
    findPosts(root, withAds = false) {
      const own = 'matches' in root && matchesSafe(root as Element, spec.posts) ? [root as Element] : [];
      const candidates = [...own, ...queryAllSafe(root, spec.posts)];
      if (candidates.length === 0) return candidates;
      const pageUrl = pageUrlOf(candidates[0]!);
      return candidates.filter((el) => accept(el, pageUrl) && (withAds || !excluded(el)));
    },
    excluded,
    postOf(node) {
      let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
      let pageUrl: string | null = null;
      while (el) {
        const candidate = closestSafe(el, spec.posts);
        if (!candidate || accept(candidate, (pageUrl ??= pageUrlOf(candidate)))) return candidate;
        el = candidate.parentElement;
      }
      return null;
    },
    text: (el) => safe(() => fullText(el), ''),
    id: (el) => safe(() => spec.id(el, pageUrlOf(el)), null),
    snapshot(el, now) {
      const pageUrl = pageUrlOf(el);
      const id = safe(() => spec.id(el, pageUrl), null);
      const who = safe(() => author(el, pageUrl), { name: null, url: null });
      const timeEl = safe(() => firstOwn(el, spec.time, notOwn), null);
      return {
        network: spec.network,
        postId: id,
        permalink: safe(() => cleanUrl(spec.permalink(el, id, pageUrl)), null),
        authorName: who.name,
        authorUrl: who.url,
        publishedAt: timeEl ? safe(() => readTime(timeEl), null) : null,
        text: safe(() => fullText(el), ''),
        images: safe(() => images(el, pageUrl), []),
        pageUrl,
        capturedAt: now.toISOString(),
      } satisfies PostSnapshot;
    },
    anchor: (el) => safe(() => firstOwn(el, spec.anchor, notOwn), null),
  };
}

/** The first `href` under `el` whose URL matches one of the shapes; ignores links inside reposts. */
export function firstLinkMatching(el: Element, shapes: readonly RegExp[], nested?: string): { href: string; match: RegExpExecArray } | null {
  for (const shape of shapes) {
    for (const link of queryAllSafe(el, 'a[href]')) {
      if (insideNested(link, el, nested)) continue;
      const href = link.getAttribute('href') ?? '';
      const match = shape.exec(href);
      if (match) return { href, match };
    }
  }
  return null;
}
