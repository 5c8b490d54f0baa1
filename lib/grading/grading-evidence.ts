import { findBait, type BaitEvidence } from './bait-rules';
import { viewComment, type CommentView, type RuleMatch } from './comment-view';
import { findConcern } from './concern-rules';
import { createFeatureBuffer, extractFeatures, FOLDED_HEADS } from './feature-hashing';
import type { GradeInput } from './grade';
import type { GradingModel } from './grading-model';
import { findMisguidedClaim } from './misguided-claims';
import { scoreComment, type ModelScores } from './model-scores';
import { findOffensiveDisplayName } from './display-name';
import { findOffensiveLanguage, type OffensiveEvidence } from './offensive-language';
import { findPoliceCriticism } from './police-criticism';
import { findPraise, type PraiseEvidence } from './praise-rules';
import { findQuestion, type QuestionEvidence } from './question-rules';
import { findTermsViolation, type TermsViolation } from './terms-violations';
import {
  condemnsViolence,
  defuseThreat,
  mentionsViolence,
  mentionsViolenceIncidentally,
  mentionsViolenceFiguratively,
} from './threat-context';
import { findThreats, type ThreatMatch } from './threat-rules';
import { findBroadThreats } from './threat-rules-broad';
import { findVeiledThreats } from './threat-rules-veiled';
import { findSentenceThreats } from './threat-sentences';
import { findLearnedThreat } from './learned-threat';

/** Everything the model and the rules found in one comment, before a level is chosen. */
export interface GradingEvidence {
  view: CommentView;
  scores: ModelScores;
  threats: ThreatMatch[];
  /** Threat-like sentences that are counter-speech, negated or news. */
  defusedThreats: ThreatMatch[];
  offensive: OffensiveEvidence[];
  /** Offensive words quoted or reported, to condemn them, or denied: a mention, not a use. */
  mentionedOffensive: OffensiveEvidence[];
  /** A listed word in an innocent sense: "cum laude", pussy willows, a pig roast. */
  innocentSense: boolean;
  /** A word that only looks like a listed one: "shiitake", "cocktail". */
  innocentLookalike: boolean;
  /** Harsh criticism of the department without listed words: protected speech. */
  policeCriticism: RuleMatch | undefined;
  /** Talks about violence only to condemn it. */
  condemnsViolence: boolean;
  /** Uses words of violence for news, hazards or figures of speech. */
  mentionsViolenceIncidentally: boolean;
  /** Uses any word of violence, threat or not. */
  mentionsViolence: boolean;
  offensiveAuthor: OffensiveEvidence[];
  terms: TermsViolation | undefined;
  question: QuestionEvidence;
  bait: BaitEvidence;
  claim: RuleMatch | undefined;
  concern: RuleMatch | undefined;
  praise: PraiseEvidence | undefined;
}

/** Without weights the rules still work; the model's opinion is "don't know". */
const NO_MODEL: ModelScores = {
  offensive: 0.2,
  pageOffensive: 0.2,
  complaint: 0.2,
  threat: 0,
  sentiment: { negative: 0.3, neutral: 0.4, positive: 0.3 },
  levels: [],
};

export function createEvidenceCollector(model: GradingModel | undefined) {
  const buffer = createFeatureBuffer();
  /** For the threat head's sentence by sentence reading, which must not clobber `buffer`. */
  const sentenceBuffer = createFeatureBuffer();
  // Summing each word's features per head once, at first sight, needs every head of HEAD_NAMES.
  const foldWeights = model?.headCount === FOLDED_HEADS ? model.weights : undefined;
  return function collectEvidence(input: GradeInput): GradingEvidence {
    const view = viewComment(input.text);
    let scores = NO_MODEL;
    if (model) {
      extractFeatures(view.tokens, model.bucketBits, buffer, model.wordVectors, foldWeights);
      scores = scoreComment(model, buffer);
    }
    const threats: ThreatMatch[] = [];
    const defusedThreats: ThreatMatch[] = [];
    const precise = [...findThreats(view), ...findVeiledThreats(view)];
    // Broad rules only add what the precise ones missed.
    const broad = findBroadThreats(view).filter((b) => !precise.some((p) => p.at === b.at));
    // The sentence reading adds only sentences no rule matched: where one did, its verdict stands.
    const ruled = [...precise, ...broad];
    for (const read of findSentenceThreats(view))
      if (!ruled.some((r) => r.at < read.end && read.at < r.end)) broad.push(read);
    for (const match of [...precise, ...broad])
      (defuseThreat(view, match) ? defusedThreats : threats).push(match);
    const question = findQuestion(view);
    const offensive = findOffensiveLanguage(view);
    // Without a word of violence neither of the readings of violence below can hold.
    const violent = mentionsViolence(view);
    const incidental = violent && mentionsViolenceIncidentally(view);
    const condemns = violent && condemnsViolence(view);
    const praise = findPraise(view);
    // The threat head backs up the rules where none matched; a defused rule match stands, and
    // so do the rules' readings of violence as idiom, sport or condemnation ("you're gonna kill
    // it at the academy"), which the head, reading words and not their sense, cannot make. A
    // hazard or a news word elsewhere in the comment ("flips on the ice", "you arrested my
    // brother") does not: the head's own match is defused like a rule's, news and all.
    if (
      model &&
      threats.length === 0 &&
      defusedThreats.length === 0 &&
      !(incidental && mentionsViolenceFiguratively(view)) &&
      !condemns &&
      !praise?.idiom
    ) {
      const learned = findLearnedThreat(view, model, sentenceBuffer, scores.threat);
      // Defused, it is dropped: only a rule's defused match marks a comment as talk of violence.
      if (learned && !defuseThreat(view, learned)) threats.push(learned);
    }
    return {
      view,
      scores,
      threats,
      defusedThreats,
      offensive: offensive.used,
      mentionedOffensive: offensive.mentioned,
      innocentSense: offensive.innocentSense,
      innocentLookalike: offensive.innocentLookalike,
      policeCriticism: findPoliceCriticism(view),
      condemnsViolence: condemns,
      mentionsViolenceIncidentally: incidental,
      mentionsViolence: violent,
      offensiveAuthor: input.author ? findOffensiveDisplayName(input.author) : [],
      terms: findTermsViolation(view),
      question,
      bait: findBait(view, question.score, scores.sentiment.negative),
      claim: findMisguidedClaim(view, question.score, scores.sentiment.negative),
      concern: findConcern(view),
      praise,
    };
  };
}
