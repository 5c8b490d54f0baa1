import { compactPattern } from './compact-pattern';
import { joinWords, spanOfMatch, wordIndexAt, type CommentView } from './comment-view';
import { condemnsOutside, crossesQuote, isQuoted, isReported } from './counter-speech';
import type { OffensiveEvidence } from './offensive-language';
import { defineWordClass, hasWordClass } from './word-classes';
import {
  GENERIC_ONLY_NOUNS,
  GROUP_ADJECTIVES,
  GROUP_MEMBERS,
  GROUP_NOUNS,
  GROUP_PEOPLE,
  HATE_VERBS,
  HATEFUL_ATTRIBUTES,
} from './word-lists/protected-groups';

/**
 * Hate against a protected group (clause b) without a slur: hating the group ("I hate Muslims"),
 * calling it vile, inferior or less than human ("immigrants are vermin", "women are inferior"),
 * wanting it shut out ("gays should not be allowed…", "go back to your country", "never hire a
 * Muslim"). Patterns over the group, not sentences: any listed group in any template.
 *
 * Not hate: the same sentence denied ("not all immigrants are criminals", "I don't hate
 * Muslims", "gay people are not disgusting") or quoted and attributed to condemn it ("anyone who
 * says trans people are freaks is a bigot"). Those come back as mentions, which also keep the
 * model from calling the comment offensive on its own.
 */

const alternatives = (words: readonly string[]) => words.join('|');

/**
 * Group words become markers before the patterns run, so a pattern names "a group" once instead
 * of trying a hundred nouns at every word (and compiles small): "<grp>" a plural noun
 * ("Muslims"), "<adj>" an identity adjective ("gay"), "<mem>" one member ("a Muslim"), "<sex>"
 * women or men, which count only as a whole ("all women", not "these men" of one incident);
 * "<att>" a one-word hateful attribute ("vermin"), "<hate>" a one-word hate verb.
 */
const MARKERS = new Map<string, string>();
for (const attribute of HATEFUL_ATTRIBUTES) if (!attribute.includes(' ')) MARKERS.set(attribute, '<att>');
MARKERS.delete('sick'); // also in "I am sick of…"
for (const verb of HATE_VERBS) if (!verb.includes(' ')) MARKERS.set(verb, '<hate>');
for (const member of GROUP_MEMBERS) MARKERS.set(member, '<mem>');
for (const adjective of GROUP_ADJECTIVES) MARKERS.set(adjective, '<adj>');
for (const noun of GROUP_NOUNS) if (!noun.includes(' ')) MARKERS.set(noun, '<grp>');
for (const noun of GENERIC_ONLY_NOUNS) MARKERS.set(noun, '<sex>');
MARKERS.set('ricans', '<grp>'); // "Puerto Ricans"
MARKERS.set('elderly', '<grp>'); // "the elderly"

const PEOPLE = `(?:${alternatives(GROUP_PEOPLE.filter((word) => !GENERIC_ONLY_NOUNS.has(word)))}|<sex>)`;
/** A group spoken of as a whole: "Muslims", "all immigrants", "these refugees", "gay people". */
const GROUP = `(?:(?:(?:all|most|many|so many|these|those|all these|all those|all the|all of the|every|the) )?(?=<)(?:<grp>(?: ${PEOPLE})?|<adj> ${PEOPLE}|the <adj>)|(?:(?:all|most) )?(?=<)<sex>)`;
const MULTIWORD_ATTRIBUTES = HATEFUL_ATTRIBUTES.filter((attribute) => attribute.includes(' '));
const ATTRIBUTE = `(?:a |an )?(?:<att>|sick|${alternatives(MULTIWORD_ATTRIBUTES)})`;
const HATE_VERB = `(?:<hate>|${alternatives(HATE_VERBS.filter((verb) => verb.includes(' ')))})`;
const INTENSIFIERS =
  '(?: (?:all|just|so|such|really|truly|nothing but|simply|basically|literally|a bunch of|a pack of|total|complete|absolute|fucking|the most|naturally|inherently|genetically|always|mostly|still|like|too|very))*';
/** Not a generic statement: "men who hit women", "Muslims ban". */
const QUALIFIED = '(?! (?:who|that|which|whom|ban|bans|law|laws|policy|rights|history|month|culture))';

