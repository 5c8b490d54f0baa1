import { seededShuffle } from './datasets';

/**
 * Logistic and softmax regression on hashed sparse features, trained by AdaGrad with L2 on the
 * weights a step touches. Plain loops over typed arrays: deterministic for a given seed.
 */

export interface SparseExample {
  index: Int32Array;
  value: Float32Array;
  label: number;
  /** Times the class weight; 1 unless set. */
  weight?: number;
}

export interface TrainOptions {
  buckets: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Weight of each class in the loss: balanced weights favour macro scores. */
  classWeights: number[];
}

export interface LinearHead {
  weights: Float32Array;
  bias: number;
}

/** K heads trained jointly: K = 1 is logistic regression on label 1, K ≥ 3 is softmax. */
export function trainLinear(examples: SparseExample[], classes: number, options: TrainOptions): LinearHead[] {
  const heads = classes === 2 ? 1 : classes;
  const weights = Array.from({ length: heads }, () => new Float32Array(options.buckets));
  const squares = Array.from({ length: heads }, () => new Float32Array(options.buckets));
  const bias = new Float64Array(heads);
  const biasSquares = new Float64Array(heads);
  const z = new Float64Array(heads);
  const grad = new Float64Array(heads);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const i of seededShuffle(order, options.seed + epoch)) {
      const example = examples[i] as SparseExample;
      for (let h = 0; h < heads; h++) {
        let sum = bias[h] ?? 0;
        const w = weights[h] as Float32Array;
        for (let f = 0; f < example.index.length; f++)
          sum += (w[example.index[f] ?? 0] ?? 0) * (example.value[f] ?? 0);
        z[h] = sum;
      }
      const cw = (options.classWeights[example.label] ?? 1) * (example.weight ?? 1);
      if (heads === 1) {
        const p = 1 / (1 + Math.exp(-(z[0] ?? 0)));
        grad[0] = (p - (example.label === 1 ? 1 : 0)) * cw;
      } else {
        let top = -Infinity;
        for (let h = 0; h < heads; h++) top = Math.max(top, z[h] ?? 0);
        let total = 0;
        for (let h = 0; h < heads; h++) total += Math.exp((z[h] ?? 0) - top);
        for (let h = 0; h < heads; h++)
          grad[h] = (Math.exp((z[h] ?? 0) - top) / total - (example.label === h ? 1 : 0)) * cw;
      }
      for (let h = 0; h < heads; h++) {
        const g = grad[h] ?? 0;
        const w = weights[h] as Float32Array;
        const s = squares[h] as Float32Array;
        for (let f = 0; f < example.index.length; f++) {
          const k = example.index[f] ?? 0;
          const step = g * (example.value[f] ?? 0) + options.l2 * (w[k] ?? 0);
          s[k] = (s[k] ?? 0) + step * step;
          w[k] = (w[k] ?? 0) - (options.learningRate * step) / Math.sqrt((s[k] ?? 0) + 1e-8);
        }
        biasSquares[h] = (biasSquares[h] ?? 0) + g * g;
        bias[h] = (bias[h] ?? 0) - (options.learningRate * g) / Math.sqrt((biasSquares[h] ?? 0) + 1e-8);
      }
    }
  }
  return weights.map((w, h) => ({ weights: w, bias: bias[h] ?? 0 }));
}

/** A binary head's logit for one example. */
export function dot(head: LinearHead, example: SparseExample): number {
  let z = head.bias;
  for (let f = 0; f < example.index.length; f++)
    z += (head.weights[example.index[f] ?? 0] ?? 0) * (example.value[f] ?? 0);
  return z;
}

/** Balanced class weights: each class counts as much as the others in the loss. */
export function balancedClassWeights(examples: { label: number }[], classes: number): number[] {
  const counts = new Array<number>(classes).fill(0);
  for (const e of examples) counts[e.label] = (counts[e.label] ?? 0) + 1;
  return counts.map((c) => (c === 0 ? 0 : examples.length / (classes * c)));
}
