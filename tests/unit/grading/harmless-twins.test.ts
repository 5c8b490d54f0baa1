// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { harmlessTwin } from '../../../scripts/grading/harmless-twins';

// The threat head's counterfactual rows (scripts/grading/harmless-twins.ts). Examples ours.
describe("a threat's harmless twin", () => {
  it('swaps the one violent verb for a kind one, in the same form', () => {
    expect(harmlessTwin("I'm going to shoot the next officer I see.", 0)).toBe(
      "I'm going to hug the next officer I see.",
    );
    expect(harmlessTwin('Deputies need to be exterminated', 1)).toBe('Deputies need to be thanked');
    expect(harmlessTwin('Killing a deputy tonight', 2)).toBe('helping a deputy tonight');
  });

  it('makes none when the threat would stay a threat or has no violent verb', () => {
    // two violent verbs: one swap leaves the other
    expect(harmlessTwin("I'll stab him and then I'll shoot his partner", 0)).toBeUndefined();
    // a harm noun stays behind
    expect(harmlessTwin("I'm going to shoot that cop, a bullet in his head", 0)).toBeUndefined();
    // veiled: nothing to swap
    expect(harmlessTwin('We know which truck is yours sergeant', 0)).toBeUndefined();
    // long threats often menace twice over
    expect(
      harmlessTwin(
        'I will find the officer who towed my car last week outside the ferry terminal and I will strangle him slowly in the lot',
        0,
      ),
    ).toBeUndefined();
  });
});
