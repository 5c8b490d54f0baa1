import { LevelSchema, TermsClauseSchema, type Level, type TermsClause } from '../grading/grade';
import type { RecordEvent, RetentionRecord } from './retention-record';

export type PlatformHideStatus = 'not-attempted' | 'confirmed' | 'failed' | 'unavailable';

/** A record as it stands today: the original kept, later events folded on top. */
export interface RecordStatus {
  platformHide: PlatformHideStatus;
  userContacted: boolean;
  supervisorNotified: boolean;
  banned: boolean;
  /** Current values: the latest correction, or the original when never corrected. */
  level: Level;
  clause: TermsClause;
  note: string;
  /** The values logged at the hide; the record itself never changes. */
  original: { level: Level; clause: TermsClause; note: string };
  corrections: Array<{
    field: 'level' | 'clause' | 'note';
    from: string;
    to: string;
    at: string;
    by: string;
  }>;
}

/** Folds a record's events (any order, others' events ignored) into its current state. */
export function recordStatus(record: RetentionRecord, events: readonly RecordEvent[]): RecordStatus {
  const original = { level: record.level as Level, clause: record.clause, note: record.note };
  const status: RecordStatus = {
    platformHide: 'not-attempted',
    userContacted: false,
    supervisorNotified: false,
    banned: false,
    ...original,
    original,
    corrections: [],
  };
  const own = events.filter((entry) => entry.recordId === record.id).sort((a, b) => a.seq - b.seq);
  for (const { event, at, moderator } of own) {
    switch (event.kind) {
      case 'platform-hide':
        // The latest attempt wins: a failed hide retried and confirmed is confirmed.
        status.platformHide = event.status;
        break;
      case 'user-contacted':
        status.userContacted = true;
        break;
      case 'supervisor-notified':
        status.supervisorNotified = true;
        break;
      case 'banned':
        status.banned = true;
        break;
      case 'correction': {
        const from = String(status[event.field]);
        if (!applyCorrection(status, event.field, event.value)) break;
        status.corrections.push({ field: event.field, from, to: event.value, at, by: moderator.name });
        break;
      }
    }
  }
  return status;
}

/** Returns false (and changes nothing) for a value the field cannot hold. */
function applyCorrection(status: RecordStatus, field: 'level' | 'clause' | 'note', value: string): boolean {
  if (field === 'note') {
    status.note = value;
    return true;
  }
  if (field === 'level') {
    const level = LevelSchema.safeParse(Number(value));
    if (level.success) status.level = level.data as Level;
    return level.success;
  }
  const clause = TermsClauseSchema.safeParse(value);
  if (clause.success) status.clause = clause.data;
  return clause.success;
}

/** Groups events by the record they belong to, for folding many records at once. */
export function eventsByRecord(events: readonly RecordEvent[]): Map<string, RecordEvent[]> {
  const grouped = new Map<string, RecordEvent[]>();
  for (const event of events) {
    const list = grouped.get(event.recordId);
    if (list) list.push(event);
    else grouped.set(event.recordId, [event]);
  }
  return grouped;
}
