/**
 * `npm run demo`: Chromium with the built extension on the bundled demo pages of all three
 * platforms, served under their real host names.
 * `npm run demo -- --headless --screenshots <dir>`: the same without a display, writing one PNG
 * per platform of the page with the extension's badges, then closing.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startFixtureServer } from './support/fixture-server';
import { launchWithExtension } from './support/launch-chromium';

const DEMO_PAGES = {
  facebook: 'facebook/demo-post.html',
  x: 'x/demo-post.html',
  instagram: 'instagram/demo-post.html',
} as const;

const { values } = parseArgs({
  options: { headless: { type: 'boolean', default: false }, screenshots: { type: 'string' } },
});

if (!values.headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display to open Chromium on. Run: npm run demo -- --headless --screenshots <dir>');
  process.exit(2);
}

const server = await startFixtureServer();
const browser = await launchWithExtension({ fixturePort: server.port, headless: values.headless });
const urlOf = (file: string) => {
  const page = server.pages.find((candidate) => candidate.file === file);
  if (!page) throw new Error(`The demo page ${file} is missing from tests/fixtures`);
  return page.url;
};

const opened = [];
for (const [platform, file] of Object.entries(DEMO_PAGES)) {
  const page = await browser.context.newPage();
  await page.goto(urlOf(file));
  opened.push({ platform, page });
  console.log(`${platform}: ${page.url()}`);
}

if (values.screenshots) {
  const dir = resolve(values.screenshots);
  mkdirSync(dir, { recursive: true });
  for (const { platform, page } of opened) {
    // Wait until every badge has its grade, so the picture shows what a moderator sees.
    await page.locator('[data-civic-moderator="badge"]').first().waitFor();
    await page.locator('.badge[data-state="pending"]').first().waitFor({ state: 'detached' });
    const file = resolve(dir, `${platform}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`wrote ${file}`);
  }
}

if (values.headless) {
  await browser.close();
  await server.close();
} else {
  console.log('Close the browser window to end the demo.');
  browser.context.on('close', () => void server.close());
}
