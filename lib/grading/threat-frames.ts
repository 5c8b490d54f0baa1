import { oneByteText } from './one-byte-text';
import { isThreatTarget } from './word-lists/violence';

/**
 * What the words before a harm in a sentence say about it, for the sentence reading of threats
 * (threat-sentences.ts): whether the poster means to do it ("I'm going to…", "my plan is…"),
 * wishes or demands it ("should", "deserves", "hope", "may every…"), tells someone to do it
 * ("somebody…", an order opening the sentence), or negates it; and where that marker starts.
 */

/**
 * The words from `from` to `to`, padded with spaces for the patterns; a one-byte copy, since a
 * join can come out two-byte even from one-byte words, and the rules must read one-byte text
 * only (one-byte-text.ts).
 */
export function padded(words: readonly string[], from: number, to: number): string {
  return oneByteText(` ${words.slice(from, to).join(' ')} `);
}

/** First person, for an intent: "I", "we", "me and the boys". */
const FIRST_PERSON = / (?:i|im|ill|id|ive|we|were|well|wed|ima|imma|me and|my boys|us|my plan) /;
/** An intent or a plan, after a first person or alone at the start of a sentence. */
const INTENT =
  / ((?:will|ll|ill|well|ima|imma|shall|gonna|gna|gunna|going to|goin to|gon|about to|bout to|finna|plan to|planning to|plan on|planning on|looking forward to|plan is to|plan is|want to|wanna|would love to|d love to|cant wait to|intend to|swear|promise|need to|have to|gotta|got to|ready to|watch me|lets|let s|decided to|decide to|determined to|vowed to|set on|made up my mind to|would happily|would gladly|d happily|d gladly|would personally|d personally|might just|may just|plan (?:for \S+ )?is(?: simple| easy)?(?: to)?|(?:going|heading|driving|coming|walking|rolling|on my way|on our way) (?:\S+ ){1,5}?to)) (?:\S+ ){0,8}$/;
/**
 * Should, deserves, hope: what ought to happen to someone, up to six words on (and the words
 * that only pick people out: "hope every one of those officers gets…", "hope that cop's kids…").
 */
export const NORMATIVE =
  / ((?:should|shud|shld|ought to|oughta|needs to|need to|must|has to|have to|gotta|deserves?|deserve to|deserves to|has earned|have earned|earned|belongs?|would be better if|d be better if|world would be better if|better place if|safer if|hope|hoping|wish|pray|praying|legal to|time to|love to see|like to see|want to see|wanna see|wait to see|would be nice if|would be a good day if|make me happier than|make my day|any justice|be justice if|needs a|need a|needs some|need some|needs(?= (?:his|her|their|your|ur|yo) )|please me more than|please me than|(?:real|true|good) \S+ would|(?:is|are) to|public service to|be a service to|do (?:the world|us all|everyone) a favou?r (?:and|to|by)|(?:cant|cannot|can t) wait (?:till|until|for(?: the day)?)|send (?:someone|somebody) to|(?:somebodys|someones|somebody s|someone s|somebody is|someone is) (?:gonna|going to)|best thing (?:that )?(?:could|would|that could ever) (?:ever )?happen(?: to \S+)? (?:is|would be)|(?:d|id|wed|would) (?:pay|pay good money|pay money|give anything) (?:to (?:see|watch)|for (?:someone|somebody|anyone) to)|(?:d|id|wed|would) (?:throw a party|celebrate|buy (?:\S+ )?drinks|buy a round) (?:if|when|for))) (?:(?:every|each|any|one|of|those|these|the|all|that|this) ){0,4}(?:\S+ (?:who|that) (?:\S+ ){1,3}?(?=(?:gets|get|is|should|deserves|will|would|needs) ))?(?:\S+ ){0,6}$/;
/** A wish or hope voiced by someone other than the poster. */
const OTHERS_WISH =
  / (?:people|they|he|she|folks|others|everyone|some|many|commenters|somebody|someone) (?:\S+ )?(?:wish|wishes|wishing|hope|hopes|hoping|pray|prays|praying)$/;
/** Someone told to act: "somebody break the chief's legs", "y'all need to go jump the sergeant". */
const ADDRESSEE =
  / (?:(?:can|could|will|would) )?((?:someone|somebody|anybody|anyone|yall|y all|everyone|everybody) (?:pls |please |plz |go |just |can go |could go |needs to go |need to go |gotta |needs to |need to |better |should |oughta |ought to |has to |have to |really needs to |really should ){0,2}(?:(?:go|find|track|get|look) (?:\S+ ){0,6}?and )?)$/;
/** The marker far back, when the harm ends a chain of actions joined by "and". */
const INTENT_CHAIN =
  / ((?:will|ll|ill|well|ima|imma|gonna|gna|gunna|going to|goin to|about to|bout to|finna|plan to|planning to|decided to)) (?:\S+ ){1,12}and (?:then )?$/;
