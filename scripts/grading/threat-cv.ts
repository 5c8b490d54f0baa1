import type { Example } from './datasets';
import { featurise } from './featurise';
import { dot, type LinearHead } from './linear-trainer';
import { ourThreatExamples, threatExamples } from './threat-examples';

const FOLDS = 5;
const CUTS = [0.5, 0.6, 0.7, 0.8, 0.9];

/**
 * The threat head alone on our rows it has not seen: each list is cut into five runs in the order
 * it was written, so a held-out run is mostly whole blind batches, whose wording the rest has not
 * seen (a fold by position would put every batch in every fold and flatter the head). Prints, per
 * uncalibrated cut, the held-out probe threats it catches, the probe look-alikes and everyday
 * comments it flags.
 */
export function crossValidateThreatHead(
  everyday: Example[],
  bucketBits: number,
  trainHead: (rows: Example[]) => LinearHead,
): void {
  const ours = ourThreatExamples();
  const caught = CUTS.map(() => ({ threats: 0, lookalikes: 0, everyday: 0 }));
  const totals = { threats: 0, lookalikes: 0, everyday: 0 };
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = (list: Example[]) => list.filter((_, i) => Math.floor((i * FOLDS) / list.length) === fold);
    const heldOut = Object.values(ours).flatMap(held);
    const head = trainHead(threatExamples(everyday, new Set(heldOut.map((e) => e.text))));
    const score = (rows: Example[]) =>
      featurise(rows, bucketBits).map((e) => 1 / (1 + Math.exp(-dot(head, e))));
    const probes = held(ours.probes);
    const sets = {
      threats: score(probes.filter((e) => e.label === 1)),
      lookalikes: score(probes.filter((e) => e.label === 0)),
      everyday: score(held(ours.everyday)),
    };
    for (const key of Object.keys(sets) as (keyof typeof sets)[]) {
      totals[key] += sets[key].length;
      CUTS.forEach((cut, k) => {
        (caught[k] as (typeof caught)[number])[key] += sets[key].filter((p) => p >= cut).length;
      });
    }
  }
  const pct = (n: number, of: number) => `${n}/${of} (${((100 * n) / of).toFixed(1)}%)`;
  console.log('Threat head alone, 5 folds of our rows in the order written (held-out runs):');
  CUTS.forEach((cut, k) => {
    const c = caught[k] as (typeof caught)[number];
    console.log(
      `  cut ${cut.toFixed(1)}: threats caught ${pct(c.threats, totals.threats)}, look-alikes flagged ${pct(c.lookalikes, totals.lookalikes)}, everyday comments flagged ${pct(c.everyday, totals.everyday)}`,
    );
  });
}
