import { useEffect, useState } from 'react';
import { GRADE_LABELS, type Level } from '@/lib/grading/grade';
import type { PageSummary } from '@/lib/messaging/messages';

export type PageState = { kind: 'described'; summary: PageSummary } | { kind: 'not-a-platform-page' };

const PLATFORM_NAMES = { facebook: 'Facebook', x: 'X', instagram: 'Instagram' } as const;
const LEVELS = Object.keys(GRADE_LABELS).map(Number) as Level[];

/** The popup: this page at a glance — counts per level, what is still unhandled, adapter health. */
export function PageAtAGlance({
  load,
  onOpenLog,
}: {
  load: () => Promise<PageState>;
  onOpenLog: () => void;
}) {
  const [state, setState] = useState<PageState | null>(null);
  useEffect(() => {
    void load().then(setState);
  }, [load]);

  return (
    <main className="popup">
      <h1>Civic Moderator</h1>
      {state === null && <p>Reading this page…</p>}
      {state?.kind === 'not-a-platform-page' && (
        <p>Open a post on your department&apos;s Facebook, X or Instagram page to see its comments graded.</p>
      )}
      {state?.kind === 'described' && <Summary summary={state.summary} />}
      <button type="button" onClick={onOpenLog}>
        Open retention log
      </button>
    </main>
  );
}

function Summary({ summary }: { summary: PageSummary }) {
  const platform = PLATFORM_NAMES[summary.platform];
  return (
    <>
      {summary.layoutChanged && (
        <div className="layout-warning" role="alert">
          <strong>{platform}&apos;s page layout changed.</strong> Some comments could not be read; grade and
          log them by hand until Civic Moderator is updated.
          <ul>
            {summary.problems.map((problem) => (
              <li key={`${problem.field} ${problem.selector}`}>
                {problem.field}: {problem.reason} (<code>{problem.selector}</code>)
              </li>
            ))}
          </ul>
        </div>
      )}
      <p>
        {summary.comments} public comments on this {platform} page.
      </p>
      <p className={summary.unhandled > 0 ? 'unhandled' : undefined}>
        {summary.unhandled > 0
          ? `${summary.unhandled} offensive or threatening not yet hidden & logged`
          : 'Nothing offensive or threatening left unhandled'}
        {summary.hiddenAndLogged > 0 && ` · ${summary.hiddenAndLogged} hidden & logged`}
        {summary.needsReview > 0 && ` · ${summary.needsReview} to review`}
      </p>
      <table aria-label="Comments per level">
        <tbody>
          {LEVELS.map((level) => (
            <tr key={level} data-level={level}>
              <th scope="row">
                {level} · {GRADE_LABELS[level]}
              </th>
              <td>{summary.byLevel[level] ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
