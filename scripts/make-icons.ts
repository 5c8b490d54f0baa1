/**
 * Renders assets/icon.svg to the PNG sizes the manifest lists (public/icon/<size>.png), with
 * the same Debian Chromium the tests use. Run after changing the SVG: `npx tsx scripts/make-icons.ts`.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from './support/launch-chromium';

const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(resolve(root, 'assets/icon.svg'), 'utf8');
const outDir = resolve(root, 'public/icon');
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: ['--no-sandbox', '--disable-gpu'],
});
for (const size of [16, 32, 48, 96, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: resolve(outDir, `${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
console.log(`icons written to public/icon`);
