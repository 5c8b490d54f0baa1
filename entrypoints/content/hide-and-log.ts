import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { HideChoice } from '@/components/hide-dialog/hide-and-log-dialog';
import type { Grade } from '@/lib/grading/grade';
import { sendToBackground } from '@/lib/messaging/send';
import type { CapturedComment } from '@/lib/platforms/captured-comment';
import { askForHideChoice } from './hide-dialog';
import type { ModerationSession } from './moderation-session';
import { showPageNotice } from './page-notice';

const PLATFORM_NAMES = { facebook: 'Facebook', x: 'X', instagram: 'Instagram' } as const;

/**
 * "Hide & log comment" on the comment the moderator right-clicked. When the engine graded it as
 * a Terms violation (with the clause it breaks) this is one gesture; otherwise the moderator
 * names the clause first. The record is always written before the platform's hide is tried.
 */
export async function hideAndLog(session: ModerationSession, ctx: ContentScriptContext): Promise<string> {
  const doc = document;
  const el = session.rightClickedComment();
  const comment = el ? session.read(el) : null;
  if (!el || !comment) {
    showPageNotice(doc, 'Right-click on a comment, then choose "Hide & log comment".', 'warning');
    return 'no comment was right-clicked';
  }
  if (comment.isPageOwn) {
    showPageNotice(doc, "This is the department's own comment; it is not hidden or logged.", 'warning');
    return 'the department’s own comment';
  }
  const moderated = session.comments.get(el);
  if (moderated?.hidden) {
    showPageNotice(doc, 'This comment is already hidden and logged.');
    return 'already hidden and logged';
  }
  const grade = moderated?.grade ?? null;
  if (grade?.clause && grade.level >= 7) {
    return recordThenHide(session, el, comment, grade, {
      level: grade.level as HideChoice['level'],
      clause: grade.clause,
      note: '',
    });
  }
  // Not graded as a violation: the moderator must name the clause; the menu's reply does not wait.
  void askForHideChoice(ctx, comment, grade).then((choice) => {
    if (choice) void recordThenHide(session, el, comment, grade, choice);
  });
  return 'asked the moderator for the Terms-of-Use clause';
}

async function recordThenHide(
  session: ModerationSession,
  el: Element,
  comment: CapturedComment,
  engineGrade: Grade | null,
  choice: HideChoice,
): Promise<string> {
  const doc = document;
  const recorded = await sendToBackground({
    type: 'record-hide',
    comment,
    engineGrade,
    level: choice.level,
    clause: choice.clause,
    note: choice.note,
    gradeSource: engineGrade?.level === choice.level ? 'engine' : 'moderator',
  });
  if (!recorded.ok) {
    showPageNotice(doc, `Not hidden: the record could not be written. ${recorded.error}`, 'warning');
    return `not recorded: ${recorded.error}`;
  }
  const moderated = session.comments.get(el);
  if (moderated) moderated.hidden = true;
  el.setAttribute('data-civic-moderator-hidden', 'true');
  moderated?.badge.showHidden(
    `Logged as record ${recorded.recordId}; hiding on ${PLATFORM_NAMES[comment.platform]}…`,
  );

  const result = await session.adapter.hide(el);
  const detail = result.status === 'confirmed' ? 'hidden on the platform' : result.reason;
  await sendToBackground({
    type: 'report-platform-hide',
    recordId: recorded.recordId,
    status: result.status,
    detail,
  });
  const platform = PLATFORM_NAMES[comment.platform];
  if (result.status === 'confirmed') {
    moderated?.badge.showHidden(`Hidden on ${platform} and logged (record ${recorded.recordId}).`);
    showPageNotice(doc, `Hidden on ${platform} and logged.`);
  } else {
    moderated?.badge.showHidden(`Logged, but not hidden on ${platform}: ${detail}`);
    showPageNotice(
      doc,
      `Logged, but ${platform} did not hide it (${detail}). Hide it by hand on ${platform}.`,
      'warning',
    );
  }
  return `recorded ${recorded.recordId}; platform hide ${result.status}`;
}
