import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { backgroundHandlers } from '@/entrypoints/background/message-handlers';
import { ToBackgroundSchema } from '@/lib/messaging/messages';
import { createMessageReceiver } from '@/lib/messaging/receive';
import { openRetentionDatabase, type RetentionDatabase } from '@/lib/records/retention-database';
import { moderatorSetting } from '@/lib/settings/moderator-settings';
import { capturedComment } from '../../support/captured-comments';

const NOW = new Date('2026-11-21T15:30:00.000Z');
let db: RetentionDatabase;
let receive: (message: unknown, sender: { id?: string }) => Promise<unknown>;

beforeEach(async () => {
  fakeBrowser.reset();
  db = openRetentionDatabase(`handlers-${crypto.randomUUID()}`);
  receive = createMessageReceiver({
    schema: ToBackgroundSchema,
    handlers: backgroundHandlers(
      db,
      async () => [],
      () => NOW,
    ),
    extensionId: () => browser.runtime.id,
    log: () => {},
  });
  await moderatorSetting.setValue({ name: 'Dana Quill', idNumber: '4417' });
});

const recordHide = {
  type: 'record-hide',
  comment: capturedComment(),
  engineGrade: null,
  level: 7,
  clause: 'a',
  note: 'Dehumanising insult',
  gradeSource: 'moderator',
};

describe('the background', () => {
  it('writes a retention record holding who posted what, when, and the clause it broke', async () => {
    const reply = (await receive(recordHide, { id: browser.runtime.id })) as {
      ok: boolean;
      recordId: string;
    };
    expect(reply.ok).toBe(true);
    const record = await db.records.get(reply.recordId);
    expect(record).toMatchObject({
      platform: 'x',
      platformCommentId: '1859000000000000042',
      pageUrl: 'https://x.com/CityPoliceDemo/status/1859000000000000001',
      poster: { name: 'Ribbon Fernwood', handle: 'ribbonfern', profileUrl: 'https://x.com/ribbonfern' },
      text: 'F*#K these pigs',
      postedAt: '2026-11-20T14:03:00.000Z',
      moderator: { name: 'Dana Quill', idNumber: '4417' },
      level: 7,
      clause: 'a',
      note: 'Dehumanising insult',
      seq: 1,
    });
    expect(new Date(record!.hiddenAt).getTime()).toBe(NOW.getTime());
  });

  it('appends the platform hide result as an event, leaving the record as it was', async () => {
    const { recordId } = (await receive(recordHide, { id: browser.runtime.id })) as { recordId: string };
    const before = await db.records.get(recordId);
    const reply = await receive(
      {
        type: 'report-platform-hide',
        recordId,
        status: 'unavailable',
        detail: 'No "Hide reply" in the menu',
      },
      { id: browser.runtime.id },
    );
    expect(reply).toEqual({ ok: true });
    const events = await db.events.where('recordId').equals(recordId).toArray();
    expect(events.map((entry) => entry.event)).toEqual([
      { kind: 'platform-hide', status: 'unavailable', detail: 'No "Hide reply" in the menu' },
    ]);
    expect(await db.records.get(recordId)).toEqual(before);
  });

  it('refuses a record-hide of the wrong shape and writes nothing', async () => {
    const reply = await receive(
      { ...recordHide, clause: 'z', comment: { id: '' } },
      { id: browser.runtime.id },
    );
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('malformed message') });
    expect(await db.records.count()).toBe(0);
  });

  it('refuses to log a hide before the moderator has said who they are', async () => {
    await browser.storage.local.clear();
    const reply = await receive(recordHide, { id: browser.runtime.id });
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('Set your name and ID number') });
    expect(await db.records.count()).toBe(0);
  });
});
