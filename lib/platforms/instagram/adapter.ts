import type { PlatformAdapter } from '../adapter';
import { ownFirst, profileHandle } from './blocks';
import { hideInstagramComment } from './hide';
import { readInstagramComment } from './read-comment';
import { IG_HOSTS, IG_SELECTORS } from './selectors';
import { closestInstagramComment, findInstagramComments, findInstagramThreadRoot } from './thread';

/** Instagram (www.instagram.com): a post's or reel's comments, as the account owner sees them. */
export const instagramAdapter: PlatformAdapter = {
  platform: 'instagram',
  matches: (url) => IG_HOSTS.includes(url.hostname),
  findThreadRoot: findInstagramThreadRoot,
  findCommentElements: findInstagramComments,
  closestComment: closestInstagramComment,
  readComment: readInstagramComment,
  badgeAnchor(block) {
    const links = Array.from(block.querySelectorAll(IG_SELECTORS.profileLink));
    const name = links.find(
      (link) => profileHandle(link) !== null && (link.textContent ?? '').trim().length > 0,
    );
    return name ?? ownFirst(block, IG_SELECTORS.commentTime) ?? block;
  },
  hide: (block) =>
    hideInstagramComment(block).catch((error: unknown) => ({ status: 'failed', reason: String(error) })),
};
