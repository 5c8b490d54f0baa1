// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gradeWithShippedModel } from './test-grader';

// Insults police pages get that the word lists missed: "bacon" for officers, sound-alike
// spellings, abusive phrases with a mild word in them (offensive-language.ts). Examples ours.
describe('insults aimed at officers', () => {
  it.each([
    ['smell bacon? oh wait its just the sheriffs office', 'Dehumanising insult'],
    ["bacon's on patrol on Levee Rd tonight, smell em a mile away", 'Dehumanising insult'],
    ['here comes the bacon 🐷', 'Dehumanising insult'],
    ['jerkoff cops', 'Profanity'],
    ['what a bunch of azzholes', 'Profanity'],
    ['hey fatass, lay off the donuts', 'Profanity'],
    ['porcos do caralho', 'Profanity'],
    ['you can all go to h*ll', 'Profanity'],
    ['shove your speed trap up your @ss', 'Profanity'],
    ['kiss my a**', 'Profanity'],
    ['cheap fireworks from my guy, no tax no questions, the pigs never check', 'Dehumanising insult'],
  ])('is Offensive: %s', (text, reason) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBe(7);
    expect(grade.reasons[0]?.text).toBe(reason);
    // No slur hides in a masked mild word ("a**" is not "abo"): clause a, not b.
    expect(grade.clause).toBe('a');
  });

  it.each([
    'I can smell the bacon from here, see you at the pancake breakfast',
    'Coffee with a cop this Saturday, bacon and eggs on us',
    'no cop is a pig, they are our neighbours',
    'my grandpa says go to the hellfire chili cookoff, best in the parish',
  ])('is not: %s', (text) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBeLessThan(7);
    expect(grade.clause).toBeUndefined();
  });
});
