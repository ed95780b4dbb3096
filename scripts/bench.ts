// `npm run bench`: runs every benchmark in scripts/bench/ and prints its figures. Budgets are printed next to
// the measured values; they are never asserted in tests, where timing would flake.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, 'bench');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .filter((f) => only.length === 0 || only.includes(f.replace(/\.ts$/, '')))
  .sort();

let failed = false;
for (const file of files) {
  console.log(`\n== ${file.replace(/\.ts$/, '')} ==`);
  try {
    const mod = (await import(join(dir, file))) as { default: () => Promise<void> };
    await mod.default();
  } catch (error) {
    failed = true;
    console.error(`  failed: ${error instanceof Error ? error.stack : error}`);
  }
}
process.exitCode = failed ? 1 : 0;
