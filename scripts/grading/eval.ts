import { createGrader } from '../../lib/grading';
import { GRADE_LABELS, type Grade, type Level } from '../../lib/grading/grade';
import { HELD_OUT_COMMENTS, HELD_OUT_THREATS } from '../../tests/unit/grading/held-out-batch';
import { POLICE_PAGE_SUITE } from '../../tests/unit/grading/police-page-suite';
import { isThreatProbe, THREAT_PROBES } from '../../tests/unit/grading/threat-probes';
import { countBinary, f1, macroF1, macroRecall, type BinaryCounts } from './calibration';
import {
  loadComplaints,
  loadDavidsonOffensive,
  loadTweetEvalHate,
  loadTweetEvalOffensive,
  loadTweetEvalSentiment,
  type Example,
} from './datasets';
import { loadGradingModelFromFile } from './load-model';

/**
 * Validation figures for each signal, graded by the full engine (model and rules) exactly as the
 * extension grades, then accuracy per level on the hand-written police-page suite, then threats
 * and levels on a held-out batch of ours that nothing was built around.
 */

const grade = createGrader(loadGradingModelFromFile());

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function describe(c: BinaryCounts): string {
  const precision = c.tp / Math.max(1, c.tp + c.fp);
  const recall = c.tp / Math.max(1, c.tp + c.fn);
  return `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`;
}

function binary(name: string, examples: Example[], says: (g: Grade) => boolean, score: 'macro-F1' | 'F1') {
  const counts = countBinary(
    examples.map((e) => says(grade({ text: e.text }))),
    examples.map((e) => e.label === 1),
  );
  const value = score === 'F1' ? f1(counts) : macroF1(counts);
  console.log(
    `  ${name.padEnd(44)} ${score} ${value.toFixed(3)}  (${describe(counts)}, n=${examples.length})`,
  );
  return value;
}

function sentimentOf(g: Grade): number {
  const s = g.signals.sentiment;
  return s.negative >= s.neutral && s.negative >= s.positive ? 0 : s.positive >= s.neutral ? 2 : 1;
}

console.log('Validation splits (never the held-out test data)\n');
console.log('Offensive: level 7–8 vs the rest');
binary('tweeteval_offensive val (OLID)', loadTweetEvalOffensive().val, (g) => g.level >= 7, 'macro-F1');
binary('davidson2017, our seeded 10% split', loadDavidsonOffensive().val, (g) => g.level >= 7, 'macro-F1');
console.log('Hate against a group: level 7–8 vs the rest');
binary('tweeteval_hate val', loadTweetEvalHate().val, (g) => g.level >= 7, 'macro-F1');
console.log('Sentiment: 3-way argmax of signals.sentiment');
const sentiment = loadTweetEvalSentiment().val;
const predicted = sentiment.map((e) => sentimentOf(grade({ text: e.text })));
console.log(
  `  ${'tweeteval_sentiment val'.padEnd(44)} macro-recall ${macroRecall(
    predicted,
    sentiment.map((e) => e.label),
    3,
  ).toFixed(3)}  (n=${sentiment.length})`,
);
console.log('Complaint: signals.complaint ≥ 0.5');
binary('complaints, our seeded 20% split', loadComplaints().val, (g) => g.signals.complaint >= 0.5, 'F1');

