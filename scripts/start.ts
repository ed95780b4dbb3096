// `npm start`: build, serve the demo feeds under their real hostnames, and open Chromium with the extension.
// With no display it runs headless, takes screenshots of the feeds and of a draft, and prints their paths.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_MISSING, findChromium, launchWithExtension, repoRoot } from './lib/browser.ts';
import { startFeedServer } from './lib/feed-server.ts';
import { ensureBuild } from './ensure-build.ts';

const DEMO_FEEDS = [
  ['vk', 'https://vk.com/feed'],
  ['ok', 'https://ok.ru/feed'],
  ['facebook', 'https://www.facebook.com/'],
  ['instagram', 'https://www.instagram.com/'],
] as const;

async function main(): Promise<void> {
  if (!findChromium()) {
    console.error(CHROMIUM_MISSING);
    process.exit(1);
  }
  ensureBuild();
  const server = await startFeedServer();
  const headless = !process.env.DISPLAY || process.env.CI === 'true';
  const browser = await launchWithExtension({ resolverRule: server.resolverRule, headless });
  const pages = [];
  for (const [, url] of DEMO_FEEDS) {
    const page = await browser.context.newPage();
    await page.goto(url);
    pages.push(page);
  }
  if (!headless) {
    console.log(`Chromium is open with Post to Appeal on the demo feeds (${DEMO_FEEDS.map(([, u]) => u).join(', ')}).`);
    console.log('Close the browser window or press Ctrl+C to stop.');
    await new Promise<void>((done) => {
      browser.context.on('close', () => done());
      process.on('SIGINT', () => done());
    });
    await browser.close();
    await server.close();
    return;
  }
  const outDir = join(repoRoot, '.cache/demo');
  mkdirSync(outDir, { recursive: true });
  const shots: string[] = [];
  for (const [i, [network]] of DEMO_FEEDS.entries()) {
    const page = pages[i]!;
    await page.getByRole('button', { name: 'File as appeal' }).first().waitFor({ timeout: 10_000 }).catch(() => undefined);
    const file = join(outDir, `feed-${network}.png`);
    await page.screenshot({ path: file });
    shots.push(file);
  }
  // File the first problem post of the VK feed and show the draft the extension made of it.
  const vk = pages[0]!;
  const appealsPage = browser.context.waitForEvent('page', { timeout: 10_000 }).catch(() => null);
  await vk.getByRole('button', { name: 'File as appeal' }).first().click();
  const draftTab = await appealsPage;
  // The toolbar popup cannot be photographed headless: show the same popup document in a popup-sized tab.
  const draft = draftTab ?? (await browser.context.newPage());
  if (!draftTab) {
    await draft.setViewportSize({ width: 400, height: 820 });
    await draft.goto(browser.url('src/pages/popup/index.html'));
  }
  await draft.waitForLoadState('load');
  await draft.waitForTimeout(500);
  const draftShot = join(outDir, 'draft.png');
  await draft.screenshot({ path: draftShot, fullPage: true });
  shots.push(draftShot);
  console.log('No display: ran the demo headless. Screenshots:');
  for (const s of shots) console.log(`  ${s}`);
  await browser.close();
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
