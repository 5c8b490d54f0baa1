// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gradeWithShippedModel } from './test-grader';

// Levels 1–6 the rules' phrases do not reach, read by the level heads (choose-level.ts). Examples
// ours, invented, never trained on.
describe('levels the rules alone misread', () => {
  it.each([
    'Do your officers get a bonus for every ticket or is it just for fun?',
    'Funny how the cameras always stop working when it matters, right?',
    "Who exactly are you protecting and serving, because it sure isn't us.",
  ])('bait, not a question to answer: %s', (text) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBe(6);
    expect(grade.clause).toBeUndefined();
    expect(grade.signals.instigating).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    "Your department quietly dropped the charges against the councilman's son last month.",
    "The city pays the sheriff's office per arrest, that's why they hit the east side so hard.",
    'Half the patrol cars sit in the lot because nobody maintains them.',
    'They only started the curfew so they could search teenagers without cause.',
  ])('a claim to check, flagged for review: %s', (text) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBe(5);
    expect(grade.needsReview).toBe(true);
    expect(grade.clause).toBeUndefined();
  });

  it('a concern to acknowledge', () => {
    const text =
      "The officer at the front desk wouldn't take my statement and told me to come back next week.";
    expect(gradeWithShippedModel({ text }).level).toBe(4);
  });

  it('praise, not a question', () => {
    const text = 'The school resource officer at our elementary is the best, my son adores her.';
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBe(1);
    expect(grade.reasons[0]?.text).toMatch(/\(model\)/);
  });
});

describe('levels the rules read, which stand', () => {
  it.each([
    ['When does registration open for the citizen academy this spring?', 3],
    ['How do I get a copy of the crash report for my insurance company?', 3],
    ['I called about the fireworks on our block three nights running and nobody ever came.', 4],
    ['Thank you to the deputies who directed traffic at the parade.', 1],
    ['So how many more kids have to get hurt before you people actually do something?', 6],
  ] as const)('with the rule’s reason and span: %s', (text, level) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBe(level);
    expect(grade.reasons[0]?.span).toBeDefined();
    expect(grade.reasons[0]?.text).not.toMatch(/\(model\)/);
  });
});
