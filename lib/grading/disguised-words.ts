import { splitRunTogether } from './run-together-words';
import { DISGUISE_TARGETS, MILD_WORDS, PROFANITY, SEXUAL, SLURS } from './word-lists/offensive-words';

/**
 * Reads through the spelling games people play to get past filters: leetspeak ("sh1t", "a$$",
 * "1diot", "Musl1ms"), masks ("f*#k", "b***h") and dots ("f.u.c.k"). Only words on the offensive
 * lists, insults and the words of group hate are decoded: "4th" or "mp3" stay as written.
 */

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};
const MASKS = new Set(['*', '#', '%', '_', '.', '-', '@', '$', '!']);
const TARGETS = new Set([...DISGUISE_TARGETS, ...MILD_WORDS]);
const LIST_OF = new Map<string, number>();
[PROFANITY, SLURS, SEXUAL].forEach((list, i) =>
  list.forEach((word) => LIST_OF.set(word, LIST_OF.get(word) ?? i)),
);
// Insults and the words of group hate are one more kind: "d**b" is not decoded as "dick".
for (const word of DISGUISE_TARGETS) if (!LIST_OF.has(word)) LIST_OF.set(word, 3);

/** Masked spellings are matched by length and first letter: "f*#k" → "fuck". */
const TARGETS_BY_SHAPE = new Map<string, string[]>();
for (const word of DISGUISE_TARGETS) {
  const key = `${word[0]}${word.length}`;
  const list = TARGETS_BY_SHAPE.get(key) ?? [];
  list.push(word);
  TARGETS_BY_SHAPE.set(key, list);
}

/**
 * The mild words by shape, read first: "a**" is "ass" (in "kiss my a**"), not the slur "abo"
 * that shares its shape; "h*ll" is "hell". Each shape holds one mild word.
 */
const MILD_BY_SHAPE = new Map(MILD_WORDS.map((word) => [`${word[0]}${word.length}`, word]));

/** Whether a word is one a disguised spelling may stand for. */
export function isDisguiseTarget(word: string): boolean {
  return TARGETS.has(word);
}

export function isSpacedLetter(word: string): boolean {
  if (word.length !== 1) return false;
  const c = word.charCodeAt(0);
  return c >= 97 && c <= 122;
}

function stripSymbols(raw: string): string {
  let out = '';
  for (const ch of raw) if (!MASKS.has(ch) && ch !== "'" && ch !== '’') out += ch;
  return out;
}

function decodeLeet(raw: string): string {
  let out = '';
  for (const ch of raw) out += LEET[ch] ?? ch;
  return out;
}

function hasDigitOrSymbol(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 97 || c > 122) return true;
  }
  return false;
}

function fitsMask(raw: string, word: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] ?? '';
    if (!MASKS.has(ch) && ch !== word[i]) return false;
  }
  return true;
}

function matchMasked(raw: string): string | undefined {
  const mild = MILD_BY_SHAPE.get(`${raw[0]}${raw.length}`);
  if (mild && fitsMask(raw, mild)) return mild;
  const candidates = TARGETS_BY_SHAPE.get(`${raw[0]}${raw.length}`);
  if (!candidates) return undefined;
  let found: string | undefined;
  let profane: string | undefined;
  let mixed = false;
  for (const word of candidates) {
    if (!fitsMask(raw, word)) continue;
    if (found && LIST_OF.get(found) !== LIST_OF.get(word)) mixed = true;
    found ??= word;
    if (LIST_OF.get(word) === 0) profane ??= word;
  }
  // Words from two different lists fit ("f***": fuck or a slur?): the spelling does not say
  // which kind of offence it is, only that it is one. Profanity is the reading that claims
  // least (clause a, not b); without a profane reading, decode nothing.
  return mixed ? profane : found;
}

/** The word a raw spelling stands for; plain words come back unchanged. */
export function resolveDisguisedWord(raw: string, hasSymbol: boolean): string {
  if (!hasSymbol && !hasDigitOrSymbol(raw)) return raw;
  const leet = decodeLeet(raw);
  if (TARGETS.has(leet)) return leet;
  // "sh1tbag", "horsesh!t": a listed word run together with another, in leetspeak.
  if (leet !== raw && /^[a-z]+$/.test(leet) && splitRunTogether(leet)) return leet;
  const letters = stripSymbols(leet);
  if (TARGETS.has(letters) && letters.length >= 3) return letters;
  if (hasSymbol && raw.length >= 3) {
    const masked = matchMasked(raw);
    if (masked) return masked;
  }
  return stripSymbols(raw);
}
