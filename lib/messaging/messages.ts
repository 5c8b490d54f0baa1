import { z } from 'zod';
import { GradeSchema, LevelSchema, TermsClauseSchema } from '../grading/grade';
import { CapturedCommentSchema, PlatformSchema } from '../platforms/captured-comment';

/**
 * Every message that crosses a context boundary, declared once. Names say the direction:
 * `ToBackground` is sent by the content script, `ToContent` by the background. The receiver
 * parses with these schemas and refuses anything else.
 */

/** One comment for the grader; `key` lets the content script match grades to comments. */
export const CommentToGradeSchema = z.object({
  key: z.string().min(1),
  text: z.string().max(20_000),
  author: z.string().nullable(),
  platform: PlatformSchema,
});

export const GradeCommentsSchema = z.object({
  type: z.literal('grade-comments'),
  // A batch is what appeared in one animation frame; the cap keeps a runaway page bounded.
  comments: z.array(CommentToGradeSchema).min(1).max(500),
});

/** The moderator chose to hide and log a comment: write the retention record first. */
export const RecordHideSchema = z.object({
  type: z.literal('record-hide'),
  comment: CapturedCommentSchema,
  /** The engine's grade, kept even when the moderator overrides the level. */
  engineGrade: GradeSchema.nullable(),
  level: LevelSchema,
  clause: TermsClauseSchema,
  note: z.string().max(5_000),
  gradeSource: z.enum(['engine', 'moderator']),
});

/** What happened when the content script drove the platform's own hide. */
export const ReportPlatformHideSchema = z.object({
  type: z.literal('report-platform-hide'),
  recordId: z.string().min(1),
  status: z.enum(['confirmed', 'failed', 'unavailable']),
  detail: z.string().max(2_000),
});

export const ToBackgroundSchema = z.discriminatedUnion('type', [
  GradeCommentsSchema,
  RecordHideSchema,
  ReportPlatformHideSchema,
]);
export type ToBackground = z.infer<typeof ToBackgroundSchema>;
export type ToBackgroundType = ToBackground['type'];

/** The context menu's "Hide & log comment" was chosen in this tab. */
export const StartHideAndLogSchema = z.object({ type: z.literal('start-hide-and-log') });

/** The popup asks the active tab what it shows: counts per level, what is unhandled, health. */
export const DescribePageSchema = z.object({ type: z.literal('describe-page') });

export const ToContentSchema = z.discriminatedUnion('type', [StartHideAndLogSchema, DescribePageSchema]);
export type ToContent = z.infer<typeof ToContentSchema>;

/** A selector that stopped finding what it should: the page layout changed. */
export const LayoutProblemSchema = z.object({
  field: z.string(),
  selector: z.string(),
  reason: z.string(),
  comments: z.number().int().min(0),
});

export const PageSummarySchema = z.object({
  platform: PlatformSchema,
  /** Public comments read and badged (the department's own excluded). */
  comments: z.number().int().min(0),
  byLevel: z.record(z.string(), z.number().int().min(0)),
  needsReview: z.number().int().min(0),
  /** Offensive or Threatening comments not yet hidden and logged. */
  unhandled: z.number().int().min(0),
  hiddenAndLogged: z.number().int().min(0),
  /** True when a comments page yields no comment, or fields stopped being found. */
  layoutChanged: z.boolean(),
  problems: z.array(LayoutProblemSchema),
});
export type PageSummary = z.infer<typeof PageSummarySchema>;

/** Every reply says whether the receiver accepted the message, and why not. */
export const RefusalSchema = z.object({ ok: z.literal(false), error: z.string() });
export type Refusal = z.infer<typeof RefusalSchema>;

export const ReplySchemas = {
  'grade-comments': z.object({ ok: z.literal(true), grades: z.array(GradeSchema) }),
  'record-hide': z.object({ ok: z.literal(true), recordId: z.string() }),
  'report-platform-hide': z.object({ ok: z.literal(true) }),
  'start-hide-and-log': z.object({ ok: z.literal(true), outcome: z.string() }),
  'describe-page': z.object({ ok: z.literal(true), summary: PageSummarySchema }),
} as const;

export type ReplyTo<T extends keyof typeof ReplySchemas> = z.infer<(typeof ReplySchemas)[T]> | Refusal;
