// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { OFFENSIVE_PROBES, isOffensiveProbe } from './offensive-probes';
import { gradeWithShippedModel } from './test-grader';

// Offensive comments and their look-alikes (written by us): an offensive comment is Offensive
// (or Threatening) with the clause a hide would cite and the evidence highlighted; a look-alike
// stays below Offensive and carries no clause.
const CLAUSES: Partial<Record<string, string[]>> = {
  'group-hate': ['b'],
  'display-name': ['c'],
};

describe('offensive probes', () => {
  const offensive = OFFENSIVE_PROBES.filter((p) => isOffensiveProbe(p) && !p.knownMiss);
  const lookalikes = OFFENSIVE_PROBES.filter((p) => !isOffensiveProbe(p) && !p.knownMiss);

  for (const p of OFFENSIVE_PROBES.filter((probe) => probe.knownMiss))
    it.todo(`known miss (${p.knownMiss ?? ''}): ${p.text}`);

  it.each(offensive.map((p) => [p.kind, p.text, p] as const))('%s is Offensive: %s', (kind, _text, probe) => {
    const grade = gradeWithShippedModel(probe);
    expect(grade.level).toBeGreaterThanOrEqual(7);
    if (grade.level === 7) expect(CLAUSES[kind] ?? ['a', 'b']).toContain(grade.clause);
    expect(grade.reasons[0]?.span).toBeDefined();
  });

  it.each(lookalikes.map((p) => [p.kind, p.text, p] as const))(
    '%s is not Offensive: %s',
    (_kind, _text, probe) => {
      const grade = gradeWithShippedModel(probe);
      expect(grade.level).toBeLessThan(7);
      expect(grade.clause).toBeUndefined();
    },
  );
});
