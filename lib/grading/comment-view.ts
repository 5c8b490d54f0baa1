import { entityLength, tokenizeComment, type CommentTokens } from './comment-tokens';
import { hasWideCharacters, oneByteText } from './one-byte-text';
import { firstMatch, matchesGated } from './pattern-gate';
import type { WordLookup } from './word-lookup';

/**
 * The normalised words joined by single spaces, so rules can be written as readable regular
 * expressions ("i ll kill" is "ill kill"), with a way back to the original text for highlights.
 */
export interface CommentView {
  tokens: CommentTokens;
  /**
   * " word word word " — padded with spaces so rules can anchor on \s. Always a one-byte string,
   * with stand-ins for emoji (one-byte-text.ts), so no rule is compiled twice.
   */
  joined: string;
  /** `joined` as written, when it differs (it has emoji or other characters above U+00FF). */
  asWritten: string | undefined;
  /** The words as the rules read them: `tokens.words`, one-byte and with stand-ins. */
  ruleWords: readonly string[];
  /** Whether the comment has characters above U+00FF, so its words are two-byte strings. */
  wide: boolean;
  /** Offset in `joined` where each word begins. */
  wordOffsets: number[];
  /** What the rule registries know of the comment's words (word-lookup.ts), found on first use. */
  lookup: WordLookup | undefined;
}

export interface Span {
  start: number;
  end: number;
}

export function viewComment(text: string): CommentView {
  // A comment cut out of a bigger string (a file, a page) that holds an emoji anywhere is a
  // two-byte string, and so is every word cut from it, even with no such character of its own:
  // a one-byte copy keeps every string the rules read one-byte (one-byte-text.ts).
  const wide = hasWideCharacters(text);
  const tokens = tokenizeComment(wide ? text : oneByteText(text));
  const wordOffsets: number[] = [];
  let offset = 1;
  for (const word of tokens.words) {
    wordOffsets.push(offset);
    offset += word.length + 1;
  }
  return { tokens, ...joinWords(tokens.words, wide), wide, wordOffsets, lookup: undefined };
}

/** The words joined for the rules (offsets as in `wordOffsets`); `wide` as in CommentView. */
export function joinWords(
  words: string[],
  wide: boolean,
): Pick<CommentView, 'joined' | 'asWritten' | 'ruleWords'> {
  const written = ` ${words.join(' ')} `;
  // A flat one-byte copy: a word from a word list may be a two-byte string (cut from a source
  // text with a curly quote in it), and one such word would make the whole join two-byte.
  const joined = oneByteText(written);
  if (!wide) return { joined, asWritten: undefined, ruleWords: words };
  return {
    joined,
    asWritten: joined === written ? undefined : written,
    ruleWords: words.map((word) => oneByteText(word)),
  };
}

/** The words between two offsets of `joined`, as written (for reasons the moderator reads). */
export function phraseOf(view: CommentView, at: number, end: number): string {
  return (view.asWritten ?? view.joined).slice(at, end).trim();
}

