import Papa from 'papaparse';
import { GRADE_LABELS, TERMS_CLAUSES, type Level } from '../grading/grade';
import { eventsByRecord, recordStatus, type PlatformHideStatus, type RecordStatus } from './record-status';
import type { RecordEvent, RetentionRecord } from './retention-record';

/**
 * Cells a spreadsheet would run as a formula (OWASP's list, plus the full-width forms some
 * locales accept). Papaparse's own `escapeFormulae: true` pattern ends in `.*$`, which misses a
 * formula followed by a line break, so we give it ours.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

const HIDDEN_ON_PLATFORM: Record<PlatformHideStatus, string> = {
  'not-attempted': 'Not attempted',
  confirmed: 'Confirmed',
  failed: 'Failed',
  unavailable: 'Unavailable',
};

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** One spreadsheet column: its header and how a record fills it. */
const COLUMNS: Array<[header: string, cell: (r: RetentionRecord, s: RecordStatus) => string]> = [
  ['Record ID', (r) => r.id],
  ['Hidden at', (r) => r.hiddenAt],
  ['Platform', (r) => r.platform],
  ['Post URL', (r) => r.pageUrl],
  ['Comment permalink', (r) => r.permalink ?? ''],
  ['Platform comment ID', (r) => r.platformCommentId],
  ['Poster name', (r) => r.poster.name ?? ''],
  ['Poster handle', (r) => r.poster.handle ?? ''],
  ['Poster profile URL', (r) => r.poster.profileUrl ?? ''],
  ['Poster user ID', (r) => r.poster.userId ?? ''],
  ['Comment text', (r) => r.text],
  ['Text truncated', (r) => yesNo(r.textTruncated)],
  ['Posted at', (r) => r.postedAt ?? ''],
  ['Posted at (as shown)', (r) => r.postedAtText ?? ''],
  ['Captured at', (r) => r.capturedAt],
  ['Moderator', (r) => r.moderator.name],
  ['Moderator ID', (r) => r.moderator.idNumber],
  ['Level', (_, s) => String(s.level)],
  ['Grade', (_, s) => GRADE_LABELS[s.level]],
  ['Grade source', (r) => r.gradeSource],
  ['Engine level', (r) => (r.engineGrade ? String(r.engineGrade.level) : '')],
  ['Engine confidence', (r) => (r.engineGrade ? String(r.engineGrade.confidence) : '')],
  ['Terms clause', (_, s) => s.clause],
  ['Clause text', (_, s) => TERMS_CLAUSES[s.clause]],
  ['Note', (_, s) => s.note],
  ['Hidden on platform', (_, s) => HIDDEN_ON_PLATFORM[s.platformHide]],
  ['User contacted', (_, s) => yesNo(s.userContacted)],
  ['Supervisor notified', (_, s) => yesNo(s.supervisorNotified)],
  ['Banned', (_, s) => yesNo(s.banned)],
  // Level, clause and note above are current; this keeps what was logged at the hide.
  ['Corrections', (_, s) => s.corrections.map(describeCorrection).join('; ')],
  ['Sequence', (r) => String(r.seq)],
  ['Previous hash', (r) => r.prevHash],
  ['Hash', (r) => r.hash],
];

function describeCorrection(c: RecordStatus['corrections'][number]): string {
  const show = (value: string) =>
    c.field === 'level' ? `${value} ${GRADE_LABELS[Number(value) as Level]}` : value;
  return `${c.field} ${show(c.from)} → ${show(c.to)} (${c.by}, ${c.at})`;
}

export const RETENTION_CSV_HEADERS = COLUMNS.map(([header]) => header);

/**
 * The retention log as a spreadsheet: one row per hidden comment, oldest first, with its
 * current status. UTF-8 with a byte-order mark so Excel reads accents and emoji; CRLF lines.
 */
export function retentionLogToCsv(
  records: readonly RetentionRecord[],
  events: readonly RecordEvent[],
): string {
  const grouped = eventsByRecord(events);
  const rows = [...records]
    .sort((a, b) => a.seq - b.seq)
    .map((record) => {
      const status = recordStatus(record, grouped.get(record.id) ?? []);
      return COLUMNS.map(([, cell]) => cell(record, status));
    });
  const csv = Papa.unparse(
    { fields: RETENTION_CSV_HEADERS, data: rows },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
  return `\uFEFF${csv}\r\n`;
}
