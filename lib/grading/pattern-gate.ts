import type { CommentView } from './comment-view';
import { FUNCTION_WORDS } from './word-lists/feature-words';

/**
 * Gates for phrase patterns: the words one of which every match of a pattern holds, worked out
 * from the pattern itself, so a rule that would otherwise scan every comment runs only on the
 * comments that have one of them. Most rules are lists of phrases (" (?:thank you|thanks|great
 * job|…) "): scanning a comment for one costs about a microsecond, looking its words up once
 * serves every gate, and most comments have none of a rule's words. Reading the pattern, not a
 * list written beside it, keeps the two from ever disagreeing; where the pattern cannot be read
 * that way, it always runs.
 */

type Node =
  | { type: 'char'; char: string }
  /** A class, "." or an escape such as \\S; `spaceless` when it can never match a space. */
  | { type: 'other'; spaceless: boolean }
  | { type: 'empty' }
  | { type: 'group'; choices: Node[][] }
  | { type: 'repeat'; node: Node; min: number; max: number };

/** Parses the parts of the syntax phrase patterns use; throws on anything else. */
function parse(source: string): Node[][] {
  let i = 0;
  const choices = (): Node[][] => {
    const out: Node[][] = [[]];
    while (i < source.length && source[i] !== ')') {
      if (source[i] === '|') {
        i++;
        out.push([]);
        continue;
      }
      const node = quantified(atom());
      out[out.length - 1]?.push(node);
    }
    return out;
  };
  const atom = (): Node => {
    const c = source[i++] as string;
    if (c === '(') {
      // Lookarounds match no characters: read as "anything may be here", which only widens.
      const look = /^\?(?:=|!|<=|<!)/.exec(source.slice(i, i + 3));
      if (look) {
        i += look[0].length;
        choices();
        i++;
        return { type: 'empty' };
      }
      if (source.startsWith('?:', i)) i += 2;
      else if (source[i] === '?') throw new Error('named groups are not read');
      const inner = choices();
      if (source[i++] !== ')') throw new Error('unclosed group');
      return { type: 'group', choices: inner };
    }
    if (c === '[') {
      const open = i;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      const body = source.slice(open, i++);
      return { type: 'other', spaceless: !/^\^|[ \\]/.test(body) };
    }
    if (c === '\\') {
      const e = source[i++] as string;
      if (e === 'b' || e === 'B') return { type: 'empty' };
      if (/[a-zA-Z0-9]/.test(e)) {
        if (e === 'u' || e === 'x' || e === 'c' || e === 'p' || e === 'P' || e === 'k')
          throw new Error('escape not read');
        return { type: 'other', spaceless: e === 'S' || e === 'w' || e === 'd' };
      }
      return { type: 'char', char: e };
    }
    if (c === '^' || c === '$') return { type: 'empty' };
    if (c === '.') return { type: 'other', spaceless: false };
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '{')
      throw new Error(`unexpected ${c}`);
    return { type: 'char', char: c };
  };
  const quantified = (node: Node): Node => {
    const c = source[i];
    let min = 1;
    let max = 1;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (!m) throw new Error('bad repeat');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      i += m[0].length - 1;
    } else return node;
    i++;
    if (source[i] === '?') i++; // lazy or greedy: the same strings
    return { type: 'repeat', node, min, max };
  };
  const out = choices();
  if (i !== source.length) throw new Error('unbalanced )');
  return out;
}

/** What remains of a pattern to match, one part after another. */
type Rest = { node: Node; after: Rest } | undefined;

/**
 * The same rest is always the same object, so a way already followed from it is not followed
 * again (the ways through "(?:\\S+ ){0,3}?(?:called|went|…)" meet at the list).
 */
const RESTS = new WeakMap<Node, Map<Rest, Rest>>();

function then(node: Node, after: Rest): Rest {
  let byAfter = RESTS.get(node);
  if (!byAfter) RESTS.set(node, (byAfter = new Map()));
  let rest = byAfter.get(after);
  if (!rest) byAfter.set(after, (rest = { node, after }));
  return rest;
}

function prepend(nodes: readonly Node[], after: Rest): Rest {
  let rest = after;
  for (let k = nodes.length - 1; k >= 0; k--) rest = then(nodes[k] as Node, rest);
  return rest;
}

/** A repeat with one repetition done, the same object each time it is asked for. */
const ONE_LESS = new WeakMap<Node, Node>();

function oneLess(node: Node & { type: 'repeat' }): Node {
  let less = ONE_LESS.get(node);
  if (!less) ONE_LESS.set(node, (less = { ...node, min: Math.max(0, node.min - 1), max: node.max - 1 }));
  return less;
}

/** Most steps through a pattern worth taking before settling for its first words. */
const STEP_LIMIT = 2_000;

/**
 * Words too common to be worth a gate ("the", "you", "police"): a match is keyed on a later,
 * rarer word of its phrase where the pattern names one. Only speed depends on this list.
 */
const COMMON = new Set([
  ...FUNCTION_WORDS,
  ...['im', 'ill', 'id', 'ive', 'dont', 'cant', 'not', 'no', 'so', 'if', 'or', 'yall', 'people', 'police'],
  ...['cops', 'cop', 'officers', 'officer', 'mpd', 'department', 'know', 'think', 'want', 'going', 'gonna'],
  // Short words that are common; other short words ("c" of "a c a b", "pd") are worth a gate.
  ...['a', 'i', 'u', 'is', 'it', 'to', 'of', 'in', 'on', 'my', 'me', 'we', 'be', 'do', 'at', 'an', 'by'],
  ...['up', 'us', 'he', 'ur', 'ya', 'y'],
]);

