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

// From the level-7 misses of batches 72–78 (examples ours, reworded): "a snack", "thicc", "I'd
// let her cuff me", "arrest me baby", "I'd get arrested on purpose", "sounds hot on the radio",
// "needs to get laid"; and the same words said of heat, food, a search, asphalt and layoffs.
describe('more come-ons to officers', () => {
  it.each([
    'The new deputy at the front desk is a snack 🥵',
    'Sgt P looking thicc in that dress uniform 🍑',
    "I'd let Officer T cuff me 😉",
    'the lady trooper on the bike... arrest me baby',
    "that new officer is hot af, I'd get arrested on purpose",
    'Dispatcher sounds sexy on the radio ngl 😍',
    'That sergeant sounds like he needs to get laid',
  ])('is Offensive, sexual content: %s', (text) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBe(7);
    expect(grade.reasons[0]?.text).toBe('Sexual content');
  });

  it.each([
    'The officers directing traffic look so hot in those uniforms, someone bring them water',
    'That chili at the cookoff was a snack and a half',
    "I'd let them search me, I have nothing to hide",
    'The dispatcher sounds calm on the radio, great job',
    'I need to get laid off work early tomorrow, can someone cover',
    'The new asphalt needs to get laid before winter',
  ])('is not: %s', (text) => {
    expect(gradeWithShippedModel({ text }).level).toBeLessThan(7);
  });
});

// Come-ons of dev batches 84–87, reworded: a stop wished for, tight pants, a voice on the line;
// and the same words in a uniform review or a traffic stop.
describe('come-ons about stops, pants and voices', () => {
  it.each([
    'Deputy L can pull me over any day 😏',
    'Those tight uniform pants on the new trooper 🍑',
    'Nice bulge in the uniform pic, sergeant 👀',
    'the new dispatcher sounds hot, might call just to hear her 😍',
    'Deputy K could arrest me and I would make him enjoy it 😏',
    'Unas chulas las oficiales nuevas 😏 me dejo arrestar cuando quieran',
  ])('is Offensive, sexual content: %s', (text) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBe(7);
    expect(grade.reasons[0]?.text).toBe('Sexual content');
  });

  it.each([
    'pull me over anytime, I have nothing to hide',
    'those uniform pants look warm for winter patrol, nice upgrade 🔥',
    'the new dispatcher sounds calm even on the worst calls',
  ])('is not: %s', (text) => {
    expect(gradeWithShippedModel({ text }).level).toBeLessThan(7);
  });
});
