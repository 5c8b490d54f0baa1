import type { z } from 'zod';
import type { RecordHideSchema } from '@/lib/messaging/messages';
import type { Moderator, RetentionRecordDraft } from '@/lib/records/retention-record';
import { isoWithOffset } from '@/lib/time/iso-with-offset';

export type RecordHideRequest = z.infer<typeof RecordHideSchema>;

/**
 * Turns the content script's capture into the retention record's draft. The record is written
 * before the platform's own hide is attempted, so even a hide that fails half-way is on file.
 */
export function retentionDraftFor(
  request: RecordHideRequest,
  moderator: Moderator,
  now: Date,
  screenshot: string | null,
): RetentionRecordDraft {
  const { comment, engineGrade } = request;
  const at = isoWithOffset(now);
  return {
    platform: comment.platform,
    pageUrl: comment.postUrl ?? comment.permalink ?? '',
    permalink: comment.permalink,
    platformCommentId: comment.id,
    isReply: comment.isReply,
    parentCommentId: comment.parentId,
    poster: {
      name: comment.author.name,
      handle: comment.author.handle,
      profileUrl: comment.author.profileUrl,
      userId: comment.author.userId,
    },
    text: comment.text,
    textTruncated: comment.truncated,
    postedAt: comment.postedAt,
    postedAtText: comment.postedAtText,
    capturedAt: at,
    hiddenAt: at,
    moderator,
    level: request.level,
    gradeSource: request.gradeSource,
    engineGrade: engineGrade ? { level: engineGrade.level, confidence: engineGrade.confidence } : null,
    clause: request.clause,
    note: request.note,
    screenshot,
  };
}
