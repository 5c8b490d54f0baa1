import { sentenceWordStarts, spanOfMatch, type CommentView } from './comment-view';
import type { ThreatKind, ThreatMatch } from './threat-rules';
import { threatView } from './threat-slips';
import { defineWordClass, hasWordClass } from './word-classes';
import { GROUP_MEMBERS, GROUP_NOUNS } from './word-lists/protected-groups';
import { SLURS } from './word-lists/offensive-words';
import {
  BODY_WORDS,
  PARTICLES,
  PEOPLE_WORDS,
  PLACE_WORDS,
  VIOLENT_VERB_FORMS,
  type VerbWord,
} from './word-lists/violence';

/**
 * Threats read a sentence at a time rather than matched as set phrases: a verb of violence
 * (word-lists/violence.ts, in any form) aimed at a person, a body or a building, in a sentence
 * that says the poster means to do it ("I'm going to skewer the first officer who…"), that it
 * should be done ("the mod should get his teeth knocked out"), wishes it ("I hope the whole night
 * shift catches a bullet") or orders it ("somebody break the chief's legs already"). The set
 * phrases of threat-rules.ts miss threats worded in a way no rule foresaw; this reading trades
 * their precision for reach, and threat-context.ts still removes counter-speech, reports and news.
 * Questions are not read: "Should cops be shot?" is bait, not a threat.
 */

const PEOPLE = new Set<string>([...PEOPLE_WORDS, ...GROUP_NOUNS, ...GROUP_MEMBERS, ...SLURS]);
const PLACES = new Set(PLACE_WORDS);
const BODY = new Set(BODY_WORDS);

/** Nouns that make the harm: "deserves a bullet", "belongs on a gallows". */
// prettier-ignore
const HARM_NOUNS = new Set([
  'bullet', 'bullets', 'noose', 'nooses', 'gallows', 'coffin', 'coffins', 'casket', 'grave', 'beating',
  'beatdown', 'beatings', 'bloodbath', 'massacre', 'lynching', 'molotov', 'molotovs', 'acid', 'gasoline', 'buckshot',
  'lethal', 'wheelchair', 'stomping', 'curbstomping', 'curbstomp', 'whooping', 'thrashing', 'pounding',
]);
/** Dying, wished on someone: "may every cop in this county die screaming". */
const DYING = new Set(['die', 'dies', 'dead', 'perish', 'bleed']);

/**
 * Harms worded as a phrase rather than a verb and its object: "thrown off rooftops", "fed to
 * the dogs", "lined up against a wall", "set on fire", "sprayed with bullets".
 */
