import { compactPattern } from './compact-pattern';
import { findPhrase, type CommentView, type RuleMatch } from './comment-view';
import { defineWordClass, hasWordClass } from './word-classes';

/**
 * Harsh criticism of the department or its officers without profanity, slurs or dehumanising
 * insults: "this department is a disgrace", "cops are corrupt", "I hate cops", "police brutality
 * is disgusting". Protected speech on a limited public forum, never a ground for hiding, however
 * hostile it sounds to the model. Police are not a protected group: hating them is an opinion,
 * not group hate. What still makes such a comment Offensive is a listed word (profanity,
 * "pigs", "scum", a name-calling insult) or a dehumanising insult ("cops are trash").
 */

const DEPARTMENT =
  '(?:the |this |your |these |those |all |all the |our )?(?=\\S)(?:police|cops?|officers?|police officers|deputies|deputy|sheriffs?|sheriffs department|sheriffs office|department|dept|mpd|[a-z]+pd|law enforcement|chief|police chief|force|police force|precinct|troopers?|detectives?|sergeant|you people|you guys|yall|y all|you all)';
const JUDGEMENT =
  '(?:disgrace|disgraceful|a disgrace|joke|a joke|a complete joke|cowards?|cowardly|useless|incompetent|corrupt|crooked|crooks|pathetic|worthless|liars|lying|criminals|thugs|a gang|gangsters|racists?|bullies|fascists?|terrorists|gestapo|murderers|killers|evil|disgusting|despicable|shameful|a shame|embarrassing|an embarrassment|lazy|dirty|clowns|a circus|the worst|the problem|the enemy|power hungry|trigger happy|a menace|a danger|dangerous|out of control|above the law|bootlickers|traitors|spineless|gutless|heartless|cruel|brutal|vile|horrible|awful|terrible|a waste|overpaid|untrustworthy|ridiculous|unprofessional|abusive|a bunch of cowards|a bunch of liars|a bunch of thugs|a bunch of clowns)';
const INTENSIFIERS =
  '(?: (?:all|just|so|such|really|truly|nothing but|a|an|the|complete|total|absolute|utter|completely|totally|fucking))*';

const CRITICISM = compactPattern(
  new RegExp(
    [
      // "cops are corrupt", "the officers who did this are cowards"
      ` ${DEPARTMENT} (?:(?:who|that)(?: \\S+){1,4} )?(?:is|are|was|were|r|has been|have been)${INTENSIFIERS} (?=\\S)${JUDGEMENT}\\b`,
      ` (?:the )?(?:worst|most (?:useless|incompetent|corrupt|pathetic))(?: \\S+){0,2} (?:police|cops?|officers?|department|sheriffs?|deputies|pd|force|chief)\\b`,
      ` (?:useless|incompetent|corrupt|crooked|cowardly|disgraceful|lazy|racist|pathetic|dirty|lying|abusive|brutal|power hungry|trigger happy) (?:police|cops?|officers?|department|sheriffs?|deputies|pd|force|chief)\\b`,
      ` (?:police|cop) (?:brutality|violence|misconduct|corruption|abuse|harassment|racism|terror|terrorism)\\b`,
      // "disgraceful response from the chief": the department's conduct judged
      ` (?:disgraceful|shameful|pathetic|embarrassing|incompetent|cowardly|corrupt|lazy|unprofessional|useless|terrible|horrible|awful|disgusting) (?:response|behavior|behaviour|conduct|handling|policing|police work|work|job|leadership|statement|decision|investigation)\\b`,
      // "I hate cops", "I don't trust you", "shame on MPD"
      ` (?:(?:i|we)(?: really| just| fucking| truly| absolutely| still| do)* (?:hate|despise|loathe|detest|cant stand|dont trust|do not trust|will never trust|never trust|distrust)(?: (?:the|this|these|all|every|your|you))?|shame on) (?:you|u|${DEPARTMENT})\\b`,
      ` (?:disgrace|embarrassment) to (?:the |this |your )?(?:badge|uniform|city|department|force|profession|community)\\b`,
      ` (?:incompetent|useless|corrupt|cowardly) from top to bottom\\b`,
    ].join('|'),
  ),
);

/** Words of the department or of "you": a comment with none of them is not criticism of it. */
// prettier-ignore
const TARGET_WORD = defineWordClass([
  'police', 'cop', 'cops', 'officer', 'officers', 'deputies', 'deputy', 'sheriff', 'sheriffs', 'department',
  'dept', 'mpd', 'enforcement', 'chief', 'force', 'precinct', 'trooper', 'troopers', 'detective', 'detectives',
  'sergeant', 'you', 'u', 'yall', 'people', 'guys', 'top',
]);

/** Every CRITICISM pattern has one of these words: a comment with none of them skips it. */
const FILLER = new Set(['a', 'an', 'the', 'of', 'bunch', 'complete', 'out', 'above', 'to']);
const JUDGEMENT_WORD = defineWordClass(
  `${JUDGEMENT} worst most brutality violence misconduct corruption abuse harassment racism terror terrorism hate
  despise loathe detest stand trust distrust shame disgrace embarrassment`
    .match(/[a-z]+/g)
    ?.filter((word) => !FILLER.has(word)) ?? [],
);

export function findPoliceCriticism(view: CommentView): RuleMatch | undefined {
  if (!hasWordClass(view, JUDGEMENT_WORD)) return undefined;
  if (!hasWordClass(view, TARGET_WORD) && !view.tokens.words.some((word) => word.endsWith('pd')))
    return undefined;
  return findPhrase(view, CRITICISM);
}
