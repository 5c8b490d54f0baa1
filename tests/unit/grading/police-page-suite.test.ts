// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { GRADE_LABELS } from '../../../lib/grading/grade';
import { POLICE_PAGE_SUITE } from './police-page-suite';
import { gradeWithShippedModel } from './test-grader';

// The hand-written police-page comments (written by us) grade as a moderator would grade them.
describe('police-page suite', () => {
  for (const c of POLICE_PAGE_SUITE.filter((comment) => comment.knownMiss))
    it.todo(`known miss (${c.knownMiss ?? ''}): ${c.text}`);

  const graded = POLICE_PAGE_SUITE.filter((comment) => !comment.knownMiss);
  it.each(graded.map((c) => [`${c.level} ${GRADE_LABELS[c.level]}`, c.text, c] as const))(
    'grades as %s: %s',
    (_label, _text, comment) => {
      const grade = gradeWithShippedModel(comment);
      expect(grade.level).toBe(comment.level);
      expect(grade.label).toBe(GRADE_LABELS[comment.level]);
    },
  );

  it('grades the eight examples of the grading table exactly as DESIGN.md lists them', () => {
    const table = [
      ['This is great, I Love MPD', 1],
      ['Other departments should do this', 2],
      ['When will you be hiring again?', 3],
      ['I went to file a report and the officer refused', 4],
      ['MPD is arresting peaceful protesters', 5],
      ['MPD, do you support the killing of unarmed people?', 6],
      ['F*#K these pigs', 7],
      ["I'm going to kill the next officer who stops me.", 8],
    ] as const;
    expect(table.map(([text]) => gradeWithShippedModel({ text }).level)).toEqual(
      table.map(([, level]) => level),
    );
  });

  it('never gives a clause to criticism (levels 2–6) and always gives one to a hide (7–8)', () => {
    for (const comment of POLICE_PAGE_SUITE) {
      const grade = gradeWithShippedModel(comment);
      if (grade.level >= 7) expect(grade.clause, comment.text).toBeDefined();
      else expect(grade.clause, comment.text).toBeUndefined();
    }
  });

  it('flags every factual claim about the department for review', () => {
    for (const comment of POLICE_PAGE_SUITE.filter((c) => c.level === 5))
      expect(gradeWithShippedModel(comment).needsReview, comment.text).toBe(true);
  });
});
