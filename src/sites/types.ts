import type { Network, PostSnapshot } from '../core/types.ts';

/**
 * Declarative description of one network's feed markup. Every selector list is ordered: stable anchors
 * (data-testid, data-*, roles, aria, time[datetime], URL shapes) first, class fragments last.
 */
export interface AdapterSpec {
  network: Network;
  /** Cheap page test, like zotero's detectWeb. */
  hosts: RegExp;
  /** Candidate post roots; `accept` decides which candidates are real posts. */
  posts: string;
  /** Cheap structural test: false for nested reposts, comments and other candidates that are not posts. */
  accept(el: Element, pageUrl: string): boolean;
  /** Ads and promos: real posts that must never get a control. Checked only when a control is due. */
  excluded?(el: Element): boolean;
  /** Quoted content inside a post (reposts); its fields belong to it, not to the outer post. */
  nested?: string;
  /** Content inside a post that belongs to other people (comments): ignored by every field. */
  foreign?: string;
  id(el: Element, pageUrl: string): string | null;
  permalink(el: Element, id: string | null, pageUrl: string): string | null;
  author: readonly string[];
  time: readonly string[];
  text: readonly string[];
  /** Custom text finder tried after `text` selectors (layouts whose caption has no hook). */
  textFallback?(el: Element): Element | null;
  /** Parts of a text container that are not post text ("show more" buttons, translate links). */
  noise?: string;
  /** Hidden parts of a text container that are real post text (legacy VK keeps the rest behind display:none). */
  reveal?: string;
  images: readonly string[];
  /** Images matching this are not the post's own (avatars, "more posts" grids). */
  skipImage?: string;
  /** The control goes right after the first match; the post root's end when none matches. */
  anchor: readonly string[];
}

export interface SiteAdapter {
  readonly network: Network;
  readonly spec: AdapterSpec;
  matches(location: { hostname: string }): boolean;
  /** Post roots in and under `root`; ads are left out unless `withAds` (the watcher checks them lazily). */
  findPosts(root: ParentNode, withAds?: boolean): Element[];
  /** The post (ads included) that contains `node`, if any. */
  postOf(node: Node): Element | null;
  /** True for ads and promos. */
  excluded(el: Element): boolean;
  /** The post's own text plus quoted reposts, as the user sees it. */
  text(el: Element): string;
  /** The post's id on the network (VK `-1_2`, OK feed id, FB/IG permalink id), null when the markup has none. */
  id(el: Element): string | null;
  snapshot(el: Element, now: Date): PostSnapshot;
  /** Where our host element goes: after this element (or at the end of the post root when null). */
  anchor(el: Element): Element | null;
}
