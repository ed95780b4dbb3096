// Tells the other extension contexts (pages, the service worker) that appeals changed, so their caches, badge and
// alarms follow. Same-context listeners are called directly: BroadcastChannel does not echo to its sender.
const CHANNEL = 'post-to-appeal:appeals';

/** `null` means "anything may have changed" (an import or a restore). */
export type ChangedIds = readonly string[] | null;
type Listener = (ids: ChangedIds) => void;

const listeners = new Set<Listener>();
let channel: BroadcastChannel | null = null;

function ensureChannel(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel !== 'function') return channel;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (message: MessageEvent<{ ids: ChangedIds }>) => {
    for (const listener of listeners) listener(message.data?.ids ?? null);
  };
  // Node keeps the process alive while a channel is open; browsers ignore this.
  (channel as { unref?: () => void }).unref?.();
  return channel;
}

export function onAppealsChanged(listener: Listener): () => void {
  ensureChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceChange(ids: ChangedIds): void {
  for (const listener of listeners) listener(ids);
  ensureChannel()?.postMessage({ ids });
}
