import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseGradingModel, type GradingModel } from '../../lib/grading/grading-model';

/**
 * Where `npm run train` writes the weights and where the extension fetches them from;
 * CIVIC_MODEL_FILE points the scripts (train, eval, bench) at another file, for experiments.
 */
export const defaultModelPath = process.env.CIVIC_MODEL_FILE
  ? path.resolve(process.env.CIVIC_MODEL_FILE)
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../assets/grading/model.bin');

/** Node-side loader for scripts and tests; the extension fetches the bytes instead. */
export function loadGradingModelFromFile(file: string = defaultModelPath): GradingModel {
  return parseGradingModel(new Uint8Array(readFileSync(file)));
}
