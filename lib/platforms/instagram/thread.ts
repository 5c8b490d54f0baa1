import { allBlocks, blockForCaption, blockForCommentTime, postScope, profileHandle } from './blocks';
import { commentIdOfTime } from './read-time';
import { IG_SELECTORS } from './selectors';

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without depending on this window's Node.

/** The comments list: the nearest element holding every comment block, else the main column. */
export function findInstagramThreadRoot(doc: Document): Element | null {
  const main = postScope(doc);
  const blocks = allBlocks(doc);
  if (blocks.length < 2) return main;
  let root: Element | null = blocks[0]!.parentElement;
  while (root && !blocks.every((block) => root!.contains(block))) root = root.parentElement;
  return root ?? main;
}

/**
 * Comment blocks (and the caption) under `root`, each once, in document order. Only the times
 * under `root` are looked at, so a small added subtree costs little.
 */
export function findInstagramComments(root: ParentNode): Element[] {
  const holder = root as Node;
  const doc = holder.ownerDocument ?? (root as Document);
  // Only a subtree that holds the post's column or dialog needs to know which one is the post:
  // the few rows "Load more comments" adds must not cost a search of the whole document each.
  const wide =
    holder.nodeType === 9 ||
    (root as Element).matches(`${IG_SELECTORS.main}, ${IG_SELECTORS.dialog}`) ||
    root.querySelector(`${IG_SELECTORS.main}, ${IG_SELECTORS.dialog}`) !== null;
  const scope = wide ? postScope(doc) : null;
  const captionRoot: ParentNode = scope && holder.contains(scope) ? scope : root;
  const caption = captionRoot.querySelector(IG_SELECTORS.caption);
  const candidates = [
    caption ? blockForCaption(caption) : null,
    ...Array.from(root.querySelectorAll(IG_SELECTORS.commentTime)).map(blockForCommentTime),
  ];
  const found: Element[] = [];
  for (const block of candidates) {
    if (block && holder.contains(block) && !found.includes(block)) found.push(block);
  }
  return found.sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
}

/**
 * The innermost comment block holding `node`: walking up from the node, the first ancestor that
 * is the block of its own first comment time (else of the caption). A comment's own time comes
 * before its replies, so its first time is its own. Each step looks at one time, so this costs
 * the node's depth, not the size of the comment list.
 */
export function closestInstagramComment(node: Node): Element | null {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (el.matches(IG_SELECTORS.main) || el.matches(IG_SELECTORS.dialog)) return null;
    const time = el.querySelector(IG_SELECTORS.commentTime);
    if (time && blockForCommentTime(time) === el) return el;
    const caption = el.querySelector(IG_SELECTORS.caption);
    if (caption && blockForCaption(caption) === el) return el;
  }
  return null;
}

/**
 * A reply whose permalink does not name its parent (`/c/<parent>/r/<reply>/` does): the comment
 * whose list item holds the reply's list item.
 */
export function parentFromNesting(block: Element): string | null {
  for (
    let item = block.parentElement?.closest(IG_SELECTORS.listItem);
    item;
    item = item.parentElement?.closest(IG_SELECTORS.listItem)
  ) {
    const listItem = item;
    const parentTime = Array.from(listItem.querySelectorAll(IG_SELECTORS.commentTime)).find((time) => {
      const other = blockForCommentTime(time);
      return (
        other !== null &&
        other !== block &&
        !other.contains(block) &&
        other.closest(IG_SELECTORS.listItem) === listItem
      );
    });
    const id = parentTime ? commentIdOfTime(parentTime) : null;
    if (id) return id;
  }
  return null;
}

/** The post owner's username: the header's profile link. */
export function postOwner(block: Element): string | null {
  // Walking up from the comment costs its depth; searching the document for the post's dialog
  // would cost every comment on the page, for every comment read.
  const scope = block.closest(IG_SELECTORS.dialog) ?? block.closest(IG_SELECTORS.main);
  const header =
    scope?.querySelector(IG_SELECTORS.header) ?? block.ownerDocument.querySelector(IG_SELECTORS.header);
  const link = header
    ? Array.from(header.querySelectorAll(IG_SELECTORS.profileLink)).find((candidate) =>
        profileHandle(candidate),
      )
    : null;
  return link ? profileHandle(link) : null;
}
