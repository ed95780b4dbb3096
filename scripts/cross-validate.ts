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
import { agreementWithAudit, describeAgreement, loadKurskAudit } from './lib/label-audit.ts';
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
  const categories = new Map<string, string | null>();
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = prepared.filter((p) => foldOf(p.w.example.id) === fold);
    const predictions = runBaselineOn(
      prepared.filter((p) => foldOf(p.w.example.id) !== fold).map((p) => p.w),
      held.map((p) => p.w.example),
    );
    for (const row of held) {
      const p = predictions.get(row.w.example.id);
      outcomes.push(keyedOutcome(row, { z: p?.problem ? 1 : -1, category: (p?.category ?? 'other') as Category }, 0));
      categories.set(row.w.example.id, p?.category ?? null);
    }
  }
  console.log('baseline (scikit-learn TF-IDF char 2–5-grams + LinearSVC) on the same folds:');
  printOutcomes(outcomes);
  console.log(`  ${describeAgreement('baseline out of fold', agreementWithAudit(loadKurskAudit(), categories))}`);
}

/** The category head out of fold against the Kursk label audit, next to the crosswalked labels on the same rows. */
function printAudit(prepared: readonly Prepared[], predicted: ReadonlyMap<string, string>): void {
  const audit = loadKurskAudit();
  const gold = new Map(prepared.map(({ w }) => [w.example.id, w.example.category]));
  console.log(`Kursk label audit (test/label-audit/): ${describeAgreement('crosswalk labels', agreementWithAudit(audit, gold))}`);
  console.log(`  ${describeAgreement('category head out of fold', agreementWithAudit(audit, predicted))}`);
}

function main(): void {
  const overrides = overridesFromArgs(process.argv.slice(2));
  const started = Date.now();
  const prepared = prepare(weigh(trainingRows(loadAll())));
  const outcomes: KeyedOutcome[] = [];
  const predictedCategory = new Map<string, Category>();
  const shifts: number[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const rest = prepared.filter((p) => foldOf(p.w.example.id) !== fold);
    const shift = chooseShift(rest, outOfFoldLogits(rest, overrides));
    const { heads } = fit(rest, 0, overrides);
    shifts.push(shift);
    for (const row of prepared.filter((p) => foldOf(p.w.example.id) === fold)) {
      const s = score(heads, row.x);
      outcomes.push(keyedOutcome(row, s, shift));
      predictedCategory.set(row.w.example.id, s.category);
    }
  }
  console.log(`${FOLDS}-fold cross-validation on training rows, overrides ${JSON.stringify(overrides)}, shifts ${shifts.join(' ')}`);
  printOutcomes(outcomes);
  printAudit(prepared, predictedCategory);
  if (process.argv.includes('--baseline')) printBaseline(prepared);
  console.log(`${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main();
