import type { CapturedComment } from '../captured-comment';
import type { ReadContext } from '../adapter';
import { absoluteUrl, pageLang, queryOwn, queryOwnFirst, visibleText } from '../dom';
import { firstNameFrom } from '../first-name';
import { required } from '../read-failure';
import { resolveShownTime } from '../relative-time';
import { withoutTracking } from '../urls';
import { enclosingPost } from './comments';
import { profileFromHref } from './read-author';
import { readText } from './read-text';
import { FB_SELECTORS } from './selectors';

const POST_PARAMS = ['story_fbid', 'id', 'fbid', 'v'];
const POST_PATH = /\/(?:posts|videos|permalink)\/([\w.-]+)/;

/** The post's own permalink: its header's time link, else the page URL when it is a post's page. */
export function postPermalink(post: Element | null, pageUrl: string): string | null {
  const link = post ? queryOwnFirst(post, FB_SELECTORS.postTimeLink, FB_SELECTORS.article) : null;
  const href = absoluteUrl(link?.getAttribute('href'), pageUrl);
  if (href) return withoutTracking(href, POST_PARAMS);
  return isPostPage(pageUrl) ? withoutTracking(pageUrl, POST_PARAMS) : null;
}

/** The URL of the post a comment is on. */
export function postUrlFor(comment: Element, pageUrl: string, postId: string | null): string | null {
  return (
    postPermalink(enclosingPost(comment), pageUrl) ??
    (isPostPage(pageUrl) ? withoutTracking(pageUrl, POST_PARAMS) : null) ??
    (postId ? `https://www.facebook.com/${postId}` : null)
  );
}

/** The post itself, as a record with role "post". */
export function readFacebookPost(post: Element, ctx: ReadContext): CapturedComment {
  const permalink = postPermalink(post, ctx.pageUrl);
  const id = required(postIdFrom(permalink), 'id', FB_SELECTORS.postTimeLink, 'no post id in the post link');
  const nameLink = required(
    post.querySelector(FB_SELECTORS.profileNameLink),
    'author',
    FB_SELECTORS.profileNameLink,
  );
  const name = visibleText(nameLink) || null;
  const profile = profileFromHref(nameLink.getAttribute('href'), ctx.pageUrl);
  const { text, truncated } = readText(post, FB_SELECTORS.storyParagraph);
  const timeLink = queryOwnFirst(post, FB_SELECTORS.postTimeLink, FB_SELECTORS.article);
  const shown = timeLink ? visibleText(timeLink) || null : null;
  return {
    platform: 'facebook',
    role: 'post',
    id,
    permalink,
    postUrl: permalink,
    isReply: false,
    parentId: null,
    isPageOwn: true,
    author: {
      name,
      handle: profile?.handle ?? null,
      profileUrl: profile?.profileUrl ?? null,
      userId: profile?.userId ?? null,
      firstName: firstNameFrom(name),
    },
    text: text || visibleText(queryOwn(post, FB_SELECTORS.storyMessage, FB_SELECTORS.article)[0]!),
    truncated,
    postedAt: resolveShownTime(shown, ctx.now),
    postedAtText: shown,
    lang: pageLang(post.ownerDocument),
  };
}

function isPostPage(pageUrl: string): boolean {
  return POST_PATH.test(pageUrl) || /story_fbid=/.test(pageUrl);
}

function postIdFrom(permalink: string | null): string | null {
  if (!permalink) return null;
  const url = new URL(permalink);
  return (
    POST_PATH.exec(url.pathname)?.[1] ?? url.searchParams.get('story_fbid') ?? url.searchParams.get('fbid')
  );
}
