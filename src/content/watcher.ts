// One MutationObserver per page. Its callback only queues nodes; the work runs in idle time in slices of a
// few milliseconds, so a feed that appends hundreds of posts never gets a long task from us. Every new post is
// processed once, whether or not it is near the viewport: nothing runs per scroll event or per frame, so the
// cost per post stays constant however long the feed grows (viewport bookkeeping cost more than it saved).
import type { SiteAdapter } from '../sites/types.ts';
import { HOST_TAG } from '../sites/dom.ts';

const SLICE_BUDGET_MS = 4;
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
  /** Every queued post has been processed. */
  settled: () => void = () => undefined,
): Watcher {
  const subtrees = new Set<Node>();
  const ancestors = new Set<Node>();
  const posts = new Set<Element>();
  let scheduled = false;
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
    if (subtrees.size + ancestors.size > queued) schedule();
  };

  const observer = new (doc.defaultView?.MutationObserver ?? MutationObserver)(enqueue);

  function schedule(): void {
    if (scheduled || !running) return;
    scheduled = true;
    scheduler.request(() => {
      scheduled = false;
      drain(scheduler.now() + SLICE_BUDGET_MS);
    });
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
    else settled();
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
      if (!running) return;
      drain(Infinity);
    },
  };
}
