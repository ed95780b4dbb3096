// npm run train [-- --show-errors]: rebuilds src/core/classifier/model.json reproducibly (fixed seed, fixed data
// order). It prints the problem decision measured out of fold on the training rows; --show-errors lists the corpus
// rows it gets wrong. (Category accuracy out of fold: scripts/cross-validate.ts.)
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chooseShift, fit, keyedOutcome, outOfFoldLogits, prepare, printOutcomes, type Prepared } from './lib/model-fit.ts';
import { repoRoot } from './lib/datasets.ts';
import { groupBy } from './lib/metrics.ts';
import { loadAll, THRESHOLD_FOLDS, trainingRows, weigh } from './lib/training-set.ts';

export const MODEL_PATH = path.join(repoRoot, 'src/core/classifier/model.json');

function report(rows: readonly Prepared[], z: Float64Array, shift: number): void {
  if (process.argv.includes('--show-errors')) {
    rows.forEach(({ w }, i) => {
      const e = w.example;
      const logit = (z[i] ?? 0) + shift;
      if (e.source === 'corpus' && (logit >= 0) !== e.problem) console.log(`  ✗ ${e.lang} gold=${e.problem} z=${logit.toFixed(2)} ${e.text.slice(0, 110)}`);
    });
  }
  printOutcomes(rows.map((row, i) => keyedOutcome(row, { z: z[i] ?? 0, category: 'other' }, shift)).map((k) => ({ ...k, o: { ...k.o, goldCategory: null } })));
}

function main(): void {
  const started = Date.now();
  const rows = weigh(trainingRows(loadAll()));
  const prepared = prepare(rows);
  const counts = [...groupBy(rows, (r) => r.example.source)].map(([s, l]) => `${s} ${l.length}`).join(', ');
  console.log(`training rows: ${rows.length} (${counts})`);
  const z = outOfFoldLogits(prepared);
  const shift = chooseShift(prepared, z);
  console.log(`threshold shift chosen on the training rows, each scored out of fold (${THRESHOLD_FOLDS} folds): ${shift}`);
  report(prepared, z, shift);
  const json = `${JSON.stringify(fit(prepared, shift).json)}\n`;
  writeFileSync(MODEL_PATH, json);
  const gz = gzipSync(Buffer.from(json), { level: 9 }).length;
  console.log(`model: ${MODEL_PATH} ${(json.length / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzipped; ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
