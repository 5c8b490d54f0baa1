import { GENESIS_HASH } from './chain-hash';
import type { RetentionDatabase } from './retention-database';

/** Where the next entry goes: call only inside a transaction over both tables. */
export async function readChainTail(db: RetentionDatabase): Promise<{ nextSeq: number; prevHash: string }> {
  const lastRecord = await db.records.orderBy('seq').last();
  const lastEvent = await db.events.orderBy('seq').last();
  const last = (lastRecord?.seq ?? 0) > (lastEvent?.seq ?? 0) ? lastRecord : lastEvent;
  return last ? { nextSeq: last.seq + 1, prevHash: last.hash } : { nextSeq: 1, prevHash: GENESIS_HASH };
}
