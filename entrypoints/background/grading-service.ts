import { gradeComment } from '@/lib/grading/grade-comment';
import type { Grade, GradeInput } from '@/lib/grading/grade';

/**
 * The grader runs here, in the service worker, so its weights are loaded once per browser
 * rather than once per tab; each tab sends a batch of comments per animation frame.
 */
export async function gradeBatch(inputs: GradeInput[]): Promise<Grade[]> {
  return inputs.map((input) => gradeComment(input));
}
