import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from '../../scripts/support/fixture-server';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/support/launch-chromium';

/** One browser with the built extension, and the fixture server it browses. */
export interface ExtensionHarness extends LaunchedBrowser {
  server: FixtureServer;
  /** Opens an extension page (log.html, popup.html…) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** The URL of the fixture page whose file is `file` (under tests/fixtures). */
  fixtureUrl(file: string): string;
  /** Runs the same function the "Hide & log comment" menu item runs, on the given tab. */
  hideAndLogFromMenu(page: Page): Promise<string>;
  stop(): Promise<void>;
}

export async function startExtensionHarness(): Promise<ExtensionHarness> {
  const server = await startFixtureServer();
  const browser = await launchWithExtension({ fixturePort: server.port, headless: true });
  return {
    ...browser,
    server,
    async openExtensionPage(path) {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      return page;
    },
    fixtureUrl(file) {
      const page = server.pages.find((candidate) => candidate.file === file);
      if (!page) throw new Error(`No fixture page ${file} with a canonical URL`);
      return page.url;
    },
    async hideAndLogFromMenu(page) {
      // The tab id as the extension sees it: ask the service worker for the tab at this URL.
      const url = page.url();
      return browser.serviceWorker.evaluate(async (pageUrl) => {
        const worker = globalThis as unknown as {
          chrome: { tabs: { query(query: { url: string }): Promise<{ id?: number }[]> } };
          civicModerator: {
            onHideAndLogMenu(info: object, tab: { id?: number } | undefined): Promise<string>;
          };
        };
        const [tab] = await worker.chrome.tabs.query({ url: pageUrl });
        return worker.civicModerator.onHideAndLogMenu(
          { menuItemId: 'civic-moderator-hide-and-log', frameId: 0 },
          tab,
        );
      }, url);
    },
    async stop() {
      await browser.close();
      await server.close();
    },
  };
}
