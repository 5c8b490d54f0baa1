import { describe, expect, it } from 'vitest';
import { recordStatus } from '../../../lib/records/record-status';
import { storedEvent, storedRecord } from './stored-fixtures';

describe('recordStatus', () => {
  it('starts as logged: not hidden on the platform yet, no actions, the original grade', () => {
    expect(recordStatus(storedRecord(1, { note: 'slur in reply' }), [])).toEqual({
      platformHide: 'not-attempted',
      userContacted: false,
      supervisorNotified: false,
      banned: false,
      level: 7,
      clause: 'a',
      note: 'slur in reply',
      original: { level: 7, clause: 'a', note: 'slur in reply' },
      corrections: [],
    });
  });

  it('takes the latest platform hide attempt, whatever order the events arrive in', () => {
    const record = storedRecord(1);
    const events = [
      storedEvent(3, record.id, { kind: 'platform-hide', status: 'confirmed', detail: 'retried' }),
      storedEvent(2, record.id, { kind: 'platform-hide', status: 'failed', detail: 'menu not found' }),
    ];
    expect(recordStatus(record, events).platformHide).toBe('confirmed');
  });

  it('records the actions taken', () => {
    const record = storedRecord(1, { level: 8 });
    const status = recordStatus(record, [
      storedEvent(2, record.id, {
        kind: 'platform-hide',
        status: 'unavailable',
        detail: 'X has no hide here',
      }),
      storedEvent(3, record.id, { kind: 'supervisor-notified', detail: 'Sgt. on duty' }),
      storedEvent(4, record.id, { kind: 'user-contacted', detail: 'DM sent' }),
      storedEvent(5, record.id, { kind: 'banned', detail: 'second violation' }),
    ]);
    expect(status).toMatchObject({
      platformHide: 'unavailable',
      supervisorNotified: true,
      userContacted: true,
      banned: true,
    });
  });

  it('applies corrections on top of the original, which it keeps', () => {
    const record = storedRecord(1);
    const status = recordStatus(record, [
      storedEvent(
        2,
        record.id,
        { kind: 'correction', field: 'level', value: '8', detail: '' },
        '2026-11-20T19:00Z',
      ),
      storedEvent(3, record.id, { kind: 'correction', field: 'clause', value: 'f', detail: '' }),
      storedEvent(4, record.id, { kind: 'correction', field: 'note', value: 'names an address', detail: '' }),
    ]);
    expect(status).toMatchObject({ level: 8, clause: 'f', note: 'names an address' });
    expect(status.original).toEqual({ level: 7, clause: 'a', note: '' });
    expect(status.corrections[0]).toEqual({
      field: 'level',
      from: '7',
      to: '8',
      at: '2026-11-20T19:00Z',
      by: 'Specialist Lee Okafor',
    });
  });

  it("ignores other records' events and corrections to impossible values", () => {
    const record = storedRecord(1);
    const status = recordStatus(record, [
      storedEvent(2, 'record-2', { kind: 'banned', detail: '' }),
      storedEvent(3, record.id, { kind: 'correction', field: 'level', value: '12', detail: '' }),
    ]);
    expect(status).toMatchObject({ banned: false, level: 7, corrections: [] });
  });
});
