import { UNIT_SCALE } from '../../lib/grading/grading-model';
import { seededRandom, seededShuffle } from './datasets';

/**
 * A small layer over frozen word vectors, stacked on a linear head:
 *   logit = a · linear + c + Σ_u out_u · max over the comment's words of tanh(W_u · vector + b_u)
 * `linear` is the linear head's out-of-fold logit, so the layer learns what the hashed n-grams
 * miss (rare words that mean what common ones do) rather than repeating them. One unit per
 * detector, max-pooled: one insulting word is enough. Adam on the weighted logistic loss,
 * dropout on the pooled units; plain loops over typed arrays, deterministic for a given seed.
 */

export interface WordUnitsExample {
  /** Rows of the comment's words in the vector table, in order. */
  rows: Int32Array;
  /** The linear head's logit (out of fold when training). */
  linear: number;
  label: number;
}

export interface WordUnitsOptions {
  units: number;
  epochs: number;
  learningRate: number;
  l2: number;
  dropout: number;
  batch: number;
  seed: number;
  classWeights: number[];
}

export interface WordUnits {
  units: number;
  dimensions: number;
  /** units × dimensions, row-major. */
  weights: Float64Array;
  bias: Float64Array;
  /** Output weight of each unit. */
  out: Float64Array;
  /** Weight of the linear logit, and the bias of the sum. */
  linearWeight: number;
  outBias: number;
}

