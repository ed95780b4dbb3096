import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../scripts/lib/browser.ts';

/** Where the e2e suite writes the README's screenshots, so they always show the current build. */
export function screenshotPath(name: string): string {
  const dir = join(repoRoot, 'docs/screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
}