console.log('\nHand-written police-page suite (tests/unit/grading/police-page-suite.ts)\n');
const graded = POLICE_PAGE_SUITE.map((c) => ({ c, g: grade(c) }));
const threats = graded.filter(({ c }) => c.trap === 'direct-threat' || c.trap === 'normative-threat');
const notThreats = graded.filter(({ c }) =>
  ['counter-speech', 'negation', 'idiom', 'news'].includes(c.trap ?? ''),
);
console.log(
  `  direct/normative threats graded Threatening: ${threats.filter(({ g }) => g.level === 8).length}/${threats.length} (${pct(threats.filter(({ g }) => g.level === 8).length / threats.length)})`,
);
console.log(
  `  counter-speech/negated/idiom/news graded below Offensive: ${notThreats.filter(({ g }) => g.level < 7).length}/${notThreats.length} (${pct(notThreats.filter(({ g }) => g.level < 7).length / notThreats.length)})`,
);
const probes = THREAT_PROBES.map((p) => ({ p, g: grade({ text: p.text }) }));
const probeThreats = probes.filter(({ p }) => isThreatProbe(p));
const probeLookalikes = probes.filter(({ p }) => !isThreatProbe(p));
const caught = probeThreats.filter(({ g }) => g.level === 8).length;
const spared = probeLookalikes.filter(({ g }) => g.level < 7).length;
console.log(
  `  threat probes (tests/unit/grading/threat-probes.ts; the threat head learns from them, so a fit, not a measure): ${caught}/${probeThreats.length} threats Threatening (${pct(caught / probeThreats.length)}), ${spared}/${probeLookalikes.length} look-alikes below Offensive (${pct(spared / probeLookalikes.length)})`,
);
// Known misses are todos in the probes (their count is enough here); any other miss is news.
let known = 0;
for (const { p, g } of probes) {
  const threat = isThreatProbe(p);
  if (!(threat ? g.level !== 8 : g.level >= 7)) continue;
  if (p.knownMiss) known++;
  else console.log(`    missed ${p.kind}, got ${g.level}: ${p.text}`);
}
console.log(`    of the misses, ${known} are known (todos in the probes, most from blind batches)`);

console.log('  accuracy per level:');
for (const level of [8, 7, 6, 5, 4, 3, 2, 1] as Level[]) {
  const rows = graded.filter(({ c }) => c.level === level);
  const right = rows.filter(({ g }) => g.level === level).length;
  console.log(
    `  ${`${level} ${GRADE_LABELS[level]}`.padEnd(16)} ${right}/${rows.length}  ${pct(right / Math.max(1, rows.length))}`,
  );
}
const right = graded.filter(({ c, g }) => c.level === g.level).length;
console.log(`  ${'all'.padEnd(16)} ${right}/${graded.length}  ${pct(right / graded.length)}`);
const misses = graded.filter(({ c, g }) => c.level !== g.level);
if (misses.length > 0) {
  console.log('\n  Misgraded:');
  for (const { c, g } of misses)
    console.log(`    expected ${c.level}, got ${g.level} (${g.reasons[0]?.text}): ${c.text}`);
}

console.log('\nHeld-out batch (tests/unit/grading/held-out-batch.ts: never trained, tuned or widened on)\n');
const heldThreats = HELD_OUT_THREATS.map((t) => ({ t, g: grade({ text: t.text }) }));
const heldOut = (kinds: string[]) => {
  const rows = heldThreats.filter(({ t }) => kinds.includes(t.kind));
  const right = rows.filter(({ t, g }) => (t.threat ? g.level === 8 : g.level < 7)).length;
  return `${right}/${rows.length} (${pct(right / Math.max(1, rows.length))})`;
};
console.log(`  direct and normative threats graded Threatening: ${heldOut(['direct', 'normative'])}`);
console.log(`  veiled threats graded Threatening: ${heldOut(['veiled'])}`);
console.log(`  Spanish threats graded Threatening: ${heldOut(['spanish'])}`);
console.log(
  `  counter-speech, negations, idioms, news, criticism below Offensive: ${heldOut(['counter-speech', 'negation', 'idiom', 'news', 'criticism'])}`,
);
const heldComments = HELD_OUT_COMMENTS.map((c) => ({ c, g: grade({ text: c.text }) }));
console.log(
  `  ordinary comments graded Threatening: ${heldComments.filter(({ g }) => g.level === 8).length}/${heldComments.length}`,
);
console.log('  ordinary comments, accuracy per level:');
for (const level of [7, 6, 5, 4, 3, 2, 1] as Level[]) {
  const rows = heldComments.filter(({ c }) => c.level === level);
  const right = rows.filter(({ g }) => g.level === level).length;
  console.log(
    `  ${`${level} ${GRADE_LABELS[level]}`.padEnd(16)} ${right}/${rows.length}  ${pct(right / Math.max(1, rows.length))}`,
  );
}
const heldRight = heldComments.filter(({ c, g }) => c.level === g.level).length;
console.log(
  `  ${'all'.padEnd(16)} ${heldRight}/${heldComments.length}  ${pct(heldRight / heldComments.length)}`,
);
