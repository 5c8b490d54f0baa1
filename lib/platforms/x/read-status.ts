import { absoluteUrl } from '../dom';
import { required } from '../read-failure';
import { outerFirst } from './outer';
import { X_SELECTORS, X_STATUS_PATH } from './selectors';

const TIME_IN_LINK = `${X_SELECTORS.timeLink} > ${X_SELECTORS.time}`;

export interface XStatus {
  id: string;
  handle: string;
  permalink: string;
  postedAt: string | null;
  postedAtText: string | null;
}

/** The outer permalink and its <time>: the status id, the author's handle and when it was posted. */
export function readStatus(article: Element, pageUrl: string): XStatus {
  const time = required(outerFirst(article, TIME_IN_LINK), 'id', TIME_IN_LINK);
  const href = absoluteUrl(time.parentElement?.getAttribute('href'), pageUrl);
  const match = href ? X_STATUS_PATH.exec(new URL(href).pathname) : null;
  const [, handle, id] = required(match, 'id', TIME_IN_LINK, `no status id in ${href ?? 'the link'}`);
  const datetime = time.getAttribute('datetime');
  const postedAt = datetime && !Number.isNaN(Date.parse(datetime)) ? new Date(datetime).toISOString() : null;
  const shown = (time.textContent ?? '').trim();
  return {
    id: id!,
    handle: handle!,
    permalink: `https://x.com/${handle}/status/${id}`,
    postedAt,
    postedAtText: shown || null,
  };
}

/** The status id of `article`, or null when it shows none (a recycled row being refilled). */
export function statusIdOf(article: Element): string | null {
  const time = outerFirst(article, TIME_IN_LINK);
  const href = time?.parentElement?.getAttribute('href') ?? '';
  return X_STATUS_PATH.exec(href.replace(/^https?:\/\/[^/]+/, ''))?.[2] ?? null;
}

/** The conversation's status from the page URL (`/<handle>/status/<id>`). */
export function statusFromUrl(pageUrl: string): { handle: string; id: string } | null {
  try {
    const match = X_STATUS_PATH.exec(new URL(pageUrl).pathname);
    return match ? { handle: match[1]!, id: match[2]! } : null;
  } catch {
    return null;
  }
}
