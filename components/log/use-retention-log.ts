import { useLiveQuery } from 'dexie-react-hooks';
import type { RetentionDatabase } from '@/lib/records/retention-database';
import type { RecordEvent, RetentionRecord } from '@/lib/records/retention-record';

export interface RetentionLogSnapshot {
  records: RetentionRecord[];
  events: RecordEvent[];
}

/**
 * The whole log, read-only, re-read whenever the background writes to it (useLiveQuery sees the
 * service worker's writes). One transaction, so records and events always agree. Undefined while
 * loading.
 */
export function useRetentionLog(db: RetentionDatabase): RetentionLogSnapshot | undefined {
  return useLiveQuery(
    () =>
      db.transaction('r', db.records, db.events, async () => ({
        records: await db.records.orderBy('seq').toArray(),
        events: await db.events.orderBy('seq').toArray(),
      })),
    [db],
  );
}
