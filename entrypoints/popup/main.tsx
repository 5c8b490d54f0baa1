import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import '@/components/popup/popup.css';
import { PageAtAGlance, type PageState } from '@/components/popup/page-at-a-glance';
import { sendToContent } from '@/lib/messaging/send';

/** Asks the active tab's content script what the page shows. */
async function describeActiveTab(): Promise<PageState> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { kind: 'not-a-platform-page' };
  const reply = await sendToContent(tab.id, { type: 'describe-page' });
  return reply.ok ? { kind: 'described', summary: reply.summary } : { kind: 'not-a-platform-page' };
}

function openRetentionLog() {
  void browser.tabs.create({ url: browser.runtime.getURL('/log.html') });
  window.close();
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PageAtAGlance load={describeActiveTab} onOpenLog={openRetentionLog} />
  </StrictMode>,
);
