/**
 * Opens Debian's Chromium with the built extension loaded and the platforms' host names pointed
 * at the local fixture server. Used by `npm run demo` and by the browser tests, so both see the
 * extension exactly as a moderator would.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { FIXTURE_HOSTS } from './fixture-server';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchedBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchWithExtension(options: {
  fixturePort: number;
  headless: boolean;
}): Promise<LaunchedBrowser> {
  const profileDir = mkdtempSync(join(tmpdir(), 'civic-moderator-profile-'));
  const hostRules = FIXTURE_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${options.fixturePort}`).join(', ');
  const context = await chromium.launchPersistentContext(profileDir, {
    headless: options.headless,
    executablePath: CHROMIUM_PATH,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    // Playwright adds --disable-extensions by default; the service worker never starts with it.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--host-resolver-rules=${hostRules}`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    serviceWorker,
    extensionId,
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
