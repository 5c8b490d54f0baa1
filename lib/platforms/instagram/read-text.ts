import { labelText, matchesLabel, visibleText } from '../dom';
import { ownAll } from './blocks';
import { IG_LABELS, IG_SELECTORS } from './selectors';

/** The comment's text: its own span[dir=auto] that is not a name, a button or a time. */
export function readText(block: Element): { text: string; truncated: boolean } {
  const span = ownAll(block, IG_SELECTORS.text).find(
    (candidate) => !candidate.closest(IG_SELECTORS.notText) && visibleText(candidate).length > 0,
  );
  return { text: span ? visibleText(span, isMoreButton) : '', truncated: hasMoreButton(block) };
}

/** The caption's text, without its "more" button. */
export function readCaption(caption: Element, block: Element): { text: string; truncated: boolean } {
  return { text: visibleText(caption, isMoreButton), truncated: hasMoreButton(block) };
}

function hasMoreButton(block: Element): boolean {
  return ownAll(block, IG_SELECTORS.button).some(isMoreButton);
}

function isMoreButton(el: Element): boolean {
  return el.matches(IG_SELECTORS.button) && matchesLabel(labelText(el), IG_LABELS.more);
}
