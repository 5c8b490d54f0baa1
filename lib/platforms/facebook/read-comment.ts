import type { ReadContext, ReadResult } from '../adapter';
import { pageLang, startsWithLabel } from '../dom';
import { safeRead } from '../read-failure';
import { resolveShownTime } from '../relative-time';
import { closestFacebookComment, isPostArticle } from './comments';
import { hasAuthorBadge, pageOwnerKey } from './page-owner';
import { profileFromHref, profileKey, readAuthor } from './read-author';
import { readCommentLink } from './read-ids';
import { readFacebookPost, postUrlFor } from './read-post';
import { readText } from './read-text';
import { FB_LABELS } from './selectors';

/** Reads one Facebook comment or reply (or the post itself), fresh from the DOM. */
export function readFacebookComment(el: Element, ctx: ReadContext): ReadResult {
  return safeRead('facebook', () => {
    if (isPostArticle(el)) return readFacebookPost(el, ctx);
    const link = readCommentLink(el, ctx.pageUrl, ctx.now);
    const author = readAuthor(el, ctx.pageUrl, ctx.now);
    const { text, truncated } = readText(el);
    const saysReply = startsWithLabel(el.getAttribute('aria-label'), FB_LABELS.replyBy);
    const owner = pageOwnerKey(el, ctx.pageUrl);
    const authorKey = profileKey(profileFromHref(author.profileUrl, ctx.pageUrl));
    return {
      platform: 'facebook',
      role: 'comment',
      id: link.id,
      permalink: link.permalink,
      postUrl: postUrlFor(el, ctx.pageUrl, link.postId),
      isReply: link.parentId !== null || saysReply,
      parentId: link.parentId ?? (saysReply ? parentFromNesting(el, ctx) : null),
      isPageOwn: hasAuthorBadge(el) || (owner !== null && owner === authorKey),
      author,
      text,
      truncated,
      postedAt: resolveShownTime(link.shown, ctx.now),
      postedAtText: link.shown,
      lang: pageLang(el.ownerDocument),
    };
  });
}

/** A reply whose link lacks reply_comment_id: its parent is the comment it is nested in, if any. */
function parentFromNesting(reply: Element, ctx: ReadContext): string | null {
  const parent = reply.parentElement ? closestFacebookComment(reply.parentElement) : null;
  if (!parent || isPostArticle(parent)) return null;
  try {
    return readCommentLink(parent, ctx.pageUrl, ctx.now).id;
  } catch {
    return null;
  }
}
