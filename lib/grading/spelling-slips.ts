import { DISGUISE_TARGETS, SPANISH_LISTED } from './word-lists/offensive-words';
import { NOT_JOINED, NOT_SLIPS } from './word-lists/spelling';

/**
 * Listed words misspelt on purpose or in haste: two letters swapped ("fcuk", "btich", "Mulsims"),
 * an inner letter dropped ("ashole", "douchbag") or a stray space ("f uck", "b itch"). Every slip
 * of every listed word is worked out once, at load; reading a comment is one lookup per word.
 * Slips that spell a real word ("pick", "moon", "pen is") are left alone (word-lists/spelling.ts).
 */

const ENGLISH_TARGETS = DISGUISE_TARGETS.filter((word) => !SPANISH_LISTED.has(word) && /^[a-z]+$/.test(word));
const LISTED = new Set(DISGUISE_TARGETS);

/** Slip → the listed word it stands for. */
const SLIPS = new Map<string, string>();
/** First piece → second piece → the listed word the two spell together. */
const SPLITS = new Map<string, Map<string, string>>();

/**
 * Most words are none of these: a table by first, second and last letter and length answers
 * "maybe" for a few words and "no" for the rest at the cost of an array read, before any map is
 * asked.
 */
const MAY_SLIP = 1;
const MAY_BEGIN_SPLIT = 2;
const MAY_END_SPLIT = 4;
const SHAPES = new Uint8Array(1 << 16);

function shapeOf(word: string): number {
  const n = word.length;
  const h =
    ((word.charCodeAt(0) * 31 + word.charCodeAt(n > 1 ? 1 : 0)) * 31 + word.charCodeAt(n - 1)) * 31 + n;
  return h & 0xffff;
}

function hasShape(word: string, flag: number): boolean {
  return ((SHAPES[shapeOf(word)] ?? 0) & flag) !== 0;
}

function mark(word: string, flag: number) {
  const shape = shapeOf(word);
  SHAPES[shape] = (SHAPES[shape] ?? 0) | flag;
}

function addSlip(slip: string, word: string) {
  if (LISTED.has(slip) || NOT_SLIPS.has(slip) || SLIPS.has(slip)) return;
  SLIPS.set(slip, word);
  mark(slip, MAY_SLIP);
}

for (const word of ENGLISH_TARGETS) {
  if (word.length < 4) continue;
  for (let i = 0; i + 1 < word.length; i++)
    if (word[i] !== word[i + 1])
      addSlip(`${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`, word);
  // Dropping the first or last letter reads as another word too often ("itch", "hoe").
  if (word.length >= 5)
    for (let i = 1; i + 1 < word.length; i++) addSlip(word.slice(0, i) + word.slice(i + 1), word);
  for (let k = 1; k < word.length; k++) {
    const first = word.slice(0, k);
    const second = word.slice(k);
    if (NOT_JOINED.has(`${first} ${second}`)) continue;
    const seconds = SPLITS.get(first) ?? new Map<string, string>();
    if (!seconds.has(second)) seconds.set(second, word);
    SPLITS.set(first, seconds);
    mark(first, MAY_BEGIN_SPLIT);
    mark(second, MAY_END_SPLIT);
  }
}

/**
 * Corrects the slips in a comment's words, in place: "fcuk" → "fuck", "f" "uck" → "fuck" (the
 * joined word spans both). One pass, one table read for most words.
 */
export function correctSlips(words: string[], starts: number[], ends: number[]) {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const flags = SHAPES[shapeOf(word)] ?? 0;
    if (flags === 0) continue;
    if ((flags & MAY_SLIP) !== 0 && word.length >= 4) {
      const correct = SLIPS.get(word);
      if (correct) {
        words[i] = correct;
        continue;
      }
    }
    const next = words[i + 1];
    if ((flags & MAY_BEGIN_SPLIT) === 0 || next === undefined || !hasShape(next, MAY_END_SPLIT)) continue;
    const joined = SPLITS.get(word)?.get(next);
    if (!joined) continue;
    words.splice(i, 2, joined);
    ends.splice(i, 2, ends[i + 1] ?? 0);
    starts.splice(i + 1, 1);
  }
}
