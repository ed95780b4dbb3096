// One MutationObserver per page. Its callback only queues nodes; the work runs in small slices. The first slice
// after the site adds posts runs just before the site's next frame (its style and layout are due anyway), so the
// controls of those posts are laid out in the same pass as the posts themselves: a control written in a frame of
// its own would make the browser lay out, pre-paint and paint the whole feed once more per batch, which profiling
// showed to cost several times our script. What a slice leaves over runs in idle time. Every new post is processed
// once, whether or not it is near the viewport: nothing runs per scroll event, so the cost per post stays constant
// however long the feed grows.
import type { SiteAdapter } from '../sites/types.ts';
import { HOST_TAG } from '../sites/dom.ts';

const SLICE_BUDGET_MS = 4;
/** Longer than an idle slice: it replaces a whole extra frame, which costs far more than this. */
const FRAME_SLICE_BUDGET_MS = 6;
const IDLE_TIMEOUT_MS = 300;
const OWN_TAG = HOST_TAG.toUpperCase();
const IGNORED_TAGS = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'HEAD', 'TITLE', 'NOSCRIPT', OWN_TAG]);

export interface Scheduler {
  request(run: () => void): void;
  /** Runs before the next frame's layout (where there is one): work done there rides a frame instead of adding one. */
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

export interface WatcherHooks {
  /** A slice ran before a frame: writes made now are laid out with the site's own changes. */
  beforeLayout(): void;
  /** Every queued post has been processed. */
  settled(): void;
}

export interface Watcher {
  start(): void;
  stop(): void;
  /** Queue the whole document again (SPA navigation, settings change). */
  rescan(): void;
  /** Drain the queue now, without a time budget (tests and benchmarks). */
  flush(): void;
}

export function createWatcher(
  doc: Document,
  adapter: SiteAdapter,
  process: (post: Element) => void,
  scheduler: Scheduler,
  hooks: WatcherHooks = { beforeLayout: () => undefined, settled: () => undefined },
): Watcher {
  const subtrees = new Set<Node>();
  const ancestors = new Set<Node>();
  const posts = new Set<Element>();
  let scheduled = false;
  let frameScheduled = false;
  let running = false;

  const enqueue = (records: MutationRecord[]): void => {
    const queued = subtrees.size + ancestors.size;
    for (const record of records) {
      const target = record.target;
      if (record.type === 'childList') {
        let foreign = record.removedNodes.length > 0;
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
    // Records of our own insertions alone need nothing.
    if (subtrees.size + ancestors.size === queued) return;
    scheduleBeforeFrame();
    schedule();
  };

  const observer = new (doc.defaultView?.MutationObserver ?? MutationObserver)(enqueue);

  function schedule(): void {
    if (scheduled || !running) return;
    scheduled = true;
    scheduler.request(() => {
      scheduled = false;
      slice(SLICE_BUDGET_MS, false);
    });
  }

  function scheduleBeforeFrame(): void {
    if (frameScheduled || !running || !scheduler.beforeFrame) return;
    frameScheduled = true;
    scheduler.beforeFrame(() => {
      frameScheduled = false;
      slice(FRAME_SLICE_BUDGET_MS, true);
    });
  }

  function slice(budgetMs: number, beforeLayout: boolean): void {
    if (!running) return;
    const done = drain(scheduler.now() + budgetMs);
    if (!running) return;
    if (beforeLayout) hooks.beforeLayout();
    if (done) hooks.settled();
    else schedule();
  }

  function collect(): void {
    for (const node of subtrees) {
      if (node.isConnected) for (const post of adapter.findPosts(node as Element, true)) posts.add(post);
    }
    subtrees.clear();
    for (const node of ancestors) {
      if (!node.isConnected || (node.nodeType === 1 && (node as Element).tagName === OWN_TAG)) continue;
      const post = adapter.postOf(node);
      if (post) posts.add(post);
    }
    ancestors.clear();
  }

  /** Processes queued posts until the deadline; true when nothing is left. */
  function drain(deadline: number): boolean {
    collect();
    for (const post of posts) {
      posts.delete(post);
      if (post.isConnected) process(post);
      if (!running) return false;
      if (scheduler.now() > deadline) break;
    }
    return posts.size === 0 && subtrees.size === 0 && ancestors.size === 0;
  }

  return {
    start() {
      if (running) return;
      running = true;
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
      subtrees.clear();
      ancestors.clear();
      posts.clear();
    },
    rescan() {
      if (doc.body) subtrees.add(doc.body);
      schedule();
    },
    flush() {
      if (running) slice(Infinity, false);
    },
  };
}
