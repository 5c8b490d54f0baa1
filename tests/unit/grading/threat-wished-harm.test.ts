// @vitest-environment node
import { describe, it } from 'vitest';
import { expectNoThreat, expectThreatByRule } from './threat-expectations';

// Harm wished on officers from an armed stranger or a disaster (threat-rules-wished-harm.ts),
// and the same wishes where no one would be hurt (examples ours).
describe('harm wished from someone or something else', () => {
  it.each([
    'Praying the next car he pulls over has a gun in the glove box and a guy who isnt scared to use it',
    'I hope the next guy that deputy stops is armed and quicker on the draw',
    'praying that refinery blows up right in the middle of the sheriffs press conference',
    'wish the fire at the mill took the cops with it',
    // "didn't" in "shame … didn't" wishes it, it negates nothing
    "shame the flood didn't take the sheriff with it",
  ])('is Threatening, found by a rule: %s', expectThreatByRule);

  it.each([
    'hope the next driver you stop has a valid license lol',
    'hope the old jail comes down this year, its an eyesore',
    'praying the bridge doesnt collapse while everyone is stuck in traffic on it',
    'the storm took the power lines and the fence with it',
  ])('is not a threat: %s', expectNoThreat);
});

// From the misses of batches 51–57 (rules read them after the batches joined; examples ours,
// reworded): the weapon prayed for, violence asked after, violence cheered in advance.
describe('harm prayed for, asked after or cheered', () => {
  it.each([
    'praying for a bullet to find that sergeant 🙏',
    "I'm praying for a car bomb at the chief's press conference",
    "why hasn't anybody shot that motorcycle cop yet",
    'about time someone opened fire on these thugs with badges',
    "I'd cheer if somebody torched the substation",
  ])('is Threatening: %s', expectThreatByRule);

  it.each([
    'Praying for a bullet proof vest for every deputy this christmas',
    'Please pray for the officer shot last night',
    "Why hasn't anyone shot a video of the crash on Main yet?",
    "I'd cheer if someone finally fixed the potholes",
  ])('is below Offensive: %s', expectNoThreat);
});
