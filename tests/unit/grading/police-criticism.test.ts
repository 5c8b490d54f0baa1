// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createEvidenceCollector } from '../../../lib/grading/grading-evidence';
import { loadGradingModelFromFile } from '../../../scripts/grading/load-model';
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

// The offensive head learned offence from tweets, where political insult counts; on its own it read
// these (ours, never trained on) as offensive. The page head, which has also read our police-page
// comments, disagrees, and the model alone grades Offensive only when both agree (model-scores.ts).
describe('criticism the tweets alone would call offensive', () => {
  const evidence = createEvidenceCollector(loadGradingModelFromFile());

  it.each([
    'Disgraceful how your deputies treated that family at the fair.',
    'You people are clueless about what actually happens on our street.',
    'Typical. Harass the kids at the skate park and ignore the dealers on Elm.',
    'Absolutely shameful how this page hides every critical comment.',
    "The sheriff should be voted out, he's a disgrace.",
    'Your deputies act like bullies at every traffic stop.',
  ])('is below Offensive, the page head disagreeing: %s', (text) => {
    const { scores } = evidence({ text });
    expect(scores.offensive).toBeGreaterThanOrEqual(0.5);
    expect(scores.pageOffensive).toBeLessThan(0.5);
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBeLessThan(7);
    expect(grade.clause).toBeUndefined();
    expect(grade.signals.offensive).toBeLessThan(0.5);
  });

  it.each([
    "You're a pathetic excuse for a human being",
    "You're a spineless coward hiding behind a badge",
    'You are the dumbest person I have ever met',
    'What a waste of oxygen that deputy is',
  ])('leaves insults with no listed word Offensive, both heads agreeing: %s', (text) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBe(7);
    expect(grade.clause).toBe('a');
    expect(grade.reasons[0]?.text).toMatch(/\(model\)/);
  });
});
