// Rebuilds dist/ when any source it is made from is newer than the last build, so e2e never tests stale code.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './lib/browser.ts';

const SOURCES = ['src', 'public', 'manifest.json', 'vite.config.ts', 'package.json'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}

export function ensureBuild(): void {
  const stamp = join(repoRoot, 'dist/manifest.json');
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  const newest = Math.max(...SOURCES.map((s) => join(repoRoot, s)).filter(existsSync).map(newestMtime));
  if (newest <= built) return;
  console.log('dist/ is stale: building the extension…');
  execSync('npx vite build --logLevel warn', { cwd: repoRoot, stdio: 'inherit' });
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBuild();
