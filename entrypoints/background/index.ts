import { browser } from 'wxt/browser';
import { ToBackgroundSchema } from '@/lib/messaging/messages';
import { createMessageReceiver } from '@/lib/messaging/receive';
import { openRetentionDatabase } from '@/lib/records/retention-database';
import { HIDE_AND_LOG_MENU_ID, createHideAndLogMenu, onHideAndLogMenu } from './context-menu';
import modelUrl from '@/assets/grading/model.bin?url';
import { createGradingService, fetchPackagedWeights } from './grading-service';
import { backgroundHandlers } from './message-handlers';
import { loadModerator } from '@/lib/settings/moderator-settings';

export default defineBackground(() => {
  // The service worker is the only writer of the retention log.
  const db = openRetentionDatabase();

  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    createHideAndLogMenu();
    // A first run has no moderator yet: open the log page, whose settings ask for name and ID.
    if (reason === 'install' && !(await loadModerator())) {
      await browser.tabs.create({ url: browser.runtime.getURL('/log.html') });
    }
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === HIDE_AND_LOG_MENU_ID) void onHideAndLogMenu(info, tab);
  });

  const receive = createMessageReceiver({
    schema: ToBackgroundSchema,
    handlers: backgroundHandlers(
      db,
      createGradingService(() => fetchPackagedWeights(modelUrl)),
    ),
    extensionId: () => browser.runtime.id,
  });
  browser.runtime.onMessage.addListener((message, sender) => receive(message, sender));

  // The browser tests (and anyone debugging from the service worker console) drive the very
  // function the context menu calls; native menus cannot be clicked from a test.
  Object.assign(globalThis, { civicModerator: { onHideAndLogMenu } });
});
