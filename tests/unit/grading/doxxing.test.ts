// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gradeWithShippedModel } from './test-grader';

// Where an officer lives is information that endangers them (clause f); "lives on" of a memory or
// a side of town is not (terms-violations.ts). Examples ours.
describe('where someone lives', () => {
  it.each(['the sergeant lives on Maple behind the church', 'that deputy lives at the end of Oak Ln'])(
    'is a Terms violation: %s',
    (text) => {
      const grade = gradeWithShippedModel({ text });
      expect(grade.clause).toBe('f');
    },
  );

  it.each([
    'K9 Rex, your memory lives on in our hearts',
    'Is there one deputy who lives on our side of town?',
    'his legacy lives on through the scholarship',
  ])('is not: %s', (text) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBeLessThan(7);
    expect(grade.clause).toBeUndefined();
  });
});
