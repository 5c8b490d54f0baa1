import { queryOwn, labelText, matchesLabel } from '../dom';
import { pathSegments } from '../urls';
import { enclosingPost } from './comments';
import { profileFromHref, profileKey } from './read-author';
import { FB_LABELS, FB_NON_VANITY, FB_SELECTORS } from './selectors';

/** The page that owns the post: the post header's author, or the page named in the URL. */
export function pageOwnerKey(comment: Element, pageUrl: string): string | null {
  const doc = comment.ownerDocument;
  const post = enclosingPost(comment) ?? doc;
  const nameLink = post.querySelector(FB_SELECTORS.profileNameLink);
  const fromPost = profileKey(profileFromHref(nameLink?.getAttribute('href') ?? null, pageUrl));
  if (fromPost) return fromPost;
  const [first] = pathSegments(pageUrl);
  return first && !FB_NON_VANITY.includes(first) ? `name:${first.toLowerCase()}` : null;
}

/** True when the comment shows Facebook's "Author" badge (the post's author commented). */
export function hasAuthorBadge(comment: Element): boolean {
  return queryOwn(comment, FB_SELECTORS.badgeText, FB_SELECTORS.article).some(
    (el) => el.children.length === 0 && matchesLabel(labelText(el), FB_LABELS.authorBadge),
  );
}
