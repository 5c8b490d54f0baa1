import type { Grade } from '@/lib/grading/grade';
import type { CapturedComment } from '@/lib/platforms/captured-comment';
import type { GradeBadge } from './grade-badge';

/** What the content script knows of one comment element on the page. */
export interface ModeratedComment {
  comment: CapturedComment;
  grade: Grade | null;
  badge: GradeBadge;
  hidden: boolean;
}

/**
 * Comments by element. A WeakMap, so elements the platform drops are forgotten with them; the
 * element carries the comment id it was read as, so a recycled X row is noticed and re-read.
 */
export class ModeratedComments {
  private byElement = new WeakMap<Element, ModeratedComment>();

  get(el: Element): ModeratedComment | undefined {
    return this.byElement.get(el);
  }

  /** The element no longer holds a comment we grade (a recycled row, the department's reply). */
  forget(el: Element): void {
    this.byElement.get(el)?.badge.host.remove();
    el.removeAttribute('data-civic-moderator-comment');
    this.byElement.delete(el);
  }

  set(el: Element, moderated: ModeratedComment): void {
    el.setAttribute('data-civic-moderator-comment', moderated.comment.id);
    this.byElement.set(el, moderated);
  }
}
