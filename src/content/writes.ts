// DOM writes of the content script, held back and applied together in one frame: every frame that carries a
// write lays out the whole feed again, so a batch of new posts costs one such frame, never one per post.
import type { Scheduler } from './watcher.ts';

/** Longest wait before the writes are applied even while posts are still being processed. */
const LATEST_MS = 250;

export interface WriteQueue {
  /** Queues the write for `key`, replacing an earlier one for the same key (only the newest verdict matters). */
  set(key: Element, write: () => void): void;
  /** No more writes are coming for now: apply them in the next frame. */
  settled(): void;
  /** Apply everything now: before a frame the site has already caused, or in tests and benchmarks. */
  runNow(): void;
  cancel(): void;
}

export function createWriteQueue(scheduler: Scheduler, setTimer: (run: () => void, ms: number) => unknown, clearTimer: (timer: unknown) => void): WriteQueue {
  const pending = new Map<Element, () => void>();
  let timer: unknown = null;
  let frameRequested = false;

  function runNow(): void {
    if (timer !== null) clearTimer(timer);
    timer = null;
    const writes = [...pending.values()];
    pending.clear();
    for (const write of writes) write();
  }

  function inNextFrame(): void {
    if (frameRequested || !scheduler.beforeFrame) return;
    frameRequested = true;
    scheduler.beforeFrame(() => {
      frameRequested = false;
      runNow();
    });
  }

  return {
    set(key, write) {
      if (!scheduler.beforeFrame) return write();
      pending.set(key, write);
      if (timer === null) timer = setTimer(inNextFrame, LATEST_MS);
    },
    settled() {
      if (pending.size > 0) inNextFrame();
    },
    runNow,
    cancel() {
      if (timer !== null) clearTimer(timer);
      timer = null;
      pending.clear();
    },
  };
}
