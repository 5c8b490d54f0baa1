// @vitest-environment node
import { describe, it } from 'vitest';
import { expectNoThreat, expectThreatByRule } from './threat-expectations';

// Threats told by what is left afterwards (threat-rules-aftermath.ts and the veiled rule for "a
// visit he won't recover from"), and the same words where they threaten no one (examples ours).
describe('threats told by their aftermath', () => {
  it.each([
    "Y'all need to go over there and teach him a lesson he doesnt wake up from",
    // "recover" after a negation is no wish for a recovery
    "gonna pay that deputy a visit he won't recover from",
    'give that sergeant a beating he wont recover from',
    "he won't be walking after I'm done with him",
    'you arrested my brother for nothing. you wont be walking after',
    'the chief better have good life insurance',
    'hope the sheriff has his will written',
    'the bayou out back is deep enough for all of them',
    'me and a gallon of gas are paying the sheriffs annex a visit real soon',
  ])('is Threatening, found by a rule: %s', expectThreatByRule);

  it.each([
    "my grandpa won't be walking after the surgery, prayers appreciated",
    'we gave the Tigers a beating they wont recover from at the game friday',
    'the lake is deep enough for boats again this year',
    'the harbor is deep enough for the big ships now',
    'officers should have good life insurance, the job is dangerous',
    'bought two gallons of gas, paying my sister a visit upstate',
    'hope grandma has her will in order before the move',
    "teach that kid a lesson he'll never forget: a ride along with the deputies",
  ])('is not a threat: %s', expectNoThreat);
});
