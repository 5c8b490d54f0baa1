import { allBlocks, blockForCommentTime, postScope, profileHandle } from './blocks';
import { commentIdOfTime } from './read-time';
import { IG_SELECTORS } from './selectors';

/** The comments list: the nearest element holding every comment block, else the main column. */
export function findInstagramThreadRoot(doc: Document): Element | null {
  const main = postScope(doc);
  const blocks = allBlocks(doc);
  if (blocks.length < 2) return main;
  let root: Element | null = blocks[0]!.parentElement;
  while (root && !blocks.every((block) => root!.contains(block))) root = root.parentElement;
  return root ?? main;
}

/** Comment blocks (and the caption) under `root`, each once, in document order. */
export function findInstagramComments(root: ParentNode): Element[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  return allBlocks(doc).filter((block) => (root as Node).contains(block));
}

/** The innermost comment block holding `node`. */
export function closestInstagramComment(node: Node): Element | null {
  const doc = node.ownerDocument ?? (node as Document);
  const holders = allBlocks(doc).filter((block) => block.contains(node));
  return holders[holders.length - 1] ?? null;
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
