import type { ReadContext, ReadResult } from '../adapter';
import type { CapturedComment } from '../captured-comment';
import { pageLang } from '../dom';
import { required, safeRead } from '../read-failure';
import { ownFirst } from './blocks';
import { readAuthor } from './read-author';
import { readCaption, readText } from './read-text';
import { permalinkPath, readTime } from './read-time';
import { IG_COMMENT_PATH, IG_POST_PATH, IG_SELECTORS } from './selectors';
import { parentFromNesting, postOwner } from './thread';

/** Reads one Instagram comment or reply (or the caption, as the post), fresh from the DOM. */
export function readInstagramComment(block: Element, ctx: ReadContext): ReadResult {
  return safeRead('instagram', () => {
    const captionTime = block.querySelector(IG_SELECTORS.commentTime)
      ? null
      : block.querySelector(IG_SELECTORS.postTime);
    return captionTime ? readPost(block, captionTime, ctx) : readComment(block);
  });
}

function readComment(block: Element): CapturedComment {
  const time = required(ownFirst(block, IG_SELECTORS.commentTime), 'id', IG_SELECTORS.commentTime);
  const href = permalinkPath(time);
  const match = required(
    IG_COMMENT_PATH.exec(href),
    'id',
    IG_SELECTORS.commentTime,
    `no comment id in ${href}`,
  );
  const [, code, first, reply] = match;
  const kind = IG_POST_PATH.exec(href)?.[1] ?? 'p';
  const author = readAuthor(block);
  const { text, truncated } = readText(block);
  const parentId = reply ? first! : parentFromNesting(block);
  const owner = postOwner(block);
  return {
    platform: 'instagram',
    role: 'comment',
    id: reply ?? first!,
    permalink: `https://www.instagram.com${href.replace(/\?.*$/, '')}`,
    postUrl: `https://www.instagram.com/${kind}/${code}/`,
    isReply: parentId !== null,
    parentId,
    isPageOwn: owner !== null && author.handle?.toLowerCase() === owner.toLowerCase(),
    author,
    text,
    truncated,
    ...readTime(time),
    lang: pageLang(block.ownerDocument),
  };
}

function readPost(block: Element, time: Element, ctx: ReadContext): CapturedComment {
  const href = permalinkPath(time);
  const post = IG_POST_PATH.exec(href) ?? IG_POST_PATH.exec(new URL(ctx.pageUrl).pathname);
  const [, kind, code] = required(post, 'id', IG_SELECTORS.postTime, `no post code in ${href}`);
  const caption = required(ownFirst(block, IG_SELECTORS.caption), 'text', IG_SELECTORS.caption);
  const url = `https://www.instagram.com/${kind}/${code}/`;
  return {
    platform: 'instagram',
    role: 'post',
    id: code!,
    permalink: url,
    postUrl: url,
    isReply: false,
    parentId: null,
    isPageOwn: true,
    author: readAuthor(block),
    ...readCaption(caption, block),
    ...readTime(time),
    lang: pageLang(block.ownerDocument),
  };
}