/** What hate says of a group as the subject: "…are vermin", "…should not be allowed…". */
const PREDICATE = [
  // "immigrants are vermin", "women are inferior", "trans people are all freaks"
  `(?:are|r|is|were)${INTENSIFIERS} ${ATTRIBUTE}`,
  // "gays should not be allowed near children", "women belong in the kitchen"
  '(?:should|must|need to|ought to|shall) (?:not|never) be (?:allowed|permitted|let)',
  '(?:shouldnt|mustnt) be (?:allowed|permitted)',
  '(?:should|must|need to|have to|ought to) (?:all )?be (?:sterilized|sterilised|segregated|rounded up|locked up|caged)',
  '(?:dont|do not|shouldnt|should not) (?:belong (?:here|in this country|in america|in our)|deserve (?:rights|to live|respect|to vote|to be here|to exist))',
  '(?:belong|belongs) (?:in|at) (?:the |a )?(?:kitchen|cages?|zoos?|chains|back of the bus)',
  '(?:arent|are not|r not) (?:welcome|wanted|human|people|real (?:<sex>|people)|equal)',
  // "women shouldn't be cops", "Muslims make me sick"
  '(?:shouldnt|should not|cant|cannot|can not) be (?:cops|officers|police|soldiers|leaders|doctors|pilots|teachers|trusted|in charge)',
  '(?:make|makes) me (?:sick|ill|puke|vomit|want to (?:puke|vomit|throw up))',
  // "Jews control the police": the conspiracy a group is hated for
  '(?:secretly )?(?:control|controls|run|runs|own|owns) (?:the |our |all the )?(?:media|banks|banking|police|government|world|money|hollywood|everything|courts)',
].join('|');

// The group is named once per shape of sentence: each copy of it adds compiled code.
const HATE = compactPattern(
  new RegExp(
    [
      ` ${GROUP} (?:${PREDICATE})(?= )`,
      // "I hate Muslims", "we really can't stand gay people"
      ` (?:i|we|im)(?: (?:really|just|fucking|truly|absolutely|honestly|seriously|still|so|all|do|totally))* ${HATE_VERB} ${GROUP}${QUALIFIED}(?= )`,
      // "calling immigrants parasites": someone's words, a use unless condemned
      ` (?:call|calls|calling|called) ${GROUP} ${ATTRIBUTE}(?= )`,
      ` no ${GROUP} allowed(?= )`,
      // "go back to your country", said to someone for where they come from
      ' go back (?:to|2) (?:(?:your|ur|yer|their) (?:own )?(?:country|countries|land|village|jungle|desert|cave|shithole)|where (?:you|u|they|ya) (?:came|come) from)(?= )',
      // "never hire a Muslim cop", "don't trust a woman"
      ' (?:never|dont|do not|wouldnt|would never|should never|shouldnt|cant|cannot) (?:ever )?(?:hire|trust|rent to|vote for|promote|employ|serve) (?:a|an|any|another) (?:<mem>|<adj>|<sex>)(?= )',
    ].join('|'),
    'g',
  ),
);

/** Hate said of "they" in a comment that names a group: "keep the refugees out, they're rats". */
const PRONOUN_HATE = compactPattern(
  new RegExp(` (?:they are|they r|they were|theyre|they re)${INTENSIFIERS} ${ATTRIBUTE}(?= )`, 'g'),
);
const NAMES_GROUP = new RegExp(` (?:<grp>|<sex>|<adj> ${PEOPLE})(?= )`);

/** The same hate, denied: "I don't hate Muslims", "gay people are not disgusting". */
const DENIED_HATE = compactPattern(
  new RegExp(
    [
      ` (?:i|we) (?:do not|dont|never|didnt|wont|would never)(?: really)? ${HATE_VERB} ${GROUP}(?= )`,
      ` ${GROUP} (?:are not|arent|r not|is not|isnt|are never|were not|werent)(?: all)? ${ATTRIBUTE}(?= )`,
    ].join('|'),
  ),
);

/** "Not all immigrants are…", "nobody thinks women are…", "it's not true that…". */
const DENIALS = new Set(['not', 'never', 'no', 'nobody', 'arent', 'isnt', 'dont', 'doesnt', 'nor', 'false']);

const lastWords = (phrases: readonly string[]) =>
  phrases.map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1));
