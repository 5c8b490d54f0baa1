import { tokenizeComment } from '../../lib/grading/comment-tokens';
import { createFeatureBuffer, extractFeatures } from '../../lib/grading/feature-hashing';
import type { Example } from './datasets';
import type { SparseExample } from './linear-trainer';

/** The same features the extension computes, copied out of the reusable buffer for training. */
export function featurise(examples: Example[], bucketBits: number): SparseExample[] {
  const buffer = createFeatureBuffer();
  return examples.map(({ text, label, weight }) => {
    extractFeatures(tokenizeComment(text), bucketBits, buffer);
    const index = buffer.index.slice(0, buffer.count);
    const value = buffer.value.slice(0, buffer.count);
    return weight === undefined ? { index, value, label } : { index, value, label, weight };
  });
}
