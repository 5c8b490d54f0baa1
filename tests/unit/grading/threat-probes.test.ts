// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isThreatProbe, THREAT_PROBES } from './threat-probes';
import { gradeWithShippedModel } from './test-grader';

// Threats and their look-alikes (written by us): a threat is Threatening with clause a; counter-speech,
// negations, idioms and news stay below Offensive and carry no clause.
describe('threat probes', () => {
  const graded = THREAT_PROBES.filter((p) => !p.knownMiss);
  const threats = graded.filter(isThreatProbe);
  const lookalikes = graded.filter((p) => !isThreatProbe(p));

  for (const p of THREAT_PROBES.filter((probe) => probe.knownMiss))
    it.todo(`known miss (${p.knownMiss ?? ''}): ${p.text}`);

  it.each(threats.map((p) => [p.kind, p.text] as const))('%s threat is Threatening: %s', (_kind, text) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBe(8);
    // Clause a; f when only the threat head read the threat and the rules found information that
    // endangers someone in it (an address, a schedule), which leads the reasons.
    const endangers = grade.reasons[0]?.text === 'Shares information that could endanger someone';
    expect(grade.clause).toBe(endangers ? 'f' : 'a');
    if (endangers) expect(grade.needsReview).toBe(true);
    // 0.9 or more when a rule found it; the threat head's own probability (past 0.5) when it did.
    expect(grade.signals.threat).toBeGreaterThanOrEqual(0.5);
  });

  it.each(lookalikes.map((p) => [p.kind, p.text] as const))('%s is not a threat: %s', (_kind, text) => {
    const grade = gradeWithShippedModel({ text });
    expect(grade.level).toBeLessThan(7);
    expect(grade.clause).toBeUndefined();
    expect(grade.signals.threat).toBeLessThan(0.5);
  });
});
