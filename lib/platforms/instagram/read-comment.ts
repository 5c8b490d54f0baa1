import type { Poster } from '../captured-comment';
import type { ReadContext, ReadResult } from '../adapter';
import { labelText, matchesLabel, pageLang, visibleText } from '../dom';
import { required } from '../read-failure';
import { safeRead } from '../read-failure';
import { ownAll, ownFirst, profileHandle } from './blocks';
import { IG_COMMENT_PATH, IG_LABELS, IG_POST_PATH, IG_SELECTORS } from './selectors';
import { parentFromNesting, postOwner } from './thread';

/** Reads one Instagram comment or reply (or the caption as the post), fresh from the DOM. */
export function readInstagramComment(block: Element, ctx: ReadContext): ReadResult {
  return safeRead('instagram', () => {
    const captionTime = block.querySelector(IG_SELECTORS.commentTime)
      ? null
      : block.querySelector(IG_SELECTORS.postTime);
    return captionTime ? readPost(block, captionTime, ctx) : readComment(block);
  });
}

function readComment(block: Element) {
  const time = required(ownFirst(block, IG_SELECTORS.commentTime), 'id', IG_SELECTORS.commentTime);
  const href = time.closest('a')?.getAttribute('href') ?? '';
  const match = required(
    IG_COMMENT_PATH.exec(href),
    'id',
    IG_SELECTORS.commentTime,
    `no comment id in ${href}`,
  );
  const [, code, first, reply] = match;
  const kind = IG_POST_PATH.exec(href)?.[1] ?? 'p';
  const author = readAuthor(block);
  const text = readText(block);
  const parentId = reply ? first! : parentFromNesting(block);
  const owner = postOwner(block.ownerDocument);
  return {
    platform: 'instagram' as const,
    role: 'comment' as const,
    id: reply ?? first!,
    permalink: `https://www.instagram.com${href.replace(/\?.*$/, '')}`,
    postUrl: `https://www.instagram.com/${kind}/${code}/`,
    isReply: parentId !== null,
    parentId,
    isPageOwn: owner !== null && author.handle?.toLowerCase() === owner.toLowerCase(),
    author,
    text: text.text,
    truncated: text.truncated,
    ...timeOf(time),
    lang: pageLang(block.ownerDocument),
  };
}

function readPost(block: Element, time: Element, ctx: ReadContext) {
  const href = time.closest('a')?.getAttribute('href') ?? '';
  const post = IG_POST_PATH.exec(href) ?? IG_POST_PATH.exec(new URL(ctx.pageUrl).pathname);
  const [, kind, code] = required(post, 'id', IG_SELECTORS.postTime, `no post code in ${href}`);
  const caption = required(ownFirst(block, IG_SELECTORS.caption), 'text', IG_SELECTORS.caption);
  const url = `https://www.instagram.com/${kind}/${code}/`;
  return {
    platform: 'instagram' as const,
    role: 'post' as const,
    id: code!,
    permalink: url,
    postUrl: url,
    isReply: false,
    parentId: null,
    isPageOwn: true,
    author: readAuthor(block),
    text: visibleText(caption, isMoreButton),
    truncated: ownAll(block, IG_SELECTORS.button).some(isMoreButton),
    ...timeOf(time),
    lang: pageLang(block.ownerDocument),
  };
}

/** Instagram shows the username only; there is no display name or numeric id in the page. */
function readAuthor(block: Element): Poster {
  const link = required(
    ownAll(block, IG_SELECTORS.profileLink).find(
      (candidate) => profileHandle(candidate) !== null && visibleText(candidate).length > 0,
    ),
    'author',
    IG_SELECTORS.profileLink,
  );
  const handle = profileHandle(link)!;
  return {
    name: null,
    handle,
    profileUrl: `https://www.instagram.com/${handle}/`,
    userId: null,
    firstName: null,
  };
}

/** The comment's text: its own span[dir=auto] that is not a name, a button or a time. */
function readText(block: Element): { text: string; truncated: boolean } {
  const span = ownAll(block, IG_SELECTORS.text).find(
    (candidate) =>
      !candidate.closest('a, button, [role="button"], time, h1, h2, h3') && visibleText(candidate).length > 0,
  );
  return {
    text: span ? visibleText(span, isMoreButton) : '',
    truncated: ownAll(block, IG_SELECTORS.button).some(isMoreButton),
  };
}

function isMoreButton(el: Element): boolean {
  return el.matches(IG_SELECTORS.button) && matchesLabel(labelText(el), IG_LABELS.more);
}

function timeOf(time: Element): { postedAt: string | null; postedAtText: string | null } {
  const datetime = time.getAttribute('datetime');
  const valid = datetime !== null && !Number.isNaN(Date.parse(datetime));
  return { postedAt: valid ? new Date(datetime).toISOString() : null, postedAtText: labelText(time) || null };
}