/** A standard normal draw (Box–Muller) from a seeded uniform generator. */
function normal(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Pre-activation maximum of each unit over the rows, and the row that reached it. */
function maxPool(
  model: WordUnits,
  vectors: Float32Array,
  rows: Int32Array,
  pre: Float64Array,
  argmax: Int32Array,
): void {
  const { units, dimensions, weights, bias } = model;
  pre.fill(-Infinity);
  for (let r = 0; r < rows.length; r++) {
    const base = (rows[r] as number) * dimensions;
    for (let u = 0; u < units; u++) {
      let z = bias[u] as number;
      const wb = u * dimensions;
      for (let d = 0; d < dimensions; d++) z += (weights[wb + d] as number) * (vectors[base + d] as number);
      if (z > (pre[u] as number)) {
        pre[u] = z;
        argmax[u] = rows[r] as number;
      }
    }
  }
}

export function trainWordUnits(
  examples: WordUnitsExample[],
  vectors: Float32Array,
  dimensions: number,
  options: WordUnitsOptions,
): WordUnits {
  const { units } = options;
  const random = seededRandom(options.seed);
  const scale = 1 / Math.sqrt(dimensions);
  const model: WordUnits = {
    units,
    dimensions,
    weights: Float64Array.from({ length: units * dimensions }, () => normal(random) * scale),
    bias: new Float64Array(units),
    out: new Float64Array(units),
    linearWeight: 1,
    outBias: 0,
  };
  // Parameters and their gradients, flattened: weights | bias | out | linearWeight | outBias.
  const size = units * dimensions + 2 * units + 2;
  const grad = new Float64Array(size);
  const m1 = new Float64Array(size);
  const m2 = new Float64Array(size);
  const pre = new Float64Array(units);
  const argmax = new Int32Array(units);
  const pooled = new Float64Array(units);
  const keep = new Float64Array(units);
  const oBias = units * dimensions;
  const oOut = oBias + units;
  const oLinear = oOut + units;
  const oOutBias = oLinear + 1;
  let step = 0;

  const apply = () => {
    step++;
    for (let k = 0; k < oBias; k++) grad[k] = (grad[k] as number) + options.l2 * (model.weights[k] as number);
    for (let u = 0; u < units; u++)
      grad[oOut + u] = (grad[oOut + u] as number) + options.l2 * (model.out[u] as number);
    const c1 = 1 - 0.9 ** step;
    const c2 = 1 - 0.999 ** step;
    for (let k = 0; k < size; k++) {
      const g = grad[k] as number;
      m1[k] = 0.9 * (m1[k] as number) + 0.1 * g;
      m2[k] = 0.999 * (m2[k] as number) + 0.001 * g * g;
      const delta =
        (options.learningRate * ((m1[k] as number) / c1)) / (Math.sqrt((m2[k] as number) / c2) + 1e-8);
      if (k < oBias) model.weights[k] = (model.weights[k] as number) - delta;
      else if (k < oOut) model.bias[k - oBias] = (model.bias[k - oBias] as number) - delta;
      else if (k < oLinear) model.out[k - oOut] = (model.out[k - oOut] as number) - delta;
      else if (k === oLinear) model.linearWeight -= delta;
      else model.outBias -= delta;
    }
    grad.fill(0);
  };

  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const shuffled = seededShuffle(order, options.seed + 1 + epoch);
    for (let start = 0; start < shuffled.length; start += options.batch) {
      const end = Math.min(shuffled.length, start + options.batch);
      const batchSize = end - start;
      for (let s = start; s < end; s++) {
        const example = examples[shuffled[s] as number] as WordUnitsExample;
        const any = example.rows.length > 0;
        if (any) maxPool(model, vectors, example.rows, pre, argmax);
        let z = model.linearWeight * example.linear + model.outBias;
        for (let u = 0; u < units; u++) {
          const drop = random() < options.dropout;
          keep[u] = drop ? 0 : 1 / (1 - options.dropout);
          pooled[u] = any ? Math.tanh(pre[u] as number) : 0;
          z += (model.out[u] as number) * (pooled[u] as number) * (keep[u] as number);
        }
        const p = 1 / (1 + Math.exp(-z));
        const dz =
          ((p - (example.label === 1 ? 1 : 0)) * (options.classWeights[example.label] ?? 1)) / batchSize;
        grad[oLinear] = (grad[oLinear] as number) + dz * example.linear;
        grad[oOutBias] = (grad[oOutBias] as number) + dz;
        if (!any) continue;
        for (let u = 0; u < units; u++) {
          const h = (pooled[u] as number) * (keep[u] as number);
          grad[oOut + u] = (grad[oOut + u] as number) + dz * h;
          const dPre = dz * (model.out[u] as number) * (keep[u] as number) * (1 - (pooled[u] as number) ** 2);
          if (dPre === 0) continue;
          grad[oBias + u] = (grad[oBias + u] as number) + dPre;
          const vb = (argmax[u] as number) * dimensions;
          const wb = u * dimensions;
          for (let d = 0; d < dimensions; d++)
            grad[wb + d] = (grad[wb + d] as number) + dPre * (vectors[vb + d] as number);
        }
      }
      apply();
    }
  }
  return model;
}

/** The word-units part of a comment's logit (without a · linear + c). */
export function wordUnitsLogit(model: WordUnits, vectors: Float32Array, rows: Int32Array): number {
  if (rows.length === 0) return 0;
  const pre = new Float64Array(model.units);
  maxPool(model, vectors, rows, pre, new Int32Array(model.units));
  let z = 0;
  for (let u = 0; u < model.units; u++) z += (model.out[u] as number) * Math.tanh(pre[u] as number);
  return z;
}

/** Each word's units as bytes, round((tanh + 1) × 63.5) in 0–127: what the model file ships. */
export function quantiseWordUnits(models: WordUnits[], vectors: Float32Array, words: number): Uint8Array {
  const width = models.reduce((sum, m) => sum + m.units, 0);
  const out = new Uint8Array(words * width);
  for (let row = 0; row < words; row++) {
    let at = row * width;
    for (const model of models) {
      const base = row * model.dimensions;
      for (let u = 0; u < model.units; u++) {
        let z = model.bias[u] as number;
        const wb = u * model.dimensions;
        for (let d = 0; d < model.dimensions; d++)
          z += (model.weights[wb + d] as number) * (vectors[base + d] as number);
        out[at++] = Math.round((Math.tanh(z) + 1) * UNIT_SCALE);
      }
    }
  }
  return out;
}
