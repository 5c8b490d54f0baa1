import type { ReadResult } from './adapter';
import type { Platform } from './captured-comment';

/** One field that could not be read, with how often, for the popup's "layout changed" notice. */
export interface FieldFailure {
  field: string;
  selector: string;
  reason: string;
  count: number;
}

/** How well an adapter read one page. */
export interface ReadHealth {
  platform: Platform;
  /** Whether the conversation itself was found on the page. */
  threadFound: boolean;
  /** Comment (and post) elements found. */
  found: number;
  read: number;
  failed: number;
  /** Failures grouped by field and selector, most frequent first. */
  failures: FieldFailure[];
  /** True when the page looks different from what the adapter knows: nothing found or most reads failing. */
  layoutChanged: boolean;
}

/**
 * A pure summary of the read results of one page. `threadFound` false (no conversation at all)
 * or half or more of the reads failing means the platform's layout has probably changed.
 */
export function summarizeReadHealth(
  platform: Platform,
  threadFound: boolean,
  results: readonly ReadResult[],
): ReadHealth {
  const groups = new Map<string, FieldFailure>();
  for (const result of results) {
    if (result.ok) continue;
    const { field, selector, reason } = result.failure;
    const key = `${field}\u0000${selector}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { field, selector, reason, count: 1 });
  }
  const failed = results.length - results.filter((result) => result.ok).length;
  return {
    platform,
    threadFound,
    found: results.length,
    read: results.length - failed,
    failed,
    failures: [...groups.values()].sort((a, b) => b.count - a.count),
    layoutChanged: !threadFound || (results.length > 0 && failed * 2 >= results.length),
  };
}
