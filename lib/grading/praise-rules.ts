import { onOneByteText } from './one-byte-text';
import { findPhrase, type CommentView, type RuleMatch } from './comment-view';
import { gated } from './pattern-gate';

/** Positive (level 1): praise, thanks and support, in English and Spanish. */
const PRAISE = gated(
  onOneByteText(
    / (?:thank you|thanks|thank u|thx|ty|great job|good job|great work|good work|well done|nice work|nice job|awesome job|amazing job|keep up the good work|love (?:mpd|\w*pd|you|yall|our|the|this|these|my|them)|i love|we love|proud of|so proud|appreciate|appreciated|bless|god bless|blessings|heroes|hero|best department|the best|amazing|awesome|fantastic|excellent|wonderful|outstanding|grateful|support (?:you|our|the|mpd|\w*pd|law enforcement|our officers)|back the blue|backtheblue|stay safe|be safe|salute|respect to|kudos|shout out|shoutout|great to see|this is great|love this|love it|great idea|good idea|gracias|muchas gracias|excelente|buen trabajo|que bien|felicidades|dios los bendiga|orgullo|❤|❤️|👏|🙏|💙|👍|🇺🇸) /,
  ),
);

/** Praise that borrows violent words, which the sentiment head reads as negative. */
const PRAISE_IDIOM = gated(
  / (?:killed it|killing it|killin it|nailed it|crushed it|slayed|slayed it|rocked it|(?:was|is|are|were) the bomb|da bomb) /,
);

export interface PraiseEvidence {
  match: RuleMatch;
  idiom: boolean;
}

export function findPraise(view: CommentView): PraiseEvidence | undefined {
  const idiom = findPhrase(view, PRAISE_IDIOM);
  if (idiom) return { match: idiom, idiom: true };
  const match = findPhrase(view, PRAISE);
  return match ? { match, idiom: false } : undefined;
}
