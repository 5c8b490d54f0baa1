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

interface WordBits {
  needs: number;
  alsoNeeds: number;
}

export function createRuleGate(rules: readonly RuleWords[]): (words: readonly string[]) => number {
  if (rules.length > 32) throw new Error(`${rules.length} rules in one gate: at most 32`);
  const byWord = new Map<string, WordBits>();
  const bitsOf = (word: string): WordBits => {
    let bits = byWord.get(word);
    if (!bits) byWord.set(word, (bits = { needs: 0, alsoNeeds: 0 }));
    return bits;
  };
  // Rules without a second list need nothing more.
  let alwaysAlso = 0;
  rules.forEach(({ needs, alsoNeeds }, rule) => {
    for (const word of needs) bitsOf(word).needs |= 1 << rule;
    if (alsoNeeds) for (const word of alsoNeeds) bitsOf(word).alsoNeeds |= 1 << rule;
    else alwaysAlso |= 1 << rule;
  });
  return (words) => {
    let needs = 0;
    let alsoNeeds = alwaysAlso;
    for (const word of words) {
      const bits = byWord.get(word);
      if (bits) {
        needs |= bits.needs;
        alsoNeeds |= bits.alsoNeeds;
      }
    }
    return needs & alsoNeeds;
  };
}
