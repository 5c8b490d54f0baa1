import { isoWithOffset } from '../time/iso-with-offset';
import { hashChainEntry } from './chain-hash';
import { readChainTail } from './chain-tail';
import { RefusedEntryError } from './refused-entry-error';
import type { RetentionDatabase } from './retention-database';
import {
  ModeratorSchema,
  RecordEventDraftSchema,
  RetentionRecordDraftSchema,
  type Moderator,
  type RecordEvent,
  type RecordEventDraft,
  type RetentionRecord,
  type RetentionRecordDraft,
} from './retention-record';

/**
 * Logs a hidden comment at the end of the chain. The draft is validated first; an invalid one
 * throws a RefusedEntryError naming the bad fields and writes nothing.
 */
export async function appendRetentionRecord(
  db: RetentionDatabase,
  draft: RetentionRecordDraft,
): Promise<RetentionRecord> {
  const parsed = RetentionRecordDraftSchema.safeParse(draft);
  if (!parsed.success) throw RefusedEntryError.fromZod('Retention record', parsed.error);

  // Reading the tail and adding must be one transaction, or two hides could share a seq.
  return db.transaction('rw', db.records, db.events, async () => {
    const { nextSeq, prevHash } = await readChainTail(db);
    const unhashed = {
      ...parsed.data,
      id: crypto.randomUUID(),
      schemaVersion: 1 as const,
      seq: nextSeq,
      prevHash,
    };
    const record: RetentionRecord = { ...unhashed, hash: hashChainEntry(unhashed) };
    await db.records.add(record);
    return record;
  });
}

/**
 * Appends something that happened to a logged comment after the hide (the platform's hide
 * result, the user contacted, a correction). Records are never edited; events are the history.
 */
export async function appendRecordEvent(
  db: RetentionDatabase,
  recordId: string,
  moderator: Moderator,
  eventDraft: RecordEventDraft,
  at: Date = new Date(),
): Promise<RecordEvent> {
  const event = RecordEventDraftSchema.safeParse(eventDraft);
  if (!event.success) throw RefusedEntryError.fromZod('Record event', event.error);
  const by = ModeratorSchema.safeParse(moderator);
  if (!by.success) throw RefusedEntryError.fromZod('Record event', by.error);

  return db.transaction('rw', db.records, db.events, async () => {
    if (!(await db.records.get(recordId))) {
      throw new Error(`Record event refused, nothing was written: no retention record has id ${recordId}`);
    }
    const { nextSeq, prevHash } = await readChainTail(db);
    const unhashed = {
      id: crypto.randomUUID(),
      recordId,
      // Local time with its offset, like hiddenAt: the officer reads the department's hour.
      at: isoWithOffset(at),
      moderator: by.data,
      event: event.data,
      seq: nextSeq,
      prevHash,
    };
    const entry: RecordEvent = { ...unhashed, hash: hashChainEntry(unhashed) };
    await db.events.add(entry);
    return entry;
  });
}
