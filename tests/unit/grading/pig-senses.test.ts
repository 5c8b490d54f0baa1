// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { gradeWithShippedModel } from './test-grader';

// "Pigs" is the insult police pages get most; "pig out" and "pigs in a blanket" are a verb and a
// dish (offensive-language.ts). Examples ours.
describe('pigs', () => {
  it.each([
    'piggies out in full force at the crawfish boil lmaooo',
    'piggies out on Juniper tonight, if you been drinking take the back roads home',
  ])('called officers, is Offensive: %s', (text) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBe(7);
    expect(grade.reasons[0]?.text).toBe('Dehumanising insult');
  });

  it.each([
    'we pigged out at the fish fry',
    'the kids always pig out on pancakes at the fire hall breakfast',
    'pigs in a blanket at the bake sale!',
    'three little piggies in the petting zoo',
    'Pig roast fundraiser this Saturday',
  ])('as food or farm animals, is not: %s', (text) => {
    expect(gradeWithShippedModel({ text }).level).toBeLessThan(7);
  });
});
