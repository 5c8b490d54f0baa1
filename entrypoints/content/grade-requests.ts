import type { Grade } from '@/lib/grading/grade';
import type { CapturedComment } from '@/lib/platforms/captured-comment';
import { sendToBackground } from '@/lib/messaging/send';

/**
 * Sends the comments found in one batch to the background grader in as few messages as the
 * protocol allows, and hands back each grade by comment id.
 */
const BATCH_LIMIT = 500;

export async function requestGrades(
  comments: CapturedComment[],
): Promise<{ grades: Map<string, Grade>; error: string | null }> {
  const grades = new Map<string, Grade>();
  let error: string | null = null;
  for (let start = 0; start < comments.length; start += BATCH_LIMIT) {
    const batch = comments.slice(start, start + BATCH_LIMIT);
    const reply = await sendToBackground({
      type: 'grade-comments',
      comments: batch.map((comment) => ({
        key: comment.id,
        text: comment.text,
        author: comment.author.name,
        platform: comment.platform,
      })),
    });
    if (!reply.ok) {
      error = reply.error;
      continue;
    }
    reply.grades.forEach((grade, index) => grades.set(batch[index]!.id, grade));
  }
  return { grades, error };
}
