import { compactPattern } from './compact-pattern';
import { findPhrase, type CommentView, type RuleMatch } from './comment-view';
import { onOneByteText } from './one-byte-text';
import { createRuleGate } from './rule-gate';

/** A rule as written: what it finds, its pattern, and the words it needs (rule-gate.ts). */
export type WrittenRule<K> = [
  kind: K,
  pattern: RegExp,
  needs: readonly string[],
  alsoNeeds?: readonly string[],
];

/**
 * A set of pattern rules compiled small (compact-pattern.ts), each run only when the comment has
 * its words (rule-gate.ts): calls `found` for every rule that matches, in rule order. Any number
 * of rules: each 32 share a gate.
 */
export function createGatedRules<K>(written: readonly WrittenRule<K>[]) {
  const rules = written.map(([kind, pattern, needs, alsoNeeds]) => ({
    kind,
    pattern: compactPattern(onOneByteText(pattern)),
    needs,
    alsoNeeds,
  }));
  ALL_RULES.push(...rules);
  // A gate holds at most 32 rules (one bit each): a longer set takes a gate per 32.
  const chunks: { rules: typeof rules; rulesFor: (view: CommentView) => number }[] = [];
  for (let from = 0; from < rules.length; from += RULES_PER_GATE) {
    const chunk = rules.slice(from, from + RULES_PER_GATE);
    chunks.push({ rules: chunk, rulesFor: createRuleGate(chunk) });
  }
  return (view: CommentView, found: (match: RuleMatch, kind: K) => void): void => {
    for (const { rules: chunk, rulesFor } of chunks) {
      const candidates = rulesFor(view);
      if (candidates === 0) continue;
      chunk.forEach(({ kind, pattern }, rule) => {
        if ((candidates & (1 << rule)) === 0) return;
        const match = findPhrase(view, pattern);
        if (match) found(match, kind);
      });
    }
  };
}

const RULES_PER_GATE = 32;

/** A rule as compiled, with the words its gate asks for. */
export interface GatedRule {
  pattern: RegExp;
  needs: readonly string[];
  alsoNeeds?: readonly string[];
}

const ALL_RULES: GatedRule[] = [];

/**
 * Every rule of every set, for the test that no hand-written gate shuts out a comment its
 * pattern matches: the words are written beside each rule, not read from its pattern.
 */
export function gatedRules(): readonly GatedRule[] {
  return ALL_RULES;
}

/**
 * First words of an alternation such as '(?:kill|blow up|thrown off (?:a |the )?roof)': split at
 * the top level only, so a nested group's words ("the") do not become words a rule needs.
 */
export function firstWords(alternation: string): string[] {
  const inner = alternation.replace(/^\(\?:|\)$/g, '');
  const options: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      options.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  options.push(inner.slice(start));
  // "hang(?! out| with)": the word, not its lookahead.
  return options.map((option) => (option.split(' ')[0] ?? '').replace(/\(\?<?[=!].*$/, ''));
}
