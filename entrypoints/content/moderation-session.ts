import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformAdapter, ReadFailure } from '@/lib/platforms/adapter';
import type { PageSummary } from '@/lib/messaging/messages';
import type { CapturedComment } from '@/lib/platforms/captured-comment';
import { mountGradeBadge } from './grade-badge';
import { requestGrades } from './grade-requests';
import { ModeratedComments } from './moderated-comments';
import { watchThread, type ThreadWatcher } from './thread-watcher';

/** How long one batch of reading and badging may hold the page's main thread. */
const SLICE_MS = 20;

/**
 * One page of one platform under moderation: finds comments as they appear, badges and grades
 * them, and remembers which one the moderator right-clicked for "Hide & log comment".
 */
export class ModerationSession {
  readonly comments = new ModeratedComments();
  private rightClicked: Element | null = null;
  private watcher: ThreadWatcher | null = null;
  /** Fields the adapter could not find, by selector: the popup says the layout changed. */
  private readonly problems = new Map<string, ReadFailure & { comments: number }>();

  constructor(
    readonly adapter: PlatformAdapter,
    private readonly ctx: ContentScriptContext,
    private readonly doc: Document,
  ) {}

  start(): void {
    this.watcher = watchThread(this.adapter, this.doc, (elements) => void this.moderate(elements));
    this.ctx.onInvalidated(() => this.stop());
  }

  /** The page navigated away (or the extension was reloaded): stop watching the old thread. */
  stop(): void {
    this.watcher?.stop();
    this.watcher = null;
  }

  /** Called on every right-click, so "Hide & log comment" knows which comment it means. */
  noteRightClick(target: EventTarget | null): void {
    this.rightClicked = target instanceof Node ? this.adapter.closestComment(target) : null;
  }

  /** The comment the moderator last right-clicked, if it is still on the page. */
  rightClickedComment(): Element | null {
    return this.rightClicked?.isConnected ? this.rightClicked : null;
  }

  /** Reads a comment element afresh, as it is now; a field it cannot find is noted, never thrown. */
  read(el: Element): CapturedComment | null {
    const result = this.adapter.readComment(el, { now: new Date(), pageUrl: this.doc.location.href });
    if (result.ok) return result.comment;
    const key = `${result.failure.field} ${result.failure.selector}`;
    const known = this.problems.get(key);
    if (known) known.comments += 1;
    else this.problems.set(key, { ...result.failure, comments: 1 });
    return null;
  }

  /** This page at a glance, for the popup. */
  summary(): PageSummary {
    const byLevel: Record<string, number> = {};
    let comments = 0;
    let needsReview = 0;
    let unhandled = 0;
    let hiddenAndLogged = 0;
    for (const el of this.doc.querySelectorAll('[data-civic-moderator-comment]')) {
      const moderated = this.comments.get(el);
      if (!moderated) continue;
      comments += 1;
      if (moderated.hidden) hiddenAndLogged += 1;
      const grade = moderated.grade;
      if (!grade) continue;
      byLevel[grade.level] = (byLevel[grade.level] ?? 0) + 1;
      if (grade.needsReview) needsReview += 1;
      if (grade.level >= 7 && !moderated.hidden) unhandled += 1;
    }
    const problems = [...this.problems.values()].map(({ field, selector, reason, comments: count }) => ({
      field,
      selector,
      reason,
      comments: count,
    }));
    const noThread = this.adapter.findThreadRoot(this.doc) === null;
    return {
      platform: this.adapter.platform,
      comments,
      byLevel,
      needsReview,
      unhandled,
      hiddenAndLogged,
      layoutChanged: problems.length > 0 || noThread,
      problems: noThread
        ? [
            ...problems,
            {
              field: 'thread',
              selector: 'thread root',
              reason: 'no conversation found on this page',
              comments: 0,
            },
          ]
        : problems,
    };
  }

  private async moderate(elements: Element[]): Promise<void> {
    // Our own work on the page's main thread, as User Timing entries: `npm run bench:pages`
    // reads them to tell our tasks from the page's.
    const readStart = performance.now();
    const toGrade: { el: Element; comment: CapturedComment }[] = [];
    let done = 0;
    for (const el of elements) {
      // Leave the frame to the page after a slice; the rest follow on the next frame.
      if (performance.now() - readStart > SLICE_MS) break;
      done += 1;
      const comment = this.read(el);
      // The department's own words and the post itself are not graded; a recycled row that now
      // holds one must not keep the grade of the comment it held before.
      if (!comment || comment.isPageOwn || comment.role !== 'comment') {
        this.comments.forget(el);
        continue;
      }
      const known = this.comments.get(el);
      if (known && known.comment.id === comment.id) continue;
      // A new comment, or a recycled row now holding another one: badge and grade it afresh.
      known?.badge.host.remove();
      const badge = mountGradeBadge(this.adapter.badgeAnchor(el));
      this.comments.set(el, { comment, grade: null, badge, hidden: false });
      toGrade.push({ el, comment });
    }
    performance.measure('civic-moderator:read-and-badge', { start: readStart });
    if (done < elements.length) {
      const rest = elements.slice(done);
      requestAnimationFrame(() => void this.moderate(rest));
    }
    if (toGrade.length === 0) return;
    const { grades, error } = await requestGrades(toGrade.map(({ comment }) => comment));
    const showStart = performance.now();
    for (const [index, { el, comment }] of toGrade.entries()) {
      // The row may have been recycled for another comment while the grade was on its way.
      const moderated = this.comments.get(el);
      if (!moderated || moderated.comment !== comment) continue;
      const grade = grades[index];
      if (grade) {
        moderated.grade = grade;
        moderated.badge.showGrade(grade);
      } else moderated.badge.showProblem(error ?? 'The grader gave no grade for this comment.');
    }
    performance.measure('civic-moderator:show-grades', { start: showStart });
  }
}