/** The index of the word that covers (or last begins before) an offset in `joined`. */
export function wordIndexAt(view: CommentView, offset: number): number {
  let lo = 0;
  let hi = view.wordOffsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((view.wordOffsets[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A full stop, "!", "?", ";" or a line break between two words ends a sentence. */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63 || c === 10) return true;
    if (c === 59 && !closesEntity(text, k)) return true;
  }
  return false;
}

/** Whether the ";" at `at` closes an HTML entity ("&amp;" in exported tweets), not a sentence. */
function closesEntity(text: string, at: number): boolean {
  const amp = text.lastIndexOf('&', at);
  return amp >= 0 && at - amp > 1 && entityLength(text, amp, at + 1) === at + 1 - amp;
}

/**
 * Where in `joined` the sentence holding `at` begins: "Deleting my comment won't save you. I'm
 * going to kill you." — the "won't" of the first sentence does not negate the second.
 */
export function sentenceStart(view: CommentView, at: number): number {
  // A match starts on the space before its first word.
  let i = wordIndexAt(view, view.joined[at] === ' ' ? at + 1 : at);
  while (!startsSentence(view, i)) i--;
  return Math.max(0, (view.wordOffsets[i] ?? 1) - 1);
}

/** Titles written with a full stop: "Sgt. D. said", "Lt. P." */
const TITLES = new Set([
  'sgt',
  'lt',
  'ofc',
  'det',
  'dep',
  'capt',
  'cpl',
  'cmdr',
  'insp',
  'mr',
  'mrs',
  'ms',
  'dr',
  'jr',
  'sr',
  'st',
  'vs',
  'mt',
]);

/**
 * Whether the full stop after word `k` marks a title or an initial, not a sentence's end:
 * "Officer K. he knows what he did" is one sentence. An initial is one capital letter (not "I").
 */
function isAbbreviation(text: string, k: number, view: CommentView): boolean {
  const { starts, ends, words } = view.tokens;
  const end = ends[k] ?? 0;
  if (text.charCodeAt(end) !== 46) return false;
  // "Officer B.'s cruiser": the period of an initial before a possessive.
  const possessive = words[k + 1] === 's' && /^['’]$/.test(text.slice(end + 1, starts[k + 1] ?? 0));
  if (!possessive && !isGapOfSpaces(text, end + 1, starts[k + 1] ?? 0)) return false;
  const word = words[k] ?? '';
  if (TITLES.has(word)) return true;
  const start = starts[k] ?? 0;
  const c = text.charCodeAt(start);
  return end - start === 1 && c >= 65 && c <= 90 && c !== 73;
}

function isGapOfSpaces(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== 32) return false;
  return true;
}

/** Whether word `i` begins a sentence: the first word, or one after sentence punctuation. */
function startsSentence(view: CommentView, i: number): boolean {
  const { starts, ends, text, words } = view.tokens;
  return (
    i <= 0 ||
    (endsSentence(text, ends[i - 1] ?? 0, starts[i] ?? 0) && !isAbbreviation(text, i - 1, view)) ||
    // "!" and "?" may be words of their own ("it's all over ! ! !").
    endsSentence(words[i - 1] ?? '', 0, (words[i - 1] ?? '').length)
  );
}

/** The index of each sentence's first word, in order. */
export function sentenceWordStarts(view: CommentView): number[] {
  const out: number[] = [];
  for (let i = 0; i < view.tokens.words.length; i++) if (startsSentence(view, i)) out.push(i);
  return out;
}

/** Where in `joined` each sentence begins (the space before its first word), in order. */
export function sentenceStarts(view: CommentView): number[] {
  return sentenceWordStarts(view).map((i) => (view.wordOffsets[i] ?? 1) - 1);
}

/** The original-text span of the words a match on `joined` covers. */
export function spanOfMatch(view: CommentView, start: number, end: number): Span | undefined {
  if (view.tokens.words.length === 0) return undefined;
  // Skip the spaces a pattern may have matched at either end.
  while (start < end && view.joined[start] === ' ') start++;
  while (end > start && view.joined[end - 1] === ' ') end--;
  const first = wordIndexAt(view, start);
  const last = wordIndexAt(view, Math.max(start, end - 1));
  return { start: view.tokens.starts[first] ?? 0, end: view.tokens.ends[last] ?? 0 };
}

export function spanOfWord(view: CommentView, index: number): Span {
  return { start: view.tokens.starts[index] ?? 0, end: view.tokens.ends[index] ?? 0 };
}

export interface RuleMatch {
  span: Span | undefined;
  /** Offsets in `joined`, for context checks around the match. */
  at: number;
  end: number;
  phrase: string;
}

/** First match of a global-free pattern on the joined words, with its span. */
export function findPhrase(view: CommentView, pattern: RegExp): RuleMatch | undefined {
  const m = firstMatch(view, pattern);
  if (!m) return undefined;
  const at = m.index;
  const end = at + m[0].length;
  return { span: spanOfMatch(view, at, end), at, end, phrase: phraseOf(view, at, end) };
}

/** Whether a global-free pattern matches the joined words (only the choices its gates open run). */
export function testPhrase(view: CommentView, pattern: RegExp): boolean {
  return matchesGated(view, pattern);
}
