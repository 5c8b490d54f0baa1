import type { CapturedComment, Platform } from './captured-comment';

/** What the adapter needs to know to read a comment: when it was read, and on which page. */
export interface ReadContext {
  /** Capture time; relative times ("3m") are resolved against it. */
  now: Date;
  /** The page URL, for the post URL and for resolving relative links. */
  pageUrl: string;
}

/** A field the adapter could not find: enough for the popup to say which selector broke. */
export interface ReadFailure {
  platform: Platform;
  field: string;
  selector: string;
  reason: string;
}

export type ReadResult = { ok: true; comment: CapturedComment } | { ok: false; failure: ReadFailure };

/** The outcome of the platform's own hide, driven through its own menu as a person would. */
export type NativeHideResult =
  | { status: 'confirmed' }
  | { status: 'failed'; reason: string }
  /** The platform offers this account no hide; the moderator must act by hand. */
  | { status: 'unavailable'; reason: string };

/**
 * One platform's knowledge of its pages. DOM only: no storage, no UI, no browser APIs.
 * All selectors live in the platform's `selectors.ts`.
 */
export interface PlatformAdapter {
  readonly platform: Platform;
  /** True when this adapter serves the page at `url`. */
  matches(url: URL): boolean;
  /** The narrowest element that holds the conversation (what to observe); null when absent. */
  findThreadRoot(doc: Document): Element | null;
  /** The comment (and post) elements under `root`, in document order, outermost only. */
  findCommentElements(root: ParentNode): Element[];
  /** The comment element that contains `node`, if any (for the right-clicked target). */
  closestComment(node: Node): Element | null;
  /** Read every field of one comment element. Never throws. */
  readComment(el: Element, ctx: ReadContext): ReadResult;
  /** The element the grade badge is placed after (inside the comment, near the author line). */
  badgeAnchor(el: Element): Element;
  /** Perform the platform's own hide and check that it took effect. Never throws. */
  hide(el: Element): Promise<NativeHideResult>;
}
