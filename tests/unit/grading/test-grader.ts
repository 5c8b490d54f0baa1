import { createGrader } from '../../../lib/grading';
import type { Grade, GradeInput } from '../../../lib/grading/grade';
import { loadGradingModelFromFile } from '../../../scripts/grading/load-model';

/** The shipped weights, loaded once per test file (each file runs in its own module graph). */
let grader: ((input: GradeInput) => Grade) | undefined;

export function gradeWithShippedModel(input: GradeInput): Grade {
  grader ??= createGrader(loadGradingModelFromFile());
  return grader(input);
}
