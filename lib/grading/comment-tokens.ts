import { isDisguiseTarget, resolveDisguisedWord, isSpacedLetter } from './disguised-words';
import { splitRunTogether } from './run-together-words';
import { correctSlips } from './spelling-slips';
import { DISGUISE_TARGETS } from './word-lists/offensive-words';

/**
 * A comment split into normalised words, each remembering where it sits in the original text so
 * a reason can highlight it. Words are lower case, without accents, with leetspeak and masked
 * letters resolved ("f*#k" → "fuck", "sh1t" → "shit"), long letter runs cut to two, run-together
 * insults split ("pieceofshit" → "piece of shit") and slips of listed words corrected ("fcuk",
 * "f uck" → "fuck").
 */
export interface CommentTokens {
  words: string[];
  /** [start, end) of each word in the original text, UTF-16 code units. */
  starts: number[];
  ends: number[];
  /** The original text, for rules that need punctuation ("?", quotes). */
  text: string;
}

const ACCENTS: Record<string, string> = {
  á: 'a',
  à: 'a',
  â: 'a',
  ä: 'a',
  é: 'e',
  è: 'e',
  ê: 'e',
  ë: 'e',
  í: 'i',
  ì: 'i',
  î: 'i',
  ï: 'i',
  ó: 'o',
  ò: 'o',
  ô: 'o',
  ö: 'o',
  ú: 'u',
  ù: 'u',
  û: 'u',
  ü: 'u',
  ñ: 'n',
  ç: 'c',
  '’': "'",
  '‘': "'",
};

function isLetter(c: number): boolean {
  // Latin with accents, Greek, Cyrillic and other alphabets; not ¿ ¡ × ÷, quotes or emoji.
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7)
  );
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Characters that may hide a letter inside a word: leetspeak and masks. */
function isWordInnerSymbol(c: number): boolean {
  // * # @ $ ! % . - _ '
  return (
    c === 8217 ||
    c === 42 ||
    c === 35 ||
    c === 64 ||
    c === 36 ||
    c === 33 ||
    c === 37 ||
    c === 46 ||
    c === 45 ||
    c === 95 ||
    c === 39
  );
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 160;
}

function lowerChar(ch: string): string {
  const lower = ch.toLowerCase();
  return ACCENTS[lower] ?? lower;
}

/** Splits a comment into words. Pure and linear in the text length. */
export function tokenizeComment(text: string): CommentTokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    // A raw chunk runs to the next space; inside it, word pieces are split on punctuation that
    // cannot be a disguised letter.
    let end = i;
    // Most chunks are a plain word with at most a comma or full stop after it: one pass, no
    // decoding needed.
    let letters = true;
    let capitals = false;
    let wordEnd = -1;
    for (; end < n; end++) {
      const d = text.charCodeAt(end);
      if (isSpace(d)) break;
      if (wordEnd < 0 && d >= 97 && d <= 122) continue;
      if (wordEnd < 0 && d >= 65 && d <= 90) {
        capitals = true;
        continue;
      }
      if (wordEnd < 0) wordEnd = end;
      if (d !== 44 && d !== 46 && d !== 59 && d !== 58) letters = false;
    }
    if (letters && end > i && wordEnd !== i && !(end - i <= 3 && isArtefact(text, i, end))) {
      const stop = wordEnd < 0 ? end : wordEnd;
      // Most words are written in lower case already: no second copy for them.
      const word = text.slice(i, stop);
      push(words, starts, ends, capitals ? word.toLowerCase() : word, i, stop);
      i = end;
      continue;
    }
    // Export artefacts ("RT", the "URL" placeholder) are links, not words.
    if (end - i <= 3 && (text.startsWith('RT', i) || text.startsWith('URL', i)) && isArtefact(text, i, end))
      push(words, starts, ends, '<link>', i, end);
    else splitChunk(text, i, end, words, starts, ends);
    i = end;
  }
  joinSpacedLetters(words, starts, ends);
  splitRunTogetherWords(words, starts, ends);
  correctSlips(words, starts, ends);
  return { words, starts, ends, text };
}

