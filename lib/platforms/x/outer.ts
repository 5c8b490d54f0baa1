import { X_SELECTORS } from './selectors';

/**
 * Quoted posts sit inside the outer article with their own name, text and time: readers take
 * the outer ones, the matches that are neither in a quote nor in another article.
 */
export function outerAll(article: Element, selector: string): Element[] {
  return Array.from(article.querySelectorAll(selector)).filter(
    (found) => found.closest(X_SELECTORS.tweet) === article && !insideQuote(found, article),
  );
}

export function outerFirst(article: Element, selector: string): Element | null {
  return outerAll(article, selector)[0] ?? null;
}

function insideQuote(found: Element, article: Element): boolean {
  for (let node = found.parentElement; node && node !== article; node = node.parentElement) {
    if (node.matches(X_SELECTORS.quote) && node.tagName.toLowerCase() !== 'a') return true;
  }
  return false;
}
