// The "My appeals" page in Chromium with 10,000 appeals in the real IndexedDB: how long from opening the page to
// the first rendered list page, and how import and export feel from the page itself.
import { launchWithExtension } from '../lib/browser.ts';
import { ensureBuild } from '../ensure-build.ts';
import { generatedBackupJson } from './history.ts';

const ROWS = 'tr[data-appeal-id]';
const LOADS = 9;
const SEARCHES = ['фонарь абая', 'яма ленина', 'мусор', 'светофор мира', 'крыша'];
/** The list waits this long after the last keystroke before it searches (SEARCH_DEBOUNCE_MS in appeal-list.tsx). */
const TYPING_PAUSE_MS = 150;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Installed in every page before its own code runs: records the first animation frame after 50 rows are in the DOM
 * (the frame that paints them), in ms since the navigation started. Looking only once page.goto() has returned would
 * report Playwright's own delay instead whenever the rows were there first. (A source string, not a function: tsx
 * would wrap a function with helpers the page does not have.)
 */
const WATCH_FIRST_ROWS = `(() => {
  const observer = new MutationObserver(() => {
    if (document.querySelectorAll('${ROWS}').length < 50) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__firstRowsPaintedAt = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

export default async function benchHistoryPage(): Promise<void> {
  ensureBuild();
  const backup = Buffer.from(await generatedBackupJson());
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    await page.goto(browser.url('src/pages/appeals/index.html#/backup'));
    await page.locator('#backup-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
    const importStarted = Date.now();
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByText(/Imported appeals: 10000/).waitFor({ timeout: 60_000 });
    const importMs = Date.now() - importStarted;

    await page.addInitScript(WATCH_FIRST_ROWS);
    const opens: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      await page.goto('about:blank');
      await page.goto(browser.url('src/pages/appeals/index.html#/'));
      // performance.now() counts from the navigation: this is "open the page" to "first list page on screen".
      opens.push(await page.evaluate<number>(`new Promise((done) => {
        const check = () => (window.__firstRowsPaintedAt ? done(window.__firstRowsPaintedAt) : requestAnimationFrame(check));
        check();
      })`));
    }

    // A search as the user sees it: from typing to the frame that paints the found rows, less the typing pause.
    await page.waitForTimeout(1500);
    const searches: number[] = [];
    for (const words of SEARCHES) {
      searches.push(await page.evaluate<number>(`new Promise((done) => {
        const input = document.querySelector('input[name="search"]');
        const before = document.querySelector('${ROWS}');
        const started = performance.now();
        const observer = new MutationObserver(() => {
          const first = document.querySelector('${ROWS}');
          if (!first || first === before) return;
          observer.disconnect();
          requestAnimationFrame(() => done(performance.now() - started - ${TYPING_PAUSE_MS}));
        });
        observer.observe(document.body, { childList: true, subtree: true });
        setTimeout(() => done(NaN), 10000);
        input.value = ${JSON.stringify(words)};
        input.dispatchEvent(new Event('input', { bubbles: true }));
      })`));
      await page.locator('input[name="search"]').fill('');
      await page.locator(ROWS).nth(49).waitFor();
    }

    await page.goto(browser.url('src/pages/appeals/index.html#/backup'));
    const exportStarted = Date.now();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download backup (JSON)' }).click();
    await download;
    const exportMs = Date.now() - exportStarted;

    const verdict = (ms: number, budget: number) => `${ms.toFixed(0)} ms (${ms <= budget ? 'within' : 'OVER'} the ${budget} ms budget)`;
    console.log(`  Chromium, 10,000 appeals in IndexedDB:`);
    console.log(`  open "My appeals" → first 50 rows painted: ${verdict(median(opens), 100)}  [${LOADS} loads: ${opens.map((o) => o.toFixed(0)).join(', ')}]`);
    console.log(`  search (after the ${TYPING_PAUSE_MS} ms typing pause) → found rows painted: ${verdict(median(searches), 50)}  [${searches.map((o) => o.toFixed(0)).join(', ')}]`);
    console.log(`  export all (download of the JSON backup): ${verdict(exportMs, 1500)}`);
    console.log(`  import (validate + one transaction + list refresh): ${verdict(importMs, 3000)}`);
  } finally {
    await browser.close();
  }
}