/** A character no pattern spells: stands for the letters a class such as \S+ may match. */
const UNKNOWN = '\u0000';

/**
 * Words one of which every match of the pattern holds as a whole word of the comment: for each
 * way through the pattern, its first word that is spelled out and not common, else its first
 * spelled-out word. Undefined when some way has no word spelled out between two spaces (it
 * starts with a class, or its word may run on past the match), or when the pattern uses syntax
 * this reader does not know. Then the pattern cannot be gated.
 */
export function patternWords(pattern: RegExp): string[] | undefined {
  let tree: Node[][];
  try {
    tree = parse(pattern.source);
  } catch {
    return undefined;
  }
  const lower = pattern.flags.includes('i');
  const words = new Set<string>();
  // Each choice of the pattern on its own: one with too many ways settles for its first words
  // without costing the others theirs.
  for (const choice of tree) {
    const found =
      wordsOfChoice(prepend(choice, undefined), lower, true) ??
      wordsOfChoice(prepend(choice, undefined), lower, false);
    if (!found) return undefined;
    for (const word of found) words.add(word);
  }
  return words.size > 0 ? [...words].sort() : undefined;
}

/** The words of one top-level choice (patternWords); `rarest` reads past common words. */
function wordsOfChoice(start: Rest, lower: boolean, rarest: boolean): Set<string> | undefined {
  const words = new Set<string>();
  let steps = 0;
  const settle = (fallback: string | undefined) => {
    if (fallback === undefined) return false;
    words.add(fallback);
    return true;
  };
  // Follows one way through the pattern: `rest` is what remains to match, `word` the word being
  // spelled (with its leading space; '' before the match's first space), `fallback` the first
  // whole word spelled so far.
  const followed = new Map<Rest, Map<string, boolean>>();
  const follow = (rest: Rest, word: string, fallback: string | undefined): boolean => {
    if (rest === undefined) return settle(fallback); // the last word may run on
    const key = `${word}\u0001${fallback ?? ''}`;
    let seen = followed.get(rest);
    if (!seen) followed.set(rest, (seen = new Map()));
    const known = seen.get(key);
    if (known !== undefined) return known;
    if (++steps > STEP_LIMIT) throw new RangeError('too many ways');
    const result = step(rest, word, fallback);
    seen.set(key, result);
    return result;
  };
  const step = (rest: Rest & object, word: string, fallback: string | undefined): boolean => {
    const { node, after } = rest;
    switch (node.type) {
      case 'empty':
        return follow(after, word, fallback);
      case 'char': {
        if (node.char !== ' ') return word === '' ? false : follow(after, word + node.char, fallback);
        if (word === '') return follow(after, ' ', fallback);
        if (word === ' ') return settle(fallback); // two spaces: no word between
        const whole = lower ? word.slice(1).toLowerCase() : word.slice(1);
        if (whole.includes(UNKNOWN)) return follow(after, ' ', fallback);
        if (!rarest || !COMMON.has(whole)) return settle(whole);
        return follow(after, ' ', fallback ?? whole);
      }
      case 'other':
        // Letters of some class inside a word: the word is no longer spelled out.
        if (node.spaceless && word !== '') return follow(after, word + UNKNOWN, fallback);
        return settle(fallback);
      case 'group':
        return node.choices.every((choice) => follow(prepend(choice, after), word, fallback));
      case 'repeat': {
        if (node.node.type === 'other' && node.node.spaceless && word !== '')
          return follow(after, word + UNKNOWN, fallback);
        if (node.max === 0) return follow(after, word, fallback);
        const once = follow(then(node.node, then(oneLess(node), after)), word, fallback);
        return once && (node.min > 0 || follow(after, word, fallback));
      }
    }
  };
  try {
    return follow(start, '', undefined) ? words : undefined;
  } catch {
    return undefined; // too many ways, or a repeat of something that may be empty
  }
}

const GATES = new Map<string, number>();
const GATE_OF = new WeakMap<RegExp, number>();
let nextBit = 1;

/**
 * Gates a phrase pattern at load: findPhrase and testPhrase then run it only on comments that
 * have one of its words (patternWords). A pattern that cannot be read that way stays ungated and
 * always runs. At most 31 gated patterns.
 */
export function gated(pattern: RegExp): RegExp {
  const words = patternWords(pattern);
  if (!words) return pattern;
  if (nextBit > 1 << 30) throw new Error('too many gated patterns');
  const bit = nextBit;
  nextBit <<= 1;
  for (const word of words) GATES.set(word, (GATES.get(word) ?? 0) | bit);
  GATE_OF.set(pattern, bit);
  GATED.push(pattern);
  return pattern;
}

const GATED: RegExp[] = [];

/** Every gated pattern, for the test that no gate ever hides a match. */
export function gatedPatterns(): readonly RegExp[] {
  return GATED;
}

/** Whether a pattern may match the comment's joined words: false only when its gate is shut. */
export function mayMatch(view: CommentView, pattern: RegExp): boolean {
  const bit = GATE_OF.get(pattern);
  if (bit === undefined) return true;
  if (view.gates < 0) {
    let gates = 0;
    for (const word of view.tokens.words) gates |= GATES.get(word) ?? 0;
    view.gates = gates;
  }
  return (view.gates & bit) !== 0;
}
