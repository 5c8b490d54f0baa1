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

// "In" made any pig an animal ("pigs in a blanket"); officers are pigs in uniform too (from the
// level-7 misses of batches 72–78; examples ours, reworded).
describe('pigs in uniform', () => {
  it.each([
    'Swine in uniform, all of them',
    'the sergeant is a pig in a hat',
    'pigs in a blanket, that is what yall are. fat lazy pigs',
  ])('called officers, is Offensive: %s', (text) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBe(7);
    expect(grade.reasons[0]?.text).toBe('Dehumanising insult');
  });

  it.each([
    'There were cockroaches in the holding cell again',
    'pigs in the mud at the county fair, the kids loved it',
    'Found two dead pigs in the creek by the farm road',
  ])('as animals, is not: %s', (text) => {
    expect(gradeWithShippedModel({ text }).level).toBeLessThan(7);
  });
});
