import type { Grade } from '@/lib/grading/grade';
import type { CapturedComment } from '@/lib/platforms/captured-comment';
import { sendToBackground } from '@/lib/messaging/send';

/**
 * Sends the comments found in one batch to the background grader in as few messages as the
 * protocol allows, and hands back the grades in the same order (null where none came back).
 * By position, not by id: the same comment may stand twice on a page.
 */
const BATCH_LIMIT = 500;

export async function requestGrades(
  comments: CapturedComment[],
): Promise<{ grades: (Grade | null)[]; error: string | null }> {
  const grades: (Grade | null)[] = comments.map(() => null);
  let error: string | null = null;
  for (let start = 0; start < comments.length; start += BATCH_LIMIT) {
    const batch = comments.slice(start, start + BATCH_LIMIT);
    const reply = await sendToBackground({
      type: 'grade-comments',
      comments: batch.map((comment, index) => ({
        key: String(start + index),
        text: comment.text,
        author: comment.author.name,
        platform: comment.platform,
      })),
    });
    if (!reply.ok) {
      error = reply.error;
      continue;
    }
    reply.grades.forEach((grade, index) => (grades[start + index] = grade));
  }
  return { grades, error };
}
