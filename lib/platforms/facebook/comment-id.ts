/**
 * Facebook's `comment_id` (and `reply_comment_id`) is base64 of `comment:<post>_<comment>`;
 * older links carry the bare number. Both decode to the comment's own id.
 */
export interface FacebookCommentId {
  postId: string | null;
  commentId: string;
}

export function decodeFacebookCommentId(raw: string | null | undefined): FacebookCommentId | null {
  if (!raw) return null;
  let value = raw.trim();
  try {
    value = decodeURIComponent(value);
  } catch {
    // not percent-encoded
  }
  if (/^\d+$/.test(value)) return { postId: null, commentId: value };
  const decoded = decodeBase64(value);
  const match = decoded ? /^comment:(\d+)_(\d+)$/.exec(decoded) : null;
  return match ? { postId: match[1]!, commentId: match[2]! } : null;
}

/** The value Facebook puts in links for a comment (for fixtures and tests). */
export function encodeFacebookCommentId(postId: string, commentId: string): string {
  return btoa(`comment:${postId}_${commentId}`);
}

function decodeBase64(value: string): string | null {
  const standard = value.replace(/-/g, '+').replace(/_/g, '/');
  const padded = standard + '='.repeat((4 - (standard.length % 4)) % 4);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(padded)) return null;
  try {
    return atob(padded);
  } catch {
    return null;
  }
}