/** A norm far back, when the harm ends a chain of actions joined by "and". */
const NORMATIVE_CHAIN =
  / ((?:should|shud|ought to|oughta|needs to|need to|must|has to|have to|gotta|deserves? to|hope|hoping|pray|praying)) (?:\S+ ){1,12}and (?:then )?$/;
/** Orders that start a chain: "Put the refugees on trucks and shoot them", "go find … and …". */
// prettier-ignore
const ORDER_STARTERS = new Set(['go', 'put', 'find', 'take', 'grab', 'round', 'line', 'drag', 'get', 'bring', 'load', 'meet', 'catch', 'wait', 'hunt', 'track', 'gather', 'tie', 'lock']);
/** Words that may open an order before its verb: "go", "somebody", "let's". */
// prettier-ignore
const ORDER_OPENERS = new Set([
  'go', 'lets', 'just', 'now', 'pls', 'please', 'plz', 'somebody', 'someone', 'everyone', 'yall', 'and', 'so', 'ok',
  'then', 'lord', 'god', 'may', 'let',
]);
/** Words that negate a harm before it: "I would never hurt…", "no one should…". */
export const NEGATION =
  / (?:not|never|no|nobody|noone|dont|doesnt|didnt|wont|wouldnt|shouldnt|cant|cannot|isnt|arent|aint|nadie|nunca|jamas|stop|against|without) /;
/** Negative words that do not negate: "nothing would make me happier than…". */
const NOT_NEGATION =
  / (?:nothing|no one|nobody) (?:would|will|could) (?:make me happier|make my day|please me more|please me)|nothing (?:better|happier) than | (?:cant|cannot|can t) wait | (?:not|wont|aint|never) (?:stopping|stop|pulling over|pull over) /g;
/** Between the marker and the verb, a clause of its own: "we need to stop cops who kill people". */
const CLAUSE_BREAK =
  / (?:(?<!(?:out|find|know|learn|see) )who|which|whom|whose|because|cuz|since|if|cause|where|whenever|like|than|(?:when|while|after|before|until|once) (?:i|you|u|he|she|they|we|it|someone|somebody|people|cops|officers)) /;

/** A main verb after a clause and one word of its own: "…who did this gets…", not "who are killing". */
const MAIN_VERB_AFTER =
  /^ \S+ (?:\S+ )*?(?:gets|get|got|getting|be|should|deserves|needs|will|would|is|dies|rots|burns|bleeds|suffers|drowns|chokes)(?= )/;

/** Subjects other than the poster: the nearest one before a marker says who means it. */
const SUBJECTS = new Set([
  'you',
  'u',
  'youre',
  'ur',
  'he',
  'hes',
  'she',
  'shes',
  'they',
  'theyre',
  'it',
  'its',
  'people',
  'cops',
  'police',
  'someone',
  'somebody',
  'who',
]);

/**
 * Whether the nearest subject before `at` is the poster ("I", "we", "me and the boys", "my
 * plan"): "you're a coward when you got to beat somebody" is about "you", whoever spoke first.
 */
function speakerIsPoster(words: readonly string[], from: number, at: number): boolean {
  for (let k = at - 1; k >= Math.max(from, at - 5); k--) {
    const word = words[k] as string;
    if (FIRST_PERSON.test(` ${word} ${words[k + 1] ?? ''} `) && !/^(?:me|us)$/.test(word)) return true;
    if (SUBJECTS.has(word)) return false;
  }
  return FIRST_PERSON.test(padded(words, from, at));
}

/** What the words before position `at` of a sentence say about a harm at `at`. */
export interface Frame {
  /** The poster means to do it. */
  intent: boolean;
  /** It should happen, is wished, or someone is told to do it. */
  wish: boolean;
  /** It should happen or is wished (not only someone told to do it). */
  normative: boolean;
  /** It opens the sentence, as an order does. */
  order: boolean;
  /** Where the marker begins, for the match, and how many words it has. */
  markerAt: number;
  markerWords: number;
  firstPerson: boolean;
}

/** Someone unnamed doing the harm: "whoever kills the chief…", "if somebody shot the sergeant…". */
const ANY_DOER =
  / (?:whoever|(?:anyone|anybody|someone|somebody|the (?:person|guy|man|one)|any (?:man|one|person|guy)) (?:who|that)|if (?:someone|somebody|anyone|anybody)) (?:\S+ ){0,2}$/;
/** …praised or rewarded for it: "…would be a hero", "I'll buy drinks for…", "I'd throw a party". */
const PRAISED =
  / (?:hero|heroes|medal|legend|saint|party|drinks|round|reward|celebrate|favou?r|blessed|thank|champagne|statue|cashapp|venmo|zelle|bounty|gofundme|bail (?:\S+ )?out|hold the door|cash|dollars|bucks|fund|beer|beers|a drink|offering|shake (?:the |his |your )?hand) /;

/**
 * A harm done by someone unnamed whom the sentence praises or rewards: "whoever kills the chief
 * would be a hero in this town", "if somebody shot Sgt. B on his way home I'd throw a party".
 */
