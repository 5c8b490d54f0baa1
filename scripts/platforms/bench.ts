/**
 * `npm run bench:pages`: what Civic Moderator costs a page as comments pour in. For each
 * platform's demo page, in real Chromium with the built extension, it loads N more comments the
 * way "View more comments" and scrolling do (cloned rows, a chunk per animation frame) and
 * prints how long each chunk waits for its badges and every long task (> 50 ms) the page saw.
 * Run `npm run build` first. Options: --comments N (2000), --chunk N (100).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startFixtureServer } from '../support/fixture-server';
import { launchWithExtension } from '../support/launch-chromium';

const { values } = parseArgs({
  options: { comments: { type: 'string', default: '2000' }, chunk: { type: 'string', default: '100' } },
});
const total = Number(values.comments);
const chunk = Number(values.chunk);
const DEMO_PAGES = {
  x: 'x/demo-post.html',
  facebook: 'facebook/demo-post.html',
  instagram: 'instagram/demo-post.html',
};

interface PageFigures {
  badged: number;
  chunkLatencies: number[];
  longTasks: number[];
  allBadgedAfter: number;
  /** Durations of the content script's own synchronous work, as it measured it. */
  ours: number[];
}

const loadMoreComments = readFileSync(resolve(import.meta.dirname, 'load-more-comments.js'), 'utf8');

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

const server = await startFixtureServer();
const browser = await launchWithExtension({ fixturePort: server.port, headless: true });
// A fresh profile opens the retention log on first run; in front, it would leave the measured
// page in a background tab, whose animation frames (and so our batches) run once a second.
const firstRun = await browser.context
  .waitForEvent('page', { predicate: (page) => page.url().endsWith('/log.html'), timeout: 5_000 })
  .catch(() => browser.context.pages().find((page) => page.url().endsWith('/log.html')));
await firstRun?.close();
console.log(`Loading ${total} more comments into each demo page, ${chunk} per animation frame`);
for (const [platform, file] of Object.entries(DEMO_PAGES)) {
  const page = await browser.context.newPage();
  page.on('crash', () => console.error(`${platform}: the page crashed`));
  page.on('pageerror', (error) => console.error(`${platform}: ${error.message}`));
  // Animation frames run only in the visible tab, and the work is batched on them.
  await page.bringToFront();
  await page.goto(server.pages.find((candidate) => candidate.file === file)!.url);
  await page.locator('[data-civic-moderator="badge"][data-state="graded"]').first().waitFor();
  await page
    .locator('[data-civic-moderator="badge"][data-state="pending"]')
    .first()
    .waitFor({ state: 'detached' });
  await page.bringToFront();
  const figures = (await page.evaluate(
    `${loadMoreComments}; loadMoreComments(${JSON.stringify({ total, chunk })})`,
  )) as PageFigures;
  const long = figures.longTasks;
  console.log(
    `${platform.padEnd(9)} ${figures.badged} badges; badges after a chunk: p50 ${percentile(figures.chunkLatencies, 50).toFixed(0)} ms, ` +
      `p99 ${percentile(figures.chunkLatencies, 99).toFixed(0)} ms, max ${Math.max(...figures.chunkLatencies).toFixed(0)} ms; ` +
      `long tasks on the page: ${long.length} (max ${long.length ? Math.max(...long).toFixed(0) : 0} ms); ` +
      `our tasks: ${figures.ours.length}, p99 ${percentile(figures.ours, 99).toFixed(0)} ms, ` +
      `max ${Math.max(0, ...figures.ours).toFixed(0)} ms, over 50 ms: ${figures.ours.filter((ms) => ms > 50).length}; ` +
      `all ${total} badged in ${figures.allBadgedAfter.toFixed(0)} ms`,
  );
  await page.close();
}
await browser.close();
await server.close();
