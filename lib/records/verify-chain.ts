import { GENESIS_HASH, hashChainEntry, type ChainEntry } from './chain-hash';
import type { RetentionDatabase } from './retention-database';

export interface ChainVerification {
  ok: boolean;
  /** Records and events checked. */
  entries: number;
  /** The first entry that fails, in the officer's words. */
  firstBroken?: { seq: number; reason: string };
}

/**
 * Recomputes every link of the chain: an edited field breaks that entry's hash, a deleted entry
 * leaves a gap in `seq`, a reordered one breaks its hash (seq is hashed) and the next link.
 * Deleting the newest entries leaves no trace here; compare with the last exported hash.
 */
export function verifyChain(entries: readonly ChainEntry[]): ChainVerification {
  const ordered = [...entries].sort((a, b) => a.seq - b.seq);
  let prevHash = GENESIS_HASH;
  for (const [index, entry] of ordered.entries()) {
    const expectedSeq = index + 1;
    const broken = (seq: number, reason: string): ChainVerification => ({
      ok: false,
      entries: ordered.length,
      firstBroken: { seq, reason },
    });
    if (entry.seq < expectedSeq) return broken(entry.seq, `two entries are numbered ${entry.seq}`);
    if (entry.seq > expectedSeq) {
      return broken(expectedSeq, `entry ${expectedSeq} is missing (the log jumps to entry ${entry.seq})`);
    }
    if (entry.prevHash !== prevHash) {
      return broken(
        entry.seq,
        'its link to the previous entry does not match (entries removed or reordered)',
      );
    }
    if (hashChainEntry(entry) !== entry.hash) {
      return broken(entry.seq, 'its content does not match its hash (changed after it was logged)');
    }
    prevHash = entry.hash;
  }
  return { ok: true, entries: ordered.length };
}

/** Reads both tables in one snapshot and verifies the chain. */
export async function verifyRetentionLog(db: RetentionDatabase): Promise<ChainVerification> {
  const entries = await db.transaction('r', db.records, db.events, async () => [
    ...(await db.records.toArray()),
    ...(await db.events.toArray()),
  ]);
  return verifyChain(entries);
}
