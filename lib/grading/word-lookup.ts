import type { CommentView } from './comment-view';

/**
 * What the rule registries know of one word, kept in one map so that each word of a comment is
 * looked up once for all of them: its word classes (word-classes.ts), the rules of each rule set
 * it lets run (rule-gate.ts) and the pattern choices it opens (pattern-gate.ts). Looking a
 * comment's freshly cut words up in three maps cost more than everything done with the answers.
 */
export interface WordFacts {
  classes: number;
  /** Per rule set, two numbers: the rules that need the word, the rules that also need it. */
  rules: number[] | undefined;
  /** The bits of the pattern choices the word opens. */
  choices: number[] | undefined;
}

/** A comment's words looked up: every registry's answer, found once per comment. */
export interface WordLookup {
  classes: number;
  /** The classes of each word, by its index in the comment. */
  wordClasses: Int32Array;
  /** Per rule set, the rules its words let run: two numbers per set, as in WordFacts. */
  rules: Int32Array;
  /** The pattern choices its words open, one bit each. */
  choices: Int32Array;
}

const FACTS = new Map<string, WordFacts>();

/** A word's facts, made on first use: for the registries, at module load. */
export function factsOf(word: string): WordFacts {
  let facts = FACTS.get(word);
  if (!facts) FACTS.set(word, (facts = { classes: 0, rules: undefined, choices: undefined }));
  // The registries write into the facts they get: the flat copy is made again before next use.
  flat = undefined;
  return facts;
}

/**
 * The facts laid out flat for comments: each known word's place in one table, where it has its
 * classes, its count of rule numbers and those numbers, its count of choices and those choices.
 * A comment's words mostly miss the processor's caches; a facts object and its two arrays were
 * five separate places to fetch from, a place in the table is one or two.
 */
interface FlatFacts {
  at: Map<string, number>;
  table: Int32Array;
}

let flat: FlatFacts | undefined;

function flatFacts(): FlatFacts {
  if (flat) return flat;
  const at = new Map<string, number>();
  const values: number[] = [];
  for (const [word, facts] of FACTS) {
    at.set(word, values.length);
    const rules = facts.rules ?? [];
    const choices = facts.choices ?? [];
    values.push(facts.classes, rules.length, ...rules, choices.length, ...choices);
  }
  flat = { at, table: Int32Array.from(values) };
  return flat;
}

/** A word's facts, if any registry knows it. */
export function knownFacts(word: string): WordFacts | undefined {
  return FACTS.get(word);
}

/**
 * Per rule set, the rules that need nothing besides their first words, two numbers per set as in
 * WordFacts: where a comment's rule bits start (rule-gate.ts keeps it).
 */
export const RULES_BEFORE_ANY_WORD: number[] = [];

/** How many pattern choices have a bit (pattern-gate.ts counts them). */
let choiceCount = 0;

export function countChoice(): number {
  return choiceCount++;
}

/**
 * The comment's words looked up, once per comment. Found again only when a registry grew after the
 * comment's words were looked up (none does in practice: they fill at module load).
 */
export function lookUpWords(view: CommentView): WordLookup {
  const known = view.lookup;
  const choiceInts = (choiceCount + 31) >> 5;
  if (known && known.rules.length === RULES_BEFORE_ANY_WORD.length && known.choices.length === choiceInts)
    return known;
  const rules = Int32Array.from(RULES_BEFORE_ANY_WORD);
  const choices = new Int32Array(choiceInts);
  const words = view.tokens.words;
  const wordClasses = new Int32Array(words.length);
  let classes = 0;
  const { at: placeOf, table } = flatFacts();
  // Patterns name emoji by their stand-ins (one-byte-text.ts), as the rule words hold them; the
  // classes and rule sets name words as the tokens hold them. Both are the same words, and the
  // same strings, unless the comment has characters above U+00FF.
  const ruleWords = view.ruleWords;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    let place = placeOf.get(word);
    if (place !== undefined) {
      const own = table[place] as number;
      wordClasses[i] = own;
      classes |= own;
      const count = table[place + 1] as number;
      for (let k = 0; k < count; k++) rules[k] = (rules[k] as number) | (table[place + 2 + k] as number);
      place += 2 + count;
    }
    const ruleWord = ruleWords[i] as string;
    if (ruleWord !== word) {
      place = placeOf.get(ruleWord);
      if (place !== undefined) place += 2 + (table[place + 1] as number);
    }
    if (place === undefined) continue;
    const opened = table[place] as number;
    for (let k = place + 1; k <= place + opened; k++) {
      const bit = table[k] as number;
      choices[bit >> 5] = (choices[bit >> 5] as number) | (1 << (bit & 31));
    }
  }
  const lookup = { classes, wordClasses, rules, choices };
  view.lookup = lookup;
  return lookup;
}
