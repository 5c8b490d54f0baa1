// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseGradingModel, serializeGradingModel, type ModelHeader } from '../../../lib/grading';
import { tokenizeComment } from '../../../lib/grading/comment-tokens';
import { createFeatureBuffer, extractFeatures } from '../../../lib/grading/feature-hashing';
import { HEAD_NAMES } from '../../../lib/grading/grading-model';
import { headLogits } from '../../../lib/grading/model-scores';
import { loadGradingModelFromFile } from '../../../scripts/grading/load-model';

// The weights file format the background worker parses from fetched bytes.
const header: ModelHeader = {
  format: 'civic-moderator-grading',
  version: 1,
  bucketBits: 10,
  heads: HEAD_NAMES.map((name) => ({ name, bias: 0.5, scale: 0.01 })),
  calibration: { offensive: 0, pageOffensive: 0, complaint: 0, threat: 0, sentiment: [0, 0, 0] },
  trainedOn: ['a test'],
  seed: 1,
};

// Version 2: three listed words, four units (two for offensive, one for complaint, one unused);
// a unit byte b stands for tanh = b / 63.5 − 1.
const words = ['clown', 'idiot', 'refund'];
const units = Uint8Array.from([120, 40, 63, 0, 90, 110, 50, 0, 10, 10, 127, 0]);
const tanhOf = (b: number) => b / 63.5 - 1;
const headerV2: ModelHeader = {
  ...header,
  version: 2,
  wordVectors: {
    words: words.length,
    wordBytes: new TextEncoder().encode(words.join('\n')).length,
    width: 4,
    heads: [
      { name: 'offensive', from: 0, weights: [1.27, 2.54] },
      { name: 'complaint', from: 2, weights: [-1.27] },
    ],
    source: 'a test',
  },
};
const linear = () => new Int8Array((1 << 10) * HEAD_NAMES.length);

