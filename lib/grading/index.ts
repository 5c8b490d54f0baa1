/** The grading engine: text in, grade out. Pure: no DOM, no storage, no network. */
export * from './grade';
export { createGrader, gradeComment } from './grade-comment';
export {
  parseGradingModel,
  serializeGradingModel,
  HEAD_NAMES,
  type GradingModel,
  type ModelHeader,
} from './grading-model';
