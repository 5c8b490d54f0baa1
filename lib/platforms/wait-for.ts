/**
 * Waits until `probe` returns something, re-checking whenever `root`'s subtree changes, and gives
 * up after `timeoutMs`. No polling and no fixed sleeps: the platform's own DOM changes drive it.
 */
export function waitFor<T>(root: Node, probe: () => T | null, timeoutMs: number): Promise<T | null> {
  const first = probe();
  if (first !== null) return Promise.resolve(first);
  const doc = root.ownerDocument ?? (root as Document);
  // The observer must come from the page's own window (a test page is another window).
  const Observer = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
  return new Promise((resolve) => {
    const finish = (value: T | null): void => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    };
    const observer = new Observer(() => {
      const found = probe();
      if (found !== null) finish(found);
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    const timer = setTimeout(() => finish(probe()), timeoutMs);
  });
}
