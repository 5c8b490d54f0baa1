import { describe, expect, it, vi } from 'vitest';
import { ToBackgroundSchema } from '@/lib/messaging/messages';
import { createMessageReceiver } from '@/lib/messaging/receive';

const OUR_ID = 'our-extension-id';

function receiverWith(handler = vi.fn(async () => ({ ok: true, grades: [] }))) {
  const log = vi.fn();
  const receive = createMessageReceiver({
    schema: ToBackgroundSchema,
    extensionId: () => OUR_ID,
    log,
    handlers: {
      'grade-comments': handler,
      'record-hide': vi.fn(async () => ({ ok: true, recordId: 'r' })),
      'report-platform-hide': vi.fn(async () => ({ ok: true })),
    },
  });
  return { receive, handler, log };
}

const gradeRequest = {
  type: 'grade-comments',
  comments: [{ key: '1', text: 'When will you be hiring again?', author: null, platform: 'x' }],
};

describe('the message receiver', () => {
  it('hands a well-formed message from our extension to its handler', async () => {
    const { receive, handler } = receiverWith();
    await expect(receive(gradeRequest, { id: OUR_ID })).resolves.toEqual({ ok: true, grades: [] });
    expect(handler).toHaveBeenCalledWith(gradeRequest, { id: OUR_ID });
  });

  it('refuses a message from another extension or a page, and says why', async () => {
    const { receive, handler, log } = receiverWith();
    const reply = await receive(gradeRequest, { id: 'someone-else' });
    expect(reply).toEqual({ ok: false, error: 'sender someone-else is not this extension' });
    expect(handler).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('message refused'));
  });

  it('refuses a message of the wrong shape and names the bad field', async () => {
    const { receive, handler } = receiverWith();
    const reply = await receive(
      { type: 'grade-comments', comments: [{ key: '1', text: 42 }] },
      { id: OUR_ID },
    );
    expect(reply).toMatchObject({ ok: false });
    expect((reply as { error: string }).error).toMatch(/malformed message[\s\S]*comments\[0\]\.text/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a message type nobody declared', async () => {
    const { receive } = receiverWith();
    const reply = await receive({ type: 'delete-everything' }, { id: OUR_ID });
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('malformed message') });
  });

  it('turns a handler failure into a refusal instead of an unhandled rejection', async () => {
    const { receive } = receiverWith(
      vi.fn(async () => {
        throw new Error('disk full');
      }),
    );
    await expect(receive(gradeRequest, { id: OUR_ID })).resolves.toEqual({
      ok: false,
      error: 'grade-comments failed: disk full',
    });
  });
});
