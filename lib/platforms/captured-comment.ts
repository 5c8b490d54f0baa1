import { z } from 'zod';

/** The platforms Civic Moderator reads. */
export const PlatformSchema = z.enum(['facebook', 'x', 'instagram']);
export type Platform = z.infer<typeof PlatformSchema>;

/** Who posted a comment, as far as the page shows it. Null where the page does not say. */
export const PosterSchema = z.object({
  name: z.string().nullable(),
  /** Without the leading "@". */
  handle: z.string().nullable(),
  profileUrl: z.string().nullable(),
  /** The platform's numeric user id, where the page shows one (e.g. Facebook profile.php?id=). */
  userId: z.string().nullable(),
  /** For "thank you, <first name>" replies; null when unsure (titles, emoji, handles only). */
  firstName: z.string().nullable(),
});
export type Poster = z.infer<typeof PosterSchema>;

/**
 * One public comment (or the post it answers) exactly as an adapter read it from the page.
 * This is the shape `npm run extract` prints and the shape the content script sends to the
 * background, which parses it again before anything is written.
 */
export const CapturedCommentSchema = z.object({
  platform: PlatformSchema,
  role: z.enum(['post', 'comment']),
  /** The platform's own id: X status id, Facebook comment id (decoded), Instagram /c/<id>/ id. */
  id: z.string().min(1),
  permalink: z.string().nullable(),
  postUrl: z.string().nullable(),
  isReply: z.boolean(),
  parentId: z.string().nullable(),
  /** The department's own post or reply: never graded, never hidden. */
  isPageOwn: z.boolean(),
  author: PosterSchema,
  /** The text as the page shows it, emoji as their alt text. */
  text: z.string(),
  /** True when the page cut the text ("See more"). */
  truncated: z.boolean(),
  /** Absolute ISO 8601 time, from <time datetime> or resolved from what the page shows. */
  postedAt: z.string().nullable(),
  /** The time as the page shows it ("3m", "Nov 2"), kept for the record. */
  postedAtText: z.string().nullable(),
  /** The page language (<html lang>). */
  lang: z.string().nullable(),
});
export type CapturedComment = z.infer<typeof CapturedCommentSchema>;