function splitChunk(
  text: string,
  from: number,
  to: number,
  words: string[],
  starts: number[],
  ends: number[],
) {
  const hyphenated = hyphenatedWord(text, from, to);
  if (hyphenated) {
    push(words, starts, ends, hyphenated.word, from, hyphenated.end);
    return;
  }
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // Mentions, hashtags and links become one marker word each.
    if (c === 64 && i + 1 < to && isLetter(text.charCodeAt(i + 1)) && i === from) {
      let e = i + 1;
      while (
        e < to &&
        (isLetter(text.charCodeAt(e)) || isDigit(text.charCodeAt(e)) || text.charCodeAt(e) === 95)
      )
        e++;
      push(words, starts, ends, atSpelledWord(text, i, e) ?? '@user', i, e);
      i = e;
      continue;
    }
    if ((c === 104 || c === 72 || c === 119) && isLinkAt(text, i)) {
      push(words, starts, ends, '<link>', i, to);
      return;
    }
    if (c === 35 && i + 1 < to && isLetter(text.charCodeAt(i + 1))) {
      i++; // the hashtag's word counts as a word
      continue;
    }
    if (c === 38) {
      const skip = entityLength(text, i, to);
      if (skip > 0) {
        i += skip;
        continue;
      }
    }
    // "$lut", "$hit": a dollar sign before a letter is an S; before a digit it is money.
    const leadingS = c === 36 && i + 1 < to && isLetter(text.charCodeAt(i + 1));
    if (!isLetter(c) && !isDigit(c) && !leadingS) {
      if (c > 127 && !isLetter(c)) {
        // Emoji and symbols carry sentiment: keep each as its own word.
        const cp = text.codePointAt(i) ?? c;
        const len = cp > 0xffff ? 2 : 1;
        if (cp >= 0x2600 && cp !== 0xfe0f) push(words, starts, ends, String.fromCodePoint(cp), i, i + len);
        i += len;
        continue;
      }
      if (c === 63) push(words, starts, ends, '?', i, i + 1);
      else if (c === 33) push(words, starts, ends, '!', i, i + 1);
      i++;
      continue;
    }
    // A word: letters and digits, with inner symbols allowed when a letter follows.
    let e = i;
    let hasSymbol = false;
    let plain = true;
    while (e < to) {
      const d = text.charCodeAt(e);
      if (isLetter(d) || isDigit(d)) {
        if (d >= 128) plain = false;
        e++;
      } else if (
        isWordInnerSymbol(d) &&
        e + 1 < to &&
        isInnerContinuation(text, e + 1, to) &&
        (!isSeparator(d) || isSpelledOut(text, e, i))
      ) {
        hasSymbol = true;
        e++;
      } else break;
    }
    // A masked ending such as "f**", "sh*" or "a$$" stays attached.
    while (
      e < to &&
      e > i &&
      (text.charCodeAt(e) === 42 || text.charCodeAt(e) === 35 || text.charCodeAt(e) === 36)
    ) {
      hasSymbol = true;
      e++;
    }
    // Plain ASCII words, nearly all of them, take the fast path.
    const raw = plain ? text.slice(i, e).toLowerCase() : lowerWord(text, i, e);
    push(words, starts, ends, resolveDisguisedWord(raw, hasSymbol), i, e);
    i = e;
  }
}

/**
 * "a-hole", "mother-fucker", "bull_shit": a chunk of letters broken by dashes, dots or
 * underscores that spells a listed word is that word (other hyphenated words split as usual).
 */
function hyphenatedWord(text: string, from: number, to: number): { word: string; end: number } | undefined {
  let letters = '';
  let broken = false;
  let end = from;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
      letters += String.fromCharCode(c | 32);
      end = k + 1;
    } else if (isSeparator(c) && letters.length > 0) broken = true;
    else if (c !== 44 && c !== 33 && c !== 63) return undefined;
  }
  return broken && isDisguiseTarget(letters) ? { word: letters, end } : undefined;
}

/** Dots, dashes and underscores join words only when they spell one out: "f.u.c.k", not "cold...tyga". */
function lowerWord(text: string, from: number, to: number): string {
  let raw = '';
  for (let k = from; k < to; k++) {
    const d = text.charCodeAt(k);
    raw += d < 128 ? String.fromCharCode(d | (d >= 65 && d <= 90 ? 32 : 0)) : lowerChar(text[k] ?? '');
  }
  return raw;
}

function isSeparator(c: number): boolean {
  return c === 46 || c === 45 || c === 95;
}

function isSpelledOut(text: string, at: number, wordStart: number): boolean {
  const before = at - 1;
  const singleBefore =
    before === wordStart || (before > wordStart && isSeparator(text.charCodeAt(before - 1)));
  return singleBefore && isLetter(text.charCodeAt(at + 1)) && !isLetter(text.charCodeAt(at + 2));
}

function isArtefact(text: string, from: number, to: number): boolean {
  const chunk = text.slice(from, to);
  return chunk === 'RT' || chunk === 'URL' || chunk === 'RT:';
}

