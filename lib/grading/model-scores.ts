import type { FeatureBuffer } from './feature-hashing';
import { FIRST_LEVEL_HEAD, HEAD_NAMES, type GradingModel, type WordUnitsHead } from './grading-model';

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
  /**
   * How likely each of levels 1–6 is (index 0 is level 1), as the level heads read the comment:
   * a softmax learned from our police-page comments, summing to 1; empty without a model.
   */
  levels: number[];
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

function softmax(values: Float64Array, from: number, count: number): number[] {
  let top = -Infinity;
  for (let k = from; k < from + count; k++) top = Math.max(top, values[k] as number);
  const out = new Array<number>(count);
  let sum = 0;
  for (let k = 0; k < count; k++) sum += out[k] = Math.exp((values[from + k] as number) - top);
  for (let k = 0; k < count; k++) out[k] = (out[k] as number) / sum;
  return out;
}

/** Where the touching reads go, so the compiler keeps them. */
const touches = { sink: 0 };

/** Reused across calls: scoring allocates only the returned object and its level array. */
const logits = new Float64Array(HEAD_NAMES.length);

/**
 * Raw head logits before calibration, in HEAD_NAMES order (offensive, negative, neutral,
 * positive, complaint, threat, pageOffensive, the six levels), word units included; the array is
 * reused by the next call.
 */
export function headLogits(model: GradingModel, features: FeatureBuffer): Float64Array {
  const weights = model.weights;
  const index = features.index;
  const value = features.value;
  const count = model.headCount;
  // The words' own features arrive already summed per head (`folded`); the rest (word pairs,
  // lexicon and shape features) are listed.
  logits.set(features.folded.subarray(0, count));
  // First touch each feature's row of weights, in a loop of independent reads: the rows are
  // scattered over megabytes and mostly not in the near caches, and the processor fetches many
  // at once only when no sum waits on the fetch before it. The sums below then find them near.
  let touched = 0;
  for (let f = 0; f < features.count; f++) touched ^= weights[(index[f] as number) * count] as number;
  touches.sink ^= touched;
  for (let f = 0; f < features.count; f++) {
    const base = (index[f] as number) * count;
    const v = value[f] as number;
    for (let k = 0; k < count; k++) logits[k] = (logits[k] as number) + (weights[base + k] as number) * v;
  }
  const scales = model.scales;
  const biases = model.biases;
  for (let k = 0; k < count; k++)
    logits[k] = (logits[k] as number) * (scales[k] as number) + (biases[k] as number);
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
    levels: softmax(logits, FIRST_LEVEL_HEAD, 6),
  };
}
