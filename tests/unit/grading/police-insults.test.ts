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

// More of the same, from the shapes blind batch 39 showed (examples ours).
describe('abbreviations, the finger and pig slang', () => {
  it.each([
    ['FTP all day', 'Profanity'],
    ['F.T.P.', 'Profanity'],
    ['fck12 every last one of you', 'Profanity'],
    ['🖕 sheriffs office', 'Profanity'],
    ['you smell that? bacon 🥓', 'Dehumanising insult'],
    ['pork chops rolling down Main again', 'Dehumanising insult'],
    ['🐷🚓 out on the highway tonight', 'Dehumanising insult'],
    ['that trooper is fine as hell, he can put me in cuffs anytime 🥵', 'Sexual content'],
  ])('is Offensive: %s', (text, reason) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBe(7);
    expect(grade.reasons[0]?.text).toBe(reason);
  });

  it.each(['upload the report to the ftp server', 'pork chops on the grill tonight'])(
    'is not: %s',
    (text) => {
      expect(gradeWithShippedModel({ text }).level).toBeLessThan(7);
    },
  );

  it('reads a quoted call for an illegal act, condemned, as a mention', () => {
    const grade = gradeWithShippedModel({
      text: "Screenshotting this before it's deleted: 'Gonna torch the tow lot.' Reported. Do better.",
    });
    expect(grade.level).toBeLessThan(7);
    expect(grade.clause).toBeUndefined();
  });
});

// Officers named by what they wear (dehumanising-insults.ts; from batches 72–78, reworded).
describe('vermin in uniform', () => {
  it.each(['Roaches in uniform', 'Rats with badges, every one of you'])(
    'is a dehumanising insult: %s',
    (text) => {
      const grade = gradeWithShippedModel({ text });
      expect(grade.level).toBe(7);
      expect(grade.reasons[0]?.text).toBe('Dehumanising insult');
    },
  );

  it.each([
    'There were rats in the blue dumpster behind the station',
    'Roaches in the uniform closet again, call an exterminator',
  ])('is not: %s', (text) => {
    expect(gradeWithShippedModel({ text }).level).toBeLessThan(7);
  });
});

// People called apes, knuckle draggers or a waste of oxygen (from dev batches 84–87, reworded),
// and the same words of animals and of time.
describe('more dehumanising insults', () => {
  it.each([
    'Cops are a waste of oxygen, every last one of them',
    "You're a bunch of inbred knuckle draggers with badges",
    'yall are knuckle dragging apes',
  ])('is Offensive: %s', (text) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBe(7);
    expect(grade.reasons[0]?.text).toBe('Dehumanising insult');
  });

  it.each([
    'The apes at the zoo are the best exhibit, thanks officers for the escort',
    'cops are a waste of time to call for a stolen bike, nobody came',
  ])('is not: %s', (text) => {
    expect(gradeWithShippedModel({ text }).level).toBeLessThan(7);
  });
});
