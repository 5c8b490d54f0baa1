import type { Level, TermsClause } from '../grading/grade';
import type { Platform } from '../platforms/captured-comment';
import { eventsByRecord, recordStatus, type RecordStatus } from './record-status';
import type { RecordEvent, RetentionRecord } from './retention-record';

/** What a records officer narrows the log by. Empty strings and nulls mean "any". */
export interface RetentionLogFilters {
  /** Calendar days in the officer's time zone, "YYYY-MM-DD", both inclusive. */
  from: string;
  to: string;
  platform: Platform | null;
  level: Level | null;
  clause: TermsClause | null;
  /** Part of the poster's name, handle or user id. */
  poster: string;
  /** Part of the comment text, note, URLs or ids. */
  text: string;
}

export const NO_FILTERS: RetentionLogFilters = {
  from: '',
  to: '',
  platform: null,
  level: null,
  clause: null,
  poster: '',
  text: '',
};

/** A record with its current status, as the log shows it. */
export interface RetentionLogRow {
  record: RetentionRecord;
  status: RecordStatus;
}

/**
 * The records matching the filters, newest hide first. Level and clause match the current
 * (corrected) values, which are what the log shows.
 */
export function queryRecords(
  records: readonly RetentionRecord[],
  events: readonly RecordEvent[],
  filters: RetentionLogFilters,
): RetentionLogRow[] {
  const grouped = eventsByRecord(events);
  const from = filters.from ? startOfLocalDay(filters.from) : -Infinity;
  const to = filters.to ? startOfLocalDay(filters.to, 1) : Infinity;
  const poster = filters.poster.trim().toLowerCase();
  const text = filters.text.trim().toLowerCase();

  return records
    .map((record) => ({ record, status: recordStatus(record, grouped.get(record.id) ?? []) }))
    .filter(({ record, status }) => {
      const hiddenAt = Date.parse(record.hiddenAt);
      if (hiddenAt < from || hiddenAt >= to) return false;
      if (filters.platform && record.platform !== filters.platform) return false;
      if (filters.level && status.level !== filters.level) return false;
      if (filters.clause && status.clause !== filters.clause) return false;
      if (poster && !includes([record.poster.name, record.poster.handle, record.poster.userId], poster)) {
        return false;
      }
      const searchable = [
        record.text,
        status.note,
        record.pageUrl,
        record.permalink,
        record.platformCommentId,
      ];
      return !text || includes([...searchable, record.id], text);
    })
    .sort(
      (a, b) => Date.parse(b.record.hiddenAt) - Date.parse(a.record.hiddenAt) || b.record.seq - a.record.seq,
    );
}

function includes(fields: Array<string | null>, needle: string): boolean {
  return fields.some((field) => field?.toLowerCase().includes(needle));
}

/** Midnight at the start of a "YYYY-MM-DD" day (plus `addDays`) in local time, as epoch ms. */
function startOfLocalDay(day: string, addDays = 0): number {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year ?? 0, (month ?? 1) - 1, (date ?? 1) + addDays).getTime();
}