const HARM_PHRASE =
  / (?:(?:throw|thrown|threw|throwing|toss|tossed) (?:\S+ ){0,3}?off (?:a |the )?(?:roofs?|rooftops?|bridges?|buildings?|cliffs?)|(?:feed|fed|feeding) (?:\S+ ){0,4}?to (?:the |my |his |our )?(?:\S+ )?(?:dogs?|pigs|sharks|wolves|bulls|k9s?|gators|alligators|hogs|lions)|(?:line|lined|lining) (?:\S+ ){0,4}?up against (?:a|the) wall|against the wall|(?:set|setting|light|lit) (?:\S+ ){0,6}?(?:on fire|alight|ablaze)|(?:drop|plant|place|leave|put|set|throw|toss|dropping|planting|leaving) (?:a |an |some |my )?(?:pipe )?(?:bombs?|ieds?|explosives?|grenades?|molotovs?) (?:in|at|under|into|inside|on)|(?:shoot|shooting|fire|firing|blast|blasting) (?:\S+ )?(?:thru|through) (?:the|my|your|their|ur) (?:door|doors|window|windows|walls?)|set fire to|(?:spray|sprayed|spraying|riddle|riddled|pepper|peppered) (?:\S+ ){0,4}?with (?:bullets|lead|gunfire|rounds|holes)|(?:pour|pouring|poured|douse|dousing|doused) (?:\S+ ){0,2}?(?:acid|gasoline|gas|petrol|kerosene|diesel|bleach|lighter fluid)|(?:drag|dragged|dragging) (?:\S+ ){0,9}?(?:behind (?:a|my|his|our|the) (?:truck|car)|through the streets)|(?:put|send|leave) (?:\S+ ){0,4}?(?:in a wheelchair|in the ground|in a body bag|in body bags|six feet under|in the hospital|in the morgue|in an early grave)|(?:end|ends) of a rope|(?:put|send|throw|shove|lock|herd|putting|sending) (?:\S+ ){0,4}?(?:in|into|to) (?:the )?(?:gas chambers?|ovens?|furnaces?|concentration camps?|death camps?)|(?:rope|ropes|noose|nooses) (?:around|round) (?:their|his|her|your|ur|the) necks?|body bags?|firing squad|electric chair|open season on|hunting (?:\S+ ){0,3}?for sport|(?:take|taking|took) (?:a |my |the |his |our )?(?:sledgehammer|bat|hammer|crowbar|machete|axe|knife|blade|brass knuckles) to|(?:put|putting|puts) (?:ahole|(?:a )?(?:hole|holes|bullet|bullets|round|rounds)) in|(?:pop|popping|bust|busting) (?:a )?caps? in|knock (?:\S+ ){0,3}?teeth (?:in|out)|(?:shove|shoving|push|pushing|throw|throwing|toss|tossing) (?:\S+ ){1,4}?(?:down|off|in front of|into|out of) (?:a |an |the |my |their )?(?:\S+ )?(?:shaft|stairs|stairwell|roof|rooftop|window|bridge|cliff|train|traffic|bus|river|lake|wood ?chipper|furnace|oven)|(?:cut|cutting|cuts) (?:the |their |his |her |your |ur )?brake (?:lines|line|cables)|open(?:ing)? fire (?:on|at|into)|roast(?:ed|ing)? (?:\S+ )?(?:on a spit|alive)|blown (?:up )?to (?:pieces|bits|smithereens|kingdom come)|(?:hanging|hang|hung|hanged|swinging|swing) from (?:a |the )?(?:tree|trees|lamppost|lamp post|lampposts|bridge|rope|noose|gallows|overpass)|until (?:his|her|their|your|ur) hearts? stops?|(?:until|till|til) (?:he|she|they|you|u) (?:stops? breathing|dies|die|bleeds?|cant (?:breathe|walk|stand|see))|(?:until|till|til) (?:theyre|they are|hes|he is|shes|she is|youre|you are) dead|(?:a |the )?(?:bat|crowbar|hammer|brick|pipe|machete|knife|bullet|tire iron) to (?:the|your|ur|his|her|their|both|both of (?:his|her|their|your)) (?:head|face|skull|chest|knees|kneecaps|back|legs)|(?<= (?:me|ill|imma|ima|gonna|to|will|lets)) off (?:him|her|them|you|u|em|the \S+|that \S+|every \S+)|find out what (?:a )?(?:real )?(?:beating|bullet|knife|bat) feels like|eat (?:his|her|your|ur|their) (?:own )?(?:gun|bullet|bullets|pistol|glock|shotgun)|(?:put|putting|pump|pumping|empty|emptying) (?:a |one |two |three |six |some |\S+ )?(?:rounds?|bullets?|slugs?|holes?|clips?|mags?|magazines?) (?:through|in|into)|(?:throw|throwing|hurl|hurling|chuck|chucking) (?:\S+ )?(?:bricks?|rocks?|stones?|bottles?|molotovs?|knives|bombs?) at|(?:dealt with|taken care of|silenced|gotten rid of|got rid of|eliminated|removed|disappeared) (?:permanently|for good|once and for all)|rig (?:\S+ ){0,4}?(?:to|so (?:it|that it)) (?:blow|explode|goes off|go off)|run (?:\S+ ){1,4}?off (?:the )?(?:road|interstate|highway|freeway|bridge|cliff|overpass)|introduce (?:\S+ ){0,3}?(?:face|head|skull|teeth|jaw) to (?:my|the|a) (?:\S+ )?(?:fists?|knuckles|bat|boot|boots|pavement|curb|hammer)|picking (?:up )?(?:your|his|her|their|ur) teeth|(?:turn|turns|end|ends|wind|winds|wash|washes) up (?:dead )?in (?:a |the )?(?:ditch|river|shallow grave|body bag|morgue|dumpster|trunk)) /;

/**
 * Harms that carry their own wish or intent, needing only a person in the sentence: "the cure is
 * a bullet", "a mob with torches to go after…", "I'm going to make your wife a widow".
 */
const WISH_PHRASE =
  / (?:make (?:his|her|your|ur|their) (?:wife|husband|kids|children|son|daughter|family) (?:a )?(?:widow|widower|widows|orphans|fatherless|motherless)|(?:cure|answer|solution|fix|remedy) (?:for (?:\S+ ){1,3})?(?:is|is a|are) (?:a |the )?(?:bullets?|rope|noose|gallows|extermination|genocide|gas chambers?|firing squad)|mob (?:\S+ )?with (?:torches|pitchforks|rope|ropes|guns) (?:\S+ ){0,3}?(?:go after|hunt|find|deal with|round up|string up)|(?:people|someone|somebody|men|guys|citizens|patriots) with (?:baseball )?(?:bats|guns|rifles|pitchforks|torches|ropes|knives) (?:should|need to|ought to|will|must)|(?:ill|i will|ill be|i am|im) (?:be )?the one (?:who|that|to) (?:put|puts|does it|makes it happen|pulls the trigger|lights the match|digs|did it|put them there|put him there|put her there)|(?:is|are|r) (?:all )?fair game) /;
