/**
 * Decision thresholds tuned on validation scores. Tuning on the same split we report on makes
 * the reported figures slightly optimistic; the model card says so.
 */

export interface BinaryCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function countBinary(predicted: boolean[], actual: boolean[]): BinaryCounts {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  predicted.forEach((p, i) => {
    const a = actual[i];
    if (p && a) c.tp++;
    else if (p) c.fp++;
    else if (a) c.fn++;
    else c.tn++;
  });
  return c;
}

export function f1(c: BinaryCounts): number {
  return c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
}

/** Mean of the F1 of "yes" and the F1 of "no". */
export function macroF1(c: BinaryCounts): number {
  return (f1(c) + f1({ tp: c.tn, tn: c.tp, fp: c.fn, fn: c.fp })) / 2;
}

export function macroRecall(predicted: number[], actual: number[], classes: number): number {
  let sum = 0;
  for (let k = 0; k < classes; k++) {
    let hit = 0;
    let total = 0;
    actual.forEach((a, i) => {
      if (a !== k) return;
      total++;
      if (predicted[i] === k) hit++;
    });
    sum += total === 0 ? 0 : hit / total;
  }
  return sum / classes;
}

/** The logit threshold that maximises `score` over the candidate cut points. */
export function bestThreshold(
  logits: number[],
  actual: boolean[],
  score: (c: BinaryCounts) => number,
): number {
  let best = 0;
  let bestScore = -1;
  for (let t = -4; t <= 4; t += 0.05) {
    const s = score(
      countBinary(
        logits.map((l) => l >= t),
        actual,
      ),
    );
    if (s > bestScore + 1e-9) {
      bestScore = s;
      best = Math.round(t * 100) / 100;
    }
  }
  return best;
}

/** Offsets added to the negative and positive logits (neutral fixed at 0) that maximise macro-recall. */
export function bestSentimentOffsets(
  logits: [number, number, number][],
  actual: number[],
): [number, number, number] {
  let best: [number, number, number] = [0, 0, 0];
  let bestScore = -1;
  for (let neg = -1.5; neg <= 1.5; neg += 0.05) {
    for (let pos = -1.5; pos <= 1.5; pos += 0.05) {
      const predicted = logits.map(([n, u, p]) => {
        const a = n + neg;
        const c = p + pos;
        return a >= u && a >= c ? 0 : c >= u ? 2 : 1;
      });
      const s = macroRecall(predicted, actual, 3);
      if (s > bestScore + 1e-9) {
        bestScore = s;
        best = [Math.round(neg * 100) / 100, 0, Math.round(pos * 100) / 100];
      }
    }
  }
  return best;
}
