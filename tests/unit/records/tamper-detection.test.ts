import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendRecordEvent, appendRetentionRecord } from '../../../lib/records/append-record';
import { hashChainEntry } from '../../../lib/records/chain-hash';
import type { RetentionDatabase } from '../../../lib/records/retention-database';
import type { RetentionRecord } from '../../../lib/records/retention-record';
import { verifyRetentionLog } from '../../../lib/records/verify-chain';
import { OFFICER_REYES, freshRetentionDatabase, hiddenCommentDraft } from './retention-fixtures';

let db: RetentionDatabase;
let records: RetentionRecord[];

/** Four entries: record 1, its platform-hide event (seq 2), records at seq 3 and 4. */
beforeEach(async () => {
  db = freshRetentionDatabase();
  const first = await appendRetentionRecord(db, hiddenCommentDraft());
  await appendRecordEvent(db, first.id, OFFICER_REYES, {
    kind: 'platform-hide',
    status: 'confirmed',
    detail: '',
  });
  const third = await appendRetentionRecord(
    db,
    hiddenCommentDraft({ platformCommentId: '3003', text: 'Buy followers' }),
  );
  const fourth = await appendRetentionRecord(db, hiddenCommentDraft({ platformCommentId: '4004' }));
  records = [first, third, fourth];
});
afterEach(async () => {
  await db.delete();
});

describe('verifyRetentionLog', () => {
  it('verifies an untouched log', async () => {
    expect(await verifyRetentionLog(db)).toEqual({ ok: true, entries: 4 });
  });

  it('verifies an empty log', async () => {
    await db.delete();
    db = freshRetentionDatabase();
    expect(await verifyRetentionLog(db)).toEqual({ ok: true, entries: 0 });
  });

  it('catches an edited comment text at that entry', async () => {
    await db.records.put({ ...records[1]!, text: 'Buy followers at a discount' });

    const result = await verifyRetentionLog(db);
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toEqual({ seq: 3, reason: expect.stringMatching(/does not match its hash/) });
  });

  it('catches an edited nested field (the moderator) on the first record', async () => {
    await db.records.put({ ...records[0]!, moderator: { name: 'Someone Else', idNumber: '0000' } });
    expect((await verifyRetentionLog(db)).firstBroken?.seq).toBe(1);
  });

  it('catches an edited event', async () => {
    const [event] = await db.events.toArray();
    await db.events.put({ ...event!, event: { kind: 'platform-hide', status: 'failed', detail: '' } });
    expect((await verifyRetentionLog(db)).firstBroken?.seq).toBe(2);
  });

  it('catches a deleted entry as a gap in the sequence', async () => {
    await db.records.delete(records[1]!.id);

    const result = await verifyRetentionLog(db);
    expect(result).toMatchObject({ ok: false, entries: 3 });
    expect(result.firstBroken).toEqual({ seq: 3, reason: expect.stringMatching(/entry 3 is missing/) });
  });

  it('catches two entries swapped in order', async () => {
    const [, third, fourth] = records;
    await db.transaction('rw', db.records, async () => {
      await db.records.bulkDelete([third!.id, fourth!.id]);
      await db.records.bulkAdd([
        { ...third!, seq: 4 },
        { ...fourth!, seq: 3 },
      ]);
    });
    expect((await verifyRetentionLog(db)).firstBroken?.seq).toBe(3);
  });

  it('catches an edit whose hash was recomputed, at the link after it', async () => {
    const edited = { ...records[1]!, text: 'nothing to see here' };
    await db.records.put({ ...edited, hash: hashChainEntry(edited) });

    const result = await verifyRetentionLog(db);
    expect(result.firstBroken).toEqual({
      seq: 4,
      reason: expect.stringMatching(/link to the previous entry/),
    });
  });
});
