import type { RetentionRecord } from '@/lib/records/retention-record';
import { webUrl } from './display-format';

/** The comment exactly as logged. Always text: React escapes it, it is never parsed as HTML. */
export function CommentCell({ record }: { record: RetentionRecord }) {
  const permalink = webUrl(record.permalink);
  return (
    <td className="comment">
      <p className="comment-text">{record.text}</p>
      <p className="muted">
        {record.textTruncated && <span>Cut off by the page (“See more”) · </span>}
        {permalink ? (
          <a href={permalink} target="_blank" rel="noreferrer noopener">
            View on platform
          </a>
        ) : (
          <span>No permalink</span>
        )}
      </p>
    </td>
  );
}
