// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gradeWithShippedModel } from './test-grader';

// Harsh criticism of the department and the officials around it, without a listed word, is
// protected speech: never hideable, whatever the model thinks of its tone (examples ours).
describe('harsh criticism without a listed word', () => {
  it.each([
    'chief you should resign in shame',
    'the judge is a coward and a disgrace, recall her',
    'THIS IS A DISGRACE. RELEASE THE FULL BODY CAM FOOTAGE NOW.',
    'The SRO should be removed from the school immediately and investigated.',
    'This department is a disgrace and the mayor knows it.',
    'Absolute clowns running this department 🤡🤡🤡 resign chief',
    'Shame on campus police for tackling a student at a peaceful protest.',
    'the sheriff is a crook and everyone knows it',
    'clowns running this whole county',
    'every guard on duty that night should be fired and prosecuted',
  ])('is below Offensive and cites no clause: %s', (text) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBeLessThan(7);
    expect(grade.clause).toBeUndefined();
  });

  it('is still Offensive with profanity in it', () => {
    expect(gradeWithShippedModel({ text: 'chief you should resign you fucking coward' }).level).toBe(7);
  });
});
