import '@/components/hide-dialog/hide-and-log-dialog.css';
import { browser } from 'wxt/browser';
import { ToContentSchema } from '@/lib/messaging/messages';
import { createMessageReceiver } from '@/lib/messaging/receive';
import { adapterForUrl } from '@/lib/platforms';
import { PLATFORM_PAGE_PATTERNS } from '@/lib/platforms/platform-hosts';
import { hideAndLog } from './hide-and-log';
import { markHiddenCommentsStyle } from './hidden-comment-style';
import { ModerationSession } from './moderation-session';

export default defineContentScript({
  matches: PLATFORM_PAGE_PATTERNS,
  runAt: 'document_idle',
  // Our CSS goes into our shadow roots, never into the platform's page.
  cssInjectionMode: 'ui',

  main(ctx) {
    let session: ModerationSession | null = null;
    const begin = () => {
      const adapter = adapterForUrl(new URL(location.href));
      session = adapter ? new ModerationSession(adapter, ctx, document) : null;
      session?.start();
    };
    begin();
    markHiddenCommentsStyle(document);
    // Capture phase: the platform's own handlers may stop the event before it bubbles.
    ctx.addEventListener(document, 'contextmenu', (event) => session?.noteRightClick(event.target), {
      capture: true,
    });
    // Single-page navigation replaces the thread without a page load: start afresh.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      session?.stop();
      begin();
    });

    const receive = createMessageReceiver({
      schema: ToContentSchema,
      extensionId: () => browser.runtime.id,
      handlers: {
        'start-hide-and-log': async () => {
          if (!session) return { ok: false, error: 'this page shows no comments Civic Moderator can read' };
          return { ok: true, outcome: await hideAndLog(session, ctx) };
        },
        'describe-page': async () => {
          if (!session) return { ok: false, error: 'Civic Moderator does not read this kind of page' };
          return { ok: true, summary: session.summary() };
        },
      },
    });
    browser.runtime.onMessage.addListener((message, sender) => receive(message, sender));
  },
});
