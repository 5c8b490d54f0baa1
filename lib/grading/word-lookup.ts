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
  return facts;
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
  let classes = 0;
  const words = view.tokens.words;
  const wordClasses = new Int32Array(words.length);
  // Patterns name emoji by their stand-ins (one-byte-text.ts), as the rule words hold them; the
  // classes and rule sets name words as the tokens hold them. Both are the same words, and the
  // same strings, unless the comment has characters above U+00FF.
  const ruleWords = view.ruleWords;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const facts = FACTS.get(word);
    if (facts !== undefined) {
      wordClasses[i] = facts.classes;
      classes |= facts.classes;
      const bits = facts.rules;
      if (bits !== undefined)
        for (let k = 0; k < bits.length; k++) rules[k] = (rules[k] as number) | (bits[k] as number);
    }
    const ruleWord = ruleWords[i] as string;
    const opened = ruleWord === word ? facts?.choices : FACTS.get(ruleWord)?.choices;
    if (opened !== undefined)
      for (let k = 0; k < opened.length; k++) {
        const bit = opened[k] as number;
        choices[bit >> 5] = (choices[bit >> 5] as number) | (1 << (bit & 31));
      }
  }
  const lookup = { classes, wordClasses, rules, choices };
  view.lookup = lookup;
  return lookup;
}
