import { findPhrase, type CommentView, type RuleMatch } from './comment-view';
import { gated } from './pattern-gate';

/**
 * Instigator bait (level 6): loaded, rhetorical or accusatory questions and provocations whose
 * only purpose is to draw the department into an argument. Protected speech: never hidden,
 * the advice is not to reply.
 */

/** Questions built to accuse: "do you support…", "how many more…", "when will you admit…". */
const LOADED_QUESTION = gated(
  / (?:do|does|did) (?:you|u|yall|mpd|the department|your officers|the police|cops) (?:even |actually |really |still )?(?:support|condone|care|defend|think|believe|know|feel|endorse|approve|plan to|stand by)\b| how many more | how many (?:\S+ ){0,3}?(?:does it take|will it take|until|before) | how much longer | why (?:do|does|did|are|is|cant|dont|wont|didnt|arent|isnt) (?:you|u|yall|cops|police|officers|mpd|\w*pd|the police|the department|your officers)(?: \S+){0,2} (?:always|never|keep|even|lie|lying|kill|killing|shoot|shooting|harass|harassing|target|targeting|protect|cover|covering|get away|hide|hiding|refuse|refusing|bother|care|hate|beat|abuse|arrest|let)\b| when (?:will|are|do) (?:you|yall|the police|cops|mpd) (?:stop|admit|start|ever|finally|be held|take responsibility|answer for|learn|quit)\b| how (?:do|can|does) (?:you|yall|they|these officers|cops|officers) (?:sleep|live with|justify|defend|look|call yourselves|face)\b| (?:are|aren t|arent) (?:you|yall) (?:proud|ashamed|serious|kidding|joking)\b| since when | who (?:polices|protects us from) | is (?:this|that) what (?:you|my taxes|our taxes|taxpayers)| what (?:are|is) (?:you|mpd|the department|the police) (?:hiding|covering up|afraid of)| (?:where|what) (?:was|is|were) the (?:accountability|outrage|justice|bodycam|body cam|footage)| ever heard of | what about the | whatever happened to | how is (?:this|that|it) (?:legal|ok|okay|fair|justice|protecting)| (?:why|how) (?:is|are|was|were) (?:no one|nobody|he|she|they|the officers?|the cops?) (?:being )?(?:held accountable|charged|arrested|fired)\b| is (?:it|this) (?:legal|normal|policy) (?:for|to|that) (?:cops|officers|police|you)\b| why (?:should|would) (?:we|anyone|i) (?:trust|believe|respect|support)\b| who do you (?:serve|protect|work for)\b| (?:what|who) (?:gave|gives) you the right | hows that (?:\S+ ){1,5}?working out (?:for|4) (?:you|u|yall|ya|them|the department)\b| (?:wheres|where is|where was) (?:the|that|this) same energy\b| (?:going rate|how much does it cost|how much) to (?:make|get) (?:a |the |my |your )?(?:ticket|tickets|charge|charges|case|dui|record) (?:to )?(?:disappear|go away|vanish)\b|(?<! i| we| they| he| she| you) didnt think so\b/,
);

/** Accusatory words that make a question loaded. */
const ACCUSATION = gated(
  / (?:above the law|qualified immunity|misconduct|bad cops?|get away with|protect (?:their|your) own|blue wall|impunity|paid leave|paid vacation|killing|killings|murder|murders|murdering|murderers|racist|racism|corrupt|corruption|brutality|cover up|coverup|covering up|liars?|lying|lies|abuse|abusing|harass|harassing|harassment|oppress|oppression|fascist|fascists|gestapo|thugs|criminals|bootlickers?|unarmed|innocent|defund|quotas?|planted|tyranny|tyrants|police state|hypocrites?|hypocrisy|accountability|executed|excessive force|shame|disgrace|disgraceful|incompetent|incompetence|useless|pathetic|gang|terrorists?|kkk|nazis?|storm troopers|power trip|taxpayer|taxpayers) /,
);

/** Provocations without a question: "typical cops", "ACAB", "all cops are bastards". */
const PROVOCATION = gated(
  / must be nice (?:to|being|having)| another (?:\S+ )?(?:isolated incident|bad apple|honest mistake|tragic accident)| (?:funny|interesting|convenient|strange|amazing) how (?:you|yall|they|the police|mpd|\w*pd|cops|officers|the department) | (?:typical|classic) (?:cops?|police|pigs|mpd|\w*pd|behavior|response|cop)| another day another | acab | 1312 | a c a b | defund the police | abolish the police | (?:all )?(?:cops|police|officers|you people|yall) are (?:all )?(?:bastards|criminals|murderers|racists?|corrupt|thugs|a gang|terrorists|the problem|the real criminals|liars|useless|worthless|pathetic|cowards|clowns|a joke)\b| police state | bootlickers? | wake up (?:people|sheeple)| and (?:people|you|yall|they) wonder why | this is why (?:nobody|no one|people dont|we dont) (?:trusts?|respects?|likes?) | (?:nice|good) try | (?:yeah|ya|sure) right | keep lying | of course (?:you|they) (?:did|didnt|would|will)\b| what a joke | (?:so much|thats|this is) (?:for )?(?:protect and serve|to protect and serve)| protect and serve (?:my ass|lol|right|huh)| (?:clown|circus) (?:show|department)| (?:shame on|disgrace to) (?:you|yall|mpd|\w*pd|the department|this department)| blue lives (?:dont|do not) (?:exist|matter)| (?:ni )?un paso atras| policia corrupta | (?:cops|police|pd) (?:lie|lies) /,
);

export interface BaitEvidence {
  score: number;
  match: RuleMatch | undefined;
  /** A loaded question, or a provocation with no question in it ("typical cops", "ACAB"). */
  provocation?: boolean;
}

export function findBait(view: CommentView, questionScore: number, negative: number): BaitEvidence {
  const loaded = findPhrase(view, LOADED_QUESTION);
  if (loaded) return { score: 0.9, match: loaded };
  const provocation = findPhrase(view, PROVOCATION);
  if (provocation) return { score: 0.85, match: provocation, provocation: true };
  // A question carrying an accusation: "Is killing unarmed people part of your training?"
  if (questionScore >= 0.6) {
    const accusation = findPhrase(view, ACCUSATION);
    if (accusation) return { score: 0.75, match: accusation };
  }
  return { score: Math.min(0.45, 0.1 + 0.3 * negative * (questionScore >= 0.6 ? 1 : 0.5)), match: undefined };
}
