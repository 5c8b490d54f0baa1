import type { PlatformAdapter } from '@/lib/platforms/adapter';

/**
 * Watches the conversation for comments, at next to no cost to the page (the uBlock Origin way):
 * one MutationObserver on the thread root, whose callback only queues added nodes; the work
 * happens in one batch on the next animation frame. Until the thread root exists (single-page
 * apps render it late) a body observer waits for it, and is dropped once it is found.
 */
export interface ThreadWatcher {
  stop(): void;
}

export function watchThread(
  adapter: PlatformAdapter,
  doc: Document,
  onComments: (elements: Element[]) => void,
): ThreadWatcher {
  let rootObserver: MutationObserver | null = null;
  let waitObserver: MutationObserver | null = null;
  let frame: number | null = null;
  const queued = new Set<Node>();

  const flush = () => {
    frame = null;
    const found = new Set<Element>();
    for (const node of queued) {
      if (!node.isConnected) continue;
      // A node inside a comment (X recycles a row's insides) re-reads that comment; a node that
      // holds comments ("View more comments") brings each of them.
      const around = adapter.closestComment(node);
      if (around) found.add(around);
      if (node instanceof Element) for (const el of adapter.findCommentElements(node)) found.add(el);
    }
    queued.clear();
    if (found.size > 0) onComments([...found]);
  };

  const enqueue = (nodes: Iterable<Node>) => {
    for (const node of nodes) {
      // Our own badges and the platform's text nodes are never comments.
      if (node instanceof Element && node.hasAttribute('data-civic-moderator')) continue;
      queued.add(node.nodeType === Node.TEXT_NODE && node.parentNode ? node.parentNode : node);
    }
    if (queued.size > 0 && frame === null) frame = requestAnimationFrame(flush);
  };

  const observeRoot = (root: Element) => {
    rootObserver = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'childList') enqueue(record.addedNodes);
        else enqueue([record.target]);
      }
    });
    // Attribute changes matter only for hrefs: X reuses a row and swaps the status link.
    rootObserver.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['href'],
    });
    onComments(adapter.findCommentElements(root));
  };

  const root = adapter.findThreadRoot(doc);
  if (root) observeRoot(root);
  else {
    // Look for the root at most once a frame, however busy the page is while it loads.
    let lookup: number | null = null;
    const lookForRoot = () => {
      lookup = null;
      const found = adapter.findThreadRoot(doc);
      if (!found || !waitObserver) return;
      waitObserver.disconnect();
      waitObserver = null;
      observeRoot(found);
    };
    waitObserver = new MutationObserver(() => {
      lookup ??= requestAnimationFrame(lookForRoot);
    });
    waitObserver.observe(doc.documentElement, { childList: true, subtree: true });
  }

  return {
    stop() {
      rootObserver?.disconnect();
      waitObserver?.disconnect();
      if (frame !== null) cancelAnimationFrame(frame);
      queued.clear();
    },
  };
}