export function praisedDoerAt(
  words: readonly string[],
  from: number,
  to: number,
  at: number,
  past: boolean,
): Frame | undefined {
  const doer = ANY_DOER.exec(padded(words, Math.max(from, at - 6), at));
  if (!doer || !PRAISED.test(padded(words, from, to))) return undefined;
  // "Whoever shot that officer should get life": a harm done is a report; only "if somebody
  // shot…" wishes it.
  if (past && !doer[0].startsWith(' if ')) return undefined;
  if (NEGATION.test(padded(words, from, to).replace(NOT_NEGATION, ' '))) return undefined;
  const markerAt = at - doer[0].trim().split(' ').length;
  return {
    intent: false,
    wish: true,
    normative: true,
    order: false,
    markerAt: Math.max(from, markerAt),
    markerWords: 1,
    firstPerson: false,
  };
}

/** Whether the sentence opens with an order that starts a chain ("Round up the protesters and…"). */
export function opensWithOrder(words: readonly string[], from: number): boolean {
  return ORDER_STARTERS.has(words[from] ?? '');
}

export function frameAt(words: readonly string[], from: number, at: number): Frame | undefined {
  const windowFrom = Math.max(from, at - 10);
  const before = padded(words, windowFrom, at);
  // "gonna catch that SRO in the lot after the game and put him in a wheelchair": a chain of
  // actions after one marker.
  const chainFrom = Math.max(from, at - 14);
  const chainable = words[at - 1] === 'and' || words[at - 1] === 'then';
  const chain = chainable ? padded(words, chainFrom, at) : '';
  const intentNear = INTENT.exec(before);
  const intent = intentNear ?? (chainable ? INTENT_CHAIN.exec(chain) : null);
  const normativeFound = NORMATIVE.exec(before);
  // "seeing people wish death on…", "they hope he dies": someone else's wish, reported.
  const normativeNear =
    normativeFound && OTHERS_WISH.test(before.slice(0, normativeFound.index + 1) + (normativeFound[1] ?? ''))
      ? null
      : normativeFound;
  // "should storm the jail, drag that deputy out and string him up"
  const normative = normativeNear ?? (chainable && !intent ? NORMATIVE_CHAIN.exec(chain) : null);
  const addressee = ADDRESSEE.exec(before);
  const marker = [intent, normative, addressee].reduce<RegExpExecArray | null>(
    (first, m) => (m && (!first || m.index < first.index) ? m : first),
    null,
  );
  const fromChain = (marker === intent && !intentNear) || (marker === normative && !normativeNear);
  const markerFrom = marker && fromChain ? chainFrom : windowFrom;
  const markerAt = marker
    ? markerFrom +
      padded(words, markerFrom, at)
        .slice(0, marker.index + 1)
        .split(' ').length -
      2
    : at;
  if (NEGATION.test(padded(words, Math.max(from, markerAt - 3), at).replace(NOT_NEGATION, ' ')))
    return undefined;
  // A clause between the marker's own words and the verb: "we need to stop cops who kill…".
  const markerWords = marker ? (marker[1] ?? '').trim().split(' ').length : 0;
  // "hope the officer who did this gets his throat cut": the clause ends at its main verb.
  const afterMarker = padded(words, markerAt + markerWords, at);
  const clause = marker ? CLAUSE_BREAK.exec(afterMarker) : null;
  const rest = clause ? afterMarker.slice(clause.index + clause[0].length - 1) : '';
  // A past clause ends at the "and" before a plain verb: "find the neighbor who called it in and
  // make her bleed"; "stop cops who beat people and kill them" stays one clause.
  const pastClauseClosed = chainable && /^ \S+(?:ed|s) /.test(rest) && !/(?:ed|s)$/.test(words[at] ?? '');
  if (clause && !pastClauseClosed && !MAIN_VERB_AFTER.test(rest)) return undefined;
  // "cops that kill people" is a clause; "make that deputy" is not.
  for (let k = markerAt + markerWords; k < at; k++)
    if (words[k] === 'that' && isThreatTarget(words[k - 1] ?? '')) return undefined;
  let k = from;
  while (k < at && ORDER_OPENERS.has(words[k] as string)) k++;
  const firstPerson = speakerIsPoster(words, from, marker ? markerAt : at);
  // "Lord let the lieutenant…", "May every cop in this county…": a wish from the first word.
  const blessing = /^ (?:(?:lord|god|please|oh) )?(?:let|may) /.test(
    padded(words, from, Math.min(at, from + 3)),
  );
  // "Go find the deputy who arrested my cousin and break his jaw": orders in a row.
  const chained = words[at - 1] === 'and' && ORDER_STARTERS.has(words[from] ?? '');
  return {
    intent: intent !== null && (firstPerson || markerAt === from),
    wish: normative !== null || addressee !== null || blessing,
    normative: normative !== null || blessing,
    order: k === at || chained,
    markerAt: blessing ? from : markerAt,
    markerWords,
    firstPerson,
  };
}