/** First person, for an intent: "I", "we", "me and the boys". */
const FIRST_PERSON = / (?:i|im|ill|id|ive|we|were|well|wed|ima|imma|me and|my boys|us|my plan) /;
/** An intent or a plan, after a first person or alone at the start of a sentence. */
const INTENT =
  / ((?:will|ll|ill|well|ima|imma|shall|gonna|gna|gunna|going to|goin to|gon|about to|bout to|finna|plan to|planning to|plan is to|plan is|want to|wanna|would love to|d love to|cant wait to|intend to|swear|promise|need to|have to|gotta|got to|ready to|watch me|lets|let s|decided to|decide to|determined to|vowed to|set on|made up my mind to|would happily|would gladly|d happily|d gladly|would personally|d personally|might just|may just|plan (?:for \S+ )?is(?: simple| easy)?(?: to)?)) (?:\S+ ){0,8}$/;
/** Should, deserves, hope: what ought to happen to someone. */
const NORMATIVE =
  / ((?:should|shud|shld|ought to|oughta|needs to|need to|must|has to|have to|gotta|deserves?|deserve to|deserves to|has earned|have earned|earned|belongs?|would be better if|d be better if|world would be better if|better place if|safer if|hope|hoping|wish|pray|praying|legal to|time to|love to see|like to see|want to see|wanna see|wait to see|would be nice if|would be a good day if|make me happier than|make my day|any justice|be justice if|needs a|need a|needs some|need some|please me more than|please me than|(?:real|true|good) \S+ would|(?:is|are) to|public service to|be a service to|do (?:the world|us all|everyone) a favou?r (?:and|to|by))) (?:\S+ ){0,6}$/;
/** Someone told to act: "somebody break the chief's legs", "y'all need to go jump the sergeant". */
const ADDRESSEE =
  / ((?:someone|somebody|anybody|anyone|yall|y all|everyone|everybody) (?:pls |please |plz |go |just |needs to go |need to go |gotta |needs to |need to |better |should |oughta |ought to |has to |have to |really needs to |really should )?(?:go (?:\S+ ){0,6}?and )?)$/;
/** The marker far back, when the harm ends a chain of actions joined by "and". */
const INTENT_CHAIN =
  / ((?:will|ll|ill|well|ima|imma|gonna|gna|gunna|going to|goin to|about to|bout to|finna|plan to|planning to|decided to)) (?:\S+ ){1,12}and (?:then )?$/;
/** Orders that start a chain: "Put the refugees on trucks and shoot them", "go find … and …". */
// prettier-ignore
const ORDER_STARTERS = new Set(['go', 'put', 'find', 'take', 'grab', 'round', 'line', 'drag', 'get', 'bring', 'load', 'meet', 'catch', 'wait', 'hunt', 'track', 'round', 'gather', 'tie', 'lock']);
/** Words that may open an order before its verb: "go", "somebody", "let's". */
// prettier-ignore
const ORDER_OPENERS = new Set([
  'go', 'lets', 'just', 'now', 'pls', 'please', 'plz', 'somebody', 'someone', 'everyone', 'yall', 'and', 'so', 'ok',
  'then', 'lord', 'god', 'may', 'let',
]);
const NEGATION =
  / (?:not|never|no|nobody|noone|dont|doesnt|didnt|wont|wouldnt|shouldnt|cant|cannot|isnt|arent|aint|nadie|nunca|jamas|stop|against|without) /;
/** Negative words that do not negate: "nothing would make me happier than…". */
const NOT_NEGATION =
  / (?:nothing|no one|nobody) (?:would|will|could) (?:make me happier|make my day|please me more|please me)|nothing (?:better|happier) than | (?:cant|cannot|can t) wait /g;
/** Between the marker and the verb, a clause of its own: "we need to stop cops who kill people". */
const CLAUSE_BREAK =
  / (?:who|which|whom|whose|because|cuz|since|if|cause|where|whenever|like|than|(?:when|while|after|before|until|once) (?:i|you|u|he|she|they|we|it|someone|somebody|people|cops|officers)) /;
