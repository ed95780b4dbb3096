// One MutationObserver per page. Its callback only queues nodes; the work runs in idle time in slices of a
// few milliseconds, so a feed that appends hundreds of posts never gets a long task from us. A post is read and
// classified only once it comes near the viewport (one shared IntersectionObserver) or takes keyboard focus:
// rows appended far below the reader cost nothing until the reader gets there.
import type { SiteAdapter } from '../sites/types.ts';
import { HOST_TAG } from '../sites/dom.ts';

const SLICE_BUDGET_MS = 4;
const IDLE_TIMEOUT_MS = 300;
/** How far outside the viewport a post starts being processed: one screen above and below. */
const NEAR_VIEWPORT = '100% 0px';
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const OWN_TAG = HOST_TAG.toUpperCase();
const IGNORED_TAGS = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'HEAD', 'TITLE', 'NOSCRIPT', OWN_TAG]);

export interface Scheduler {
  request(run: () => void): void;
  /** Runs before the next frame's layout (where there is one): new posts start being watched in the frame that shows them. */
  beforeFrame?(run: () => void): void;
  now(): number;
}

export function idleScheduler(win: Window & typeof globalThis): Scheduler {
  const idle = typeof win.requestIdleCallback === 'function' ? win.requestIdleCallback.bind(win) : null;
  return {
    request: (run) => {
      if (idle) idle(run, { timeout: IDLE_TIMEOUT_MS });
      else win.setTimeout(run, 16);
    },
    beforeFrame: typeof win.requestAnimationFrame === 'function' ? (run) => win.requestAnimationFrame(run) : undefined,
    now: () => win.performance.now(),
  };
}

export interface Watcher {
  start(): void;
  stop(): void;
  /** Queue the whole document again (SPA navigation, settings change). */
  rescan(): void;
  /** Drain the queue now, without a time budget (tests and benchmarks). */
  flush(): void;
}

/** `beforeSiteFrame` runs just before a frame that the site renders anyway (it changed the DOM, or scrolled). */
export function createWatcher(
  doc: Document,
  adapter: SiteAdapter,
  process: (post: Element) => void,
  scheduler: Scheduler,
  beforeSiteFrame: () => void = () => undefined,
): Watcher {
  const subtrees = new Set<Node>();
  const ancestors = new Set<Node>();
  const posts = new Set<Element>();
  /** Posts waiting to come near the viewport, and posts that have been near it (those are re-checked at once). */
  const waiting = new Set<Element>();
  const seen = new WeakSet<Element>();
  let scheduled = false;
  let collecting = false;
  let running = false;
  let removals = false;

  const enqueue = (records: MutationRecord[]): void => {
    const queued = subtrees.size + ancestors.size;
    for (const record of records) {
      const target = record.target;
      if (record.type === 'childList') {
        let foreign = record.removedNodes.length > 0;
        if (foreign) removals = true;
        for (const node of record.addedNodes) {
          const own = node.nodeType === 1 && (node as Element).tagName === OWN_TAG;
          if (!own) foreign = true;
          if (node.nodeType === 1 && !IGNORED_TAGS.has((node as Element).tagName)) subtrees.add(node);
        }
        // Text or children changed inside a post (hydration, row reuse): re-check the post around it.
        // Our own insertions are skipped, or every control would make its post be checked twice.
        if (foreign) ancestors.add(target);
      } else {
        ancestors.add(target.nodeType === 1 ? target : (target.parentNode ?? target));
      }
    }
    // Records of our own insertions alone need nothing; a frame requested for them would be one the site never needed.
    if (subtrees.size + ancestors.size > queued) scheduleCollect();
  };

  const observer = new (doc.defaultView?.MutationObserver ?? MutationObserver)(enqueue);
  const nearby = createNearbyObserver(doc, (post) => {
    waiting.delete(post);
    seen.add(post);
    posts.add(post);
    schedule();
  });

  /** Posts already near the viewport (or without a way to know) go to the queue; the rest wait for it. */
  function admit(post: Element): void {
    if (!nearby || seen.has(post)) {
      posts.add(post);
    } else if (!waiting.has(post)) {
      waiting.add(post);
      nearby.observe(post);
    }
  }

  /** Keyboard and screen-reader users reach a post by focus, maybe without scrolling it near the viewport. */
  const onFocusIn = (event: Event): void => {
    const target = event.target as Node | null;
    const post = target && target.nodeType === 1 ? adapter.postOf(target) : null;
    if (post && waiting.has(post)) nearby?.reveal(post);
  };

  // Scroll events fire inside the frame that shows the scroll, before its layout: writes made here ride it.
  const onScroll = (event: Event): void => {
    if (!running) return;
    beforeSiteFrame();
    if (!('onscrollend' in doc)) onScrollEnd(event);
  };

  // Checked once a scroll has ended, when layout is clean and reading the position costs nothing.
  let lastScrollY = 0;
  const onScrollEnd = (event: Event): void => {
    const y = doc.defaultView?.scrollY ?? 0;
    const up = event.target !== doc || y < lastScrollY;
    lastScrollY = y;
    if (up && running) nearby?.watchPassedAgain();
  };

  /** Finding the posts in new nodes is cheap, and done before layout it costs the page no extra frame. */
  function scheduleCollect(): void {
    if (!scheduler.beforeFrame) return schedule();
    if (collecting || !running) return;
    collecting = true;
    scheduler.beforeFrame(() => {
      collecting = false;
      if (!running) return;
      beforeSiteFrame();
      collect();
      if (posts.size > 0) schedule();
    });
  }

  function schedule(): void {
    if (scheduled || !running) return;
    scheduled = true;
    scheduler.request(() => {
      scheduled = false;
      drain(scheduler.now() + SLICE_BUDGET_MS);
    });
  }

  /** Rows the site removed before they came near the viewport need no more watching. */
  function forgetRemoved(): void {
    removals = false;
    for (const post of waiting) {
      if (post.isConnected) continue;
      waiting.delete(post);
      nearby?.unobserve(post);
    }
  }

  function collect(): void {
    if (removals) forgetRemoved();
    for (const node of subtrees) {
      if (node.isConnected) for (const post of adapter.findPosts(node as Element, true)) admit(post);
    }
    subtrees.clear();
    for (const node of ancestors) {
      if (!node.isConnected || (node.nodeType === 1 && (node as Element).tagName === OWN_TAG)) continue;
      const post = adapter.postOf(node);
      if (post) admit(post);
    }
    ancestors.clear();
  }

  function drain(deadline: number): void {
    if (!running) return;
    collect();
    for (const post of posts) {
      posts.delete(post);
      if (post.isConnected) process(post);
      if (!running) return;
      if (scheduler.now() > deadline) break;
    }
    if (posts.size > 0 || subtrees.size > 0 || ancestors.size > 0) schedule();
  }

  return {
    start() {
      if (running) return;
      running = true;
      doc.addEventListener('focusin', onFocusIn, true);
      doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
      doc.addEventListener('scrollend', onScrollEnd, { capture: true, passive: true });
      observer.observe(doc, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['data-post-id', 'data-feed-id'],
      });
      this.rescan();
    },
    stop() {
      running = false;
      observer.disconnect();
      nearby?.disconnect();
      doc.removeEventListener('focusin', onFocusIn, true);
      doc.removeEventListener('scroll', onScroll, true);
      doc.removeEventListener('scrollend', onScrollEnd, true);
      waiting.clear();
      subtrees.clear();
      ancestors.clear();
      posts.clear();
    },
    rescan() {
      if (doc.body) subtrees.add(doc.body);
      scheduleCollect();
    },
    flush() {
      if (!running) return;
      collect();
      for (const post of waiting) nearby?.reveal(post);
      drain(Infinity);
    },
  };
}

