import { createInterface } from 'node:readline';
import { createGrader } from '../../lib/grading';
import { gradeJsonLine } from './grade-lines';
import { loadGradingModelFromFile } from './load-model';

/**
 * `npm run --silent grade`: JSON Lines in on stdin ({"text": …, "author": …}), one grade per
 * line out, in order. Streams, so a file of any length grades in constant memory.
 */
async function main() {
  const grade = createGrader(loadGradingModelFromFile());
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  let pending: string[] = [];
  const flush = async () => {
    if (pending.length === 0) return;
    const chunk = pending.join('\n') + '\n';
    pending = [];
    // Respect back-pressure so a slow reader does not make us buffer the whole output.
    if (!process.stdout.write(chunk)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  };
  for await (const line of lines) {
    lineNumber++;
    pending.push(gradeJsonLine(line, lineNumber, grade));
    if (pending.length >= 500) await flush();
  }
  await flush();
}

main().catch((error: unknown) => {
  process.stderr.write(`grade: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
