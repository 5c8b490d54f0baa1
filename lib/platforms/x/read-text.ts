import { visibleText } from '../dom';
import { outerFirst } from './outer';
import { X_SELECTORS } from './selectors';

/** The outer post's text as shown (emoji as alt text), and whether X cut it ("Show more"). */
export function readText(article: Element): { text: string; truncated: boolean } {
  const block = outerFirst(article, X_SELECTORS.tweetText) ?? outerFirst(article, X_SELECTORS.longformText);
  // A post of only a photo or a quote has no text of its own: that is an empty text, not a failure.
  const text = block ? visibleText(block) : '';
  return { text, truncated: outerFirst(article, X_SELECTORS.showMore) !== null };
}