/** A comment is only read for hate when it names a group (or says "go back")… */
const GROUP_WORD = defineWordClass([
  'back',
  ...lastWords([...GROUP_NOUNS, ...GROUP_ADJECTIVES, ...GROUP_MEMBERS]),
]);
/** …and has a word every template needs: a hate verb, an attribute, "allowed", "belong"… */
// prettier-ignore
const HATE_WORD = defineWordClass([
  ...HATE_VERBS.filter((verb) => !verb.includes(' ')), 'stand', 'disgusted', 'sick',
  ...HATEFUL_ATTRIBUTES.filter((attribute) => !attribute.includes(' ')), 'human', 'mentally', 'waste', 'threat',
  'menace', 'blight', 'stain', 'allowed', 'permitted', 'sterilized', 'sterilised', 'segregated', 'rounded',
  'locked', 'caged', 'belong', 'belongs', 'deserve', 'welcome', 'wanted', 'not', 'arent', 'equal', 'country',
  'countries', 'land', 'village', 'jungle', 'desert', 'cave', 'shithole', 'came', 'come', 'hire', 'trust',
  'rent', 'vote', 'promote', 'employ', 'serve', 'shouldnt', 'cant', 'cannot', 'puke', 'vomit', 'control', 'controls',
  'run', 'runs', 'own', 'owns',
]);

function isDenied(words: string[], index: number): boolean {
  for (let k = Math.max(0, index - 4); k < index; k++) if (DENIALS.has(words[k] ?? '')) return true;
  return false;
}

export interface GroupHate {
  used: OffensiveEvidence[];
  mentioned: OffensiveEvidence[];
}

/** Whether the comment condemns something outside words [first, last] (offsets of the original words). */
function condemnedOutside(original: CommentView, first: number, last: number): boolean {
  const at = (original.wordOffsets[first] ?? 1) - 1;
  const end = (original.wordOffsets[last] ?? 0) + (original.tokens.words[last]?.length ?? 0);
  return condemnsOutside(original, at, end);
}

/** The comment with its group words as markers, for the patterns above; spans stay the same. */
function markGroups(view: CommentView): CommentView {
  const words = view.tokens.words.map((word) => MARKERS.get(word) ?? word);
  const wordOffsets: number[] = [];
  let offset = 1;
  for (const word of words) {
    wordOffsets.push(offset);
    offset += word.length + 1;
  }
  return {
    tokens: { ...view.tokens, words },
    ...joinWords(words, view.wide),
    wide: view.wide,
    wordOffsets,
    lookup: undefined,
  };
}

export function findGroupHate(original: CommentView): GroupHate {
  const found: GroupHate = { used: [], mentioned: [] };
  if (!hasWordClass(original, GROUP_WORD) || !hasWordClass(original, HATE_WORD)) return found;
  const view = markGroups(original);
  const words = view.tokens.words;
  const evidence = (at: number, end: number): OffensiveEvidence => {
    const span = spanOfMatch(view, at, end);
    return { kind: 'group-hate', span, word: span ? view.tokens.text.slice(span.start, span.end) : '' };
  };
  const denied = DENIED_HATE.exec(view.joined);
  if (denied) found.mentioned.push(evidence(denied.index, denied.index + denied[0].length));
  const read = (pattern: RegExp) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(view.joined); m; m = pattern.exec(view.joined)) {
      const end = m.index + m[0].length;
      pattern.lastIndex = end;
      const first = wordIndexAt(view, m.index + 1);
      // A subject inside quotes and a verdict outside them judge the quote, not the group.
      if (crossesQuote(view, first, wordIndexAt(view, end - 1))) continue;
      const phrase = m[0].trim();
      const attributed = isReported(words, first + 1, 4, true) || phrase.startsWith('call');
      const mention =
        (!/^(?:never|dont|do|would|should|cant|cannot)/.test(phrase) && isDenied(words, first)) ||
        ((attributed || isQuoted(view, first)) &&
          condemnedOutside(original, first, wordIndexAt(view, end - 1)));
      (mention ? found.mentioned : found.used).push(evidence(m.index, end));
    }
  };
  read(HATE);
  if (found.used.length === 0 && NAMES_GROUP.test(view.joined)) read(PRONOUN_HATE);
  return found;
}