/**
 * Right after the verb, an everyday sense or a noun: "kill time", "hit me up", "shoot for the
 * stars", "whack job", "rape culture", "cut off her own limbs".
 */
const EVERYDAY_AFTER =
  /^(?:(?:\S+ ){0,3}own\b|(?:job|culture|kit|victims?|case|cases|charges?|allegations?|accusations?|survivors?|crisis|threats?|suspects?|investigation|scene|attempt|trial|jokes?)\b|it|time|this|for|me up|you up|up with|on|with kindness|the (?:game|test|exam|traffic|competition|record|lights|mood|vibe|interview|speech|show|crowd|stage|gym|road|books|bottle|hay|bill|idea|plan|deal|question|warrant)|a (?:kiss|message|text|line|email|question|look|photo|pic|picture|video|shot)|(?:you|him|her|them|em) (?:a|an|the) (?:kiss|message|text|line|email|dm|link|note|call|question|look|photo|pic|picture|video)|(?:you|him|her|them|em|me|us) (?:back|there|to it|to the punch|out of|off|out (?:for|to|on))|wrenching|(?:me|us) (?:a|an|the) \\S+|a leg|over to|down to|(?:some )?hoops)\b/;
/** A time to come, for the present used as a future: "I torch every cruiser Saturday". */
const WHEN =
  / (?:tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next time|again|soon|this week|weekend|if|when) /;
/** Games and contests: "I'll kill you at chess", "hope you'll beat him in the match". */
const CONTEST =
  / (?:games?|match|matches|tournament|trivia|chess|checkers|poker|bowling|softball|baseball|basketball|football|soccer|hockey|volleyball|paintball|laser tag|airsoft|fortnite|league|playoffs|finals?|championship|race|competition|contest|cornhole|scrimmage|rematch|debate|election|polls|ring|wrestling|summerslam|wwe|ufc) /;
/** Photos, not guns: "shooting the chief's portrait tomorrow". */
const CAMERA =
  / (?:photo|photos|portrait|portraits|picture|pictures|pics|headshots?|calendar|video|film|footage|camera|photoshoot|scene|wedding) /;
const PASSIVE = / (?:be|get|got|gets|getting|been|being|have|has|had) (?:(?:\S+ ){0,3}|(?:\S+ ){1,7}?and )$/;

export interface SentenceThreat {
  kind: ThreatKind;
  /** Word indexes of the first and last word that make the threat. */
  from: number;
  to: number;
}

function isTarget(word: string): boolean {
  return PEOPLE.has(word) || PLACES.has(word) || BODY.has(word);
}

function padded(words: readonly string[], from: number, to: number): string {
  return ` ${words.slice(from, to).join(' ')} `;
}

/** Words before an object's noun that say nothing of it: "the", "every last", "both your". */
// prettier-ignore
const DETERMINERS = new Set([
  'the', 'a', 'an', 'that', 'this', 'those', 'these', 'every', 'each', 'all', 'some', 'any', 'your', 'ur', 'his',
  'her', 'their', 'my', 'our', 'its', 'whole', 'entire', 'next', 'first', 'last', 'other', 'both', 'of', 'one',
  'two', 'three', 'few', 'many', 'more', 'single', 'damn', 'fucking', 'effing', 'stupid', 'little', 'lil', 'new',
  'old', 'same', 'two', 'very', 'right', 'out', 'up', 'down', 'off', 'me', 'myself',
]);
/** Words that end an object before its noun: "kill the rumor that the station…". */
// prettier-ignore
const OBJECT_ENDS = new Set([
  'that', 'who', 'which', 'to', 'at', 'with', 'in', 'on', 'for', 'from', 'when', 'because', 'and', 'or', 'but',
  'if', 'while', 'before', 'after', 'until', 'by', 'into', 'about', 'like', 'than', 'so', 'is', 'are', 'was',
  'were', 'be', 'will',
]);
/** Verbs that can harm a building or a car as well as a person: arson, bombs, gunfire. */
// prettier-ignore
const PLACE_VERBS = new Set(['torch', 'burn', 'bomb', 'firebomb', 'blow', 'level', 'incinerate', 'dynamite', 'ventilate', 'shoot', 'smash', 'attack', 'ambush', 'light', 'blast', 'ram']);
/** Content words an object may have before its noun: "that squad car", "the gay couple". */
const MODIFIERS_BEFORE_NOUN = 2;

