import { onOneByteText } from './one-byte-text';
import { compactPattern } from './compact-pattern';
import {
  findPhrase,
  spanOfWord,
  wordIndexAt,
  type CommentView,
  type RuleMatch,
  type Span,
} from './comment-view';
import { condemns, isQuoted, isReported } from './counter-speech';
import { findDehumanisingInsult } from './dehumanising-insults';
import { findGroupHate } from './group-hate';
import { findIllegalActivity } from './illegal-activity';
import { hasInnocentLookalike, isInnocentSense } from './innocent-senses';
import { offensiveKindOf, type OffensiveKind } from './offensive-words-lookup';
import { gated } from './pattern-gate';
import { defineWordClass, hasWordClass } from './word-classes';
import { lookUpWords } from './word-lookup';
import { INSULTING_ADJECTIVES, NAME_CALLING } from './word-lists/offensive-words';

/**
 * Offensive words and phrases with their spans: profanity in any disguise, slurs, dehumanising
 * insults, hate against a protected group, sexual content, urging self-harm, and encouragement
 * of illegal acts. A slur quoted to condemn it, or a word the poster reports someone else
 * saying, is a mention, not a use; so is an insult denied.
 */
export type OffensiveEvidenceKind =
  OffensiveKind | 'insult' | 'illegal-activity' | 'group-hate' | 'self-harm';

/** Who an insulting adjective may be aimed at: "you stupid …", "stupid cops". */
const AIMED_BEFORE = new Set([
  'you',
  'u',
  'ur',
  'your',
  'youre',
  'ya',
  'yall',
  'are',
  'is',
  'so',
  'such',
  'these',
  'those',
  'this',
  'that',
  'them',
  'bunch',
  'fucking',
  'freaking',
]);
const PEOPLE_AFTER = new Set([
  'cop',
  'cops',
  'pig',
  'pigs',
  'officer',
  'officers',
  'people',
  'person',
  'man',
  'woman',
  'guy',
  'guys',
  'idiot',
  'idiots',
  'bitch',
  'bitches',
  'police',
  'deputy',
  'deputies',
  'liberals',
  'conservatives',
  'democrats',
  'republicans',
  'clown',
  'clowns',
  'ass',
  'fool',
  'fools',
  'moron',
  'morons',
  'kid',
  'kids',
  'woman',
  'women',
  'men',
  'chief',
  'mayor',
]);

const NAME_CALLING_WORD = defineWordClass(NAME_CALLING);
const INSULTING_ADJECTIVE = defineWordClass(INSULTING_ADJECTIVES);

function isNameCalling(words: string[], i: number, classes: number): boolean {
  if (classes & NAME_CALLING_WORD)
    return !(words[i - 1] === 'an' && (words[i - 2] === 'im' || words[i - 2] === 'i'));
  if (!(classes & INSULTING_ADJECTIVE)) return false;
  return AIMED_BEFORE.has(words[i - 1] ?? '') || PEOPLE_AFTER.has(words[i + 1] ?? '');
}

export interface OffensiveEvidence {
  kind: OffensiveEvidenceKind;
  span: Span | undefined;
  word: string;
}

/** "pig roast", "guinea pig": the animal, not the insult. */
const ANIMAL_CONTEXT_AFTER = new Set([
  'roast',
  'farm',
  'farmer',
  'farmers',
  'races',
  'race',
  'pen',
  'latin',
  'skin',
  'tail',
  'tails',
  'feed',
  'pickin',
  'out',
  'blanket',
  'blankets',
  'contest',
  'chase',
  'scramble',
  'wrestling',
]);
const ANIMAL_CONTEXT_BEFORE = new Set([
  'guinea',
  'pot',
  'bellied',
  'roast',
  'roasted',
  'little',
  'pink',
  'piggy',
  'three',
  'peppa',
  'wild',
  'feral',
  'pet',
  'show',
  'baby',
  'greased',
]);

/**
 * Profanity abbreviated to a letter: "go f yourself", "eff off"; "FTP" and "fck12" (the police,
 * "12"), not the file transfer protocol ("the ftp server"); the finger 🖕.
 */
const ABBREVIATED_PROFANITY = onOneByteText(
  / (?:f|eff|effing) (?:you|u|yourself|yourselves|off|them|the police|the cops|this|that|mpd|\w*pd) |(?<! (?:the|an|via|over|sftp)) ftp(?! (?:server|site|client|upload|download|login|folder|link|access|file|files) )| (?:fck|fuck|fk|fuk|f) ?12 | 🖕/,
);

