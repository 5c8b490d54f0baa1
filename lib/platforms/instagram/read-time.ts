import { labelText } from '../dom';
import { IG_COMMENT_PATH, IG_SELECTORS } from './selectors';

/** The absolute time from <time datetime>, and the text shown ("2d"). */
export function readTime(time: Element): { postedAt: string | null; postedAtText: string | null } {
  const datetime = time.getAttribute('datetime');
  const valid = datetime !== null && !Number.isNaN(Date.parse(datetime));
  return { postedAt: valid ? new Date(datetime).toISOString() : null, postedAtText: labelText(time) || null };
}

/** The permalink path around a time, `/p/<code>/c/<id>/…`. */
export function permalinkPath(time: Element): string {
  return time.closest(IG_SELECTORS.timeLink)?.getAttribute('href') ?? '';
}

/** A comment's own id from its permalink: the reply id of `/c/<parent>/r/<reply>/`, else the `/c/<id>/`. */
export function commentIdOfTime(time: Element): string | null {
  const match = IG_COMMENT_PATH.exec(permalinkPath(time));
  return match ? (match[3] ?? match[2]!) : null;
}
