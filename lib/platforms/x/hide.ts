import type { NativeHideResult } from '../adapter';
import { labelText, matchesLabel } from '../dom';
import {
  CONFIRM_TIMEOUT_MS,
  MENU_TIMEOUT_MS,
  failed,
  isForbiddenItem,
  press,
  pressEscape,
  unavailable,
} from '../native-hide';
import { waitFor } from '../wait-for';
import { conversationArticles } from './conversation';
import { outerFirst } from './outer';
import { statusIdOf } from './read-status';
import { X_LABELS, X_SELECTORS } from './selectors';

/**
 * The conversation owner's "Hide reply", driven as a person would: the caret, then the item in
 * the menu X renders under #layers; then X removes the reply from the conversation.
 */
export async function hideXReply(article: Element): Promise<NativeHideResult> {
  const doc = article.ownerDocument;
  const id = statusIdOf(article);
  if (!article.isConnected || id === null) return failed('the post is no longer on the page');
  const caret = outerFirst(article, X_SELECTORS.caret);
  if (!caret) return failed(`no "more" button (${X_SELECTORS.caret}) on this post`);

  press(caret);
  const menu = await waitFor(doc.documentElement, () => openMenu(doc), MENU_TIMEOUT_MS);
  if (!menu) return failed('the "more" menu did not open');
  const item = Array.from(menu.querySelectorAll(X_SELECTORS.menuItem)).find((candidate) =>
    matchesLabel(labelText(candidate), X_LABELS.hideReply),
  );
  if (!item || isForbiddenItem(item)) {
    await closeMenu(doc, caret);
    return unavailable(
      'X offers this account no "Hide reply" here: only the conversation owner can hide replies',
    );
  }

  press(item);
  const hidden = await waitFor(
    doc.documentElement,
    () => (isHidden(doc, id) ? true : null),
    CONFIRM_TIMEOUT_MS,
  );
  return hidden ? { status: 'confirmed' } : failed('X did not take the reply out of the conversation');
}

function openMenu(doc: Document): Element | null {
  return (
    doc.querySelector(`${X_SELECTORS.layers} ${X_SELECTORS.dropdown}`) ??
    doc.querySelector(X_SELECTORS.dropdown)
  );
}

/** Hidden once no conversation row shows the status any more, or X's toast says so. */
function isHidden(doc: Document, id: string): boolean {
  const sheet = doc.querySelector(X_SELECTORS.confirmSheet);
  if (sheet && matchesLabel(labelText(sheet), X_LABELS.confirmHide) && !isForbiddenItem(sheet)) press(sheet);
  const stillShown = conversationArticles(doc).some((row) => statusIdOf(row) === id);
  const toast = doc.querySelector(`${X_SELECTORS.layers} ${X_SELECTORS.toast}`);
  const toastSays =
    toast !== null && X_LABELS.replyHiddenToast.some((label) => labelText(toast).includes(label));
  return !stillShown || toastSays;
}

async function closeMenu(doc: Document, caret: Element): Promise<void> {
  pressEscape(doc);
  const closed = await waitFor(doc.documentElement, () => (openMenu(doc) ? null : true), MENU_TIMEOUT_MS);
  if (!closed && openMenu(doc)) press(caret);
}
