import { EVERYDAY_COMMENTS } from '../../tests/unit/grading/everyday-comments';
import { isOffensiveProbe, OFFENSIVE_PROBES } from '../../tests/unit/grading/offensive-probes';
import { POLICE_PAGE_SUITE } from '../../tests/unit/grading/police-page-suite';
import { isThreatProbe, THREAT_PROBES } from '../../tests/unit/grading/threat-probes';
import type { Example } from './datasets';

/**
 * What the page head (pageOffensive) learns from beyond the offensive head's tweets: our own
 * police-page comments, where offence is what a page's Terms of Use forbid and harsh criticism
 * of the department is not. Insults and abuse (level 7) are offensive (label 1); praise,
 * questions, complaints, claims and bait (levels 1–6), the threat probes' look-alikes
 * (counter-speech, negations, idioms, news) and the offensive probes' look-alikes are not. Threats
 * are left to the threat rules and the threat head: taught here, they would teach that any word
 * of violence is offence. All written by us (invented), in tests/unit/grading.
 */
export function pageOffensiveExamples(): Example[] {
  return [
    ...EVERYDAY_COMMENTS.map((c) => ({ text: c.text, label: c.level === 7 ? 1 : 0 })),
    ...THREAT_PROBES.filter((p) => !isThreatProbe(p)).map((p) => ({ text: p.text, label: 0 })),
    ...OFFENSIVE_PROBES.map((p) => ({ text: p.text, label: isOffensiveProbe(p) ? 1 : 0 })),
    ...POLICE_PAGE_SUITE.filter((c) => c.level !== 8).map((c) => ({
      text: c.text,
      label: c.level === 7 ? 1 : 0,
    })),
  ];
}
