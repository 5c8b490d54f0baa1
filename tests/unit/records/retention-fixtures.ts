import { openRetentionDatabase, type RetentionDatabase } from '../../../lib/records/retention-database';
import type { Moderator, RetentionRecordDraft } from '../../../lib/records/retention-record';

/** Invented people only. */
export const OFFICER_REYES: Moderator = { name: 'Officer Dana Reyes', idNumber: '4471' };
export const SPECIALIST_OKAFOR: Moderator = { name: 'Specialist Lee Okafor', idNumber: 'C-0912' };

/** A fresh, empty retention log per test, so tests never see each other's entries. */
export function freshRetentionDatabase(): RetentionDatabase {
  return openRetentionDatabase(`retention-test-${crypto.randomUUID()}`);
}

/** A level-7 Facebook hide as the background would log it; override what a test is about. */
export function hiddenCommentDraft(overrides: Partial<RetentionRecordDraft> = {}): RetentionRecordDraft {
  return {
    platform: 'facebook',
    pageUrl: 'https://www.facebook.com/examplevillepd/posts/1001',
    permalink: 'https://www.facebook.com/examplevillepd/posts/1001?comment_id=2002',
    platformCommentId: '2002',
    isReply: false,
    parentCommentId: null,
    poster: {
      name: 'Jordan Blake',
      handle: 'jordan.blake.77',
      profileUrl: 'https://www.facebook.com/jordan.blake.77',
      userId: '100000000000077',
    },
    text: 'F*#K these pigs',
    textTruncated: false,
    postedAt: '2026-11-20T14:02:00.000Z',
    postedAtText: '3h',
    capturedAt: '2026-11-20T17:01:30.000Z',
    hiddenAt: '2026-11-20T17:02:00.000Z',
    moderator: OFFICER_REYES,
    level: 7,
    gradeSource: 'engine',
    engineGrade: { level: 7, confidence: 0.93 },
    clause: 'a',
    note: '',
    screenshot: null,
    ...overrides,
  };
}
