import { z } from 'zod';

/**
 * The trained weights, as shipped in assets/grading/model.bin:
 *   "CMGM" | header length (u32 little-endian) | header JSON (UTF-8) | int8 weights
 *   [version 2: | word list (UTF-8, one word a line) | 0–3 zero bytes | word units]
 * Weights are interleaved by bucket (bucket × heads + head) so one feature reads one cache line.
 * Each head's int8 weights are multiplied by its `scale`.
 *
 * Version 2 adds word units: for each listed word, the activations of a small layer over the
 * word's frozen pretrained vector (GloVe), one byte each, round((tanh + 1) × 63.5) in 0–127, `width`
 * (a multiple of 4) per word, starting on a 4-byte boundary. A comment's units are the maximum
 * over its listed words, and a head's logit adds their weighted sum (in tanh terms) to its
 * linear part. Seven-bit units let four be max-pooled at once in one 32-bit integer.
 */

/**
 * The linear heads. `threat` is trained on our own hand-written threats and look-alikes (tests/),
 * since no shared data set labels threats: it backs up the threat rules on wording they miss.
 * `pageOffensive` reads offence as a police page means it: the offensive head's tweets plus our
 * police-page comments, where criticism of the department is not offence (model-scores.ts). The
 * six `level…` heads are one softmax over levels 1–6, learned from our police-page comments
 * alone, since no shared set labels the grading table's levels (choose-level.ts).
 */
export const HEAD_NAMES = [
  'offensive',
  'negative',
  'neutral',
  'positive',
  'complaint',
  'threat',
  'pageOffensive',
  'levelPositive',
  'levelNeutral',
  'levelQuestion',
  'levelConcerned',
  'levelMisguided',
  'levelNegative',
] as const;

/** Index in HEAD_NAMES of the level heads' first (level 1, Positive); levels 1–6 in order. */
export const FIRST_LEVEL_HEAD = HEAD_NAMES.indexOf('levelPositive');
export type HeadName = (typeof HEAD_NAMES)[number];

const HeadSchema = z.object({ name: z.enum(HEAD_NAMES), bias: z.number(), scale: z.number().positive() });

/** The units [from, from + weights.length) of the word layer that feed one head. */
const WordUnitsHeadSchema = z.object({
  name: z.enum(HEAD_NAMES),
  from: z.number().int().min(0),
  weights: z.array(z.number()).min(1),
});

const WordVectorsSchema = z.object({
  /** How many words are listed, and the byte length of their UTF-8 list. */
  words: z.number().int().positive(),
  wordBytes: z.number().int().positive(),
  /** Units per word, a multiple of 4. */
  width: z
    .number()
    .int()
    .positive()
    .max(1024)
    .refine((w) => w % 4 === 0, 'the word units are not a multiple of 4'),
  heads: z.array(WordUnitsHeadSchema).min(1),
  /** Where the frozen word vectors come from, for the model card. */
  source: z.string(),
});

export const ModelHeaderSchema = z
  .object({
    format: z.literal('civic-moderator-grading'),
    version: z.union([z.literal(1), z.literal(2)]),
    bucketBits: z.number().int().min(10).max(24),
    heads: z.array(HeadSchema).length(HEAD_NAMES.length),
    /**
     * Decision thresholds tuned on the validation splits. The scores are shifted so that a
     * probability of 0.5 sits at the tuned threshold: a signal ≥ 0.5 means "yes".
     */
    calibration: z.object({
      offensive: z.number(),
      pageOffensive: z.number(),
      complaint: z.number(),
      threat: z.number(),
      /** Added to each sentiment logit (negative, neutral, positive) before the softmax. */
      sentiment: z.tuple([z.number(), z.number(), z.number()]),
    }),
    /** Version 2 only. */
    wordVectors: WordVectorsSchema.optional(),
    /** The data sets the weights were trained on, for the model card and the retention log. */
    trainedOn: z.array(z.string()),
    seed: z.number().int(),
  })
  .refine((h) => (h.version === 2) === (h.wordVectors !== undefined), {
    message: 'version 2 has word vectors, version 1 has none',
  });
export type ModelHeader = z.infer<typeof ModelHeaderSchema>;

/** One head's share of the word units. */
export interface WordUnitsHead {
  /** Index in HEAD_NAMES. */
  head: number;
  from: number;
  /** Output weights, divided by 63.5 so they apply to the unit bytes. */
  weights: Float32Array;
  /** −Σ weights: with the scaled weights, turns bytes back into tanh terms. */
  offset: number;
}

/** Unit bytes per tanh unit: byte = round((tanh + 1) × UNIT_SCALE). */
export const UNIT_SCALE = 63.5;

export interface WordVectors {
  /** Row of each listed word in `packed`. */
  rows: Map<string, number>;
  /** Units per word. */
  width: number;
  /** row × width / 4: each int32 holds four unit bytes, in file byte order. */
  packed: Int32Array;
  heads: WordUnitsHead[];
}

export interface GradingModel {
  header: ModelHeader;
  bucketBits: number;
  headCount: number;
  weights: Int8Array;
  /** Per head, in HEAD_NAMES order. */
  scales: Float32Array;
  biases: Float32Array;
  /** Version 2 models only. */
  wordVectors?: WordVectors;
}

/** What a version 2 file carries beyond the linear weights. */
export interface WordVectorsData {
  words: string[];
  /** words.length × width unit bytes, 0–127. */
  units: Uint8Array;
}

/** Zero bytes after the word list so the units start on a 4-byte boundary. */
function padding(length: number): number {
  return (4 - (length % 4)) % 4;
}

