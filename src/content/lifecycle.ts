// Knowing when this content script has been orphaned: after the extension is reloaded or updated, scripts
// already running in open tabs lose `runtime.id` and every extension call throws "Extension context invalidated".
import browser from 'webextension-polyfill';

export function extensionAlive(): boolean {
  try {
    return typeof browser.runtime?.id === 'string' && browser.runtime.id.length > 0;
  } catch {
    return false;
  }
}

export function isContextLost(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /context invalidated|extension context/i.test(message) || !extensionAlive();
}
