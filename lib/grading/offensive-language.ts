import { findPhrase, spanOfWord, type CommentView, type Span } from './comment-view';
import { offensiveKindOf, type OffensiveKind } from './offensive-words-lookup';
import { INSULTING_ADJECTIVES, NAME_CALLING } from './word-lists/offensive-words';
import { insideQuotes } from './quotation';

/**
 * Offensive words and phrases with their spans: profanity in any disguise, slurs, dehumanising
 * insults, sexual content, and encouragement of illegal acts. A slur quoted to condemn it, or a
 * word the poster reports someone else saying, is a mention, not a use.
 */
export type OffensiveEvidenceKind = OffensiveKind | 'insult' | 'illegal-activity';

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

function isNameCalling(words: string[], i: number): boolean {
  const word = words[i] ?? '';
  if (NAME_CALLING.has(word))
    return !(words[i - 1] === 'an' && (words[i - 2] === 'im' || words[i - 2] === 'i'));
  if (!INSULTING_ADJECTIVES.has(word)) return false;
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
  'in',
  'blanket',
  'blankets',
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
]);

/** Reporting a word is not using it: "he called me a …", "the word …". */
const MENTION_BEFORE = new Set([
  'called',
  'call',
  'calling',
  'calls',
  'said',
  'saying',
  'says',
  'say',
  'word',
  'words',
  'term',
  'slur',
  'yelled',
  'shouted',
  'screamed',
  'wrote',
  'used',
  'using',
  'dijo',
  'llamo',
]);
const CONDEMNATION =
  / (?:unacceptable|disgusting|racist|sexist|homophobic|transphobic|bigoted|wrong|not ok|not okay|vile|shameful|appalling|offensive|hateful|hurtful|harmful|should be fired|reported|report|complaint|investigate|inaceptable|stop calling|stop saying) /;

/** Profanity abbreviated to a letter: "go f yourself", "eff off". */
const ABBREVIATED_PROFANITY =
  / (?:f|eff|effing) (?:you|u|yourself|yourselves|off|them|the police|the cops|this|that|mpd|\w*pd) /;

const ILLEGAL_ACTIVITY =
  / (?:lets|go|everyone|yall|we should|you should|time to|gonna|should all) (?:go )?(?:loot|looting|riot|rioting|rob|steal from|vandalize|smash up|break into|burn down|torch) | (?:loot|rob|burn down|torch) (?:the|every|all) (?:stores?|shops?|target|walmart|businesses|station|precinct|cars?|cruisers?) | (?:run from|resist|fight) (?:the )?(?:cops|police|arrest) (?:every time|always|yall|people)| (?:dont|never) (?:pay|stop for) (?:the )?(?:cops|police|tickets|fines)? ?(?:just )?(?:run|flee|drive off) /;

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

function isDeniedInsult(words: string[], index: number, kind: OffensiveKind | 'insult'): boolean {
  if (kind !== 'dehumanising' && kind !== 'insult') return false;
  for (let k = Math.max(0, index - 4); k < index; k++) if (DENIALS.has(words[k] ?? '')) return true;
  return false;
}

function isMention(view: CommentView, index: number): boolean {
  const words = view.tokens.words;
  const span = spanOfWord(view, index);
  const quoted = insideQuotes(view.tokens.text, span.start);
  let reported = false;
  for (let k = Math.max(0, index - 3); k < index; k++)
    if (MENTION_BEFORE.has(words[k] ?? '')) reported = true;
  // Quotes alone prove nothing (whole tweets arrive quoted); quoting to condemn does.
  if (reported) return CONDEMNATION.test(view.joined) || words.includes('me') || quoted;
  return quoted && CONDEMNATION.test(view.joined);
}

/** ILLEGAL_ACTIVITY cannot match without one of these words: most comments skip it. */
// prettier-ignore
const ILLEGAL_WORDS = new Set([
  'loot', 'looting', 'riot', 'rioting', 'rob', 'steal', 'vandalize', 'smash', 'break', 'burn', 'torch', 'run',
  'resist', 'fight', 'pay', 'stop',
]);

function isAnimal(words: string[], index: number): boolean {
  return (
    ANIMAL_CONTEXT_AFTER.has(words[index + 1] ?? '') || ANIMAL_CONTEXT_BEFORE.has(words[index - 1] ?? '')
  );
}

export interface OffensiveLanguage {
  /** Offensive words the poster uses. */
  used: OffensiveEvidence[];
  /** Offensive words the poster quotes or reports, usually to condemn them. */
  mentioned: OffensiveEvidence[];
}

/** The offensive words used, and those only mentioned, in the comment, in order. */
export function findOffensiveLanguage(view: CommentView): OffensiveLanguage {
  const found: OffensiveEvidence[] = [];
  const mentioned: OffensiveEvidence[] = [];
  const words = view.tokens.words;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const kind = offensiveKindOf(word) ?? (isNameCalling(words, i) ? 'insult' : undefined);
    if (!kind) continue;
    if (kind === 'dehumanising' && isAnimal(words, i)) continue;
    const mention = isMention(view, i) || isDeniedInsult(words, i, kind);
    (mention ? mentioned : found).push({ kind, span: spanOfWord(view, i), word });
  }
  const abbreviated =
    words.includes('f') || words.includes('eff') ? findPhrase(view, ABBREVIATED_PROFANITY) : undefined;
  if (abbreviated) found.push({ kind: 'profanity', span: abbreviated.span, word: abbreviated.phrase });
  const illegal = words.some((w) => ILLEGAL_WORDS.has(w)) ? findPhrase(view, ILLEGAL_ACTIVITY) : undefined;
  if (illegal) found.push({ kind: 'illegal-activity', span: illegal.span, word: illegal.phrase });
  return { used: found, mentioned };
}
