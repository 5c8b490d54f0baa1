import { retentionLogToCsv } from '@/lib/records/csv-export';
import type { RetentionLogRow } from '@/lib/records/query-records';
import type { RecordEvent } from '@/lib/records/retention-record';
import { localIsoDate } from './display-format';
import { downloadTextFile } from './download-file';

interface Props {
  /** The records the filters currently show: the export is exactly what the officer sees. */
  rows: RetentionLogRow[];
  events: RecordEvent[];
}

export function ExportCsvButton({ rows, events }: Props) {
  const exportCsv = () => {
    const csv = retentionLogToCsv(
      rows.map((row) => row.record),
      events,
    );
    downloadTextFile(`civic-moderator-retention-${localIsoDate()}.csv`, csv, 'text/csv;charset=utf-8');
  };
  return (
    <button type="button" className="button-primary" onClick={exportCsv} disabled={rows.length === 0}>
      Export CSV
    </button>
  );
}