/** Sexual advances and acts without a listed word: "I want to bang the officer", "suck my…". */
const SEXUAL_PHRASES = compactPattern(
  / (?:want to|wanna|would|id|i d|gonna|let me|lemme|love to|could) (?:bang|shag|bone|hook up with|sleep with|have sex with|get in bed with) (?:the|that|this|her|him|you|your|ur|them|officer|deputy)\b| (?:suck|lick) my (?:dick|cock|balls|d|nuts|ass)\b| blow me\b| sit on my face\b| show (?:us|me) (?:your|ur|them|those) (?:tits|boobs|ass|titties|body)\b| (?:nice|great|hot|sexy) (?:rack|tits|boobs|titties|booty|ass|butt|cleavage)\b| (?:she|he|you|u|ya|they|yall|dispatcher|sergeant|sarge|chief|deputy|officer|cop) (?:really |just |definitely )?needs? to get laid\b(?! (?:off|down|out|before|by|on|in|at|with|tomorrow|today|this|next))/,
);

/**
 * Come-ons to officers on duty ("she can frisk me anytime 😏", "that sergeant could get it 🍑"):
 * sexual remarks, but only with a flirting word, emoji or phrase beside them; "you can search me
 * anytime, I have nothing to hide" is no come-on.
 */
const COME_ON = gated(
  / (?:frisk|cuff|search|pat|handcuff|arrest) me (?:down )?(?:any ?time|any day|any night|whenever|all night|anywhere|and take me home|baby)\b| put me in (?:cuffs|handcuffs) any ?(?:day|night|time)\b| (?:could|can) get it\b| (?:id|i d|i would|i wouldnt mind if|would) (?:let|letting) (?:her|him|them|(?:officer|deputy|sergeant|sgt|trooper|sarge) \S+) (?:frisk|cuff|search|pat|handcuff|arrest) me\b| (?:id|i d|i would|ill|i will) get (?:myself )?arrested on purpose\b| (?:is|looking|looks|lookin|so) (?:a snack|thicc)\b| got that cake\b| (?:sounds|sound) (?:so )?(?:hot|sexy|fine) on the (?:radio|phone|scanner)\b| (?:pull|pulls|pulled) me over any ?(?:time|day|night)\b| (?:tight|skin tight|skintight) (?:uniform )?(?:pants|trousers)\b| (?:nice|big|that) bulge\b| (?:pants|uniform) (?:a size |two sizes )?too (?:small|tight)\b| (?:arrest|cuff|frisk|search) me (?:\S+ ){0,4}?(?:make (?:him|her) )?enjoy it\b| (?:dispatcher|she|he|deputy|officer|sergeant|trooper) (?:\S+ )?(?:sounds|sound) (?:so )?(?:hot|sexy)\b| hotter than (?:he|she|him|her) deserves\b| me dejo (?:arrestar|esposar|catear) cuando (?:quieran|quiera|sea)\b/,
);
const FLIRTING = defineWordClass([
  'sexy',
  'hottie',
  'baby',
  '😏',
  '🍆',
  '🍑',
  '😍',
  '😘',
  '🥵',
  '😉',
  '👀',
  'chulas',
  'chulos',
]);
/** "Hot" of a person, not of the weather ("it's hot out"). */
const FLIRTING_PHRASE =
  / (?:hot|fine) af | so (?:hot|fine) | (?:sounds|sound) (?:so )?(?:hot|sexy|fine) on the (?:radio|phone|scanner) | a snack | thicc | (?:he|she|hes|shes|officer|deputy|sergeant|sarge|dispatcher|trooper)(?: \S)? (?:is |was )?(?:so )?(?:hot|fine) | if you know what i mean | bend over | take me home | those arms | hotter than (?:he|she|him|her) deserves /;

function findComeOn(view: CommentView): RuleMatch | undefined {
  const match = findPhrase(view, COME_ON);
  if (!match) return undefined;
  return hasWordClass(view, FLIRTING) || FLIRTING_PHRASE.test(view.joined) ? match : undefined;
}

/**
 * Mild words made abusive by the phrase: "kiss my ass", "up yours", "you can go to hell" (told to
 * someone, not "Why America May Go To Hell").
 */
const ABUSIVE_PHRASES =
  / kiss my (?:ass|arse|butt)\b| up yours\b| eat my (?:ass|shorts)\b|(?:^ | (?:you|u|yall|ya|all|can|just|please|pls|and|so|now|then|everyone|everybody) )go to hell\b| shove (?:\S+ ){1,3}?up (?:your|ur|yo) (?:ass|arse|butt)\b/;
