import type { FeatureBuffer } from './feature-hashing';
import type { GradingModel } from './grading-model';

/** What the linear heads say about one comment, calibrated: 0.5 is the tuned decision point. */
export interface ModelScores {
  offensive: number;
  hate: number;
  complaint: number;
  sentiment: { negative: number; neutral: number; positive: number };
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Reused across calls: scoring allocates only the returned object. */
const logits = new Float64Array(16);

/** Raw head logits before calibration, in HEAD_NAMES order; the array is reused by the next call. */
export function headLogits(model: GradingModel, features: FeatureBuffer): Float64Array {
  const heads = model.headCount;
  const weights = model.weights;
  logits.fill(0, 0, heads);
  for (let f = 0; f < features.count; f++) {
    const base = (features.index[f] ?? 0) * heads;
    const v = features.value[f] ?? 0;
    for (let h = 0; h < heads; h++) logits[h] = (logits[h] ?? 0) + (weights[base + h] ?? 0) * v;
  }
  for (let h = 0; h < heads; h++)
    logits[h] = (logits[h] ?? 0) * (model.scales[h] ?? 1) + (model.biases[h] ?? 0);
  return logits;
}

export function scoreComment(model: GradingModel, features: FeatureBuffer): ModelScores {
  const logits = headLogits(model, features);
  const cal = model.header.calibration;
  const neg = (logits[2] ?? 0) + cal.sentiment[0];
  const neu = (logits[3] ?? 0) + cal.sentiment[1];
  const pos = (logits[4] ?? 0) + cal.sentiment[2];
  const top = Math.max(neg, neu, pos);
  const en = Math.exp(neg - top);
  const eu = Math.exp(neu - top);
  const ep = Math.exp(pos - top);
  const sum = en + eu + ep;
  return {
    offensive: sigmoid((logits[0] ?? 0) - cal.offensive),
    hate: sigmoid((logits[1] ?? 0) - cal.hate),
    complaint: sigmoid((logits[5] ?? 0) - cal.complaint),
    sentiment: { negative: en / sum, neutral: eu / sum, positive: ep / sum },
  };
}
