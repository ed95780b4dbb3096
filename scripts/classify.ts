// npm run --silent classify < in.jsonl > out.jsonl — one JSON object per line in, one result per line out.
// A bad line produces an error object on stderr and the run goes on.
import { mapJsonLines } from './lib/json-lines.ts';
import { classify } from '../src/core/classifier/index.ts';

interface Output {
  id: unknown;
  problem: boolean;
  score: number;
  category: string | null;
  emergency: boolean;
}

function classifyLine(line: string): Output {
  const input: unknown = JSON.parse(line);
  if (typeof input !== 'object' || input === null || !('text' in input) || typeof input.text !== 'string') {
    throw new Error('expected an object with a string "text"');
  }
  const result = classify(input.text);
  const id = 'id' in input ? input.id : null;
  return { id, problem: result.problem, score: Number(result.score.toFixed(4)), category: result.category, emergency: result.emergency };
}

await mapJsonLines(classifyLine);
