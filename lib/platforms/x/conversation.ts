import { labelText, matchesLabel } from '../dom';
import { statusIdOf } from './read-status';
import { X_LABELS, X_SELECTORS } from './selectors';

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without depending on this window's Node.

/** The conversation timeline, or the main column when the timeline's label is in another language. */
export function findConversation(doc: Document): Element | null {
  const timeline = doc.querySelector(X_SELECTORS.conversation);
  if (timeline) return timeline;
  const column = doc.querySelector(X_SELECTORS.primaryColumn);
  return column?.querySelector(X_SELECTORS.focusedTweet) ? column : null;
}

/**
 * The "Discover more" heading after the conversation; rows after it are not part of it.
 * Finding it searches the whole conversation, and a batch of added rows asks once per row; the
 * page cannot change within one synchronous pass, so the answer is kept until the pass ends.
 */
let headingThisPass: { doc: Document; heading: Element | null } | null = null;

export function discoverMoreHeading(doc: Document): Element | null {
  if (headingThisPass?.doc === doc) return headingThisPass.heading;
  const scope = findConversation(doc) ?? doc;
  const heading =
    Array.from(scope.querySelectorAll(X_SELECTORS.heading)).find((candidate) =>
      matchesLabel(labelText(candidate), X_LABELS.discoverMore),
    ) ?? null;
  headingThisPass = { doc, heading };
  queueMicrotask(() => (headingThisPass = null));
  return heading;
}

/** True when `article` is a row of the conversation (not in "Discover more"). */
export function inConversation(
  article: Element,
  heading = discoverMoreHeading(article.ownerDocument),
): boolean {
  return heading === null || (heading.compareDocumentPosition(article) & FOLLOWING) === 0;
}

/** The conversation's posts in document order, "Discover more" and nested articles left out. */
export function conversationArticles(root: ParentNode): Element[] {
  const self = isElement(root) && root.matches(X_SELECTORS.tweet) ? [root] : [];
  const found = [...self, ...Array.from(root.querySelectorAll(X_SELECTORS.tweet))];
  if (found.length === 0) return [];
  const heading = discoverMoreHeading(found[0]!.ownerDocument);
  return found.filter(
    (article) =>
      article.parentElement?.closest(X_SELECTORS.tweet) == null && inConversation(article, heading),
  );
}

/**
 * Where `article` sits in the conversation: the focused post, a post above it (the thread the
 * focused post answers, shown when the page is a reply's), or a reply below it. X does not mark
 * which reply a reply below answers, so those all count as answers to the focused post.
 */
export interface ThreadPosition {
  focused: boolean;
  above: boolean;
  /** The status id of the row just above, for the focused post and the posts above it. */
  previousId: string | null;
  /** The focused post's id, when its row is in the page. */
  focusedId: string | null;
  /** The thread's first post, when posts above the focused one are shown. */
  threadStartArticle: Element | null;
}

export function threadPosition(article: Element): ThreadPosition {
  // Cheap lookups only: this runs for every comment read, and a page may hold thousands. Walking
  // up from the article costs its depth; a document-wide search would cost the whole page.
  const conversation =
    article.closest(X_SELECTORS.conversation) ??
    article.closest(X_SELECTORS.primaryColumn) ??
    article.ownerDocument;
  const focusedArticle = conversation.querySelector(X_SELECTORS.focusedTweet);
  const firstArticle = conversation.querySelector(X_SELECTORS.tweet);
  const focused = focusedArticle === article;
  const above =
    focusedArticle !== null &&
    !focused &&
    (article.compareDocumentPosition(focusedArticle) & FOLLOWING) !== 0;
  const threadStartArticle = focusedArticle !== null && firstArticle !== focusedArticle ? firstArticle : null;
  // Only the focused post and the few posts above it need the row before them.
  let previous: Element | null = null;
  if (focused || above) {
    const rows = conversationArticles(conversation);
    const index = rows.indexOf(article);
    previous = index > 0 ? rows[index - 1]! : null;
  }
  return {
    focused,
    above,
    previousId: previous ? statusIdOf(previous) : null,
    focusedId: focusedArticle ? statusIdOf(focusedArticle) : null,
    threadStartArticle,
  };
}

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === 1;
}
