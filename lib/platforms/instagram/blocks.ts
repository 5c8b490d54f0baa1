import { labelText, matchesLabel } from '../dom';
import { IG_LABELS, IG_NOT_PROFILES, IG_PROFILE_PATH, IG_SELECTORS } from './selectors';

/** A link to a person's profile `/<username>/`; the username, or null. */
export function profileHandle(link: Element): string | null {
  const match = IG_PROFILE_PATH.exec(link.getAttribute('href') ?? '');
  return match && !IG_NOT_PROFILES.includes(match[1]!) ? match[1]! : null;
}

function hasReplyButton(el: Element): boolean {
  return Array.from(el.querySelectorAll(IG_SELECTORS.button)).some((button) =>
    matchesLabel(labelText(button), IG_LABELS.reply),
  );
}

function hasProfileLink(el: Element): boolean {
  return Array.from(el.querySelectorAll(IG_SELECTORS.profileLink)).some(
    (link) => profileHandle(link) !== null,
  );
}

/** The comment block around a comment's time: the smallest ancestor with a Reply button and a profile link. */
export function blockForCommentTime(time: Element): Element | null {
  for (let el = time.parentElement; el; el = el.parentElement) {
    if (isBoundary(el)) return null;
    if (hasReplyButton(el) && hasProfileLink(el)) return el;
  }
  return null;
}

/** The caption block: the smallest ancestor of the caption with a profile link and the post's time. */
export function blockForCaption(caption: Element): Element | null {
  for (let el = caption.parentElement; el; el = el.parentElement) {
    if (el.matches(IG_SELECTORS.main) || el.tagName.toLowerCase() === 'body') return null;
    if (
      hasProfileLink(el) &&
      el.querySelector(IG_SELECTORS.postTime) &&
      !el.querySelector(IG_SELECTORS.commentTime)
    ) {
      return el;
    }
  }
  return null;
}

/**
 * Where the post is shown: the dialog a post opens in over a profile grid (the URL is the post's
 * then too), else the main column.
 */
export function postScope(doc: Document): Element | null {
  const dialog = Array.from(doc.querySelectorAll(IG_SELECTORS.dialog)).find((candidate) =>
    candidate.querySelector(IG_SELECTORS.commentTime),
  );
  return dialog ?? doc.querySelector(IG_SELECTORS.main) ?? doc.body;
}

function isBoundary(el: Element): boolean {
  return (
    el.matches(IG_SELECTORS.main) || el.matches(IG_SELECTORS.dialog) || el.tagName.toLowerCase() === 'body'
  );
}

/** Every comment block (and the caption block) in the document, in document order. */
export function allBlocks(doc: Document): Element[] {
  const scope = postScope(doc);
  if (!scope) return [];
  const caption = scope.querySelector(IG_SELECTORS.caption);
  const captionBlock = caption ? blockForCaption(caption) : null;
  const blocks = Array.from(scope.querySelectorAll(IG_SELECTORS.commentTime)).map(blockForCommentTime);
  const unique: Element[] = [];
  for (const block of [captionBlock, ...blocks]) {
    if (block && !unique.includes(block)) unique.push(block);
  }
  return unique;
}

/** `block`'s own elements matching `selector`, not those of a comment block nested in it. */
export function ownAll(block: Element, selector: string): Element[] {
  const nested = Array.from(block.querySelectorAll(IG_SELECTORS.commentTime))
    .map(blockForCommentTime)
    .filter((inner): inner is Element => inner !== null && inner !== block && block.contains(inner));
  return Array.from(block.querySelectorAll(selector)).filter(
    (found) => !nested.some((inner) => inner.contains(found)),
  );
}

export function ownFirst(block: Element, selector: string): Element | null {
  return ownAll(block, selector)[0] ?? null;
}
