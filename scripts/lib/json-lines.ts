// The CLIs' shared loop: one JSON object per input line, one result per output line. A bad line is reported on
// stderr with its id and line number, and the run goes on.
import { createInterface } from 'node:readline';

function idOf(line: string): unknown {
  try {
    const parsed: unknown = JSON.parse(line);
    return typeof parsed === 'object' && parsed !== null && 'id' in parsed ? parsed.id : null;
  } catch {
    return line.match(/"id"\s*:\s*("(?:[^"\\]|\\.)*"|[\w.-]+)/)?.[1]?.replace(/^"|"$/g, '') ?? null;
  }
}

export async function mapJsonLines(transform: (line: string) => unknown): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    try {
      process.stdout.write(`${JSON.stringify(transform(line))}\n`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`${JSON.stringify({ id: idOf(line), line: lineNumber, error: message })}\n`);
    }
  }
}
