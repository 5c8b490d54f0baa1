import { compactPattern } from './compact-pattern';
import { findPhrase, type CommentView, type RuleMatch } from './comment-view';
import { gated } from './pattern-gate';
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
  '(?:the |this |your |these |those |all |all the |our )?(?=\\S)(?:police|cops?|officers?|police officers|deputies|deputy|sheriffs?|sheriffs department|sheriffs office|department|dept|mpd|[a-z]+pd|law enforcement|chief|police chief|force|police force|precinct|troopers?|detectives?|sergeant|you people|you guys|yall|y all|you all|moderator|moderators|the moderator here|mods?|admins?|whoever runs this page|captain|lieutenant|the captain|the lieutenant|judge|the judge|mayor|the mayor|sro|the sro|prosecutor|the prosecutor|city council|council|guards?|jail guards?|corrections officers?|every (?:single )?guard(?: on duty)?)';
const JUDGEMENT =
  '(?:disgrace|disgraceful|a disgrace|joke|a joke|a complete joke|cowards?|cowardly|useless|incompetent|corrupt|crooked|crooks|crook|a crook|a bunch of crooks|pathetic|worthless|liars|lying|criminals|thugs|a gang|gangsters|racists?|bullies|fascists?|terrorists|gestapo|murderers|killers|evil|disgusting|despicable|shameful|a shame|embarrassing|an embarrassment|lazy|dirty|clowns|a circus|the worst|the problem|the enemy|power hungry|trigger happy|a menace|a danger|dangerous|out of control|above the law|bootlickers|traitors|spineless|gutless|heartless|cruel|brutal|vile|horrible|awful|terrible|a waste|overpaid|untrustworthy|ridiculous|unprofessional|abusive|a bunch of cowards|a bunch of liars|a bunch of thugs|a bunch of clowns|scam|a scam|a sham|a fraud|a racket|a cash grab|highway robbery|a liar|liar|an arrogant liar|arrogant|bullies with badges|thugs with badges)';
const INTENSIFIERS =
  '(?: (?:all|just|so|such|really|truly|nothing but|a|an|the|complete|total|absolute|utter|completely|totally|fucking))*';

const CRITICISM = gated(
  compactPattern(
    new RegExp(
      [
        // "your response times are a disgrace", "this ticket is a scam": the department's work judged
        // (The noun starts the pattern: a leading "the" would be tried at every word of every comment.)
        ` (?:response times?|response|service|tickets?|citations?|fines?|quotas?|policies|policy|investigation|handling|leadership|statement|job|work|conduct|practices|traffic stops?|patrols?|priorities|communication|excuses?)${INTENSIFIERS} (?:is|are|was|were)${INTENSIFIERS} (?=\\S)${JUDGEMENT}\\b`,
        // "whoever falsified that report needs to lose his pension": accountability demanded
        ` (?:whoever|the (?:officer|cop|deputy|officers|cops|deputies|guard|guards)(?: who| that)?|every (?:single )?(?:officer|cop|deputy|guard|one of them))(?: \\S+){0,5} (?:needs? to|should|must|ought to|deserves? to) (?:lose (?:his|her|their) (?:job|jobs|badge|badges|pension|pensions)|be (?:fired|charged|prosecuted|jailed|locked up|held accountable|investigated|disciplined)|never work)\\b`,
        // "this department should be investigated": a demand for accountability
        ` ${DEPARTMENT} (?:should|needs to|need to|must|ought to|deserves? to) (?:all )?be (?:investigated|audited|defunded|disbanded|abolished|held accountable|fired|prosecuted|charged|sued|ashamed|reformed|shut down|replaced)\\b`,
        // "cops are corrupt", "the officers who did this are cowards"
        ` ${DEPARTMENT} (?:(?:who|that|in|at|from|on)(?: \\S+){1,4} )?(?:is|are|was|were|r|has been|have been)${INTENSIFIERS} (?=\\S)${JUDGEMENT}\\b`,
        ` (?:the )?(?:worst|most (?:useless|incompetent|corrupt|pathetic))(?: \\S+){0,2} (?:police|cops?|officers?|department|sheriffs?|deputies|pd|force|chief)\\b`,
        ` (?:useless|incompetent|corrupt|crooked|cowardly|disgraceful|lazy|racist|pathetic|dirty|lying|abusive|brutal|power hungry|trigger happy) (?:police|cops?|officers?|department|sheriffs?|deputies|pd|force|chief)\\b`,
        ` (?:police|cop) (?:brutality|violence|misconduct|corruption|abuse|harassment|racism|terror|terrorism)\\b`,
        // "disgraceful response from the chief": the department's conduct judged
        ` (?:disgraceful|shameful|pathetic|embarrassing|incompetent|cowardly|corrupt|lazy|unprofessional|useless|terrible|horrible|awful|disgusting) (?:response|behavior|behaviour|conduct|handling|policing|police work|work|job|leadership|statement|decision|investigation)\\b`,
        // "I hate cops", "I don't trust you", "shame on MPD"
        ` (?:(?:i|we)(?: really| just| fucking| truly| absolutely| still| do)* (?:hate|despise|loathe|detest|cant stand|dont trust|do not trust|will never trust|never trust|distrust)(?: (?:the|this|these|all|every|your|you))?|shame on) (?:you|u|${DEPARTMENT})\\b`,
        ` (?:disgrace|embarrassment) to (?:the |this |your )?(?:badge|uniform|city|department|force|profession|community)\\b`,
        ` (?:incompetent|useless|corrupt|cowardly|rotten|dirty) from (?:the )?top (?:to bottom|down)\\b`,
        // The page's moderation criticised: "deleting comments won't make your problems go away",
        // "I'll keep filing public records requests", "censoring people"
        ` (?:delet(?:e|es|ed|ing)|hid(?:e|es|ing)|hidden|censor(?:s|ed|ing)?|block(?:s|ed|ing)?|remov(?:e|es|ed|ing)|silenc(?:e|es|ed|ing)) (?:\\S+ ){0,2}?(?:comments?|posts?|criticism|critics|people|my comment|my post|me|us|the truth)\\b`,
        ` (?:public records requests?|foia requests?)\\b`,
        // "clowns running this department", "shame on campus police", "I'm suing campus PD"
        ` (?:clowns|idiots|cowards|crooks|liars|amateurs) (?:running|in charge of|in charge at) (?:${DEPARTMENT}|this (?:whole )?(?:county|city|town))\\b| shame on (?:campus |city |county |state )?(?:police|cops|pd|the police|officers|deputies)\\b| (?:suing|gonna sue|going to sue|will sue|filing (?:a )?(?:lawsuit|complaint) against) (?:campus |city |county |state )?${DEPARTMENT}\\b`,
        // "chief you should resign in shame", "RELEASE THE FULL BODY CAM FOOTAGE", "recall her"
        ` ${DEPARTMENT}(?: \\S+){0,2} (?:should|needs to|need to|must|has to|have to) (?:resign|step down|be removed from (?:office|his post|her post|the school|the force|duty|the department|the bench|the case)|be recalled|be impeached)\\b| (?:release|show us|post|where is) the (?:full |whole |entire |unedited |complete |damn )?(?:body ?cam |bodycam |dashcam |dash cam )?(?:footage|video|videos|tapes?)\\b| (?:recall|impeach) (?:her|him|them|the judge|the mayor|the sheriff|the da)\\b`,
        // Lawful punishment demanded: "lock every one of those car thieves up", "throw the book at him"
        ` lock (?:\\S+ ){0,5}?(?:thieves|criminals|crooks|looters|rioters|cops?|officers?|deputies|deputy|chief|sergeant|him|her|rapists|murderers|killers|dealers|scammers|abusers) up\\b| throw the book at | rot in (?:a cell|jail|prison)\\b`,
      ].join('|'),
    ),
  ),
);