describe('grading model file', () => {
  it('reads back what it writes', () => {
    const weights = new Int8Array((1 << 10) * HEAD_NAMES.length).map((_, i) => (i % 255) - 127);
    const model = parseGradingModel(serializeGradingModel(header, weights));
    expect(model.header).toEqual(header);
    expect(Array.from(model.weights)).toEqual(Array.from(weights));
    expect(model.wordVectors).toBeUndefined();
  });

  it('reads back word vectors (version 2)', () => {
    const model = parseGradingModel(serializeGradingModel(headerV2, linear(), { words, units }));
    expect(model.header).toEqual(headerV2);
    expect(model.wordVectors?.rows.get('idiot')).toBe(1);
    const packed = model.wordVectors?.packed ?? new Int32Array(0);
    expect(Array.from(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength))).toEqual(
      Array.from(units),
    );
  });

  it('reads word units from bytes that do not start on a 4-byte boundary in memory', () => {
    const bytes = serializeGradingModel(headerV2, linear(), { words, units });
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const model = parseGradingModel(shifted.subarray(1));
    const packed = model.wordVectors?.packed ?? new Int32Array(0);
    expect(Array.from(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength))).toEqual(
      Array.from(units),
    );
  });

  it('adds the max-pooled word units to their heads', () => {
    const model = parseGradingModel(serializeGradingModel(headerV2, linear(), { words, units }));
    const buffer = createFeatureBuffer();
    const logitsOf = (text: string) => {
      extractFeatures(tokenizeComment(text), model.bucketBits, buffer, model.wordVectors);
      return Array.from(headLogits(model, buffer));
    };
    // All linear weights are 0: each logit is the head's bias plus its word units.
    // "clown idiot": units max(120, 90) = 120, max(40, 110) = 110, max(63, 50) = 63.
    const both = logitsOf('You CLOWN, you idiot');
    expect(both[0]).toBeCloseTo(0.5 + 1.27 * tanhOf(120) + 2.54 * tanhOf(110), 4);
    expect(both[4]).toBeCloseTo(0.5 - 1.27 * tanhOf(63), 4);
    expect(both[1]).toBeCloseTo(0.5, 4);
    const refund = logitsOf('refund please');
    expect(refund[0]).toBeCloseTo(0.5 + 1.27 * tanhOf(10) + 2.54 * tanhOf(10), 4);
    expect(refund[4]).toBeCloseTo(0.5 - 1.27, 4);
    // No listed word: the units add nothing.
    expect(logitsOf('nothing listed here')[0]).toBeCloseTo(0.5, 4);
  });

  it("gives the same logits with each word's features summed per head as with them all listed", () => {
    let seed = 11;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24;
    const weights = new Int8Array((1 << 10) * HEAD_NAMES.length).map(() => next() - 128);
    const model = parseGradingModel(serializeGradingModel(headerV2, weights, { words, units }));
    const listed = createFeatureBuffer();
    const folded = createFeatureBuffer();
    const texts = [
      'You CLOWN, you idiot!!',
      'refund please, the officer was not helpful at all',
      'Thank you officers 👏 great work at the parade',
      "I don't like this, not good",
      'idiot idiot idiot',
      '',
    ];
    for (const text of texts) {
      extractFeatures(tokenizeComment(text), model.bucketBits, listed, model.wordVectors);
      const expected = Array.from(headLogits(model, listed));
      extractFeatures(tokenizeComment(text), model.bucketBits, folded, model.wordVectors, model.weights);
      // Folding lists only the features between words (pairs, valence, shape), never a word's own.
      if (text !== '') expect(folded.count).toBeLessThan(listed.count);
      const actual = Array.from(headLogits(model, folded));
      actual.forEach((logit, k) => expect(logit).toBeCloseTo(expected[k] ?? NaN, 5));
    }
  });

  it('reads a comment the same after thousands of other words have been read', () => {
    let seed = 5;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 24;
    const weights = new Int8Array((1 << 10) * HEAD_NAMES.length).map(() => next() - 128);
    const model = parseGradingModel(serializeGradingModel(headerV2, weights, { words, units }));
    const text = 'You CLOWN, you idiot, refund my ticket 👏';
    const read = () => {
      const listed = createFeatureBuffer();
      extractFeatures(tokenizeComment(text), model.bucketBits, listed, model.wordVectors);
      const folded = createFeatureBuffer();
      extractFeatures(tokenizeComment(text), model.bucketBits, folded, model.wordVectors, model.weights);
      return {
        index: Array.from(listed.index.subarray(0, listed.count)),
        value: Array.from(listed.value.subarray(0, listed.count)),
        units: Array.from(listed.unitBytes.subarray(0, 4)),
        folded: Array.from(folded.folded),
      };
    };
    const first = read();
    // Enough new words that the word cache outgrows its first allocation many times over.
    const buffer = createFeatureBuffer();
    for (let i = 0; i < 300; i++) {
      const others = Array.from({ length: 20 }, (_, k) => `word${i}x${k}`).join(' ');
      extractFeatures(tokenizeComment(others), model.bucketBits, buffer, model.wordVectors, model.weights);
    }
    expect(read()).toEqual(first);
  });

  it('reads "constructor" as a word, not as a property of the valence list', () => {
    const model = parseGradingModel(serializeGradingModel(header, linear()));
    const countOf = (text: string) => {
      const buffer = createFeatureBuffer();
      extractFeatures(tokenizeComment(text), model.bucketBits, buffer);
      return buffer.count;
    };
    // Same length, neither scored by AFINN: the same number of features.
    expect(countOf('the constructor')).toBe(countOf('the constructer'));
  });

  it('max-pools four units at a time exactly as one at a time', () => {
    // 40 words of 8 units each, pseudo-random bytes 0–127; every comment of up to 6 of them.
    const many = Array.from({ length: 40 }, (_, i) => `w${String.fromCharCode(97 + (i % 26))}${i}`);
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 25;
    const table = Uint8Array.from({ length: many.length * 8 }, next);
    const wide: ModelHeader = {
      ...headerV2,
      wordVectors: {
        ...headerV2.wordVectors!,
        words: many.length,
        wordBytes: new TextEncoder().encode(many.join('\n')).length,
        width: 8,
      },
    };
    const model = parseGradingModel(serializeGradingModel(wide, linear(), { words: many, units: table }));
    const buffer = createFeatureBuffer();
    for (let trial = 0; trial < 200; trial++) {
      const picked = Array.from({ length: 1 + (next() % 6) }, () => next() % many.length);
      extractFeatures(tokenizeComment(picked.map((i) => many[i]).join(' ')), 10, buffer, model.wordVectors);
      const expected = Array.from({ length: 8 }, (_, u) =>
        Math.max(...picked.map((i) => table[i * 8 + u] ?? 0)),
      );
      expect(Array.from(buffer.unitBytes.subarray(0, 8))).toEqual(expected);
      expect(buffer.unitWords).toBe(picked.length);
    }
  });

  it('refuses bytes that are not a model, or a cut-off download', () => {
    expect(() => parseGradingModel(new TextEncoder().encode('<html>not found</html>'))).toThrow(
      /Not a grading model/,
    );
    const bytes = serializeGradingModel(header, linear());
    expect(() => parseGradingModel(bytes.subarray(0, bytes.length - 10))).toThrow(/truncated/);
    const v2 = serializeGradingModel(headerV2, linear(), { words, units });
    expect(() => parseGradingModel(v2.subarray(0, v2.length - 1))).toThrow(/truncated/);
    expect(() => parseGradingModel(v2.subarray(0, 20))).toThrow(/truncated/);
  });

  it('refuses a malformed header or word list with a plain error', () => {
    const broken = serializeGradingModel(header, linear());
    broken[8] = 0x23; // "#" where the JSON starts
    expect(() => parseGradingModel(broken)).toThrow(/header is not valid JSON/);
    const noVectors = { ...headerV2, wordVectors: undefined };
    expect(() => parseGradingModel(serializeGradingModel(noVectors, linear()))).toThrow(/header is invalid/);
    const repeated = ['clown', 'clown', 'refund'];
    const repeatedHeader = {
      ...headerV2,
      wordVectors: {
        ...headerV2.wordVectors!,
        wordBytes: new TextEncoder().encode(repeated.join('\n')).length,
      },
    };
    expect(() =>
      parseGradingModel(serializeGradingModel(repeatedHeader, linear(), { words: repeated, units })),
    ).toThrow(/repeats/);
    const tooWide = {
      ...headerV2,
      wordVectors: {
        ...headerV2.wordVectors!,
        heads: [{ name: 'offensive' as const, from: 3, weights: [1, 1] }],
      },
    };
    expect(() => parseGradingModel(serializeGradingModel(tooWide, linear(), { words, units }))).toThrow(
      /do not fit/,
    );
    expect(() => serializeGradingModel(headerV2, linear(), { words: ['clown'], units })).toThrow(
      /do not match/,
    );
    const tooBig = Uint8Array.from(units, (b, i) => (i === 5 ? 200 : b));
    expect(() =>
      parseGradingModel(serializeGradingModel(headerV2, linear(), { words, units: tooBig })),
    ).toThrow(/out of range/);
    const oddWidth = { ...headerV2, wordVectors: { ...headerV2.wordVectors!, width: 3 } };
    expect(() =>
      parseGradingModel(serializeGradingModel(oddWidth, linear(), { words, units: units.subarray(0, 9) })),
    ).toThrow(/multiple of 4/);
  });

  it('ships weights within the 5 MB budget, trained on the recorded data sets', () => {
    const model = loadGradingModelFromFile();
    const vectors = model.wordVectors;
    const vectorBytes = vectors ? vectors.packed.byteLength + (model.header.wordVectors?.wordBytes ?? 0) : 0;
    expect(model.weights.length + vectorBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    expect(model.header.trainedOn.length).toBeGreaterThan(0);
  });
});