const ABUSIVE_WORD = defineWordClass(['kiss', 'yours', 'eat', 'hell', 'shove']);

/** Telling someone to kill themselves; negated ("please don't kill yourself") it is care. */
const URGES_SELF_HARM = compactPattern(
  / (?:kys|kill (?:yourself|yourselves|urself|ur self|your self)|go die|neck yourself|drink bleach|hang yourself|off yourself|unalive yourself)\b/,
);
const CARE_BEFORE = new Set(['dont', 'not', 'never', 'please', 'wont', 'shouldnt', 'didnt']);

/** The phrase rules above cannot match without one of their words: most comments skip them. */
const ABBREVIATION = defineWordClass([
  'f',
  'eff',
  'ftp',
  'fck12',
  'fuck12',
  'fk12',
  'fuk12',
  'fck',
  'fuck',
  'fk',
  'fuk',
  '🖕',
]);
// prettier-ignore
const SEXUAL_WORD = defineWordClass([
  'bang', 'shag', 'bone', 'hook', 'sleep', 'sex', 'bed', 'suck', 'lick', 'blow', 'face', 'tits', 'boobs', 'titties',
  'body', 'ass', 'rack', 'booty', 'butt', 'cleavage', 'laid',
]);
const SELF_HARM_WORD = defineWordClass(['kys', 'yourself', 'yourselves', 'urself', 'self', 'die', 'bleach']);

/** "Not all cops are pigs", "nobody here is scum": an insult denied, not used. */
const DENIALS = new Set([
  'not',
  'arent',
  'isnt',
  'never',
  'no',
  'nobody',
  'dont',
  'doesnt',
  'wasnt',
  'werent',
  'nor',
]);

/** "No cop is a pig" denies; "no tax no questions, the pigs never check" does not. */
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be']);

function isDeniedInsult(words: string[], index: number, kind: OffensiveKind | 'insult'): boolean {
  if (kind !== 'dehumanising' && kind !== 'insult') return false;
  for (let k = Math.max(0, index - 4); k < index; k++) {
    const word = words[k] ?? '';
    if (!DENIALS.has(word)) continue;
    if (word !== 'no' || words.slice(k + 1, index).some((w) => COPULAS.has(w))) return true;
  }
  return false;
}

function isMention(view: CommentView, index: number): boolean {
  const quoted = isQuoted(view, index);
  // Quotes alone prove nothing (whole tweets arrive quoted); quoting to condemn does.
  if (isReported(view.tokens.words, index, 3))
    return condemns(view) || view.tokens.words.includes('me') || quoted;
  return quoted && condemns(view);
}

/**
 * Where animals are "in": "pigs in a blanket" (a dish), "pigs in the mud", "cockroaches in a cell";
 * "pigs in uniform", "swine in uniforms" are officers.
 */
const ANIMAL_PLACES = new Set([
  'blanket',
  'blankets',
  'mud',
  'pen',
  'poke',
  'barn',
  'pasture',
  'sty',
  'pigpen',
  'trough',
  'cell',
  'cells',
  'kitchen',
  'wall',
  'walls',
  'field',
  'woods',
  'wild',
  'river',
  'lake',
  'creek',
  'pond',
  'water',
  'road',
  'highway',
  'truck',
  'trailer',
  'yard',
  'basement',
  'attic',
]);

function isAnimal(words: string[], index: number): boolean {
  const after = words[index + 1] ?? '';
  // "pig out" and "pigs in a blanket" are a verb and a dish, and cockroaches in a cell are
  // cockroaches; "piggies out on Lakeshore" is officers.
  const piggies = words[index] === 'piggies' || words[index] === 'piggy';
  // The place may come a few words on: "cockroaches in the holding cell".
  if (after === 'in' && !piggies)
    for (let k = index + 2; k <= index + 4; k++) if (ANIMAL_PLACES.has(words[k] ?? '')) return true;
  const officers = after === 'out' && piggies;
  return (ANIMAL_CONTEXT_AFTER.has(after) && !officers) || ANIMAL_CONTEXT_BEFORE.has(words[index - 1] ?? '');
}

/** Words that aim an insult at people: "fat lazy pigs", "you pigs", even after a dish of pigs. */
const AIMED_AT_PEOPLE = new Set([
  'you',
  'u',
  'yall',
  'ya',
  'fat',
  'lazy',
  'dirty',
  'filthy',
  'stupid',
  'corrupt',
  'lying',
]);

