import { EVERYDAY_COMMENTS } from '../../tests/unit/grading/everyday-comments';
import { OFFENSIVE_PROBES } from '../../tests/unit/grading/offensive-probes';
import { POLICE_PAGE_SUITE } from '../../tests/unit/grading/police-page-suite';
import { isThreatProbe, THREAT_PROBES } from '../../tests/unit/grading/threat-probes';
import type { Example } from './datasets';
import { harmlessTwin } from './harmless-twins';

/**
 * What the threat head learns from. No shared data set labels threats, so its threats are our
 * own, written for the tests: the threat probes' direct and normative threats and the police-page
 * suite's level 8 (label 1), against their look-alikes (counter-speech, negations, idioms, news),
 * the suite's other levels, the offensive probes, everyday police-page comments and each threat's
 * harmless twin (harmless-twins.ts) (label 0). The shared tweets add the everyday
 * language that is no threat. `leaveOut` drops texts, to measure the head on rows it has not seen
 * (threat-cv.ts).
 */
export function threatExamples(everyday: Example[], leaveOut: ReadonlySet<string> = new Set()): Example[] {
  const ours = Object.values(ourThreatExamples())
    .flat()
    .filter((e) => !leaveOut.has(e.text));
  const twins: Example[] = [];
  ours.forEach((e, i) => {
    const twin = e.label === 1 ? harmlessTwin(e.text, i) : undefined;
    if (twin !== undefined) twins.push({ text: twin, label: 0 });
  });
  // Our look-alikes are few beside the tweets but are the hard cases: each counts as a threat does.
  const hard = [...ours, ...twins].map((e) => (e.label === 0 ? { ...e, weight: OUR_NEGATIVE_WEIGHT } : e));
  return [...hard, ...everyday.map((e) => ({ ...e, label: 0, weight: TWEET_WEIGHT }))];
}

const OUR_NEGATIVE_WEIGHT = 20;
/**
 * The tweets count thrice: at once the head read short tweets about tonight and watching as veiled
 * threats (28 of 49,513 dataset texts graded 8, 13 at three; held-out threats 68% → 66%).
 */
const TWEET_WEIGHT = 3;

/** Our hand-written rows, list by list, each in the order it was written (batch by batch). */
export function ourThreatExamples(): Record<'probes' | 'suite' | 'offensive' | 'everyday', Example[]> {
  return {
    probes: THREAT_PROBES.map((p) => ({
      text: p.text,
      label: isThreatProbe(p) ? 1 : 0,
    })),
    suite: POLICE_PAGE_SUITE.map((c) => ({ text: c.text, label: c.level === 8 ? 1 : 0 })),
    offensive: OFFENSIVE_PROBES.map((p) => ({ text: p.text, label: 0 })),
    everyday: EVERYDAY_COMMENTS.map((c) => ({ text: c.text, label: 0 })),
  };
}

/** Threats are few beside the tweets: each counts twenty times, as each of our look-alikes does. */
export const THREAT_CLASS_WEIGHTS = [1, 20];