interface NearbyObserver {
  observe(post: Element): void;
  /** Treat the post as near the viewport now (focus, flush). */
  reveal(post: Element): void;
  unobserve(post: Element): void;
  /** The reader may have jumped back up past the lowest passed post: test every passed post again. */
  watchPassedAgain(): void;
  disconnect(): void;
}

/**
 * One IntersectionObserver for every waiting post; null where the browser has none (then nothing waits).
 * Posts the reader has already passed (above the viewport, never near it) stop being observed, so that a long
 * feed does not cost an intersection test per post on every frame; only the lowest of them stays observed, and
 * when it comes near (the reader scrolls back up) the others are observed again.
 */
function createNearbyObserver(doc: Document, onNear: (post: Element) => void): NearbyObserver | null {
  const Observer = doc.defaultView?.IntersectionObserver;
  if (typeof Observer !== 'function') return null;
  const passed = new Set<Element>();
  let lowestPassed: Element | null = null;
  const io = new Observer(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) reveal(entry.target);
        else if (entry.rootBounds && entry.boundingClientRect.bottom < entry.rootBounds.top) pass(entry.target);
      }
    },
    { rootMargin: NEAR_VIEWPORT },
  );
  function pass(post: Element): void {
    if (post === lowestPassed) return;
    passed.add(post);
    if (lowestPassed && !(lowestPassed.compareDocumentPosition(post) & FOLLOWING)) return io.unobserve(post);
    if (lowestPassed) io.unobserve(lowestPassed);
    lowestPassed = post;
  }
  function watchPassedAgain(): void {
    lowestPassed = null;
    for (const other of passed) io.observe(other);
    passed.clear();
  }
  function forget(post: Element): void {
    io.unobserve(post);
    passed.delete(post);
    if (post === lowestPassed) watchPassedAgain();
  }
  function reveal(post: Element): void {
    forget(post);
    onNear(post);
  }
  return { observe: (post) => io.observe(post), unobserve: forget, reveal, watchPassedAgain, disconnect: () => io.disconnect() };
}