export interface OffensiveLanguage {
  /** Offensive words the poster uses. */
  used: OffensiveEvidence[];
  /** Offensive words the poster quotes or reports, usually to condemn them, or denies. */
  mentioned: OffensiveEvidence[];
  /** A listed word in an innocent sense: "cum laude", a pig roast, pussy willows. */
  innocentSense: boolean;
  /** A word that only looks like a listed one: "shiitake", "cocktail". */
  innocentLookalike: boolean;
}

/** The offensive words used, and those only mentioned, in the comment, in order. */
export function findOffensiveLanguage(view: CommentView): OffensiveLanguage {
  const found: OffensiveEvidence[] = [];
  const mentioned: OffensiveEvidence[] = [];
  const words = view.tokens.words;
  let innocentSense = false;
  const animals = new Set<string>();
  const wordClasses = lookUpWords(view).wordClasses;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const classes = wordClasses[i] as number;
    const kind = offensiveKindOf(word, classes) ?? (isNameCalling(words, i, classes) ? 'insult' : undefined);
    if (!kind) continue;
    // Once a word is an animal, the same word later is that animal: "greased pig contest at the
    // fair, whoever catches the pig wins".
    const animal =
      kind === 'dehumanising' &&
      (isAnimal(words, i) || (animals.has(word) && !AIMED_AT_PEOPLE.has(words[i - 1] ?? '')));
    if (animal || isInnocentSense(view, i)) {
      if (animal) animals.add(word);
      innocentSense = true;
      continue;
    }
    const mention = isMention(view, i) || isDeniedInsult(words, i, kind);
    (mention ? mentioned : found).push({ kind, span: spanOfWord(view, i), word });
  }
  const hate = findGroupHate(view);
  found.unshift(...hate.used);
  mentioned.push(...hate.mentioned);
  const dehumanising = findDehumanisingInsult(view);
  if (dehumanising) {
    const { span, phrase } = dehumanising.match;
    // The phrase says more than the word inside it: "cops are scum", not "scum" again.
    const inside = (o: OffensiveEvidence) =>
      o.kind === 'dehumanising' && !!span && !!o.span && o.span.start >= span.start && o.span.end <= span.end;
    const list = dehumanising.mention ? mentioned : found;
    for (let k = list.length - 1; k >= 0; k--) if (inside(list[k] as OffensiveEvidence)) list.splice(k, 1);
    list.push({ kind: 'dehumanising', span, word: phrase });
  }
  const abbreviated = hasWordClass(view, ABBREVIATION) ? findPhrase(view, ABBREVIATED_PROFANITY) : undefined;
  if (abbreviated) found.push({ kind: 'profanity', span: abbreviated.span, word: abbreviated.phrase });
  const abusive = hasWordClass(view, ABUSIVE_WORD) ? findPhrase(view, ABUSIVE_PHRASES) : undefined;
  if (abusive) found.push({ kind: 'profanity', span: abusive.span, word: abusive.phrase });
  const sexual = hasWordClass(view, SEXUAL_WORD) ? findPhrase(view, SEXUAL_PHRASES) : undefined;
  if (sexual) found.push({ kind: 'sexual', span: sexual.span, word: sexual.phrase });
  const comeOn = findComeOn(view);
  if (comeOn) found.push({ kind: 'sexual', span: comeOn.span, word: comeOn.phrase });
  const selfHarm = hasWordClass(view, SELF_HARM_WORD) ? findPhrase(view, URGES_SELF_HARM) : undefined;
  if (selfHarm && !CARE_BEFORE.has(words[wordBefore(view, selfHarm.at)] ?? ''))
    found.push({ kind: 'self-harm', span: selfHarm.span, word: selfHarm.phrase });
  const illegal = findIllegalActivity(view);
  if (illegal) {
    // "Quoting this so y'all see it: 'Gonna torch the substation.' Reported.": a mention.
    const quoted = isQuoted(view, wordIndexAt(view, illegal.at + 1)) && condemns(view);
    (quoted ? mentioned : found).push({ kind: 'illegal-activity', span: illegal.span, word: illegal.phrase });
  }
  return { used: found, mentioned, innocentSense, innocentLookalike: hasInnocentLookalike(view) };
}

/** The index of the word before a match that starts at `at` in `joined`. */
function wordBefore(view: CommentView, at: number): number {
  let index = 0;
  while (index < view.wordOffsets.length && (view.wordOffsets[index] ?? 0) <= at) index++;
  return index - 1;
}
