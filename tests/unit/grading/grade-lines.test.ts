// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { GradeSchema } from '../../../lib/grading/grade';
import { gradeJsonLine } from '../../../scripts/grading/grade-lines';
import { gradeWithShippedModel } from './test-grader';

// `npm run grade`: one output line per input line, errors in place, never a crash.
describe('grade lines', () => {
  it('grades a comment line, with the display name', () => {
    const out = JSON.parse(
      gradeJsonLine('{"text":"When will you be hiring again?","author":"Dana R"}', 1, gradeWithShippedModel),
    );
    expect(GradeSchema.parse(out).level).toBe(3);
  });

  it('answers a bad line with an error naming the line', () => {
    expect(JSON.parse(gradeJsonLine('not json', 3, gradeWithShippedModel))).toEqual({
      error: 'line 3: not valid JSON',
    });
    expect(JSON.parse(gradeJsonLine('{"txt":"hi"}', 4, gradeWithShippedModel)).error).toMatch(
      /^line 4: .*text/,
    );
    expect(JSON.parse(gradeJsonLine('', 5, gradeWithShippedModel)).error).toMatch(/^line 5:/);
  });
});