/** Length of an HTML entity (&amp; &#8220;) starting at `at`, or 0. */
/** Length of the HTML entity ("&amp;") that starts at `at` and ends before `to`, or 0. */
export function entityLength(text: string, at: number, to: number): number {
  const semicolon = text.indexOf(';', at);
  if (semicolon < 0 || semicolon >= to || semicolon - at > 8) return 0;
  for (let k = at + 1; k < semicolon; k++) {
    const c = text.charCodeAt(k);
    if (!isLetter(c) && !isDigit(c) && c !== 35) return 0;
  }
  return semicolon - at + 1;
}

function isInnerContinuation(text: string, at: number, to: number): boolean {
  for (let k = at; k < to; k++) {
    const d = text.charCodeAt(k);
    if (isLetter(d) || isDigit(d)) return true;
    if (!isWordInnerSymbol(d)) return false;
  }
  return false;
}

function isLinkAt(text: string, i: number): boolean {
  return text.startsWith('http://', i) || text.startsWith('https://', i) || text.startsWith('www.', i);
}

function hasTripleLetter(word: string): boolean {
  for (let k = 2; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c === word.charCodeAt(k - 1) && c === word.charCodeAt(k - 2)) return true;
  }
  return false;
}

/** "@sshole" is a word with "@" for "a", not a mention: only when it spells a listed word. */
function atSpelledWord(text: string, from: number, to: number): string | undefined {
  // Only a few second letters follow "a" in a listed word ("as…", "ar…"): not the "u" of "@user".
  const second = text.charCodeAt(from + 1) | 32;
  // "@ss" too: three characters, the mild word of "up your @ss".
  if (to - from < 3 || to - from > 14 || !AFTER_A.has(second)) return undefined;
  const word = `a${text.slice(from + 1, to).toLowerCase()}`;
  return isDisguiseTarget(word) ? word : undefined;
}

const AFTER_A = new Set(
  DISGUISE_TARGETS.filter((word) => word.startsWith('a')).map((word) => word.charCodeAt(1)),
);

function push(words: string[], starts: number[], ends: number[], word: string, start: number, end: number) {
  if (word.length === 0) return;
  words.push(collapseRepeats(word));
  starts.push(start);
  ends.push(end);
}

/**
 * Splits run-together insults in place ("pieceofshit" → "piece" "of" "shit"); each piece keeps
 * its own span when the word was spelled plainly, otherwise the whole word's. A pass of its own
 * so that reading each word stays as cheap as it was.
 */
function splitRunTogetherWords(words: string[], starts: number[], ends: number[]) {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (word.length < 5) continue;
    const pieceEnds = splitRunTogether(word);
    if (!pieceEnds) continue;
    const start = starts[i] ?? 0;
    const end = ends[i] ?? 0;
    const exact = word.length === end - start;
    const pieces: string[] = [];
    const pieceStarts: number[] = [];
    const pieceEndsInText: number[] = [];
    let from = 0;
    for (const to of pieceEnds) {
      pieces.push(word.slice(from, to));
      pieceStarts.push(exact ? start + from : start);
      pieceEndsInText.push(exact ? start + to : end);
      from = to;
    }
    words.splice(i, 1, ...pieces);
    starts.splice(i, 1, ...pieceStarts);
    ends.splice(i, 1, ...pieceEndsInText);
    i += pieces.length - 1;
  }
}

/** "fuuuuck" → "fuuck", "sooo" → "soo": keeps the emphasis, drops the spelling game. */
export function collapseRepeats(word: string): string {
  if (word.length < 3 || !hasTripleLetter(word)) return word;
  let out = '';
  let run = 0;
  let prev = '';
  for (const ch of word) {
    run = ch === prev ? run + 1 : 1;
    prev = ch;
    if (run <= 2) out += ch;
  }
  return out;
}

/** "f u c k" → "fuck": three or more single letters in a row are one spelled-out word. */
function joinSpacedLetters(words: string[], starts: number[], ends: number[]) {
  let i = 0;
  while (i < words.length) {
    let j = i;
    while (j < words.length && isSpacedLetter(words[j] ?? '')) j++;
    if (j - i >= 3) {
      const joined = words.slice(i, j).join('');
      words.splice(i, j - i, joined);
      const end = ends[j - 1] ?? 0;
      starts.splice(i + 1, j - i - 1);
      ends.splice(i, j - i, end);
    }
    i = j - i >= 3 ? i + 1 : Math.max(i + 1, j);
  }
}
