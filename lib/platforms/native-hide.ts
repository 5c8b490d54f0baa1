import type { NativeHideResult } from './adapter';
import { labelText } from './dom';

/** How long a platform may take to open its menu or show the hidden state. */
export const MENU_TIMEOUT_MS = 3000;
export const CONFIRM_TIMEOUT_MS = 4000;

/**
 * Words of the menu items we must never choose, in every language we read. Checked before every
 * click on a menu item, whatever the platform's selectors say: a layout change must never turn
 * a hide into a delete, a block or a report.
 */
const FORBIDDEN_WORDS = [
  'delete',
  'block',
  'report',
  'eliminar',
  'borrar',
  'bloquear',
  'denunciar',
  'reportar',
];

/** True when a menu item's label names an action we never take. */
export function isForbiddenItem(item: Element): boolean {
  const text = labelText(item).toLowerCase();
  const aria = (item.getAttribute('aria-label') ?? '').toLowerCase();
  return FORBIDDEN_WORDS.some((word) => text.includes(word) || aria.includes(word));
}

/** Clicks `el` as a person would (the platforms listen to bubbling click events). */
export function press(el: Element): void {
  const clickable = el as Element & { click?: () => void };
  if (typeof clickable.click === 'function') clickable.click();
  else el.dispatchEvent(new (viewOf(el).MouseEvent)('click', { bubbles: true, cancelable: true }));
}

/** Moves the pointer over `el`, for controls that only appear on hover (Instagram). */
export function hover(el: Element): void {
  const { MouseEvent } = viewOf(el);
  for (const type of ['pointerover', 'mouseover', 'mouseenter', 'mousemove']) {
    el.dispatchEvent(new MouseEvent(type, { bubbles: type !== 'mouseenter', cancelable: true }));
  }
}

/** Presses Escape, which closes the platforms' menus and dialogs. */
export function pressEscape(doc: Document): void {
  const { KeyboardEvent } = viewOf(doc.documentElement);
  const target = doc.activeElement ?? doc.body ?? doc.documentElement;
  for (const type of ['keydown', 'keyup']) {
    target.dispatchEvent(
      new KeyboardEvent(type, { key: 'Escape', code: 'Escape', bubbles: true, cancelable: true }),
    );
  }
}

/** The result when the platform offers this account no hide: the moderator acts by hand. */
export function unavailable(reason: string): NativeHideResult {
  return { status: 'unavailable', reason };
}

export function failed(reason: string): NativeHideResult {
  return { status: 'failed', reason };
}

function viewOf(el: Element): typeof globalThis {
  return (el.ownerDocument.defaultView ?? globalThis) as typeof globalThis;
}
