import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from '../../scripts/support/fixture-server';
import { launchWithExtension, type LaunchedBrowser } from '../../scripts/support/launch-chromium';

/** Records and events as stored; loosely typed, the tests assert what they hold. */
export interface StoredRetentionLog {
  records: ({ id: string; platformCommentId: string; postedAt: string | null } & Record<string, unknown>)[];
  events: ({ recordId: string; event: { kind: string; status?: string; detail: string } } & Record<
    string,
    unknown
  >)[];
}

/** One browser with the built extension, and the fixture server it browses. */
export interface ExtensionHarness extends LaunchedBrowser {
  server: FixtureServer;
  /** Opens an extension page (log.html, popup.html…) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** The URL of the fixture page whose file is `file` (under tests/fixtures). */
  fixtureUrl(file: string): string;
  /** Saves the moderator's name and ID, as the log page's settings form does. */
  setModerator(moderator: { name: string; idNumber: string }): Promise<void>;
  /** The retention log as IndexedDB holds it, read from an extension page (empty before any write). */
  readRetentionLog(page: Page): Promise<StoredRetentionLog>;
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
    async setModerator(moderator) {
      await browser.serviceWorker.evaluate(
        (value) =>
          (
            globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }
          ).chrome.storage.local.set({ moderator: value }),
        moderator,
      );
    },
    readRetentionLog(page) {
      return page.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('civic-moderator-retention');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const all = (store: string) =>
          // No table yet means nothing was ever written.
          !db.objectStoreNames.contains(store)
            ? Promise.resolve([])
            : new Promise<never[]>((resolve) => {
                const request = db.transaction(store).objectStore(store).getAll();
                request.onsuccess = () => resolve(request.result as never[]);
              });
        return { records: await all('records'), events: await all('events') };
      });
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