/** The index of the person, body or building the verb at `at` acts on, or −1. */
function objectOf(words: readonly string[], at: number, end: number, verb: VerbWord): number {
  const after = words.slice(at + 1, Math.min(end, at + 9)).join(' ');
  if (EVERYDAY_AFTER.test(after)) return -1;
  // "I'm going to beat you at Mario Kart": a game, not a fight ("…in the face" is one).
  if (
    verb.verb === 'beat' &&
    /^(?:\S+ ){1,2}?(?:at|in)\b(?! (?:the|your|ur|his|her) (?:face|head|mouth))/.test(after)
  )
    return -1;
  const places = PLACE_VERBS.has(verb.verb);
  const fits = (word: string) =>
    verb.reach === 'body'
      ? BODY.has(word) || word === 'apart'
      : PEOPLE.has(word) || BODY.has(word) || (places && PLACES.has(word));
  let found = -1;
  let modifiers = 0;
  for (let k = at + 1; k < end; k++) {
    const word = words[k] as string;
    if (fits(word)) {
      found = k;
      break;
    }
    if (DETERMINERS.has(word)) continue;
    // A person before a body ("the moderator's spine") is a modifier too.
    if (OBJECT_ENDS.has(word) || ++modifiers > MODIFIERS_BEFORE_NOUN) break;
  }
  // "poison the food at the next gathering of Jews": a strong verb's harm may reach through a place.
  if (found < 0 && verb.reach === 'strong')
    for (let k = at + 1, seen = 0; k < end && seen < 9; k++, seen++) {
      const word = words[k] as string;
      if (PEOPLE.has(word)) {
        found = /^(?:at|of|in|on|inside|near|outside)$/.test(
          words.slice(at + 1, k).find((w) => /^(?:at|of|in|on|inside|near|outside|with|for|to)$/.test(w)) ??
            '',
        )
          ? k
          : -1;
        break;
      }
    }
  if (found < 0) return -1;
  const particles = PARTICLES[verb.verb];
  // "gun him down", "run that cop down", "take the chief out"
  if (particles && !words.slice(at + 1, Math.min(end, found + 6)).some((word) => particles.includes(word)))
    return -1;
  return found;
}

/** The nearest person or building in [from, to): the sufferer of a passive or a wish. */
function targetBetween(words: readonly string[], from: number, to: number, last = true): number {
  if (last) {
    for (let k = to - 1; k >= from; k--) if (isTarget(words[k] as string)) return k;
  } else for (let k = from; k < to; k++) if (isTarget(words[k] as string)) return k;
  return -1;
}

