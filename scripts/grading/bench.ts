import { readFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import { POLICE_PAGE_SUITE } from '../../tests/unit/grading/police-page-suite';
import { loadTweetEvalOffensive, loadTweetEvalSentiment } from './datasets';
import { defaultModelPath } from './load-model';

/**
 * `npm run bench:grading`: model load time, then throughput and per-comment latency in one Node
 * process, on validation tweets and the police-page suite (real lengths, real vocabulary).
 */

// Importing the engine builds its word lists and matchers: part of the load a worker pays.
const importStart = performance.now();
const { createGrader, parseGradingModel } = await import('../../lib/grading');
const importMs = performance.now() - importStart;

const started = performance.now();
const bytes = new Uint8Array(readFileSync(defaultModelPath));
const grade = createGrader(parseGradingModel(bytes));
grade({ text: 'first comment' });
const loadMs = performance.now() - started;

const texts = [
  ...loadTweetEvalOffensive().val.map((e) => e.text),
  ...loadTweetEvalSentiment().val.map((e) => e.text),
  ...POLICE_PAGE_SUITE.map((c) => c.text),
];
const comments = Array.from({ length: 50_000 }, (_, i) => texts[i % texts.length] as string);

// Warm up the JIT before measuring.
for (let i = 0; i < 5_000; i++) grade({ text: comments[i] as string });

const runStart = performance.now();
let levels = 0;
for (const text of comments) levels += grade({ text }).level;
const runMs = performance.now() - runStart;

const latencies = new Float64Array(10_000);
for (let i = 0; i < latencies.length; i++) {
  const t0 = performance.now();
  grade({ text: comments[i] as string });
  latencies[i] = performance.now() - t0;
}
latencies.sort();
const quantile = (q: number) => (latencies[Math.floor(q * (latencies.length - 1))] ?? 0) * 1000;

const meanLength = comments.reduce((sum, t) => sum + t.length, 0) / comments.length;
console.log(`model file        ${(statSync(defaultModelPath).size / 1024 / 1024).toFixed(2)} MB`);
console.log(
  `model load        ${loadMs.toFixed(1)} ms (read the file, parse, build the grader, first grade)`,
);
console.log(
  `engine import     ${importMs.toFixed(1)} ms (module code, word lists, matchers; includes tsx compiling TypeScript)`,
);
console.log(
  `throughput        ${Math.round(comments.length / (runMs / 1000)).toLocaleString('en-US')} comments/s after load (${comments.length.toLocaleString('en-US')} comments, mean ${meanLength.toFixed(0)} chars)`,
);
console.log(`latency           p50 ${quantile(0.5).toFixed(1)} µs, p99 ${quantile(0.99).toFixed(1)} µs`);
// V8 compiles a pattern without optimisation once the isolate holds 16 MB of executable code, and
// such a pattern runs about 20 times slower (lib/grading/one-byte-text.ts): keep well under it.
const codeBytes = getHeapSpaceStatistics()
  .filter((space) => space.space_name.startsWith('code'))
  .reduce((sum, space) => sum + space.space_size, 0);
console.log(
  `compiled code     ${(codeBytes / 1024 / 1024).toFixed(1)} MB executable (V8 stops optimising new patterns past 16 MB)`,
);
if (levels === 0) console.log('(no comments graded)');
