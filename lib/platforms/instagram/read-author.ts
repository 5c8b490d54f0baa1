import type { Poster } from '../captured-comment';
import { visibleText } from '../dom';
import { required } from '../read-failure';
import { ownAll, profileHandle } from './blocks';
import { IG_SELECTORS } from './selectors';

/**
 * The poster's username, from the block's own profile link with text (the avatar link has none).
 * Instagram shows no display name or numeric id beside a comment, so those stay null, and so does
 * the first name: a username is no name to thank someone by.
 */
export function readAuthor(block: Element): Poster {
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
