import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useLogFilters } from '../../../components/log/log-filters-store';
import { RetentionLogPage } from '../../../components/log/retention-log-page';
import type { RetentionDatabase } from '../../../lib/records/retention-database';
import { freshRetentionDatabase } from '../records/retention-fixtures';

/**
 * Each test gets its own empty log, empty extension storage and cleared filters. Returns a
 * getter because the database is made in beforeEach.
 */
export function withFreshLogPage(): () => RetentionDatabase {
  let db: RetentionDatabase;
  beforeEach(() => {
    db = freshRetentionDatabase();
    fakeBrowser.reset();
    useLogFilters.getState().clearFilters();
  });
  afterEach(async () => {
    cleanup();
    await db.delete();
  });
  return () => db;
}

export function renderLogPage(db: RetentionDatabase) {
  return render(<RetentionLogPage db={db} />);
}
