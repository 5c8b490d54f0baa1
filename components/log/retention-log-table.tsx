import type { RetentionLogRow as Row } from '@/lib/records/query-records';
import { RetentionLogRow } from './retention-log-row';

interface Props {
  rows: Row[];
  /** Which violation each record is for its poster, counted over the whole log. */
  violations: Map<string, number | null>;
}

export function RetentionLogTable({ rows, violations }: Props) {
  return (
    <div className="table-scroll">
      <table className="log-table" aria-label="Hidden comments">
        <thead>
          <tr>
            <th scope="col">Hidden at</th>
            <th scope="col">Platform</th>
            <th scope="col">Poster</th>
            <th scope="col">Comment</th>
            <th scope="col">Level</th>
            <th scope="col">Clause</th>
            <th scope="col">Moderator</th>
            <th scope="col">Hidden on platform</th>
            <th scope="col">Repeat offender</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <RetentionLogRow
              key={row.record.id}
              row={row}
              violation={violations.get(row.record.id) ?? null}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
