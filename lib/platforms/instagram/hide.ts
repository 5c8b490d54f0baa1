import type { NativeHideResult } from '../adapter';
import { labelText, matchesLabel } from '../dom';
import {
  CONFIRM_TIMEOUT_MS,
  MENU_TIMEOUT_MS,
  failed,
  hover,
  isForbiddenItem,
  press,
  pressEscape,
  unavailable,
} from '../native-hide';
import { waitFor } from '../wait-for';
import { ownAll, ownFirst } from './blocks';
import { commentIdOfTime } from './read-time';
import { IG_LABELS, IG_SELECTORS } from './selectors';

/**
 * The post owner's hide, driven as a person would: hover the comment so its options appear,
 * open "Comment options", choose "Hide" (or "Restrict" when that is all Instagram offers).
 * Confirmed once the comment shows Instagram's hidden notice or leaves the list.
 */
export async function hideInstagramComment(block: Element): Promise<NativeHideResult> {
  const doc = block.ownerDocument;
  const id = commentId(block);
  if (!block.isConnected || id === null) return failed('not a comment on this page');
  hover(block);
  const row = commentRow(block);
  const icon = await waitFor(row, () => row.querySelector(IG_SELECTORS.optionsIcon), MENU_TIMEOUT_MS);
  const opener = icon?.closest(IG_SELECTORS.button);
  if (!opener) return unavailable('Instagram shows no comment options for this comment');
  press(opener);
  const dialog = await waitFor(doc.documentElement, () => openDialog(doc), MENU_TIMEOUT_MS);
  if (!dialog) return failed('the comment options did not open');
  const choices = Array.from(dialog.querySelectorAll(IG_SELECTORS.dialogButton));
  const choice =
    choices.find((button) => matchesLabel(labelText(button), IG_LABELS.hide)) ??
    choices.find((button) => matchesLabel(labelText(button), IG_LABELS.restrict));
  if (!choice || isForbiddenItem(choice)) {
    const cancel = choices.find((button) => matchesLabel(labelText(button), IG_LABELS.cancel));
    if (cancel) press(cancel);
    else pressEscape(doc);
    await waitFor(doc.documentElement, () => (openDialog(doc) ? null : true), MENU_TIMEOUT_MS);
    return unavailable('Instagram offers this account no "Hide" or "Restrict" for this comment');
  }
  press(choice);
  const hidden = await waitFor(
    doc.documentElement,
    () => (isHidden(block, id) ? true : null),
    CONFIRM_TIMEOUT_MS,
  );
  return hidden ? { status: 'confirmed' } : failed('Instagram did not show the comment as hidden');
}

/** The comment's whole row (avatar, body, like): the block's parent when it holds no other comment. */
function commentRow(block: Element): Element {
  const parent = block.parentElement;
  return parent && parent.querySelectorAll(IG_SELECTORS.commentTime).length === 1 ? parent : block;
}

function openDialog(doc: Document): Element | null {
  return (
    Array.from(doc.querySelectorAll(IG_SELECTORS.dialog)).find(
      (dialog) => dialog.querySelector(IG_SELECTORS.dialogButton) !== null,
    ) ?? null
  );
}

function commentId(block: Element): string | null {
  const time = ownFirst(block, IG_SELECTORS.commentTime);
  return time ? commentIdOfTime(time) : null;
}

function isHidden(block: Element, id: string): boolean {
  const notice = ownAll(block, IG_SELECTORS.noticeText).some(
    (el) =>
      el.children.length === 0 && IG_LABELS.hiddenNotice.some((label) => labelText(el).startsWith(label)),
  );
  const stillListed = Array.from(block.ownerDocument.querySelectorAll(IG_SELECTORS.commentTime)).some(
    (time) => commentIdOfTime(time) === id,
  );
  return notice || !stillListed;
}
