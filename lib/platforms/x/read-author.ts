import type { Poster } from '../captured-comment';
import { visibleText } from '../dom';
import { firstNameFrom } from '../first-name';
import { required } from '../read-failure';
import { outerFirst } from './outer';
import { X_SELECTORS } from './selectors';

/** Display name and @handle from the outer `User-Name` block. X shows no numeric user id. */
export function readAuthor(article: Element, handleFromLink: string): Poster {
  const block = required(outerFirst(article, X_SELECTORS.userName), 'author', X_SELECTORS.userName);
  const links = Array.from(block.querySelectorAll(X_SELECTORS.userNameLink));
  const texts = links.map((link) => visibleText(link)).filter((text) => text.length > 0);
  const handleText = texts.find((text) => text.startsWith('@'));
  const handle = handleText ? handleText.slice(1) : handleFromLink;
  const name = texts.find((text) => !text.startsWith('@') && !/^\d/.test(text)) ?? null;
  return {
    name,
    handle,
    profileUrl: `https://x.com/${handle}`,
    userId: null,
    firstName: firstNameFrom(name),
  };
}
