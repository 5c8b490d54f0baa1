import { z } from 'zod';
import { LevelSchema, TermsClauseSchema } from '../grading/grade';
import { PlatformSchema } from '../platforms/captured-comment';

/** ISO 8601 with an offset ("2026-11-21T09:15:00.000-05:00" or "...Z"). */
const isoDateTime = z.iso.datetime({ offset: true });

export const ModeratorSchema = z.object({
  name: z.string().min(1),
  idNumber: z.string().min(1),
});
export type Moderator = z.infer<typeof ModeratorSchema>;

/**
 * What the background writes when a moderator hides and logs a comment (DESIGN.md "The
 * retention record"). Built from the captured comment, the grade and the moderator's choice;
 * the store adds id, sequence and hashes.
 */
export const RetentionRecordDraftSchema = z.object({
  platform: PlatformSchema,
  /** The post (or page) the comment was on. */
  pageUrl: z.string().min(1),
  permalink: z.string().nullable(),
  platformCommentId: z.string().min(1),
  isReply: z.boolean(),
  parentCommentId: z.string().nullable(),
  poster: z.object({
    name: z.string().nullable(),
    handle: z.string().nullable(),
    profileUrl: z.string().nullable(),
    userId: z.string().nullable(),
  }),
  /** The comment text as shown, and whether the page had cut it ("See more"). */
  text: z.string(),
  textTruncated: z.boolean(),
  /** The comment's own time: absolute where known, and the text the page showed. */
  postedAt: isoDateTime.nullable(),
  postedAtText: z.string().nullable(),
  capturedAt: isoDateTime,
  hiddenAt: isoDateTime,
  moderator: ModeratorSchema,
  level: LevelSchema,
  /** Who set the level; when the moderator overrode the engine, the engine's grade is kept. */
  gradeSource: z.enum(['engine', 'moderator']),
  engineGrade: z.object({ level: LevelSchema, confidence: z.number().min(0).max(1) }).nullable(),
  /** The Terms-of-Use clause the hide cites: every hide must be defensible. */
  clause: TermsClauseSchema,
  note: z.string(),
  /** A PNG data URL of the comment as it looked, when one could be taken. */
  screenshot: z.string().nullable(),
});
export type RetentionRecordDraft = z.infer<typeof RetentionRecordDraftSchema>;

/** Integrity fields: each entry's hash covers its content and the previous entry's hash. */
export const ChainLinkSchema = z.object({
  /** Position in the log's single chain, shared by records and events; 1-based. */
  seq: z.number().int().min(1),
  prevHash: z.string(),
  hash: z.string(),
});

export const RetentionRecordSchema = RetentionRecordDraftSchema.extend({
  id: z.string().min(1),
  schemaVersion: z.literal(1),
}).extend(ChainLinkSchema.shape);
export type RetentionRecord = z.infer<typeof RetentionRecordSchema>;

/**
 * Later actions on a record. Records are never edited in place: what happened after the hide
 * (the platform's own hide, contacting the user, a correction) is appended as an event.
 */
export const RecordEventDraftSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('platform-hide'),
    status: z.enum(['confirmed', 'failed', 'unavailable']),
    detail: z.string(),
  }),
  z.object({ kind: z.literal('user-contacted'), detail: z.string() }),
  z.object({ kind: z.literal('supervisor-notified'), detail: z.string() }),
  z.object({ kind: z.literal('banned'), detail: z.string() }),
  z
    .object({
      kind: z.literal('correction'),
      field: z.enum(['level', 'clause', 'note']),
      value: z.string(),
      detail: z.string(),
    })
    // A corrected level or clause must be one the record itself could have held.
    .refine(
      ({ field, value }) =>
        (field === 'level' && LevelSchema.safeParse(Number(value)).success && value.trim() !== '') ||
        (field === 'clause' && TermsClauseSchema.safeParse(value).success) ||
        field === 'note',
      { message: 'A corrected level must be 1–8 and a corrected clause a–f', path: ['value'] },
    ),
]);
export type RecordEventDraft = z.infer<typeof RecordEventDraftSchema>;

export const RecordEventSchema = z
  .object({
    id: z.string().min(1),
    recordId: z.string().min(1),
    at: isoDateTime,
    moderator: ModeratorSchema,
    event: RecordEventDraftSchema,
  })
  .extend(ChainLinkSchema.shape);
export type RecordEvent = z.infer<typeof RecordEventSchema>;
