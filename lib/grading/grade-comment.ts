import { chooseLevel } from './choose-level';
import { GRADE_LABELS, type Grade, type GradeInput, type GradeReason } from './grade';
import { createEvidenceCollector } from './grading-evidence';
import type { GradingModel } from './grading-model';

/**
 * Builds the grader for one set of weights: `createGrader(parseGradingModel(bytes))`.
 * Pure and synchronous; keeps one feature buffer, so create it once and reuse it.
 */
export function createGrader(model?: GradingModel): (input: GradeInput) => Grade {
  const collectEvidence = createEvidenceCollector(model);
  return function grade(input: GradeInput): Grade {
    const e = collectEvidence(input);
    const choice = chooseLevel(e);
    const realThreat = e.threats.length > 0;
    const listedOffence = e.offensive.length > 0;
    const authorOffence = e.offensiveAuthor.length > 0;
    // The model's offence is what both of its readings agree on (model-scores.ts).
    const modelOffensive = Math.min(e.scores.offensive, e.scores.pageOffensive);
    const offensive =
      realThreat || listedOffence || authorOffence
        ? Math.max(modelOffensive, 0.9)
        : e.defusedThreats.length > 0
          ? Math.min(modelOffensive, 0.45)
          : modelOffensive;
    const threat = realThreat
      ? e.threats[0]?.learned
        ? round(e.scores.threat)
        : choice.confidence >= 0.9
          ? 0.97
          : 0.9
      : e.defusedThreats.length > 0
        ? 0.1
        : round(Math.min(e.scores.threat, 0.45));
    const grade: Grade = {
      level: choice.level,
      label: GRADE_LABELS[choice.level],
      confidence: round(choice.confidence),
      needsReview: choice.needsReview || choice.confidence < 0.6 || model === undefined,
      reasons: choice.reasons.map(cleanReason),
      signals: {
        offensive: round(offensive),
        threat,
        sentiment: {
          negative: round(e.scores.sentiment.negative),
          neutral: round(e.scores.sentiment.neutral),
          positive: round(1 - round(e.scores.sentiment.negative) - round(e.scores.sentiment.neutral)),
        },
        // The rules' reading or the level heads' (levels 3 and 6), whichever is surer, so a
        // comment the heads grade Negative does not report a low instigating signal.
        question: round(Math.max(e.question.score, e.scores.levels[2] ?? 0)),
        complaint: round(e.concern ? Math.max(e.scores.complaint, 0.5) : e.scores.complaint),
        instigating: round(Math.max(e.bait.score, e.scores.levels[5] ?? 0)),
      },
    };
    if (choice.clause) grade.clause = choice.clause;
    return grade;
  };
}

function round(p: number): number {
  return Math.min(1, Math.max(0, Math.round(p * 1000) / 1000));
}

/** Drops empty optional fields so the grade serialises cleanly. */
function cleanReason(reason: GradeReason): GradeReason {
  const out: GradeReason = { text: reason.text };
  if (reason.span) out.span = reason.span;
  if (reason.source) out.source = reason.source;
  return out;
}

const graders = new WeakMap<GradingModel, (input: GradeInput) => Grade>();
let rulesOnly: ((input: GradeInput) => Grade) | undefined;

/**
 * One-call convenience. Without a model it grades with the rules alone and marks every grade
 * for review; pass the parsed weights for real grades.
 */
export function gradeComment(input: GradeInput, model?: GradingModel): Grade {
  if (!model) return (rulesOnly ??= createGrader())(input);
  let grader = graders.get(model);
  if (!grader) {
    grader = createGrader(model);
    graders.set(model, grader);
  }
  return grader(input);
}
