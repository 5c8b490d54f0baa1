/**
 * How a hidden-and-logged comment looks to the moderator: dimmed and struck through, still in
 * place. Platform nodes are never removed (removing them resets X's virtualised timeline); we
 * only set an attribute, and this one rule in the page styles it.
 */
export function markHiddenCommentsStyle(doc: Document): void {
  if (doc.querySelector('style[data-civic-moderator="hidden-comments"]')) return;
  const style = doc.createElement('style');
  style.setAttribute('data-civic-moderator', 'hidden-comments');
  style.textContent = `[data-civic-moderator-hidden="true"] { opacity: 0.45; outline: 2px dashed #b3261e; outline-offset: 2px; }`;
  (doc.head ?? doc.documentElement).append(style);
}
