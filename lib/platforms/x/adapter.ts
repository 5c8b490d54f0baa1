import type { PlatformAdapter } from '../adapter';
import { conversationArticles, findConversation, inConversation } from './conversation';
import { hideXReply } from './hide';
import { outerFirst } from './outer';
import { readXComment } from './read-comment';
import { X_HOSTS, X_SELECTORS } from './selectors';

/** X (x.com): conversation pages `/<handle>/status/<id>`. */
export const xAdapter: PlatformAdapter = {
  platform: 'x',
  matches: (url) => X_HOSTS.includes(url.hostname),
  findThreadRoot: (doc) => findConversation(doc),
  findCommentElements: (root) => conversationArticles(root),
  closestComment(node) {
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    let article = element?.closest(X_SELECTORS.tweet) ?? null;
    // A quoted post is part of the reply that quotes it: the outermost article is the comment.
    while (article?.parentElement?.closest(X_SELECTORS.tweet))
      article = article.parentElement.closest(X_SELECTORS.tweet);
    return article && inConversation(article) ? article : null;
  },
  readComment: readXComment,
  badgeAnchor: (article) => outerFirst(article, X_SELECTORS.userName) ?? article,
  hide: (article) =>
    hideXReply(article).catch((error: unknown) => ({ status: 'failed', reason: String(error) })),
};
