import { findPhrase, type CommentView, type RuleMatch } from './comment-view';
import { gated } from './pattern-gate';

/**
 * A question the department can answer (hiring, reports, events, directions), with or without a
 * question mark. Whether it is genuine or bait is bait-rules.ts's call.
 */

const OPENER =
  / (?:who|what|whats|when|whens|where|wheres|why|how|hows|which|is|are|can|could|do|does|did|will|would|should|may|any|anyone|has|have|was|were|cuando|donde|como|que|quien|quienes|por que|porque|cual|hay|puedo|pueden|se puede|alguien) /;
const ASKING = gated(
  / (?:anyone know|does anyone|any idea|any info|any update|any updates|is there a|is there any|are there any|how do i|how can i|where can i|where do i|who do i|who should i|what do i|can i|can someone|could someone|i was wondering|wondering if|wondering when|i would like to know|id like to know|please let me know|let me know|need to know|looking for info|looking for information|how long does|what time|what are the|is it possible|do you know|do you guys|are you guys|are yall|will there be|is the|are the|do i need|dying to know|want to know|wanna know|curious (?:if|when|about|whether)|quisiera saber|me pueden decir|alguien sabe|necesito saber) /,
);

export interface QuestionEvidence {
  score: number;
  match: RuleMatch | undefined;
}

export function findQuestion(view: CommentView): QuestionEvidence {
  const words = view.ruleWords;
  const hasMark = words.includes('?') || view.tokens.text.includes('¿');
  const asking = findPhrase(view, ASKING);
  const first = ` ${words[0] ?? ''} `;
  const opensWithQuestionWord =
    OPENER.test(first) || (words[0] === '@user' && OPENER.test(` ${words[1] ?? ''} `));
  const score = hasMark
    ? opensWithQuestionWord || asking
      ? 0.95
      : 0.8
    : asking
      ? 0.8
      : opensWithQuestionWord && words.length <= 20
        ? 0.6
        : 0.05;
  const markIndex = words.indexOf('?');
  const match =
    asking ??
    (markIndex >= 0
      ? {
          span: { start: view.tokens.starts[0] ?? 0, end: view.tokens.ends[markIndex] ?? 0 },
          at: 0,
          end: 0,
          phrase: '?',
        }
      : undefined);
  return { score, match };
}
