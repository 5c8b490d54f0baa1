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
 * Every set's bits for a word, two numbers per set (the rules needing it, the rules also needing
 * it): all sets share one map, so a comment's words are looked up once for all of them.
 */
const byWord = new Map<string, number[]>();
/** Per set, the rules without a second list: they need nothing more. */
const alwaysAlso: number[] = [];
/** Each comment's bits for every set, worked out at its first set. */
const commentBits = new WeakMap<readonly string[], Int32Array>();

function bitsOfComment(words: readonly string[]): Int32Array {
  let bits = commentBits.get(words);
  // A set made after the comment's bits were worked out (none are, in practice) redoes them.
  if (bits && bits.length === alwaysAlso.length * 2) return bits;
  bits = new Int32Array(alwaysAlso.length * 2);
  for (let set = 0; set < alwaysAlso.length; set++) bits[set * 2 + 1] = alwaysAlso[set] as number;
  for (const word of words) {
    const wordBits = byWord.get(word);
    if (wordBits)
      for (let k = 0; k < wordBits.length; k++) bits[k] = (bits[k] as number) | (wordBits[k] as number);
  }
  commentBits.set(words, bits);
  return bits;
}

export function createRuleGate(rules: readonly RuleWords[]): (words: readonly string[]) => number {
  if (rules.length > 32) throw new Error(`${rules.length} rules in one gate: at most 32`);
  const set = alwaysAlso.length;
  alwaysAlso.push(0);
  const bitsOf = (word: string): number[] => {
    let bits = byWord.get(word);
    if (!bits) byWord.set(word, (bits = []));
    while (bits.length < (set + 1) * 2) bits.push(0);
    return bits;
  };
  const mark = (word: string, slot: number, rule: number) => {
    const bits = bitsOf(word);
    bits[slot] = (bits[slot] as number) | (1 << rule);
  };
  rules.forEach(({ needs, alsoNeeds }, rule) => {
    for (const word of needs) mark(word, set * 2, rule);
    if (alsoNeeds) for (const word of alsoNeeds) mark(word, set * 2 + 1, rule);
    else alwaysAlso[set] = (alwaysAlso[set] as number) | (1 << rule);
  });
  return (words) => {
    const bits = bitsOfComment(words);
    return (bits[set * 2] as number) & (bits[set * 2 + 1] as number);
  };
}
