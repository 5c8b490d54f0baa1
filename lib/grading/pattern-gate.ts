import type { CommentView } from './comment-view';
import { closingAt, topLevelChoices } from './pattern-source';
import { FUNCTION_WORDS } from './word-lists/feature-words';
import { countChoice, factsOf, lookUpWords } from './word-lookup';

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

/**
 * The sources of a pattern's choices, in order, when matching them one by one finds what the
 * pattern finds: its top-level choices ("a|b|c"), and within each the choices of its first group
 * when only plain characters and lookarounds come before that group and no repeat follows it
 * (" (?=\S)(?:thank you|thanks|great job) "). Then at any point of the text the pattern tries
 * the choices in this order, each with its own backtracking, so the leftmost match of the
 * pattern is the leftmost of the choices' matches, the first choice winning a tie. Anything else
 * stays whole.
 */
export function choiceSources(source: string): string[] {
  return topLevelChoices(source, 0, source.length).flatMap(([from, to]) => {
    const piece = source.slice(from, to);
    const group = firstGroup(piece);
    if (!group) return [piece];
    const { open, close } = group;
    const choices = topLevelChoices(piece, open + 3, close);
    if (choices.length < 2) return [piece];
    const before = piece.slice(0, open);
    const after = piece.slice(close + 1);
    return choices.map(([a, b]) => before + piece.slice(a, b) + after);
  });
}

const REPEAT = /^[?*+{]/;

/**
 * The first "(?:…)" of a choice when everything before it matches one way only (plain
 * characters, escapes, classes and lookarounds, none repeated) and no repeat follows it.
 */
function firstGroup(piece: string): { open: number; close: number } | undefined {
  let i = 0;
  while (i < piece.length) {
    const c = piece[i] as string;
    let next: number;
    if (c === '(') {
      next = closingAt(piece, i);
      if (next < 0) return undefined;
      if (piece.startsWith('(?:', i))
        return REPEAT.test(piece.slice(next)) ? undefined : { open: i, close: next - 1 };
      if (!/^\(\?(?:=|!|<=|<!)/.test(piece.slice(i, i + 4))) return undefined;
    } else if (c === '[') {
      next = closingAt(piece, i);
      if (next < 0) return undefined;
    } else if (c === '\\') next = i + 2;
    else if (c === '|' || c === ')' || c === '.') return undefined;
    else next = i + 1;
    if (REPEAT.test(piece.slice(next))) return undefined;
    i = next;
  }
  return undefined;
}

/**
 * Patterns shorter than this are gated whole: running one regular expression costs about as much
 * as running one of its choices, so splitting pays only where each run is long.
 */
const SPLIT_FROM = 1000;

/** A gated pattern: its choices (choiceSources), each run only on comments with one of its words. */
interface Gate {
  choices: RegExp[];
  /** Each choice's bit among the choices of all gates; -1 when it cannot be gated and always runs. */
  bits: number[];
}

const GATE_OF = new WeakMap<RegExp, Gate>();
const GATED: RegExp[] = [];

/**
 * Gates a phrase pattern at load: findPhrase, testPhrase and firstMatch then run each of its
 * choices only on comments that have one of that choice's words (patternWords). A choice that
 * cannot be read that way always runs; a pattern none of whose choices can is left as it is. A
 * sticky or global pattern is gated whole, since its caller sets where it starts.
 */
export function gated(pattern: RegExp): RegExp {
  if (GATE_OF.has(pattern)) return pattern;
  const whole = pattern.sticky || pattern.global || pattern.source.length < SPLIT_FROM;
  // Next choices that need the same words run as one: "(?:you|he|they) … (?:kill|shoot)" split
  // at its people would run every choice on any comment with "kill". Choices that match in one
  // way only before their first group each, joined with "|", find what their group would.
  const merged: { source: string; words: string[] | undefined }[] = [];
  for (const source of whole ? [pattern.source] : choiceSources(pattern.source)) {
    const words = patternWords(new RegExp(source, pattern.flags));
    const last = merged.at(-1);
    if (last && String(last.words) === String(words)) last.source += `|${source}`;
    else merged.push({ source, words });
  }
  const choices = merged.length > 1 ? merged.map((m) => new RegExp(m.source, pattern.flags)) : [pattern];
  const words = merged.map((m) => m.words);
  if (words.every((w) => w === undefined)) return pattern;
  const bits = words.map((list) => {
    if (!list) return -1;
    // The choices each word opens live with the word's other facts (word-lookup.ts).
    const bit = countChoice();
    for (const word of list) (factsOf(word).choices ??= []).push(bit);
    return bit;
  });
  GATE_OF.set(pattern, { choices, bits });
  GATED.push(pattern);
  return pattern;
}

/** Every gated pattern, for the test that no gate ever hides a match. */
export function gatedPatterns(): readonly RegExp[] {
  return GATED;
}

/** The choices the comment's words open, one bit each, found once per comment. */
function openChoices(view: CommentView): Int32Array {
  return lookUpWords(view).choices;
}

function isOpen(open: Int32Array, bit: number): boolean {
  return bit < 0 || ((open[bit >> 5] as number) & (1 << (bit & 31))) !== 0;
}

/** Whether a pattern may match the comment's joined words: false only when every gate is shut. */
export function mayMatch(view: CommentView, pattern: RegExp): boolean {
  const gate = GATE_OF.get(pattern);
  if (!gate) return true;
  const open = openChoices(view);
  for (const bit of gate.bits) if (isOpen(open, bit)) return true;
  return false;
}

/** Whether the pattern matches `text`, running only the choices the comment's words open. */
export function matchesGated(view: CommentView, pattern: RegExp, text: string = view.joined): boolean {
  const gate = GATE_OF.get(pattern);
  if (!gate) return pattern.test(text);
  const open = openChoices(view);
  for (let k = 0; k < gate.choices.length; k++)
    if (isOpen(open, gate.bits[k] as number) && (gate.choices[k] as RegExp).test(text)) return true;
  return false;
}

/**
 * The pattern's first match in `text` (the comment's joined words, or a stretch of them), the
 * same as `pattern.exec(text)` gives but with only the choices the comment's words open run.
 * Its capture groups are one choice's, numbered as in that choice: use only the match and where it
 * starts.
 */
export function firstMatch(
  view: CommentView,
  pattern: RegExp,
  text: string = view.joined,
): RegExpExecArray | null {
  const gate = GATE_OF.get(pattern);
  if (!gate) return pattern.exec(text);
  const open = openChoices(view);
  let best: RegExpExecArray | null = null;
  for (let k = 0; k < gate.choices.length; k++) {
    if (!isOpen(open, gate.bits[k] as number)) continue;
    const m = (gate.choices[k] as RegExp).exec(text);
    if (m && (best === null || m.index < best.index)) best = m;
  }
  return best;
}
