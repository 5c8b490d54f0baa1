import { z } from 'zod';

/**
 * The trained weights, as shipped in assets/grading/model.bin:
 *   "CMGM" | header length (u32 little-endian) | header JSON (UTF-8) | int8 weights
 * Weights are interleaved by bucket (bucket × heads + head) so one feature reads one cache line.
 * Each head's int8 weights are multiplied by its `scale`.
 */

export const HEAD_NAMES = ['offensive', 'negative', 'neutral', 'positive', 'complaint'] as const;
export type HeadName = (typeof HEAD_NAMES)[number];

const HeadSchema = z.object({ name: z.enum(HEAD_NAMES), bias: z.number(), scale: z.number().positive() });

export const ModelHeaderSchema = z.object({
  format: z.literal('civic-moderator-grading'),
  version: z.literal(1),
  bucketBits: z.number().int().min(10).max(24),
  heads: z.array(HeadSchema).length(HEAD_NAMES.length),
  /**
   * Decision thresholds tuned on the validation splits. The scores are shifted so that a
   * probability of 0.5 sits at the tuned threshold: a signal ≥ 0.5 means "yes".
   */
  calibration: z.object({
    offensive: z.number(),
    complaint: z.number(),
    /** Added to each sentiment logit (negative, neutral, positive) before the softmax. */
    sentiment: z.tuple([z.number(), z.number(), z.number()]),
  }),
  /** The data sets the weights were trained on, for the model card and the retention log. */
  trainedOn: z.array(z.string()),
  seed: z.number().int(),
});
export type ModelHeader = z.infer<typeof ModelHeaderSchema>;

export interface GradingModel {
  header: ModelHeader;
  bucketBits: number;
  headCount: number;
  weights: Int8Array;
  /** Per head, in HEAD_NAMES order. */
  scales: Float32Array;
  biases: Float32Array;
}

const MAGIC = [0x43, 0x4d, 0x47, 0x4d]; // "CMGM"

/** Reads the weights file; throws with a plain message when the bytes are not a grading model. */
export function parseGradingModel(bytes: Uint8Array): GradingModel {
  if (bytes.length < 8 || MAGIC.some((b, i) => bytes[i] !== b)) throw new Error('Not a grading model file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(4, true);
  const headerJson = new TextDecoder().decode(bytes.subarray(8, 8 + headerLength));
  const header = ModelHeaderSchema.parse(JSON.parse(headerJson));
  const headCount = header.heads.length;
  const weightCount = (1 << header.bucketBits) * headCount;
  const offset = 8 + headerLength;
  if (bytes.length !== offset + weightCount) throw new Error('Grading model file is truncated or too long');
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
  return { header, bucketBits: header.bucketBits, headCount, weights, scales, biases };
}

/** Writes a model file; used by the training script, kept here so both sides share one format. */
export function serializeGradingModel(header: ModelHeader, weights: Int8Array): Uint8Array {
  let json = JSON.stringify(header);
  // Pad the header so the weights start on a 4-byte boundary.
  while ((8 + new TextEncoder().encode(json).length) % 4 !== 0) json += ' ';
  const headerBytes = new TextEncoder().encode(json);
  const out = new Uint8Array(8 + headerBytes.length + weights.length);
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  out.set(new Uint8Array(weights.buffer, weights.byteOffset, weights.length), 8 + headerBytes.length);
  return out;
}
