import { queryOwnFirst, startsWithLabel } from '../dom';
import { FB_LABELS, FB_SELECTORS } from './selectors';

/** A comment or reply: an article whose aria-label says "Comment by …" / "Reply by …". */
export function isCommentArticle(el: Element): boolean {
  if (!el.matches(FB_SELECTORS.article)) return false;
  const label = el.getAttribute('aria-label');
  if (startsWithLabel(label, FB_LABELS.commentBy) || startsWithLabel(label, FB_LABELS.replyBy)) return true;
  // In a language we have no label for, a comment still carries its own comment_id link.
  return label !== null && queryOwnFirst(el, FB_SELECTORS.commentIdLink, FB_SELECTORS.article) !== null;
}

/** A post: an article holding its own story message. */
export function isPostArticle(el: Element): boolean {
  return (
    el.matches(FB_SELECTORS.article) &&
    !isCommentArticle(el) &&
    queryOwnFirst(el, FB_SELECTORS.storyMessage, FB_SELECTORS.article) !== null
  );
}

/** The narrowest element holding the conversation: the open post dialog, the feed, or the main column. */
export function findFacebookThreadRoot(doc: Document): Element | null {
  const dialog = Array.from(doc.querySelectorAll(FB_SELECTORS.dialog)).find((candidate) =>
    Array.from(candidate.querySelectorAll(FB_SELECTORS.article)).some(isCommentArticle),
  );
  return dialog ?? doc.querySelector(FB_SELECTORS.feed) ?? doc.querySelector(FB_SELECTORS.main);
}

/**
 * Posts and comments under `root`, each once, in document order. Replies nested inside their
 * parent (dialog view) and replies beside it (timeline view) are both found: every comment is
 * its own article.
 */
export function findFacebookComments(root: ParentNode): Element[] {
  const self =
    (root as Node).nodeType === 1 && (root as Element).matches(FB_SELECTORS.article) ? [root as Element] : [];
  return [...self, ...Array.from(root.querySelectorAll(FB_SELECTORS.article))].filter(
    (el) => isCommentArticle(el) || isPostArticle(el),
  );
}

export function closestFacebookComment(node: Node): Element | null {
  let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  for (
    el = el?.closest(FB_SELECTORS.article) ?? null;
    el;
    el = el.parentElement?.closest(FB_SELECTORS.article) ?? null
  ) {
    if (isCommentArticle(el) || isPostArticle(el)) return el;
  }
  return null;
}

/** The post article a comment belongs to, when the page shows it. */
export function enclosingPost(comment: Element): Element | null {
  for (
    let el = comment.parentElement?.closest(FB_SELECTORS.article);
    el;
    el = el.parentElement?.closest(FB_SELECTORS.article)
  ) {
    if (isPostArticle(el)) return el;
  }
  return null;
}