/** How far before its marker a sufferer may be named: "whoever runs this page should…". */
const SUBJECT_REACH = 6;

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
interface Frame {
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

function frameAt(words: readonly string[], from: number, at: number): Frame | undefined {
  const windowFrom = Math.max(from, at - 10);
  const before = padded(words, windowFrom, at);
  // "gonna catch that SRO in the lot after the game and put him in a wheelchair": a chain of
  // actions after one marker.
  const chainFrom = Math.max(from, at - 14);
  const intent =
    INTENT.exec(before) ??
    (words[at - 1] === 'and' || (words[at - 1] === 'then' && words[at - 2] === 'and')
      ? INTENT_CHAIN.exec(padded(words, chainFrom, at))
      : null);
  const normative = NORMATIVE.exec(before);
  const addressee = ADDRESSEE.exec(before);
  const marker = [intent, normative, addressee].reduce<RegExpExecArray | null>(
    (first, m) => (m && (!first || m.index < first.index) ? m : first),
    null,
  );
  const markerFrom = marker === intent && intent && !INTENT.test(before) ? chainFrom : windowFrom;
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
  if (marker && CLAUSE_BREAK.test(padded(words, markerAt + markerWords, at))) return undefined;
  // "cops that kill people" is a clause; "make that deputy" is not.
  for (let k = markerAt + markerWords; k < at; k++)
    if (words[k] === 'that' && isTarget(words[k - 1] ?? '')) return undefined;
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

const BE_OR_HAVE = new Set([
  'be',
  'get',
  'got',
  'gets',
  'getting',
  'been',
  'being',
  'have',
  'has',
  'had',
  'and',
]);

/**
 * Whether the word at `i` could be part of a harm at all, before any pattern runs: a verb needs
 * its particle and either an object or, in the past, a "be"/"get" or a body before it; a noun or
 * a word of dying needs a person in the sentence.
 */
function mayBeHarm(
  words: readonly string[],
  from: number,
  to: number,
  i: number,
  verb: VerbWord | undefined,
): boolean {
  if (!verb) {
    for (let k = from; k < to; k++) if (isTarget(words[k] as string)) return true;
    return false;
  }
  const particles = PARTICLES[verb.verb];
  if (particles) {
    let found = false;
    for (let k = i + 1; k < to && k <= i + 8 && !found; k++) found = particles.includes(words[k] as string);
    if (!found) return false;
  }
  if (verb.form === 'past' || verb.pastLooksPlain) {
    if (BODY.has(words[i - 1] ?? '')) return true;
    for (let k = Math.max(from, i - 8); k < i; k++) if (BE_OR_HAVE.has(words[k] as string)) return true;
  }
  if (verb.reach === 'strong' && i === to - 1) return true;
  for (let k = i + 1; k < to && k <= i + 12; k++) if (isTarget(words[k] as string)) return true;
  return false;
}

/**
 * Reads one sentence (words[from, to)) for a threat; the first one found. `phrases`: whether the
 * comment has a word of the harm or wish phrases (false skips their patterns).
 */
export function readSentence(
  words: readonly string[],
  from: number,
  to: number,
  phrases = true,
): SentenceThreat | undefined {
  const sentence = padded(words, from, to);
  const wished = phrases ? WISH_PHRASE.exec(sentence) : null;
  if (wished && !NEGATION.test(sentence)) {
    const at = from + sentence.slice(0, wished.index + 1).split(' ').length - 2;
    const sufferer = targetBetween(words, from, to);
    if (sufferer >= 0) return { kind: 'wish', from: Math.min(at, sufferer), to: Math.max(at, sufferer) };
  }
  const phrase = phrases ? HARM_PHRASE.exec(sentence) : null;
  if (phrase) {
    const at = from + sentence.slice(0, phrase.index + 1).split(' ').length - 2;
    const frame = frameAt(words, from, at);
    const sufferer = targetBetween(words, from, to);
    // "Someone set fire to a patrol car during the riot" reports: a verb whose past looks the
    // same needs an intent or a wish, not only an opener.
    const pastLike =
      /^(?:set|put|lit|fed|threw|thrown|tossed|lined|dragged|sprayed|riddled|peppered|poured|doused|took)$/.test(
        words[at] ?? '',
      );
    // "I'm pouring gasoline on all of them tonight", "is getting a bat to the head from me"
    const chainedProgressive =
      words[at - 1] === 'and' &&
      / (?:im|i am|were|we are) (?:\S+ ){0,6}$/.test(padded(words, Math.max(from, at - 8), at));
    const progressive =
      chainedProgressive ||
      / (?:im|i am|were|we are|is getting|are getting|gets|getting) (?:\S+ )?$/.test(
        padded(words, Math.max(from, at - 3), at),
      );
    // "A few Jews hanging from the overpass would send exactly the right message"
    const approved =
      / would (?:send|be|make) (?:\S+ ){0,3}?(?:message|signal|lesson|service|start|sight|statement) /.test(
        sentence,
      );
    const framed =
      frame &&
      (frame.intent ||
        frame.normative ||
        progressive ||
        approved ||
        // An order opening the sentence ("Put them in gas chambers.") is no report.
        (at === from && frame.order) ||
        (!pastLike && (frame.wish || frame.order)));
    if (frame && framed && sufferer >= 0)
      return {
        kind: frame.intent ? 'intent' : 'wish',
        from: Math.min(frame.markerAt, sufferer),
        to: Math.max(at, sufferer),
      };
  }
  for (let i = from; i < to; i++) {
    const word = words[i] as string;
    const harmNoun = HARM_NOUNS.has(word);
    // "has earned a curb-stomping": the noun, not the verb.
    const verb = harmNoun ? undefined : VIOLENT_VERB_FORMS.get(word);
    if (!verb && !harmNoun && !DYING.has(word)) continue;
    // Cheap tests first: most violent words in a comment have no one to act on.
    if (!mayBeHarm(words, from, to, i, verb)) continue;
    const frame = frameAt(words, from, i);
    if (!frame) continue;
    const before = padded(words, Math.max(from, i - 8), i);
    if (verb) {
      if (verb.verb === 'shoot' && CAMERA.test(sentence)) continue;
      if (CONTEST.test(sentence)) continue;
      // "seeing that deputy's skull caved in", "get his throat cut": a body, then what was done to it.
      const bodyBefore = BODY.has(words[i - 1] ?? '');
      const pastForm =
        verb.form === 'past' ||
        (verb.pastLooksPlain && (/ (?:be|get|got|gets|getting) $/.test(before) || bodyBefore));
      const bodyDone = pastForm && bodyBefore;
      if (pastForm && (PASSIVE.test(before) || bodyDone)) {
        // "Gay men should be thrown…", "the mod should get his teeth knocked out": wished, not
        // foretold ("the decision will be taken"); with its particle when it needs one.
        const sufferer = targetBetween(words, Math.max(from, frame.markerAt - SUBJECT_REACH), i);
        const particles = PARTICLES[verb.verb];
        const after = words.slice(i + 1, Math.min(to, i + 3));
        if (particles && !after.some((word) => particles.includes(word))) continue;
        // The marker governs the "be": "should all be shot", not "must be afraid… might get hit".
        let be = i - 1;
        while (
          be > frame.markerAt &&
          !/^(?:be|get|got|gets|getting|been|being|have|has|had)$/.test(words[be] ?? '')
        )
          be--;
        if (!bodyDone && be - (frame.markerAt + frame.markerWords) > 4) continue;
        // "…is going to get his face caved in by me personally": the poster as the one who acts.
        const byMe = / by (?:me|us|my \S+) /.test(padded(words, i + 1, Math.min(to, i + 5)));
        if ((frame.wish || byMe) && sufferer >= 0)
          return { kind: byMe ? 'intent' : 'wish', from: Math.min(sufferer, frame.markerAt), to: i };
        continue;
      }
      // "…I start shooting. That's a promise": a rampage needs no one named.
      if (
        verb.form === 'ing' &&
        verb.reach === 'strong' &&
        i === to - 1 &&
        frame.firstPerson &&
        / (?:start|starting|go|keep) $/.test(before)
      )
        return { kind: 'intent', from: frame.markerAt, to: i };
      const object = objectOf(words, i, to, verb);
      if (object < 0) continue;
      if (verb.form === 'ing') {
        // "I'm whacking that detective the minute he testifies"
        if (frame.firstPerson && / (?:im|i am|were|we are|start|starting|go|keep) (?:\S+ )?$/.test(before))
          return { kind: 'intent', from: frame.markerAt, to: object };
        // "It's time to start breaking the bones of…"
        if (frame.normative && / (?:start|starting|begin|keep) $/.test(before))
          return { kind: 'wish', from: frame.markerAt, to: object };
        continue;
      }
      // "Before summer ends I'll have torched the house of every woman on my road"
      if (verb.form === 'past' && frame.intent && / (?:ll|will|ill) have (?:\S+ )?$/.test(before))
        return { kind: 'intent', from: frame.markerAt, to: object };
      // "We'd all be safer if someone just shot the whole SWAT team": a wish in the past tense.
      if (
        verb.form === 'past' &&
        frame.normative &&
        / if (?:someone|somebody|anyone|anybody|they|you|u|we) (?:\S+ )?$/.test(before)
      )
        return { kind: 'wish', from: frame.markerAt, to: object };
      if (verb.form !== 'plain') continue;
      if (frame.order && !verb.pastLooksPlain) return { kind: 'wish', from, to: object };
      // "You arrest my brother Friday, I torch every cruiser in your lot Saturday": the present
      // for the future, with a strong verb and a time.
      if (verb.reach === 'strong' && / (?:i|we) $/.test(before) && WHEN.test(sentence))
        return { kind: 'intent', from: i - 1, to: object };
      if (frame.intent) return { kind: 'intent', from: frame.markerAt, to: object };
      if (frame.wish && !(verb.pastLooksPlain && !NORMATIVE.test(before)))
        return { kind: 'wish', from: frame.markerAt, to: object };
      continue;
    }
    // "deserves a bullet", "belongs on a gallows", "I'm pouring gasoline on all of them"; not a
    // "bullet point" or a "bullet proof vest".
    if (harmNoun && /^(?:proof|point|points|journal|list|resistant|train|holes?)$/.test(words[i + 1] ?? ''))
      continue;
    const catches =
      / (?:catch|catches|catching|get|gets|getting|take|takes|eat|eats|eating) (?:a |the |some )?$/.test(
        before,
      );
    if (!frame.wish && !frame.intent && !(harmNoun && catches) && !(frame.order && words[from] === 'may'))
      continue;
    // "whoever's in the tow yard booth is catching a bullet": the sufferer may be further back.
    const subjectFrom = Math.max(from, (catches ? i : frame.markerAt) - SUBJECT_REACH - (catches ? 4 : 0));
    const sufferer = harmNoun
      ? Math.max(
          targetBetween(words, subjectFrom, i),
          targetBetween(words, i + 1, Math.min(to, i + 6), false),
        )
      : targetBetween(words, subjectFrom, i);
    if (sufferer < 0) continue;
    return {
      kind: frame.intent ? 'intent' : 'wish',
      from: Math.min(sufferer, frame.markerAt),
      to: Math.max(i, sufferer),
    };
  }
  return undefined;
}

/**
 * One of these is in every comment a harm phrase or a wish phrase can match: most comments have
 * none, and skip both patterns.
 */
// prettier-ignore
const PHRASE_WORDS = new Set([
  'roof', 'roofs', 'rooftop', 'rooftops', 'bridge', 'bridges', 'building', 'buildings', 'cliff', 'cliffs', 'fed',
  'feed', 'feeding', 'wall', 'fire', 'alight', 'ablaze', 'bullets', 'bullet', 'lead', 'gunfire', 'rounds', 'round',
  'holes', 'hole', 'ahole', 'acid', 'gasoline', 'gas', 'petrol', 'kerosene', 'diesel', 'bleach', 'fluid', 'drag', 'dragged', 'dragging',
  'wheelchair', 'ground', 'bag', 'bags', 'under', 'hospital', 'morgue', 'grave', 'rope', 'squad', 'chair', 'season',
  'sport', 'sledgehammer', 'bat', 'hammer', 'crowbar', 'machete', 'axe', 'knife', 'blade', 'knuckles', 'cap',
  'caps', 'teeth', 'spit', 'alive', 'pieces', 'bits', 'smithereens', 'kingdom', 'tree', 'trees', 'lamppost',
  'lampposts', 'post', 'noose', 'gallows', 'overpass', 'until', 'brick', 'bricks', 'pipe', 'iron', 'off', 'feels',
  'eat', 'slug', 'slugs', 'clip', 'clips', 'mags', 'magazines', 'rocks', 'rock', 'stones', 'stone', 'bottles',
  'bottle', 'molotov', 'molotovs', 'knives', 'bombs', 'bomb', 'permanently', 'rig', 'introduce', 'widow', 'widower',
  'widows', 'orphans', 'fatherless', 'motherless', 'extermination', 'genocide', 'chambers', 'chamber', 'mob',
  'ditch', 'river', 'dumpster', 'trunk', 'picking', 'chamber', 'chambers', 'ovens', 'furnaces', 'camps', 'camp', 'shaft', 'stairs', 'stairwell', 'train', 'traffic', 'furnace', 'oven', 'brake', 'one', 'bats', 'guns', 'rifles', 'pitchforks', 'torches', 'ropes', 'pipe', 'ied', 'ieds', 'explosive', 'explosives', 'grenade', 'grenades', 'thru', 'through', 'fair', 'dealt', 'silenced', 'eliminated', 'disappeared', 'removed',
  'gotten', 'taken',
]);

/** Verbs of violence in any form, harm nouns, words of dying: one lookup per word for all. */
const HARM_WORD = defineWordClass([...VIOLENT_VERB_FORMS.keys(), ...HARM_NOUNS, ...DYING]);
const PHRASE_WORD = defineWordClass(PHRASE_WORDS);

/** Threats read sentence by sentence, as matches threat-context.ts can weigh. */
export function findSentenceThreats(comment: CommentView): ThreatMatch[] {
  const view = threatView(comment);
  const words = view.tokens.words;
  const phrases = hasWordClass(view, PHRASE_WORD);
  if (
    !hasWordClass(view, HARM_WORD) &&
    !(phrases && (HARM_PHRASE.test(view.joined) || WISH_PHRASE.test(view.joined)))
  )
    return [];
  const starts = sentenceWordStarts(view);
  const found: ThreatMatch[] = [];
  starts.forEach((from, n) => {
    const to = starts[n + 1] ?? words.length;
    if (isQuestion(view, to - 1)) return;
    const threat = readSentence(words, from, to, phrases);
    if (!threat) return;
    // "If that cop writes me one more ticket I'm snapping his neck": only the consequence counts
    // for negation and reporting (threat-context.ts), as for the conditional rules.
    const condition = / (?:if|next time|one more|again and|ever again) /.test(
      padded(words, from, threat.from),
    );
    const at = (view.wordOffsets[threat.from] ?? 1) - 1;
    const last = threat.to;
    const end = (view.wordOffsets[last] ?? 0) + (words[last]?.length ?? 0);
    found.push({
      span: spanOfMatch(view, at, end),
      at,
      end,
      phrase: view.joined.slice(at, end).trim(),
      kind: condition ? 'conditional' : threat.kind,
    });
  });
  return found;
}

/** Whether the sentence ending with word `last` ends with a question mark. */
function isQuestion(view: CommentView, last: number): boolean {
  const { ends, starts, text } = view.tokens;
  const tail = text.slice(ends[last] ?? text.length, starts[last + 1] ?? text.length);
  return tail.includes('?') || view.tokens.words[last] === '?';
}
