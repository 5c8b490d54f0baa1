import { useState } from 'react';
import { GRADE_LABELS, TERMS_CLAUSES, type Grade, type Level, type TermsClause } from '@/lib/grading/grade';

export interface HideChoice {
  level: Level;
  clause: TermsClause;
  note: string;
}

interface Props {
  posterName: string | null;
  text: string;
  engineGrade: Grade | null;
  onConfirm(choice: HideChoice): void;
  onCancel(): void;
}

const HIDEABLE_LEVELS: Level[] = [7, 8];

/**
 * Asks the moderator which Terms-of-Use clause a hide cites, when the engine did not find one.
 * Pages are limited public forums: criticism is never a ground, so the dialog says so when the
 * engine graded the comment as protected speech, and a clause is required to go on.
 */
export function HideAndLogDialog({ posterName, text, engineGrade, onConfirm, onCancel }: Props) {
  const engineLevel = engineGrade?.level as Level | undefined;
  const [level, setLevel] = useState<Level>(engineLevel && engineLevel >= 7 ? engineLevel : 7);
  const [clause, setClause] = useState<TermsClause | ''>(engineGrade?.clause ?? '');
  const [note, setNote] = useState('');
  const protectedSpeech = engineLevel !== undefined && engineLevel >= 2 && engineLevel <= 6;

  return (
    <div className="backdrop">
      <form
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="civic-hide-title"
        onSubmit={(event) => {
          event.preventDefault();
          if (clause) onConfirm({ level, clause, note: note.trim() });
        }}
      >
        <h2 id="civic-hide-title">Hide &amp; log comment</h2>
        <blockquote>
          <strong>{posterName ?? 'Unknown poster'}</strong>
          <span className="comment-text">{text}</span>
        </blockquote>
        {engineGrade && (
          <p className="engine">
            Engine grade: {engineGrade.level} · {engineGrade.label}
          </p>
        )}
        {protectedSpeech && (
          <p className="warning" role="alert">
            Graded {engineGrade?.label}: criticism, complaints and wrong facts are protected speech. Hide only
            for a Terms-of-Use violation.
          </p>
        )}
        <label>
          Terms-of-Use clause broken
          <select required value={clause} onChange={(event) => setClause(event.target.value as TermsClause)}>
            <option value="">Choose the clause…</option>
            {(Object.keys(TERMS_CLAUSES) as TermsClause[]).map((key) => (
              <option key={key} value={key}>
                ({key}) {TERMS_CLAUSES[key]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Level
          <select value={level} onChange={(event) => setLevel(Number(event.target.value) as Level)}>
            {HIDEABLE_LEVELS.map((value) => (
              <option key={value} value={value}>
                {value} · {GRADE_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Note for the record
          <textarea value={note} rows={3} onChange={(event) => setNote(event.target.value)} />
        </label>
        <div className="actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!clause}>
            Hide &amp; log
          </button>
        </div>
      </form>
    </div>
  );
}
