// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { levelExamples } from '../../../scripts/grading/level-examples';
import { pageOffensiveExamples } from '../../../scripts/grading/page-offensive-examples';
import { ourThreatExamples } from '../../../scripts/grading/threat-examples';
import { HELD_OUT_COMMENTS, HELD_OUT_THREATS } from './held-out-batch';

// The held-out batch measures the engine only if nothing learns from it.
describe('the held-out batch', () => {
  it('is in no head’s training rows', () => {
    const learned = new Set(
      [...Object.values(ourThreatExamples()).flat(), ...pageOffensiveExamples(), ...levelExamples([])].map(
        (e) => e.text,
      ),
    );
    const held = [...HELD_OUT_THREATS, ...HELD_OUT_COMMENTS].map((c) => c.text);
    expect(held.filter((text) => learned.has(text))).toEqual([]);
  });

  it('holds 250 threats and look-alikes and 292 ordinary comments, each once', () => {
    const held = [...HELD_OUT_THREATS, ...HELD_OUT_COMMENTS].map((c) => c.text);
    expect(HELD_OUT_THREATS.filter((t) => t.threat)).toHaveLength(150);
    expect(HELD_OUT_COMMENTS).toHaveLength(292);
    expect(new Set(held).size).toBe(held.length);
  });
});
