import type { CommentView } from './comment-view';
import { factsOf, lookUpWords, RULES_BEFORE_ANY_WORD } from './word-lookup';

/**
 * Which rules of a set a comment may trip, from the words it has, before any pattern runs: most
 * comments trip none, and skipping the patterns is much of what keeps grading fast. A rule needs
 * one word of its first list and, when it has a second list, one word of that too ("should" and
 * "shot": a modal is in a fifth of all comments, a modal and a violent outcome in few). A set
 * holds at most 32 rules (one bit each).
 */
export interface RuleWords {
  needs: readonly string[];
  alsoNeeds?: readonly string[];
}

/**
 * Every set's bits for a word live with the word's other facts (word-lookup.ts), two numbers per
 * set (the rules needing it, the rules also needing it), so a comment's words are looked up once
 * for all sets and all registries.
 */
export function createRuleGate(rules: readonly RuleWords[]): (view: CommentView) => number {
  if (rules.length > 32) throw new Error(`${rules.length} rules in one gate: at most 32`);
  const set = RULES_BEFORE_ANY_WORD.length >> 1;
  // Rules without a second list need nothing more: their "also" bit is set before any word.
  RULES_BEFORE_ANY_WORD.push(0, 0);
  const mark = (word: string, slot: number, rule: number) => {
    const facts = factsOf(word);
    const bits = (facts.rules ??= []);
    while (bits.length < (set + 1) * 2) bits.push(0);
    bits[slot] = (bits[slot] as number) | (1 << rule);
  };
  rules.forEach(({ needs, alsoNeeds }, rule) => {
    for (const word of needs) mark(word, set * 2, rule);
    if (alsoNeeds) for (const word of alsoNeeds) mark(word, set * 2 + 1, rule);
    else RULES_BEFORE_ANY_WORD[set * 2 + 1] = (RULES_BEFORE_ANY_WORD[set * 2 + 1] as number) | (1 << rule);
  });
  return (view) => {
    const bits = lookUpWords(view).rules;
    return (bits[set * 2] as number) & (bits[set * 2 + 1] as number);
  };
}
