import { browser, type Browser } from 'wxt/browser';
import { sendToContent } from '@/lib/messaging/send';
import { PLATFORM_PAGE_PATTERNS } from '@/lib/platforms/platform-hosts';

export const HIDE_AND_LOG_MENU_ID = 'civic-moderator-hide-and-log';

/** Context menus outlive the service worker; they are created once, on install or update. */
export function createHideAndLogMenu(): void {
  browser.contextMenus.create({
    id: HIDE_AND_LOG_MENU_ID,
    title: 'Hide && log comment',
    contexts: ['page', 'selection', 'link', 'image'],
    // The menu appears only on the three platforms' pages, never elsewhere.
    documentUrlPatterns: PLATFORM_PAGE_PATTERNS,
  });
}

/**
 * What "Hide & log comment" does: ask the tab's content script to hide and log the comment the
 * moderator right-clicked. The browser tests call this same function through the service worker.
 */
export async function onHideAndLogMenu(
  info: Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'frameId'>,
  tab: Pick<Browser.tabs.Tab, 'id'> | undefined,
): Promise<string> {
  if (info.menuItemId !== HIDE_AND_LOG_MENU_ID || tab?.id === undefined) return 'not our menu item';
  const reply = await sendToContent(tab.id, { type: 'start-hide-and-log' }, info.frameId ?? 0);
  if (!reply.ok) console.warn(`[civic-moderator] hide & log could not start: ${reply.error}`);
  return reply.ok ? reply.outcome : reply.error;
}
