import type { ReadContext, ReadResult } from '../adapter';
import { pageLang } from '../dom';
import { safeRead } from '../read-failure';
import { threadPosition } from './conversation';
import { readAuthor } from './read-author';
import { readStatus, statusFromUrl } from './read-status';
import { readText } from './read-text';

/**
 * Reads one X post or reply, always fresh from the DOM: rows are recycled, so nothing is cached
 * and the id is read again every time.
 */
export function readXComment(article: Element, ctx: ReadContext): ReadResult {
  return safeRead('x', () => {
    const status = readStatus(article, ctx.pageUrl);
    const author = readAuthor(article, status.handle);
    const { text, truncated } = readText(article);
    const position = threadPosition(article);
    const page = statusFromUrl(ctx.pageUrl);
    const focusedId = position.focusedId ?? page?.id ?? null;
    const isReply = position.focused || position.above ? position.previousId !== null : true;
    const parentId = position.focused || position.above ? position.previousId : focusedId;
    return {
      platform: 'x',
      role: position.focused ? 'post' : 'comment',
      id: status.id,
      permalink: status.permalink,
      postUrl: page
        ? `https://x.com/${page.handle}/status/${page.id}`
        : position.focused
          ? status.permalink
          : null,
      isReply,
      parentId: parentId === status.id ? null : parentId,
      isPageOwn: author.handle !== null && author.handle.toLowerCase() === ownerHandle(position, page, ctx),
      author,
      text,
      truncated,
      postedAt: status.postedAt,
      postedAtText: status.postedAtText,
      lang: pageLang(article.ownerDocument),
    };
  });
}

/**
 * The department is the conversation's owner: the author of the thread's first post when the
 * page shows posts above the focused one, otherwise the handle in the page URL.
 */
function ownerHandle(
  position: ReturnType<typeof threadPosition>,
  page: { handle: string } | null,
  ctx: ReadContext,
): string | null {
  if (position.threadStartArticle) {
    try {
      return readStatus(position.threadStartArticle, ctx.pageUrl).handle.toLowerCase();
    } catch {
      // fall back to the page URL
    }
  }
  return page?.handle.toLowerCase() ?? null;
}