/** Words of the department or of "you": a comment with none of them is not criticism of it. */
// prettier-ignore
const TARGET_WORD = defineWordClass([
  'police', 'cop', 'cops', 'officer', 'officers', 'deputies', 'deputy', 'sheriff', 'sheriffs', 'department',
  'dept', 'mpd', 'enforcement', 'chief', 'force', 'precinct', 'trooper', 'troopers', 'detective', 'detectives',
  'sergeant', 'guard', 'guards', 'you', 'u', 'yall', 'people', 'guys', 'top', 'response', 'service', 'ticket', 'tickets', 'citation',
  'citations', 'fine', 'fines', 'quota', 'quotas', 'policies', 'policy', 'investigation', 'handling', 'leadership',
  'statement', 'job', 'work', 'conduct', 'practices', 'stop', 'stops', 'patrol', 'patrols', 'priorities',
  'communication', 'excuse', 'excuses', 'times', 'moderator', 'moderators', 'mod', 'mods', 'admin', 'admins', 'whoever',
  'deleting', 'delete', 'deleted', 'deletes', 'hiding', 'hide', 'hidden', 'censoring', 'censor', 'censored',
  'blocking', 'blocked', 'removing', 'removed', 'silencing', 'records', 'foia', 'amendment', 'speech', 'lock', 'book',
  'rot', 'clowns', 'idiots', 'crooks', 'amateurs', 'suing', 'sue', 'shame', 'judge', 'mayor', 'sro', 'prosecutor', 'council', 'resign', 'removed', 'recalled', 'impeached', 'footage',
  'video', 'videos', 'tape', 'tapes', 'recall', 'impeach',
]);

/** Every CRITICISM pattern has one of these words: a comment with none of them skips it. */
const FILLER = new Set(['a', 'an', 'the', 'of', 'bunch', 'complete', 'out', 'above', 'to']);
const JUDGEMENT_WORD = defineWordClass(
  `${JUDGEMENT} worst most brutality violence misconduct corruption abuse harassment racism terror terrorism hate
  despise loathe detest stand trust distrust shame disgrace embarrassment investigated audited defunded disbanded
  abolished accountable fired prosecuted charged sued ashamed reformed shut replaced comments comment posts post
  criticism critics truth requests request amendment speech up book jail prison cell`
    .match(/[a-z]+/g)
    ?.filter((word) => !FILLER.has(word)) ?? [],
);

export function findPoliceCriticism(view: CommentView): RuleMatch | undefined {
  if (!hasWordClass(view, JUDGEMENT_WORD)) return undefined;
  if (!hasWordClass(view, TARGET_WORD) && !view.tokens.words.some((word) => word.endsWith('pd')))
    return undefined;
  return findPhrase(view, CRITICISM);
}
