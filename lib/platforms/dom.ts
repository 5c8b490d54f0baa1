/**
 * Small DOM readers shared by the adapters. They only read: nothing here changes the page.
 * Elements may come from another window (a jsdom test page, a frame), so nothing here relies on
 * `instanceof` checks against this window's classes.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements under `root` matching `selector` whose nearest `boundary` ancestor is `root` itself. */
export function queryOwn(root: Element, selector: string, boundary: string): Element[] {
  const found: Element[] = [];
  walkOwn(root, selector, boundary, (el) => {
    found.push(el);
    return false;
  });
  return found;
}

/** The first of `queryOwn`, or null; stops at the first match. */
export function queryOwnFirst(root: Element, selector: string, boundary: string): Element | null {
  let first: Element | null = null;
  walkOwn(root, selector, boundary, (el) => {
    first = el;
    return true;
  });
  return first;
}

/**
 * Visits the elements under `root` that match `selector`, in document order, without entering
 * any element that matches `boundary` (a nested comment, a quoted post). A post holding thousands
 * of comments is thus read at the cost of its own markup, not of every comment inside it.
 * `visit` returns true to stop.
 */
function walkOwn(root: Element, selector: string, boundary: string, visit: (el: Element) => boolean): void {
  const stack: Element[] = [];
  for (let child = root.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  while (stack.length > 0) {
    const el = stack.pop()!;
    // A nested boundary is neither visited nor entered, exactly as `closest(boundary) === root`.
    if (el.matches(boundary)) continue;
    if (el.matches(selector) && visit(el)) return;
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
}

/**
 * The text a person sees in `el`: emoji images as their alt text, `<br>` as a line break,
 * runs of whitespace collapsed. Subtrees for which `skip` returns true are left out (a nested
 * reply, a quoted post, a "See more" button).
 */
export function visibleText(el: Element, skip: (child: Element) => boolean = () => false): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        parts.push((child.nodeValue ?? '').replace(/\s+/g, ' '));
      } else if (child.nodeType === ELEMENT_NODE) {
        const element = child as Element;
        const tag = element.tagName.toLowerCase();
        if (tag === 'script' || tag === 'style' || tag === 'template' || skip(element)) continue;
        if (tag === 'img') parts.push(element.getAttribute('alt') ?? '');
        else if (tag === 'br') parts.push('\n');
        else walk(element);
      }
    }
  };
  walk(el);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .trim();
}

/** `href` resolved against `base`; null when absent or not a URL. */
export function absoluteUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

/** The page language from `<html lang>`, e.g. "en" or "es-MX"; null when the page does not say. */
export function pageLang(doc: Document): string | null {
  const lang = doc.documentElement.getAttribute('lang')?.trim();
  return lang ? lang : null;
}

/** The primary language subtag, lower case ("es" for "es-MX"); "en" when unknown. */
export function primaryLang(doc: Document): string {
  return (pageLang(doc) ?? 'en').split('-')[0]!.toLowerCase();
}

/** Text of `el` with whitespace collapsed, for matching labels. */
export function labelText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** True when `text` equals one of `labels` (case-insensitive, whitespace collapsed). */
export function matchesLabel(text: string | null | undefined, labels: readonly string[]): boolean {
  const wanted = (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  return labels.some((label) => label.toLowerCase() === wanted);
}

/** True when `text` starts with one of `labels` (case-insensitive). */
export function startsWithLabel(text: string | null | undefined, labels: readonly string[]): boolean {
  const wanted = (text ?? '').trim().toLowerCase();
  return labels.some((label) => wanted.startsWith(label.toLowerCase()));
}
