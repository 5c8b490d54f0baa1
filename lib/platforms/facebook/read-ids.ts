import { absoluteUrl, queryOwn, visibleText } from '../dom';
import { required } from '../read-failure';
import { parseShownTime } from '../relative-time';
import { withoutTracking } from '../urls';
import { decodeFacebookCommentId } from './comment-id';
import { FB_ID_PARAMS, FB_SELECTORS } from './selectors';

export interface FacebookCommentLink {
  id: string;
  parentId: string | null;
  postId: string | null;
  permalink: string;
  /** The relative time the link shows ("3h"), the only time Facebook renders. */
  shown: string | null;
}

/**
 * The comment's time link (`comment_id=`, plus `reply_comment_id=` on replies): its ids, its
 * permalink without tracking, and the time it shows. The author link often carries the same
 * comment_id, so the time link is the one whose text reads as a time (else the last one).
 */
export function readCommentLink(comment: Element, base: string, now: Date): FacebookCommentLink {
  const links = queryOwn(comment, FB_SELECTORS.commentIdLink, FB_SELECTORS.article);
  const timeLink =
    links.find((link) => parseShownTime(visibleText(link), now) !== null) ?? links[links.length - 1];
  const href = required(absoluteUrl(timeLink?.getAttribute('href'), base), 'id', FB_SELECTORS.commentIdLink);
  const url = new URL(href);
  const comment_ = decodeFacebookCommentId(url.searchParams.get('comment_id'));
  const reply = decodeFacebookCommentId(url.searchParams.get('reply_comment_id'));
  const own = required(reply ?? comment_, 'id', FB_SELECTORS.commentIdLink, `no comment id in ${href}`);
  const shown = timeLink ? visibleText(timeLink) : '';
  return {
    id: own.commentId,
    parentId: reply && comment_ ? comment_.commentId : null,
    postId: comment_?.postId ?? reply?.postId ?? null,
    permalink: withoutTracking(href, FB_ID_PARAMS),
    shown: shown || null,
  };
}