const MAGIC = [0x43, 0x4d, 0x47, 0x4d]; // "CMGM"

function readHeader(bytes: Uint8Array, headerLength: number): ModelHeader {
  if (8 + headerLength > bytes.length) throw new Error('Grading model file is truncated or too long');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(8, 8 + headerLength)));
  } catch {
    throw new Error('Grading model header is not valid JSON');
  }
  const parsed = ModelHeaderSchema.safeParse(json);
  if (!parsed.success)
    throw new Error(`Grading model header is invalid: ${parsed.error.issues[0]?.message ?? 'unknown'}`);
  return parsed.data;
}

/** Reads the weights file; throws with a plain message when the bytes are not a grading model. */
export function parseGradingModel(bytes: Uint8Array): GradingModel {
  if (bytes.length < 8 || MAGIC.some((b, i) => bytes[i] !== b)) throw new Error('Not a grading model file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(4, true);
  const header = readHeader(bytes, headerLength);
  const headCount = header.heads.length;
  const weightCount = (1 << header.bucketBits) * headCount;
  const offset = 8 + headerLength;
  const vectors = header.wordVectors;
  const vectorBytes = vectors
    ? vectors.wordBytes + padding(vectors.wordBytes) + vectors.words * vectors.width
    : 0;
  if (bytes.length !== offset + weightCount + vectorBytes)
    throw new Error('Grading model file is truncated or too long');
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset + offset, weightCount);
  const scales = new Float32Array(headCount);
  const biases = new Float32Array(headCount);
  HEAD_NAMES.forEach((name, i) => {
    const head = header.heads.find((h) => h.name === name);
    if (!head) throw new Error(`Grading model has no ${name} head`);
    if (header.heads.indexOf(head) !== i) throw new Error('Grading model heads are out of order');
    scales[i] = head.scale;
    biases[i] = head.bias;
  });
  const model: GradingModel = { header, bucketBits: header.bucketBits, headCount, weights, scales, biases };
  if (vectors) model.wordVectors = readWordVectors(bytes, offset + weightCount, vectors);
  return model;
}

function readWordVectors(
  bytes: Uint8Array,
  at: number,
  meta: NonNullable<ModelHeader['wordVectors']>,
): WordVectors {
  let list: string;
  try {
    list = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(at, at + meta.wordBytes));
  } catch {
    throw new Error('Grading model word list is not valid UTF-8');
  }
  const words = list.split('\n');
  if (words.length !== meta.words) throw new Error('Grading model word list does not match its header');
  const rows = new Map<string, number>();
  for (let i = 0; i < words.length; i++) rows.set(words[i] as string, i);
  if (rows.size !== words.length || rows.has('')) throw new Error('Grading model word list has repeats');
  const heads = meta.heads.map((h) => {
    if (h.from + h.weights.length > meta.width)
      throw new Error('Grading model word units do not fit their width');
    return {
      head: HEAD_NAMES.indexOf(h.name),
      from: h.from,
      weights: Float32Array.from(h.weights, (w) => w / UNIT_SCALE),
      offset: -h.weights.reduce((sum, w) => sum + w, 0),
    };
  });
  const start = bytes.byteOffset + at + meta.wordBytes + padding(meta.wordBytes);
  const count = (meta.words * meta.width) / 4;
  // A view when the bytes sit on a 4-byte boundary in memory (a fetched or copied file), else a copy.
  const packed =
    start % 4 === 0
      ? new Int32Array(bytes.buffer, start, count)
      : new Int32Array(bytes.slice(start - bytes.byteOffset, start - bytes.byteOffset + count * 4).buffer);
  // Every unit byte must be 0–127 (the max-pooling relies on it): OR them all, four int32s a
  // step, since this loop runs once, cold, on every load.
  let high = 0;
  let k = 0;
  for (; k + 4 <= packed.length; k += 4)
    high |=
      (packed[k] as number) |
      (packed[k + 1] as number) |
      (packed[k + 2] as number) |
      (packed[k + 3] as number);
  for (; k < packed.length; k++) high |= packed[k] as number;
  if ((high & 0x80808080) !== 0) throw new Error('Grading model word units are out of range');
  return { rows, width: meta.width, packed, heads };
}

/** Writes a model file; used by the training script, kept here so both sides share one format. */
export function serializeGradingModel(
  header: ModelHeader,
  weights: Int8Array,
  wordVectors?: WordVectorsData,
): Uint8Array {
  const listBytes = wordVectors ? new TextEncoder().encode(wordVectors.words.join('\n')) : new Uint8Array(0);
  const meta = header.wordVectors;
  if (
    wordVectors
      ? !meta ||
        meta.words !== wordVectors.words.length ||
        meta.wordBytes !== listBytes.length ||
        wordVectors.units.length !== meta.words * meta.width
      : meta !== undefined
  )
    throw new Error('Word vectors do not match the header');
  let json = JSON.stringify(header);
  // Pad the header so the weights start on a 4-byte boundary.
  while ((8 + new TextEncoder().encode(json).length) % 4 !== 0) json += ' ';
  const headerBytes = new TextEncoder().encode(json);
  const unitBytes = wordVectors ? wordVectors.units.length : 0;
  const pad = wordVectors ? padding(listBytes.length) : 0;
  const out = new Uint8Array(8 + headerBytes.length + weights.length + listBytes.length + pad + unitBytes);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  let at = 8 + headerBytes.length;
  out.set(new Uint8Array(weights.buffer, weights.byteOffset, weights.length), at);
  at += weights.length;
  if (wordVectors) {
    out.set(listBytes, at);
    at += listBytes.length + pad;
    out.set(wordVectors.units, at);
  }
  return out;
}
