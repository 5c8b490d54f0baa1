import type { Grade, GradeInput } from '@/lib/grading/grade';
import { createGrader, parseGradingModel } from '@/lib/grading';

export type GradeBatch = (inputs: GradeInput[]) => Promise<Grade[]>;

/**
 * The grader runs here, in the service worker, so its weights are loaded once per browser
 * rather than once per tab; each tab sends a batch of comments per animation frame. The weights
 * are loaded on the first batch; a failed load is retried on the next one rather than remembered.
 */
export function createGradingService(loadWeights: () => Promise<Uint8Array>): GradeBatch {
  let grader: Promise<(input: GradeInput) => Grade> | null = null;
  return async (inputs) => {
    grader ??= loadWeights().then((bytes) => createGrader(parseGradingModel(bytes)));
    try {
      const grade = await grader;
      return inputs.map((input) => grade(input));
    } catch (error) {
      grader = null;
      throw new Error(
        `the grading model could not be loaded: ${error instanceof Error ? error.message : error}`,
      );
    }
  };
}

/** The weights shipped in the extension package (assets/grading/model.bin). */
export async function fetchPackagedWeights(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
