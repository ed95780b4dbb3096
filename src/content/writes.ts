// DOM writes of the content script, held back until the page renders a frame of its own. Every write to the page
// costs a whole frame (style, layout, paint, commit of a long feed) when it lands between the site's frames;
// riding the frame the site is about to render anyway costs only the few nodes we add.
import type { Scheduler } from './watcher.ts';

/** Longest wait for a frame of the site's own before we render one ourselves. */
const LATEST_MS = 250;

export interface WriteQueue {
  /** Queues the write for `key`, replacing an earlier one for the same key (only the newest verdict matters). */
  set(key: Element, write: () => void): void;
  /** The site is about to render (it changed the DOM, or scrolled): apply now, inside that frame. */
  beforeSiteFrame(): void;
  /** Apply everything now (tests, benchmarks). */
  runNow(): void;
  cancel(): void;
}

export function createWriteQueue(scheduler: Scheduler, setTimer: (run: () => void, ms: number) => unknown, clearTimer: (timer: unknown) => void): WriteQueue {
  const pending = new Map<Element, () => void>();
  let timer: unknown = null;

  function runNow(): void {
    if (timer !== null) clearTimer(timer);
    timer = null;
    const writes = [...pending.values()];
    pending.clear();
    for (const write of writes) write();
  }

  return {
    set(key, write) {
      const beforeFrame = scheduler.beforeFrame;
      if (!beforeFrame) return write();
      pending.set(key, write);
      if (timer !== null) return;
      timer = setTimer(() => beforeFrame(runNow), LATEST_MS);
    },
    beforeSiteFrame() {
      if (pending.size > 0) runNow();
    },
    runNow,
    cancel() {
      if (timer !== null) clearTimer(timer);
      timer = null;
      pending.clear();
    },
  };
}
