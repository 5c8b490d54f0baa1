// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gradeWithShippedModel } from './test-grader';

// The reason on the card names what the moderator is looking at (examples ours): a loaded question
// is a question, a slogan or a jibe is a provocation, and both are bait, never hideable.
describe('why a comment is bait', () => {
  it.each(['ACAB', 'typical cops smh', 'another isolated incident I guess', 'defund the police'])(
    'a provocation is not called a question: %s',
    (text) => {
      const grade = gradeWithShippedModel({ text });
      expect(grade.level).toBe(6);
      expect(grade.reasons[0]?.text).toBe('Provocation meant to bait a reply');
      expect(grade.clause).toBeUndefined();
    },
  );

  it.each(['MPD, do you support the killing of unarmed people?', 'Is this what my taxes pay for?'])(
    'a loaded question is called one: %s',
    (text) => {
      const grade = gradeWithShippedModel({ text });
      expect(grade.level).toBe(6);
      expect(grade.reasons[0]?.text).toBe('Loaded or provocative question meant to bait a reply');
    },
  );
});
