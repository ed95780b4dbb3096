// Reads the extension's own IndexedDB from inside its service worker — the real database, not a copy.
import type { Appeal } from '../../src/core/appeal.ts';
import type { ExtensionBrowser } from '../../scripts/lib/browser.ts';

export async function readStoredAppeals(browser: Pick<ExtensionBrowser, 'serviceWorker'>): Promise<Appeal[]> {
  return browser.serviceWorker.evaluate(async () => {
    // Opening a database that does not exist would create it empty at version 1 and spoil the real upgrade.
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('post-to-appeal')) return [];
    return new Promise<Appeal[]>((resolve, reject) => {
      const open = indexedDB.open('post-to-appeal');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const request = db.transaction('appeals').objectStore('appeals').getAll();
        request.onsuccess = () => {
          resolve(request.result as Appeal[]);
          db.close();
        };
        request.onerror = () => reject(request.error);
      };
    });
  });
}
