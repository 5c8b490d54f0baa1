import { useMemo } from 'react';
import { queryRecords } from '@/lib/records/query-records';
import { violationNumbers } from '@/lib/records/repeat-offenders';
import type { RetentionDatabase } from '@/lib/records/retention-database';
import { verifyChain } from '@/lib/records/verify-chain';
import { ExportCsvButton } from './export-csv-button';
import { LogFilters } from './log-filters';
import { useLogFilters } from './log-filters-store';
import { LogHeader } from './log-header';
import { ModeratorSettingsForm } from './moderator-settings-form';
import { RetentionLogTable } from './retention-log-table';
import { useRetentionLog } from './use-retention-log';

/**
 * The records officer's view of every hidden comment: filter, verify, export. Read-only: only
 * the background writes the log.
 */
export function RetentionLogPage({ db }: { db: RetentionDatabase }) {
  const log = useRetentionLog(db);
  const filters = useLogFilters((state) => state.filters);
  const verification = useMemo(() => log && verifyChain([...log.records, ...log.events]), [log]);
  const violations = useMemo(() => violationNumbers(log?.records ?? []), [log]);
  const rows = useMemo(() => (log ? queryRecords(log.records, log.events, filters) : []), [log, filters]);

  return (
    <main className="retention-log">
      <LogHeader recordCount={log?.records.length} shownCount={rows.length} verification={verification} />
      <ModeratorSettingsForm />
      <section className="log-tools" aria-label="Filters and export">
        <LogFilters />
        <ExportCsvButton rows={rows} events={log?.events ?? []} />
      </section>
      {!log ? (
        <p className="empty">Loading the retention log…</p>
      ) : log.records.length === 0 ? (
        <p className="empty">
          No hidden comments have been logged yet. Comments hidden with “Hide &amp; log” appear here.
        </p>
      ) : rows.length === 0 ? (
        <p className="empty">No logged comments match these filters.</p>
      ) : (
        <RetentionLogTable rows={rows} violations={violations} />
      )}
    </main>
  );
}
