import { findPhrase, type CommentView, type RuleMatch } from './comment-view';
import { gated } from './pattern-gate';

/**
 * Concerned (level 4): a genuine negative experience, usually in the first person ("I called
 * three times and nobody came"). The moderator acknowledges it publicly and follows up privately.
 */

const FIRST_PERSON_EXPERIENCE = gated(
  / (?:i|we|my \S+|our \S+) (?:\S+ ){0,3}?(?:called|went|filed|reported|tried|waited|asked|was told|were told|was pulled|got pulled|got a ticket|was stopped|got stopped|was arrested|was treated|was harassed|was ignored|have been waiting|been waiting|have called|have reported|have tried|never got|never heard|still havent|still have not|cant get|couldnt get|cannot get|was hit|was robbed|got robbed|was broken into|got broken into|got stolen|was stolen|had to wait|drove|needed help|asked for help|reached out|emailed|complained|left a message|left messages|was hung up)\b/,
);
const UNANSWERED = gated(
  / (?:no one|nobody|noone|no officer|no cop|nobody ever) (?:\S+ )?(?:came|showed|showed up|called back|responded|answered|followed up|helped|cared|did anything|got back)| (?:never|still not|still havent|havent) (?:\S+ )?(?:came|showed up|responded|called back|heard back|got back|received|gotten)| still waiting | (?:officer|officers|deputy|he|she|they|dispatcher|the dispatcher|the officer) (?:\S+ )?(?:refused|was rude|were rude|hung up|laughed at me|ignored me|wouldnt|would not|didnt even|did not even|yelled at me|threatened me|wouldnt listen|did nothing)| took (?:over )?(?:an hour|hours|forever|\d+ (?:hours|minutes|days|weeks))| (?:very|really|so|extremely) (?:disappointed|frustrated|upset|unhappy|concerned|worried|scared)| (?:unacceptable|not acceptable) | (?:speeding|racing|drag racing|fireworks|break ins|car break ins|shootings|gunshots|drug dealing|homeless camp|noise) (?:on|in|at|near|every|all) (?:my|our|the) /,
);

export function findConcern(view: CommentView): RuleMatch | undefined {
  return findPhrase(view, UNANSWERED) ?? findPhrase(view, FIRST_PERSON_EXPERIENCE);
}
