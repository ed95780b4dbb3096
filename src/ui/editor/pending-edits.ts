// What an open editor has typed but not yet saved (the autosave waits a moment after each keystroke). Actions that
// save the appeal by another path — a status change, escalation — save these edits first: they start from the
// stored copy, and the editor re-mounted after them would otherwise lose the last keystrokes to a version conflict.
const flushes = new Set<() => Promise<void>>();

/** Registers an editor's flush; returns the unregister function (for the editor's unmount). */
export function trackPendingEdits(flush: () => Promise<void>): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

/** Saves every open editor's pending edits now. */
export async function savePendingEdits(): Promise<void> {
  await Promise.all([...flushes].map((flush) => flush()));
}
