import { labelText, matchesLabel, queryOwn, visibleText } from '../dom';
import { FB_LABELS, FB_SELECTORS } from './selectors';

/**
 * The comment's own text as shown, paragraphs on their own lines. Only this article's paragraphs
 * count, so a nested reply's text never leaks into its parent. "See more" is left out and marks
 * the text as truncated.
 */
export function readText(
  comment: Element,
  container: string = FB_SELECTORS.commentText,
): { text: string; truncated: boolean } {
  let blocks = queryOwn(comment, container, FB_SELECTORS.article);
  if (blocks.length === 0) blocks = queryOwn(comment, FB_SELECTORS.commentTextFallback, FB_SELECTORS.article);
  const outermost = blocks.filter(
    (block) => !blocks.some((other) => other !== block && other.contains(block)),
  );
  const isButton = (el: Element) => el.matches(FB_SELECTORS.button);
  const text = outermost
    .map((block) => visibleText(block, isButton))
    .filter((line) => line.length > 0)
    .join('\n');
  const truncated = outermost.some((block) =>
    Array.from(block.querySelectorAll(FB_SELECTORS.button)).some((button) =>
      matchesLabel(labelText(button), FB_LABELS.seeMore),
    ),
  );
  return { text, truncated };
}
