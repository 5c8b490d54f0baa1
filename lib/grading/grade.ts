import { z } from 'zod';

/** The department's 8-level Comment Grading System (DESIGN.md). */
export const GRADE_LABELS = {
  1: 'Positive',
  2: 'Neutral',
  3: 'Question',
  4: 'Concerned',
  5: 'Misguided',
  6: 'Negative',
  7: 'Offensive',
  8: 'Threatening',
} as const;

export const LevelSchema = z.number().int().min(1).max(8);
export type Level = keyof typeof GRADE_LABELS;
export type GradeLabel = (typeof GRADE_LABELS)[Level];

export function gradeLabel(level: Level): GradeLabel {
  return GRADE_LABELS[level];
}

/**
 * The Terms-of-Use clauses a hide may cite (a–f). g–i are notices, never grounds.
 * Levels 2–6 never carry a clause: criticism is protected speech.
 */
export const TERMS_CLAUSES = {
  a: 'Graphic, obscene, explicit, abusive, threatening, hateful or defamatory content, or content encouraging illegal activity',
  b: 'Discrimination by race, creed, colour, age, religion, gender identity or sexual orientation',
  c: 'A profile picture, avatar, username or e-mail that contains any of the above',
  d: 'Off-topic content',
  e: 'Solicitations, advertisements, attempts to defraud',
  f: 'Information that compromises the safety or security of the public or public systems',
} as const;
export const TermsClauseSchema = z.enum(['a', 'b', 'c', 'd', 'e', 'f']);
export type TermsClause = z.infer<typeof TermsClauseSchema>;

/** Why the engine chose a level, with the evidence span in the text for the card to highlight. */
export const GradeReasonSchema = z.object({
  /** In a moderator's words: "Threat of violence against an officer". */
  text: z.string(),
  /** Evidence span in the comment text, [start, end) in UTF-16 code units; absent when global. */
  span: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).optional(),
  /** Where the evidence was found: the comment text or the poster's display name. */
  source: z.enum(['text', 'author']).optional(),
});
export type GradeReason = z.infer<typeof GradeReasonSchema>;

const probability = z.number().min(0).max(1);
export const GradeSignalsSchema = z.object({
  offensive: probability,
  threat: probability,
  sentiment: z.object({ negative: probability, neutral: probability, positive: probability }),
  question: probability,
  complaint: probability,
  instigating: probability,
});
export type GradeSignals = z.infer<typeof GradeSignalsSchema>;

export const GradeSchema = z.object({
  level: LevelSchema,
  label: z.enum(Object.values(GRADE_LABELS) as [GradeLabel, ...GradeLabel[]]),
  confidence: probability,
  needsReview: z.boolean(),
  reasons: z.array(GradeReasonSchema),
  clause: TermsClauseSchema.optional(),
  signals: GradeSignalsSchema,
});
export type Grade = z.infer<typeof GradeSchema>;

/** What the engine grades: the comment text, and the poster's display name where known. */
export interface GradeInput {
  text: string;
  author?: string;
  platform?: 'facebook' | 'x' | 'instagram';
}
