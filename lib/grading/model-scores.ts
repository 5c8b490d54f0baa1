import type { FeatureBuffer } from './feature-hashing';
import type { GradingModel, WordUnitsHead } from './grading-model';

/** What the linear heads say about one comment, calibrated: 0.5 is the tuned decision point. */
export interface ModelScores {
  /** Offensive as the tweets read it (the offensive head). */
  offensive: number;
  /**
   * Offensive as a police page reads it (the page head, pageOffensive): the tweets' head alone,
   * trained where political insult is offence, read harsh but protected criticism of the
   * department ("speed traps are a money grab") as offensive; the page head has also learned
   * from our police-page comments. The model alone grades a comment Offensive only when both
   * agree (choose-level.ts).
   */
  pageOffensive: number;
  complaint: number;
  /** How much the comment reads like the threats we wrote (threat head); 0.5 is the decision point. */
  threat: number;
  sentiment: { negative: number; neutral: number; positive: number };
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Reused across calls: scoring allocates only the returned object. */
const logits = new Float64Array(7);

/**
 * Raw head logits before calibration, in HEAD_NAMES order (offensive, negative, neutral,
 * positive, complaint, threat, pageOffensive), word units included; the array is reused by the
 * next call.
 */
export function headLogits(model: GradingModel, features: FeatureBuffer): Float64Array {
  const weights = model.weights;
  const index = features.index;
  const value = features.value;
  // Seven heads, unrolled; the words' own features may arrive already summed (`folded`).
  const folded = features.folded;
  let h0 = folded[0] as number;
  let h1 = folded[1] as number;
  let h2 = folded[2] as number;
  let h3 = folded[3] as number;
  let h4 = folded[4] as number;
  let h5 = folded[5] as number;
  let h6 = folded[6] as number;
  for (let f = 0; f < features.count; f++) {
    const base = (index[f] as number) * 7;
    const v = value[f] as number;
    h0 += (weights[base] as number) * v;
    h1 += (weights[base + 1] as number) * v;
    h2 += (weights[base + 2] as number) * v;
    h3 += (weights[base + 3] as number) * v;
    h4 += (weights[base + 4] as number) * v;
    h5 += (weights[base + 5] as number) * v;
    h6 += (weights[base + 6] as number) * v;
  }
  const scales = model.scales;
  const biases = model.biases;
  logits[0] = h0 * (scales[0] as number) + (biases[0] as number);
  logits[1] = h1 * (scales[1] as number) + (biases[1] as number);
  logits[2] = h2 * (scales[2] as number) + (biases[2] as number);
  logits[3] = h3 * (scales[3] as number) + (biases[3] as number);
  logits[4] = h4 * (scales[4] as number) + (biases[4] as number);
  logits[5] = h5 * (scales[5] as number) + (biases[5] as number);
  logits[6] = h6 * (scales[6] as number) + (biases[6] as number);
  // Version 2: the word units (max over the comment's listed words) add to their heads.
  const vectors = model.wordVectors;
  if (vectors !== undefined && features.unitWords > 0) {
    const units = features.unitBytes;
    const heads = vectors.heads;
    for (let k = 0; k < heads.length; k++) {
      const { head, from, weights: out, offset } = heads[k] as WordUnitsHead;
      let sum = offset;
      for (let u = 0; u < out.length; u++) sum += (out[u] as number) * (units[from + u] as number);
      logits[head] = (logits[head] as number) + sum;
    }
  }
  return logits;
}

export function scoreComment(model: GradingModel, features: FeatureBuffer): ModelScores {
  const logits = headLogits(model, features);
  const cal = model.header.calibration;
  const neg = (logits[1] as number) + cal.sentiment[0];
  const neu = (logits[2] as number) + cal.sentiment[1];
  const pos = (logits[3] as number) + cal.sentiment[2];
  const top = Math.max(neg, neu, pos);
  const en = Math.exp(neg - top);
  const eu = Math.exp(neu - top);
  const ep = Math.exp(pos - top);
  const sum = en + eu + ep;
  return {
    offensive: sigmoid((logits[0] as number) - cal.offensive),
    pageOffensive: sigmoid((logits[6] as number) - cal.pageOffensive),
    complaint: sigmoid((logits[4] as number) - cal.complaint),
    threat: sigmoid((logits[5] as number) - cal.threat),
    sentiment: { negative: en / sum, neutral: eu / sum, positive: ep / sum },
  };
}
