import type { RetentionDatabase } from './retention-database';
import type { RetentionRecord, RetentionRecordDraft } from './retention-record';

type PosterOf = Pick<RetentionRecordDraft, 'platform' | 'poster'>;

/**
 * Same person on the same platform: by user id when both records have one, else by handle
 * (case-insensitive), else by profile URL. A poster the page did not identify matches no one.
 */
export function isSamePoster(a: PosterOf, b: PosterOf): boolean {
  if (a.platform !== b.platform) return false;
  if (a.poster.userId && b.poster.userId) return a.poster.userId === b.poster.userId;
  if (a.poster.handle && b.poster.handle) {
    return a.poster.handle.toLowerCase() === b.poster.handle.toLowerCase();
  }
  if (a.poster.profileUrl && b.poster.profileUrl) return a.poster.profileUrl === b.poster.profileUrl;
  return false;
}

/** Hides of this record's poster logged before it (by sequence). */
export function earlierHidesOf(record: RetentionRecord, records: readonly RetentionRecord[]): number {
  return records.filter((other) => other.seq < record.seq && isSamePoster(other, record)).length;
}

/**
 * Which violation each record is for its poster (1 = first), by record id; null when the poster
 * could not be identified. For the log page's "2nd violation".
 */
export function violationNumbers(records: readonly RetentionRecord[]): Map<string, number | null> {
  const numbers = new Map<string, number | null>();
  // Compare only within a platform: a log holds a few thousand hides, not millions.
  const earlierByPlatform = new Map<string, RetentionRecord[]>();
  for (const record of [...records].sort((a, b) => a.seq - b.seq)) {
    const earlier = earlierByPlatform.get(record.platform) ?? [];
    earlierByPlatform.set(record.platform, earlier);
    const known = record.poster.userId || record.poster.handle || record.poster.profileUrl;
    numbers.set(record.id, known ? earlier.filter((other) => isSamePoster(other, record)).length + 1 : null);
    earlier.push(record);
  }
  return numbers;
}

/** How many hides of this poster the log already holds, before a new one is logged. */
export async function countEarlierHides(db: RetentionDatabase, comment: PosterOf): Promise<number> {
  return db.records
    .where('platform')
    .equals(comment.platform)
    .filter((record) => isSamePoster(record, comment))
    .count();
}

/** DESIGN.md: first violation → remove and contact the user; second → ban or block. */
export function repeatOffenderAction(earlierHides: number): 'remove-and-contact' | 'ban' {
  return earlierHides === 0 ? 'remove-and-contact' : 'ban';
}
