import { appendRecordEvent, appendRetentionRecord } from '@/lib/records/append-record';
import type { RetentionDatabase } from '@/lib/records/retention-database';
import type { ToBackground } from '@/lib/messaging/messages';
import type { GradeBatch } from './grading-service';
import { loadModerator } from '@/lib/settings/moderator-settings';
import { retentionDraftFor } from './record-hide';

type Handler<T extends ToBackground['type']> = (
  message: Extract<ToBackground, { type: T }>,
) => Promise<unknown>;

const NO_MODERATOR =
  'Set your name and ID number on the Retention log page (toolbar button) before hiding comments: every record names its moderator.';

/** The background's answer to each message the content script may send. */
export function backgroundHandlers(
  db: RetentionDatabase,
  gradeBatch: GradeBatch,
  now: () => Date = () => new Date(),
) {
  const gradeComments: Handler<'grade-comments'> = async ({ comments }) => ({
    ok: true,
    grades: await gradeBatch(
      comments.map(({ text, author, platform }) => ({ text, author: author ?? undefined, platform })),
    ),
  });

  const recordHide: Handler<'record-hide'> = async (request) => {
    const moderator = await loadModerator();
    if (!moderator) return { ok: false, error: NO_MODERATOR };
    const record = await appendRetentionRecord(db, retentionDraftFor(request, moderator, now(), null));
    return { ok: true, recordId: record.id };
  };

  const reportPlatformHide: Handler<'report-platform-hide'> = async ({ recordId, status, detail }) => {
    const moderator = await loadModerator();
    if (!moderator) return { ok: false, error: NO_MODERATOR };
    await appendRecordEvent(db, recordId, moderator, { kind: 'platform-hide', status, detail }, now());
    return { ok: true };
  };

  return {
    'grade-comments': gradeComments,
    'record-hide': recordHide,
    'report-platform-hide': reportPlatformHide,
  };
}
