import { expect } from 'vitest';
import { gradeWithShippedModel } from './test-grader';

/** Threatening with clause a, the threat signal past 0.5: found by a rule or by the head. */
export function expectThreat(text: string) {
  const grade = gradeWithShippedModel({ text });
  expect(grade.level).toBe(8);
  expect(grade.clause).toBe('a');
  expect(grade.signals.threat).toBeGreaterThanOrEqual(0.5);
}

/** Threatening, found by a rule: the threat head alone flags its finds for review. */
export function expectThreatByRule(text: string) {
  expectThreat(text);
  expect(gradeWithShippedModel({ text }).needsReview).toBe(false);
}

/** Below Offensive, with no clause to cite. */
export function expectNoThreat(text: string) {
  const grade = gradeWithShippedModel({ text });
  expect(grade.level).toBeLessThan(7);
  expect(grade.clause).toBeUndefined();
}
