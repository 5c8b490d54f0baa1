import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { canonicalJson } from './canonical-json';
import type { RecordEvent, RetentionRecord } from './retention-record';

/** The previous hash of the first entry in the log. */
export const GENESIS_HASH = '0'.repeat(64);

/** A link of the log's one chain: a hidden-comment record or a later event on one. */
export type ChainEntry = RetentionRecord | RecordEvent;

/**
 * hash = sha256hex(prevHash + '\n' + canonicalJson(entry without its hash)).
 * Synchronous on purpose: awaiting crypto.subtle inside a Dexie transaction would commit it
 * before the entry is added, letting two appends take the same place in the chain.
 */
export function hashChainEntry(entry: Omit<ChainEntry, 'hash'> & { hash?: string }): string {
  const { hash: _ignored, ...content } = entry;
  return bytesToHex(sha256(utf8ToBytes(`${entry.prevHash}\n${canonicalJson(content)}`)));
}

/** True for records, false for events: only records carry the comment itself. */
export function isRetentionRecord(entry: ChainEntry): entry is RetentionRecord {
  return 'platformCommentId' in entry;
}
