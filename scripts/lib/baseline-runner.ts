// Runs scripts/baseline.py on the same training rows and weights as our trainer, via temporary JSONL files.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot, type Example } from './datasets.ts';
import { trainingRows, weigh, type WeightedExample } from './training-set.ts';

export interface Prediction {
  problem: boolean;
  category: string | null;
}

/** Debian's python3-sklearn lives in the system interpreter, which a pyenv shim on PATH may hide. */
function python(): string {
  return process.env.BASELINE_PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
}

function jsonl(rows: readonly object[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

export function runBaseline(all: readonly Example[], evaluation: readonly Example[]): Map<string, Prediction> {
  return runBaselineOn(weigh(trainingRows(all)), evaluation);
}

/** The baseline trained on the given weighted rows (the cross-validation passes its folds). */
export function runBaselineOn(rows: readonly WeightedExample[], evaluation: readonly Example[]): Map<string, Prediction> {
  const dir = mkdtempSync(path.join(tmpdir(), 'classifier-baseline-'));
  try {
    const train = rows.map((w) => ({
      text: w.example.text,
      problem: w.example.problem,
      category: w.example.category,
      problem_weight: w.problemWeight,
      category_weight: w.categoryWeight,
    }));
    const unique = new Map(evaluation.map((e) => [e.id, { id: e.id, text: e.text }]));
    const files = ['train.jsonl', 'eval.jsonl', 'out.jsonl'].map((f) => path.join(dir, f));
    const [trainFile = '', evalFile = '', outFile = ''] = files;
    writeFileSync(trainFile, jsonl(train));
    writeFileSync(evalFile, jsonl([...unique.values()]));
    execFileSync(python(), [path.join(repoRoot, 'scripts/baseline.py'), trainFile, evalFile, outFile], { stdio: 'inherit' });
    const predictions = new Map<string, Prediction>();
    for (const line of readFileSync(outFile, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const row = JSON.parse(line) as { id: string } & Prediction;
      predictions.set(row.id, { problem: row.problem, category: row.category });
    }
    return predictions;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
