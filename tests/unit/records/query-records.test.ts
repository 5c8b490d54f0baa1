import { describe, expect, it } from 'vitest';
import { NO_FILTERS, queryRecords, type RetentionLogFilters } from '../../../lib/records/query-records';
import { storedEvent, storedRecord } from './stored-fixtures';

// Local-time stamps, so day boundaries hold in whatever time zone the tests run.
const local = (day: string, time: string) => new Date(`${day}T${time}`).toISOString();

const records = [
  storedRecord(1, { hiddenAt: local('2026-11-01', '09:00:00'), text: 'Spam: cheap watches here' }),
  storedRecord(2, {
    hiddenAt: local('2026-11-10', '23:59:00'),
    platform: 'x',
    poster: { name: 'Sam Ortiz', handle: 'SamOrtiz_', profileUrl: null, userId: '55' },
    level: 8,
    clause: 'f',
    text: 'I know where the chief lives',
  }),
  storedRecord(3, { hiddenAt: local('2026-11-11', '00:00:00'), platform: 'instagram', clause: 'e' }),
];
const events = [
  storedEvent(4, 'record-1', { kind: 'correction', field: 'clause', value: 'e', detail: 'spam' }),
];

const ids = (filters: Partial<RetentionLogFilters>) =>
  queryRecords(records, events, { ...NO_FILTERS, ...filters }).map((row) => row.record.id);

describe('queryRecords', () => {
  it('lists every record, newest hide first, when nothing is filtered', () => {
    expect(ids({})).toEqual(['record-3', 'record-2', 'record-1']);
  });

  it('keeps whole days in the date range, both ends inclusive', () => {
    expect(ids({ from: '2026-11-10', to: '2026-11-10' })).toEqual(['record-2']);
    expect(ids({ from: '2026-11-02' })).toEqual(['record-3', 'record-2']);
    expect(ids({ to: '2026-11-09' })).toEqual(['record-1']);
  });

  it('filters by platform and level', () => {
    expect(ids({ platform: 'instagram' })).toEqual(['record-3']);
    expect(ids({ level: 8 })).toEqual(['record-2']);
  });

  it('filters by the current clause, after corrections', () => {
    expect(ids({ clause: 'e' })).toEqual(['record-3', 'record-1']);
    expect(ids({ clause: 'a' })).toEqual([]);
  });

  it('finds a poster by part of the name, handle or user id, in any case', () => {
    expect(ids({ poster: 'samortiz' })).toEqual(['record-2']);
    expect(ids({ poster: 'ORTIZ' })).toEqual(['record-2']);
    expect(ids({ poster: '  jordan ' })).toEqual(['record-3', 'record-1']);
  });

  it('searches the comment text', () => {
    expect(ids({ text: 'WATCHES' })).toEqual(['record-1']);
    expect(ids({ text: 'chief', platform: 'facebook' })).toEqual([]);
  });

  it('returns each record with its folded status', () => {
    const [row] = queryRecords(records, events, { ...NO_FILTERS, text: 'watches' });
    expect(row?.status.clause).toBe('e');
    expect(row?.status.original.clause).toBe('a');
  });
});
