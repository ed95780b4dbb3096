// Starts Debian's Chromium with the built extension loaded unpacked and the social hosts mapped to the local
// feed server. Shared by the e2e suite, `npm start` and `npm run bench`.
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const distDir = join(repoRoot, 'dist');

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];

export const CHROMIUM_MISSING =
  'Chromium not found: install it with `apt-get install -y chromium` (or set CHROMIUM_PATH to a Chromium binary).';

export function findChromium(): string | null {
  return CANDIDATES.find((p): p is string => Boolean(p && existsSync(p))) ?? null;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** chrome-extension://<id>/<path> */
  url(path: string): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  resolverRule?: string;
  headless?: boolean;
  /** Load no extension (for the benchmark's baseline run). */
  withoutExtension?: boolean;
  extensionDir?: string;
  locale?: string;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_MISSING);
  const extensionDir = options.extensionDir ?? distDir;
  const profile = mkdtempSync(join(tmpdir(), 'pta-profile-'));
  const args = [
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--ignore-certificate-errors',
    `--lang=${options.locale ?? 'en-US'}`,
  ];
  if (options.resolverRule) args.push(`--host-resolver-rules=${options.resolverRule}`);
  if (!options.withoutExtension) {
    args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: options.headless ?? true,
    args,
    ignoreHTTPSErrors: true,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1280, height: 900 },
  });
  const close = async () => {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  if (options.withoutExtension) {
    return { context, extensionId: '', serviceWorker: undefined as unknown as Worker, url: () => '', close };
  }
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    url: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    close,
  };
}
