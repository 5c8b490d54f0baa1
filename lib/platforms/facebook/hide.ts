import type { NativeHideResult } from '../adapter';
import { labelText, matchesLabel, queryOwn } from '../dom';
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
import { isCommentArticle } from './comments';
import { FB_LABELS, FB_SELECTORS } from './selectors';

/**
 * A page admin's hide, driven as a person would: the inline "Hide" button when Facebook shows
 * one, else the more menu's "Hide comment". Confirmed once the comment offers "Unhide".
 */
export async function hideFacebookComment(comment: Element): Promise<NativeHideResult> {
  if (!comment.isConnected || !isCommentArticle(comment)) return failed('not a comment on this page');
  if (isHidden(comment)) return { status: 'confirmed' };
  const inline = ownButtons(comment).find((button) => matchesLabel(labelText(button), FB_LABELS.inlineHide));
  if (inline) {
    press(inline);
    return confirmHidden(comment);
  }
  // Others' comments say "Delete, hide or report this"; the page's own only "Edit or delete this".
  const menus = queryOwn(comment, FB_SELECTORS.moreButton, FB_SELECTORS.article);
  const more =
    menus.find((button) => matchesLabel(button.getAttribute('aria-label'), FB_LABELS.moreOnOthers)) ??
    menus[0];
  if (!more) return unavailable('Facebook shows this account no hide for this comment');
  const doc = comment.ownerDocument;
  press(more);
  const menu = await waitFor(
    doc.documentElement,
    () => doc.querySelector(FB_SELECTORS.menu),
    MENU_TIMEOUT_MS,
  );
  if (!menu) return failed('the comment menu did not open');
  const item = Array.from(menu.querySelectorAll(FB_SELECTORS.menuItem)).find((candidate) =>
    matchesLabel(labelText(candidate), FB_LABELS.hideComment),
  );
  if (!item || isForbiddenItem(item)) {
    pressEscape(doc);
    await waitFor(
      doc.documentElement,
      () => (doc.querySelector(FB_SELECTORS.menu) ? null : true),
      MENU_TIMEOUT_MS,
    );
    return unavailable('the comment menu offers this account no "Hide comment"');
  }
  press(item);
  return confirmHidden(comment);
}

async function confirmHidden(comment: Element): Promise<NativeHideResult> {
  const hidden = await waitFor(comment, () => (isHidden(comment) ? true : null), CONFIRM_TIMEOUT_MS);
  return hidden ? { status: 'confirmed' } : failed('Facebook did not show the comment as hidden');
}

/** A hidden comment stays in place for the admin, with "Unhide" where "Hide" was. */
function isHidden(comment: Element): boolean {
  return ownButtons(comment).some((button) => matchesLabel(labelText(button), FB_LABELS.unhide));
}

function ownButtons(comment: Element): Element[] {
  return queryOwn(comment, FB_SELECTORS.button, FB_SELECTORS.article);
}
