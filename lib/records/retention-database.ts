import Dexie, { type EntityTable } from 'dexie';
import type { RecordEvent, RetentionRecord } from './retention-record';

export const RETENTION_DATABASE_NAME = 'civic-moderator-retention';

/**
 * The retention log: hidden comments (`records`) and what happened to them later (`events`),
 * both links of one hash chain ordered by `seq`. Only the background writes it; pages read it.
 */
export class RetentionDatabase extends Dexie {
  declare records: EntityTable<RetentionRecord, 'id'>;
  declare events: EntityTable<RecordEvent, 'id'>;

  constructor(name: string = RETENTION_DATABASE_NAME) {
    super(name);
    // Never edit a version once it has shipped (and never one with an upgrade function):
    // browsers already hold data in this shape. Add version(2) with an upgrade instead.
    this.version(1).stores({
      records:
        'id, &seq, hiddenAt, platform, level, clause, [platform+hiddenAt], poster.handle, poster.userId, platformCommentId',
      events: 'id, &seq, recordId, at',
    });
  }
}

/** Opens the extension's retention log; tests pass their own name so each gets a fresh log. */
export function openRetentionDatabase(name: string = RETENTION_DATABASE_NAME): RetentionDatabase {
  return new RetentionDatabase(name);
}
