// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gradeWithShippedModel } from './test-grader';

// Sexual come-ons to officers on duty (offensive-language.ts). Examples ours.
describe('a come-on to an officer', () => {
  it.each([
    'the new trooper is hot af, she can cuff me any night 😏',
    'Deputy K can pat me down anytime 😉',
    'that dispatcher could get it ngl 🍑',
    "Officer T. is so fine, I'd let him frisk me anytime",
  ])('is Offensive, sexual content: %s', (text) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBe(7);
    expect(grade.clause).toBe('a');
    expect(grade.reasons[0]?.text).toBe('Sexual content');
  });

  it.each([
    'You can search me anytime, I have nothing to hide',
    "It's hot out but the gate officers can search me anytime, no problem",
    'Anyone who needs a smoke detector can get it free at the station',
    'The officer said he could cuff me any time he wanted, is that legal?',
  ])('is not, without a flirting word: %s', (text) => {
    expect(gradeWithShippedModel({ text }).level).toBeLessThan(7);
  });
});
