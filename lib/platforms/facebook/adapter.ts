import type { PlatformAdapter } from '../adapter';
import { queryOwnFirst } from '../dom';
import { closestFacebookComment, findFacebookComments, findFacebookThreadRoot } from './comments';
import { hideFacebookComment } from './hide';
import { readFacebookComment } from './read-comment';
import { FB_HOSTS, FB_SELECTORS } from './selectors';

/** Facebook (www.facebook.com), as the page admin sees a post and its comments. */
export const facebookAdapter: PlatformAdapter = {
  platform: 'facebook',
  matches: (url) => FB_HOSTS.includes(url.hostname),
  findThreadRoot: findFacebookThreadRoot,
  findCommentElements: findFacebookComments,
  closestComment: closestFacebookComment,
  readComment: readFacebookComment,
  badgeAnchor: (el) =>
    queryOwnFirst(el, FB_SELECTORS.profileName, FB_SELECTORS.article) ??
    queryOwnFirst(el, `${FB_SELECTORS.link} ${FB_SELECTORS.authorName}`, FB_SELECTORS.article)?.closest(
      'a',
    ) ??
    el,
  hide: (el) =>
    hideFacebookComment(el).catch((error: unknown) => ({ status: 'failed', reason: String(error) })),
};
