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

// Rhetorical questions that accuse (bait-rules.ts); examples ours.
describe('rhetorical questions', () => {
  it.each([
    "How's that good old boy network working out for y'all?",
    "Is there one deputy who lives on our side of town? Didn't think so.",
    "What's the going rate to make a DUI disappear around here?",
    "Where's the same energy for the mayor's nephew?",
  ])('is bait: %s', (text) => {
    expect(gradeWithShippedModel({ text }).level).toBe(6);
  });

  it.each([
    "How's the new schedule working out for the deputies?",
    "I didn't think so either, the parade route changed",
  ])('is not: %s', (text) => {
    expect(gradeWithShippedModel({ text }).level).not.toBe(6);
  });
});
