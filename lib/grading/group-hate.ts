import { spanOfMatch, wordIndexAt, type CommentView } from './comment-view';
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

const DETERMINED_NOUNS = GROUP_NOUNS.filter((noun) => !GENERIC_ONLY_NOUNS.has(noun));
/** A group spoken of as a whole: "Muslims", "all immigrants", "these refugees", "gay people". */
const GROUP = `(?:(?:(?:all|most|many|so many|these|those|all these|all those|all the|all of the|every|the) )?(?:${alternatives(DETERMINED_NOUNS)}|(?:${alternatives(GROUP_ADJECTIVES)}) (?:${alternatives(GROUP_PEOPLE)}))|(?:(?:all|most) )?(?:${alternatives([...GENERIC_ONLY_NOUNS])}))`;
const ATTRIBUTE = `(?:a |an )?(?:${alternatives(HATEFUL_ATTRIBUTES)})`;
const INTENSIFIERS =
  '(?: (?:all|just|so|such|really|truly|nothing but|simply|basically|literally|a bunch of|a pack of|total|complete|absolute|fucking|the most|naturally|inherently|genetically|always|mostly|still|like))*';
/** Not a generic statement: "men who hit women", "Muslims ban". */
const QUALIFIED = '(?! (?:who|that|which|whom|ban|bans|law|laws|policy|rights|history|month|culture))';

// prettier-ignore
const HATE = new RegExp(
  [
    // "I hate Muslims", "we really can't stand gay people"
    ` (?:i|we|im)(?: (?:really|just|fucking|truly|absolutely|honestly|seriously|still|so|all|do|totally))* (?:${alternatives(HATE_VERBS)}) ${GROUP}${QUALIFIED}\\b`,
    // "immigrants are vermin", "women are inferior", "trans people are all freaks"
    ` ${GROUP} (?:are|r|is|were)${INTENSIFIERS} ${ATTRIBUTE}\\b`,
    // "calling immigrants parasites": someone's words, a use unless condemned
    ` (?:call|calls|calling|called) ${GROUP} ${ATTRIBUTE}\\b`,
    // "gays should not be allowed near children", "women belong in the kitchen"
    ` ${GROUP} (?:should|must|need to|ought to|shall) (?:not|never) be (?:allowed|permitted|let)\\b`,
    ` ${GROUP} (?:shouldnt|mustnt) be (?:allowed|permitted)\\b`,
    ` ${GROUP} (?:should|must|need to|have to|ought to) (?:all )?be (?:sterilized|sterilised|segregated|rounded up|locked up|caged)\\b`,
    ` ${GROUP} (?:dont|do not|shouldnt|should not) (?:belong (?:here|in this country|in america|in our)|deserve (?:rights|to live|respect|to vote|to be here|to exist))\\b`,
    ` ${GROUP} (?:belong|belongs) (?:in|at) (?:the |a )?(?:kitchen|cages?|zoos?|chains|back of the bus)\\b`,
    ` ${GROUP} (?:arent|are not|r not) (?:welcome|wanted|human|people|real (?:women|men|people)|equal)\\b`,
    ` no ${GROUP} allowed\\b`,
    // "go back to your country", said to someone for where they come from
    ` go back (?:to|2) (?:your|ur|yer|their) (?:own )?(?:country|countries|land|village|jungle|desert|cave|shithole)\\b`,
    ` go back (?:to|2) where (?:you|u|they|ya) (?:came|come) from\\b`,
    // "never hire a Muslim cop", "don't trust a woman"
    ` (?:never|dont|do not|wouldnt|would never|should never|shouldnt|cant|cannot) (?:ever )?(?:hire|trust|rent to|vote for|promote|employ|serve) (?:a|an|any|another) (?:${alternatives(GROUP_MEMBERS)})\\b`,
  ].join('|'),
  'g',
);

/** The same hate, denied: "I don't hate Muslims", "gay people are not disgusting". */
const DENIED_HATE = new RegExp(
  [
    ` (?:i|we) (?:do not|dont|never|didnt|wont|would never)(?: really)? (?:${alternatives(HATE_VERBS)}) ${GROUP}\\b`,
    ` ${GROUP} (?:are not|arent|r not|is not|isnt|are never|were not|werent)(?: all)? ${ATTRIBUTE}\\b`,
  ].join('|'),
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
  ...lastWords(HATE_VERBS), 'disgusted', ...lastWords(HATEFUL_ATTRIBUTES), 'allowed', 'permitted', 'let',
  'sterilized', 'sterilised', 'segregated', 'rounded', 'locked', 'caged', 'belong', 'belongs', 'deserve',
  'welcome', 'wanted', 'human', 'people', 'real', 'equal', 'country', 'countries', 'land', 'village', 'jungle',
  'desert', 'cave', 'shithole', 'from', 'hire', 'trust', 'rent', 'vote', 'promote', 'employ', 'serve',
]);

function isDenied(words: string[], index: number): boolean {
  for (let k = Math.max(0, index - 4); k < index; k++) if (DENIALS.has(words[k] ?? '')) return true;
  return false;
}

export interface GroupHate {
  used: OffensiveEvidence[];
  mentioned: OffensiveEvidence[];
}

export function findGroupHate(view: CommentView): GroupHate {
  const words = view.tokens.words;
  const found: GroupHate = { used: [], mentioned: [] };
  if (!hasWordClass(view, GROUP_WORD) || !hasWordClass(view, HATE_WORD)) return found;
  const denied = DENIED_HATE.exec(view.joined);
  if (denied) {
    const end = denied.index + denied[0].length;
    const span = spanOfMatch(view, denied.index, end);
    found.mentioned.push({ kind: 'group-hate', span, word: denied[0].trim() });
  }
  HATE.lastIndex = 0;
  for (let m = HATE.exec(view.joined); m; m = HATE.exec(view.joined)) {
    const end = m.index + m[0].length;
    HATE.lastIndex = end;
    const first = wordIndexAt(view, m.index + 1);
    // A subject inside quotes and a verdict outside them judge the quote, not the group.
    if (crossesQuote(view, first, wordIndexAt(view, end - 1))) continue;
    const phrase = m[0].trim();
    const evidence: OffensiveEvidence = {
      kind: 'group-hate',
      span: spanOfMatch(view, m.index, end),
      word: phrase,
    };
    const attributed = isReported(words, first + 1, 4, true) || phrase.startsWith('call');
    const mention =
      (!/^(?:never|dont|do|would|should|cant|cannot)/.test(phrase) && isDenied(words, first)) ||
      ((attributed || isQuoted(view, first)) && condemnsOutside(view, m.index, end));
    (mention ? found.mentioned : found.used).push(evidence);
  }
  return found;
}
