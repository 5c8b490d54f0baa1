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
  const scope = postScope(doc);
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
 * The innermost comment block holding `node`: from the nearest ancestor that holds comment
 * times, the block of one of those times that contains the node (else the caption's block).
 */
export function closestInstagramComment(node: Node): Element | null {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    const holders = Array.from(el.querySelectorAll(IG_SELECTORS.commentTime))
      .map(blockForCommentTime)
      .filter((block): block is Element => block !== null && block.contains(node));
    if (holders.length > 0) return holders.reduce((inner, block) => (inner.contains(block) ? block : inner));
    const caption = el.querySelector(IG_SELECTORS.caption);
    const captionBlock = caption ? blockForCaption(caption) : null;
    if (captionBlock?.contains(node)) return captionBlock;
    if (el.matches(IG_SELECTORS.main) || el.matches(IG_SELECTORS.dialog)) return null;
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
export function postOwner(doc: Document): string | null {
  const header = postScope(doc)?.querySelector(IG_SELECTORS.header) ?? doc.querySelector(IG_SELECTORS.header);
  const link = header
    ? Array.from(header.querySelectorAll(IG_SELECTORS.profileLink)).find((candidate) =>
        profileHandle(candidate),
      )
    : null;
  return link ? profileHandle(link) : null;
}
