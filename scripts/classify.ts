// npm run --silent classify < in.jsonl > out.jsonl — one JSON object per line in, one result per line out.
// A bad line produces an error object on stderr and the run goes on.
import { createInterface } from 'node:readline';
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

function idOf(line: string): unknown {
  try {
    const parsed: unknown = JSON.parse(line);
    return typeof parsed === 'object' && parsed !== null && 'id' in parsed ? parsed.id : null;
  } catch {
    return line.match(/"id"\s*:\s*("(?:[^"\\]|\\.)*"|[\w.-]+)/)?.[1]?.replace(/^"|"$/g, '') ?? null;
  }
}

async function main(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    try {
      process.stdout.write(`${JSON.stringify(classifyLine(line))}\n`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`${JSON.stringify({ id: idOf(line), line: lineNumber, error: message })}\n`);
    }
  }
}

await main();
