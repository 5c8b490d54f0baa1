import { z } from 'zod';
import type { Grade, GradeInput } from '../../lib/grading/grade';

/** One input line of `npm run grade`: the comment text and, where known, the poster's name. */
const GradeLineSchema = z.object({
  text: z.string(),
  author: z.string().optional(),
  platform: z.enum(['facebook', 'x', 'instagram']).optional(),
});

/**
 * Grades one JSON line and returns the output line: the grade, or `{"error":"line N: …"}` for a
 * line that is not a comment. Never throws, so one bad line cannot stop a batch.
 */
export function gradeJsonLine(line: string, lineNumber: number, grade: (input: GradeInput) => Grade): string {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: `line ${lineNumber}: not valid JSON` });
  }
  const parsed = GradeLineSchema.safeParse(json);
  if (!parsed.success) {
    return JSON.stringify({
      error: `line ${lineNumber}: ${z.prettifyError(parsed.error).replace(/\n/g, ' ')}`,
    });
  }
  try {
    return JSON.stringify(grade(parsed.data));
  } catch (error) {
    return JSON.stringify({
      error: `line ${lineNumber}: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
}
