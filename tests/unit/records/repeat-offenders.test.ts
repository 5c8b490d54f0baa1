import { afterEach, describe, expect, it } from 'vitest';
import { appendRetentionRecord } from '../../../lib/records/append-record';
import {
  countEarlierHides,
  earlierHidesOf,
  isSamePoster,
  repeatOffenderAction,
  violationNumbers,
} from '../../../lib/records/repeat-offenders';
import type { RetentionDatabase } from '../../../lib/records/retention-database';
import { freshRetentionDatabase, hiddenCommentDraft } from './retention-fixtures';
import { storedRecord } from './stored-fixtures';

const poster = (
  name: string | null,
  handle: string | null,
  userId: string | null,
  profileUrl: string | null = null,
) => ({
  name,
  handle,
  profileUrl,
  userId,
});

describe('isSamePoster', () => {
  const jordan = storedRecord(1);

  it('matches by user id when both records have one, even after a rename', () => {
    const renamed = storedRecord(2, { poster: poster('J. B.', 'jb_new', '100000000000077') });
    const otherPerson = storedRecord(3, {
      poster: poster('Jordan Blake', 'jordan.blake.77', '100000000000099'),
    });
    expect(isSamePoster(jordan, renamed)).toBe(true);
    expect(isSamePoster(jordan, otherPerson)).toBe(false);
  });

  it('falls back to the handle (any case), then the profile URL', () => {
    const byHandle = storedRecord(2, { poster: poster(null, 'Jordan.Blake.77', null) });
    const byUrl = storedRecord(3, { poster: poster(null, null, null, 'https://x.com/gravel_mouth') });
    const sameUrl = storedRecord(4, { poster: poster('G', null, null, 'https://x.com/gravel_mouth') });
    expect(isSamePoster(jordan, byHandle)).toBe(true);
    expect(isSamePoster(byUrl, sameUrl)).toBe(true);
  });

  it('never matches across platforms or an unidentified poster', () => {
    const onX = storedRecord(2, { platform: 'x' });
    const unknown = storedRecord(3, { poster: poster('Jordan Blake', null, null) });
    expect(isSamePoster(jordan, onX)).toBe(false);
    expect(isSamePoster(unknown, { ...unknown })).toBe(false);
  });
});

describe('violation counts', () => {
  const records = [
    storedRecord(1),
    storedRecord(2, { poster: poster('Sam Ortiz', 'sam.ortiz', '100000000000055') }),
    storedRecord(3, { poster: poster('Jordan Blake', 'jordan.blake.77', null) }),
    storedRecord(4, { poster: poster(null, null, null) }),
    storedRecord(5),
  ];

  it('numbers each hide per poster: 1st, 2nd, 3rd', () => {
    const numbers = violationNumbers(records);
    expect([...numbers.values()]).toEqual([1, 1, 2, null, 3]);
    expect(earlierHidesOf(records[4]!, records)).toBe(2);
  });

  it('suggests contact on a first violation and a ban after', () => {
    expect(repeatOffenderAction(0)).toBe('remove-and-contact');
    expect(repeatOffenderAction(1)).toBe('ban');
  });
});

describe('countEarlierHides', () => {
  let db: RetentionDatabase;
  afterEach(async () => {
    await db.delete();
  });

  it('counts the poster’s hides already in the log', async () => {
    db = freshRetentionDatabase();
    await appendRetentionRecord(db, hiddenCommentDraft());
    await appendRetentionRecord(db, hiddenCommentDraft({ platform: 'instagram' }));
    await appendRetentionRecord(db, hiddenCommentDraft({ poster: poster('Sam Ortiz', 'sam.ortiz', null) }));

    expect(await countEarlierHides(db, hiddenCommentDraft())).toBe(1);
    expect(await countEarlierHides(db, { platform: 'x', poster: poster(null, 'nobody_yet', null) })).toBe(0);
  });
});
