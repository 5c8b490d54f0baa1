import type { PlatformAdapter } from './adapter';
import { facebookAdapter } from './facebook/adapter';
import { instagramAdapter } from './instagram/adapter';
import { xAdapter } from './x/adapter';

export type { NativeHideResult, PlatformAdapter, ReadContext, ReadFailure, ReadResult } from './adapter';
export { CapturedCommentSchema, type CapturedComment, type Platform } from './captured-comment';
export { facebookAdapter, instagramAdapter, xAdapter };
export { decodeFacebookCommentId, encodeFacebookCommentId } from './facebook/comment-id';
export { firstNameFrom } from './first-name';
export { summarizeReadHealth, type FieldFailure, type ReadHealth } from './health';
export { parseShownTime, resolveShownTime } from './relative-time';

/** One adapter per platform Civic Moderator reads. */
export const ADAPTERS: readonly PlatformAdapter[] = [facebookAdapter, xAdapter, instagramAdapter];

/** The adapter for the page at `url`, or null on any other site. */
export function adapterForUrl(url: URL): PlatformAdapter | null {
  if (url.protocol !== 'https:') return null;
  return ADAPTERS.find((adapter) => adapter.matches(url)) ?? null;
}
