import { afterEach, describe, expect, it } from 'vitest';
import { appendRecordEvent, appendRetentionRecord } from '../../../lib/records/append-record';
import { GENESIS_HASH, hashChainEntry } from '../../../lib/records/chain-hash';
import type { RetentionDatabase } from '../../../lib/records/retention-database';
import { RetentionRecordSchema, type RetentionRecordDraft } from '../../../lib/records/retention-record';
import { verifyRetentionLog } from '../../../lib/records/verify-chain';
import { OFFICER_REYES, freshRetentionDatabase, hiddenCommentDraft } from './retention-fixtures';

let db: RetentionDatabase;
afterEach(async () => {
  await db?.delete();
});

describe('appendRetentionRecord', () => {
  it('logs the hidden comment with id, sequence and a hash linked to the start of the log', async () => {
    db = freshRetentionDatabase();
    const record = await appendRetentionRecord(db, hiddenCommentDraft());

    expect(RetentionRecordSchema.parse(record)).toEqual(record);
    expect(record).toMatchObject({
      schemaVersion: 1,
      seq: 1,
      prevHash: GENESIS_HASH,
      text: 'F*#K these pigs',
    });
    expect(record.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(record.hash).toBe(hashChainEntry(record));
    expect(await db.records.get(record.id)).toEqual(record);
  });

  it('links each record to the one before it', async () => {
    db = freshRetentionDatabase();
    const first = await appendRetentionRecord(db, hiddenCommentDraft());
    const second = await appendRetentionRecord(db, hiddenCommentDraft({ platformCommentId: '2003' }));

    expect(second.seq).toBe(2);
    expect(second.prevHash).toBe(first.hash);
    expect(second.id).not.toBe(first.id);
  });

  it('gives concurrent hides distinct places in the chain', async () => {
    db = freshRetentionDatabase();
    const drafts = ['1', '2', '3', '4', '5'].map((id) => hiddenCommentDraft({ platformCommentId: id }));
    const records = await Promise.all(drafts.map((draft) => appendRetentionRecord(db, draft)));

    expect(records.map((r) => r.seq).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(await verifyRetentionLog(db)).toEqual({ ok: true, entries: 5 });
  });

  it('refuses a draft with bad fields, names them, and writes nothing', async () => {
    db = freshRetentionDatabase();
    const bad = {
      ...hiddenCommentDraft(),
      clause: 'g',
      moderator: { name: '', idNumber: '4471' },
    } as unknown as RetentionRecordDraft;

    const refusal = appendRetentionRecord(db, bad);
    await expect(refusal).rejects.toThrow(/nothing was written/);
    await expect(refusal).rejects.toThrow(/clause/);
    await expect(refusal).rejects.toThrow(/moderator\.name/);
    expect(await db.records.count()).toBe(0);
  });

  it('refuses a hidden-at time without a time zone', async () => {
    db = freshRetentionDatabase();
    await expect(
      appendRetentionRecord(db, hiddenCommentDraft({ hiddenAt: '2026-11-20 17:02' })),
    ).rejects.toThrow(/hiddenAt/);
    expect(await db.records.count()).toBe(0);
  });
});

describe('appendRecordEvent', () => {
  it('puts events in the same chain as records', async () => {
    db = freshRetentionDatabase();
    const record = await appendRetentionRecord(db, hiddenCommentDraft());
    const at = new Date('2026-11-20T17:02:05.000Z');
    const event = await appendRecordEvent(
      db,
      record.id,
      OFFICER_REYES,
      { kind: 'platform-hide', status: 'confirmed', detail: 'Facebook shows the comment as hidden' },
      at,
    );
    const next = await appendRetentionRecord(db, hiddenCommentDraft({ platformCommentId: '2004' }));

    expect(event).toMatchObject({ recordId: record.id, seq: 2 });
    expect(Date.parse(event.at)).toBe(at.getTime());
    expect(event.at).toMatch(/[+-]\d\d:\d\d$/);
    expect(event.prevHash).toBe(record.hash);
    expect(event.hash).toBe(hashChainEntry(event));
    expect(next).toMatchObject({ seq: 3, prevHash: event.hash });
    expect(await verifyRetentionLog(db)).toEqual({ ok: true, entries: 3 });
  });

  it('refuses an event for a record that is not in the log', async () => {
    db = freshRetentionDatabase();
    await appendRetentionRecord(db, hiddenCommentDraft());
    await expect(
      appendRecordEvent(db, 'no-such-record', OFFICER_REYES, { kind: 'user-contacted', detail: 'Messenger' }),
    ).rejects.toThrow(/no retention record has id no-such-record/);
    expect(await db.events.count()).toBe(0);
  });

  it('refuses a correction to a level that does not exist', async () => {
    db = freshRetentionDatabase();
    const record = await appendRetentionRecord(db, hiddenCommentDraft());
    await expect(
      appendRecordEvent(db, record.id, OFFICER_REYES, {
        kind: 'correction',
        field: 'level',
        value: '9',
        detail: 'typo',
      }),
    ).rejects.toThrow(/value/);
    expect(await db.events.count()).toBe(0);
  });

  it('refuses an event without a moderator', async () => {
    db = freshRetentionDatabase();
    const record = await appendRetentionRecord(db, hiddenCommentDraft());
    await expect(
      appendRecordEvent(
        db,
        record.id,
        { name: 'Officer Dana Reyes', idNumber: '' },
        { kind: 'banned', detail: '' },
      ),
    ).rejects.toThrow(/idNumber/);
    expect(await db.events.count()).toBe(0);
  });
});
