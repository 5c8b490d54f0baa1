import { GRADE_LABELS, type Grade, type GradeInput } from './grade';

/**
 * Placeholder engine: every comment is Neutral until the trained grader lands (issue 3).
 * Kept pure and synchronous so the content script's contract does not change when it does.
 */
export function gradeComment(_input: GradeInput): Grade {
  return {
    level: 2,
    label: GRADE_LABELS[2],
    confidence: 0,
    needsReview: true,
    reasons: [{ text: 'Not graded yet: the grading engine is not installed' }],
    signals: {
      offensive: 0,
      threat: 0,
      sentiment: { negative: 0, neutral: 1, positive: 0 },
      question: 0,
      complaint: 0,
      instigating: 0,
    },
  };
}
