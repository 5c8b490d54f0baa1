// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gradeWithShippedModel } from './test-grader';

// Tips for breaking the law and getting away with it (illegal-activity.ts). Examples ours.
describe('a tip for getting away with it', () => {
  it.each([
    'pro tip: take the back road around the checkpoint on Route 6, they never put a cruiser there',
    'just smoke your weed out by the dry lake, the deputies never check back there',
    'Dont pay the toll, just gun it through the booth. they never chase anybody',
    'park in the fire lane at the rodeo, nobody watching after 9',
  ])('encourages illegal activity: %s', (text) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBe(7);
    expect(grade.clause).toBe('a');
    expect(grade.reasons[0]?.text).toBe('Encourages illegal activity');
  });

  it.each([
    'The cops never check the park at night and kids sell pills there, please do something',
    'People smoke weed by the reservoir every night and nobody ever checks',
    'I take the back road to work because the highway is always jammed',
    'They never patrol our street, people do 80 through here',
  ])('a complaint or a habit is not: %s', (text) => {
    expect(gradeWithShippedModel({ text }).level).toBeLessThan(7);
  });
});
