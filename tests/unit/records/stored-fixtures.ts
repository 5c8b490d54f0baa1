import { GENESIS_HASH } from '../../../lib/records/chain-hash';
import type { RecordEvent, RetentionRecord } from '../../../lib/records/retention-record';
import { SPECIALIST_OKAFOR, hiddenCommentDraft } from './retention-fixtures';

/** A record as stored, for pure functions that only read it (its hashes are placeholders). */
export function storedRecord(
  seq: number,
  overrides: Parameters<typeof hiddenCommentDraft>[0] = {},
): RetentionRecord {
  return {
    ...hiddenCommentDraft(overrides),
    id: `record-${seq}`,
    schemaVersion: 1,
    seq,
    prevHash: seq === 1 ? GENESIS_HASH : 'b'.repeat(64),
    hash: 'c'.repeat(64),
  };
}

/** An event as stored, by Specialist Okafor unless the test says otherwise. */
export function storedEvent(
  seq: number,
  recordId: string,
  event: RecordEvent['event'],
  at = '2026-11-20T18:00:00.000Z',
): RecordEvent {
  return {
    id: `event-${seq}`,
    recordId,
    at,
    moderator: SPECIALIST_OKAFOR,
    event,
    seq,
    prevHash: 'd'.repeat(64),
    hash: 'e'.repeat(64),
  };
}
