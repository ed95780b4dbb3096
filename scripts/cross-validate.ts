// npx tsx scripts/cross-validate.ts [--baseline] [--problem.keep=12000 --category.c=0.25 ...]: 5-fold
// cross-validation of the training recipe (scripts/lib/model-fit.ts) on TRAINING rows only, the way its
// hyper-parameters are chosen. Each fold is scored by a model trained the way `npm run train` trains the shipped
// one, on the other four folds (threshold chosen out of fold on them, then both heads trained on all of them).
// Evaluation rows and Newport never enter the folds. --baseline also scores the scikit-learn baseline
// (scripts/baseline.py) on the same folds, trained on the other four.
import { createHash } from 'node:crypto';
import { runBaselineOn } from './lib/baseline-runner.ts';
import type { HeadOptions } from './lib/trainer.ts';
import type { Category } from '../src/core/types.ts';
import { chooseShift, fit, keyedOutcome, outOfFoldLogits, prepare, printOutcomes, score, type FitOverrides, type KeyedOutcome, type Prepared } from './lib/model-fit.ts';
import { loadAll, trainingRows, weigh } from './lib/training-set.ts';

const FOLDS = 5;

function foldOf(id: string): number {
  return createHash('sha1').update(`cv:${id}`).digest().readUInt8(0) % FOLDS;
}

/** `--problem.keep=12000` → { problem: { keep: 12000 } }. */
function overridesFromArgs(args: readonly string[]): FitOverrides {
  const overrides: Record<'problem' | 'category', Partial<HeadOptions>> = { problem: {}, category: {} };
  for (const arg of args) {
    if (arg === '--baseline') continue;
    const match = /^--(problem|category)\.(buckets|c|keep)=([\d.e+-]+)$/.exec(arg);
    if (match === null) throw new Error(`unknown argument ${arg}`);
    overrides[match[1] as 'problem' | 'category'][match[2] as 'buckets' | 'c' | 'keep'] = Number(match[3]);
  }
  return overrides;
}

function printBaseline(prepared: readonly Prepared[]): void {
  const outcomes: KeyedOutcome[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = prepared.filter((p) => foldOf(p.w.example.id) === fold);
    const predictions = runBaselineOn(
      prepared.filter((p) => foldOf(p.w.example.id) !== fold).map((p) => p.w),
      held.map((p) => p.w.example),
    );
    for (const row of held) {
      const p = predictions.get(row.w.example.id);
      outcomes.push(keyedOutcome(row, { z: p?.problem ? 1 : -1, category: (p?.category ?? 'other') as Category }, 0));
    }
  }
  console.log('baseline (scikit-learn TF-IDF char 2–5-grams + LinearSVC) on the same folds:');
  printOutcomes(outcomes);
}

function main(): void {
  const overrides = overridesFromArgs(process.argv.slice(2));
  const started = Date.now();
  const prepared = prepare(weigh(trainingRows(loadAll())));
  const outcomes: KeyedOutcome[] = [];
  const shifts: number[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const rest = prepared.filter((p) => foldOf(p.w.example.id) !== fold);
    const shift = chooseShift(rest, outOfFoldLogits(rest, overrides));
    const { heads } = fit(rest, 0, overrides);
    shifts.push(shift);
    for (const row of prepared.filter((p) => foldOf(p.w.example.id) === fold)) {
      outcomes.push(keyedOutcome(row, score(heads, row.x), shift));
    }
  }
  console.log(`${FOLDS}-fold cross-validation on training rows, overrides ${JSON.stringify(overrides)}, shifts ${shifts.join(' ')}`);
  printOutcomes(outcomes);
  if (process.argv.includes('--baseline')) printBaseline(prepared);
  console.log(`${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main();
