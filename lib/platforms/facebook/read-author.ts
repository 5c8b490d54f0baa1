import type { Poster } from '../captured-comment';
import { absoluteUrl, queryOwn, visibleText } from '../dom';
import { firstNameFrom } from '../first-name';
import { parseShownTime } from '../relative-time';
import { required } from '../read-failure';
import { FB_NON_VANITY, FB_SELECTORS } from './selectors';

/** A person's or page's profile, from any link to it (tracking and comment ids dropped). */
export interface FacebookProfile {
  profileUrl: string;
  userId: string | null;
  handle: string | null;
}

export function profileFromHref(href: string | null, base: string): FacebookProfile | null {
  const url = absoluteUrl(href, base);
  if (!url) return null;
  const parsed = new URL(url);
  const [first] = parsed.pathname.split('/').filter((segment) => segment.length > 0);
  if (!first) return null;
  if (first === 'profile.php') {
    const id = parsed.searchParams.get('id');
    return id
      ? { profileUrl: `https://www.facebook.com/profile.php?id=${id}`, userId: id, handle: null }
      : null;
  }
  if (FB_NON_VANITY.includes(first)) return null;
  return { profileUrl: `https://www.facebook.com/${first}`, userId: null, handle: first };
}

/** A key that is equal for two links to the same profile. */
export function profileKey(profile: FacebookProfile | null): string | null {
  if (!profile) return null;
  return profile.userId ? `id:${profile.userId}` : `name:${(profile.handle ?? '').toLowerCase()}`;
}

/** The author link: the comment's first own link with a name in it (the avatar link has none). */
export function authorLink(comment: Element, now: Date): Element | null {
  return (
    queryOwn(comment, FB_SELECTORS.link, FB_SELECTORS.article).find((link) => {
      if (link.getAttribute('aria-hidden') === 'true') return false; // the avatar
      const text = visibleText(link);
      return text.length > 0 && parseShownTime(text, now) === null;
    }) ?? null
  );
}

export function readAuthor(comment: Element, base: string, now: Date): Poster {
  const link = required(authorLink(comment, now), 'author', FB_SELECTORS.link);
  const name = visibleText(link.querySelector(FB_SELECTORS.authorName) ?? link) || null;
  const profile = profileFromHref(link.getAttribute('href'), base);
  return {
    name,
    handle: profile?.handle ?? null,
    profileUrl: profile?.profileUrl ?? null,
    userId: profile?.userId ?? null,
    firstName: firstNameFrom(name),
  };
}
