import { GRADE_LABELS, TERMS_CLAUSES } from '@/lib/grading/grade';
import type { RetentionLogRow as Row } from '@/lib/records/query-records';
import { CommentCell } from './comment-cell';
import { PLATFORM_HIDE_LABELS, PLATFORM_NAMES, localDateTime, ordinal } from './display-format';
import { PosterCell } from './poster-cell';

/** One hidden comment: what was hidden, why, by whom, and what has been done since. */
export function RetentionLogRow({
  row: { record, status },
  violation,
}: {
  row: Row;
  violation: number | null;
}) {
  const { original } = status;
  const actions = [
    status.userContacted && 'User contacted',
    status.supervisorNotified && 'Supervisor notified',
    status.banned && 'Banned',
  ].filter(Boolean);

  return (
    <tr>
      <td className="nowrap">
        <time dateTime={record.hiddenAt} title={record.hiddenAt}>
          {localDateTime(record.hiddenAt)}
        </time>
      </td>
      <td>{PLATFORM_NAMES[record.platform]}</td>
      <PosterCell poster={record.poster} />
      <CommentCell record={record} />
      <td>
        <span className={`level level-${status.level}`}>
          {status.level} · {GRADE_LABELS[status.level]}
        </span>
        {status.level !== original.level && (
          <span className="muted">
            corrected from {original.level} · {GRADE_LABELS[original.level]}
          </span>
        )}
      </td>
      <td>
        <abbr title={TERMS_CLAUSES[status.clause]}>{status.clause}</abbr>
        {status.clause !== original.clause && <span className="muted">corrected from {original.clause}</span>}
      </td>
      <td>
        {record.moderator.name}
        <span className="muted">ID {record.moderator.idNumber}</span>
      </td>
      <td>
        <span className={`badge badge-${status.platformHide}`}>
          {PLATFORM_HIDE_LABELS[status.platformHide]}
        </span>
        {actions.map((action) => (
          <span key={action as string} className="muted">
            {action}
          </span>
        ))}
      </td>
      <td className={violation && violation > 1 ? 'violation repeat' : 'violation'}>
        {violation ? `${ordinal(violation)} violation` : <span className="muted">Poster not identified</span>}
      </td>
    </tr>
  );
}
