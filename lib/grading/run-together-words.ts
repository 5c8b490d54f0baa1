import { HATE_VERBS } from './word-lists/protected-groups';
import { DISGUISE_TARGETS, PROFANITY } from './word-lists/offensive-words';
import { GLUE_WORDS, INNOCENT_LOOKALIKES } from './word-lists/spelling';

/**
 * Words run together to slip past a filter, or in a hashtag or a user name: "pieceofshit",
 * "shutthefuckup", "#fuckthepolice", "ihatemuslims88". Split only when every piece is a glue
 * word or a listed word, so "Scunthorpe" and "shitake" stay whole; a strong word at either end
 * with any rest ("fuckwit", "horseshit") is split too.
 */

/** Words that can carry a run-together insult: profanity, slurs, insults, hate. */
const STRONG = new Set([...DISGUISE_TARGETS, ...HATE_VERBS.filter((verb) => !verb.includes(' '))]);
const PIECES = new Set([...STRONG, ...GLUE_WORDS]);
/** Only words containing one of these are tried. */
const STEMS = [
  'fuck',
  'shit',
  'bitch',
  'cunt',
  'idiot',
  'moron',
  'whore',
  'slut',
  'nigg',
  'fagg',
  'retard',
  'bastard',
  'douche',
  'asshole',
  'dick',
  'pussy',
  'hate',
  'twat',
];
/** The first four letters of every stem, as a bit set over letter codes: no string is made per word. */
const FOUR_LETTERS = new Uint32Array((1 << 20) / 32);
for (const stem of STEMS) {
  let key = 0;
  for (let k = 0; k < 4; k++) key = (key << 5) | (stem.charCodeAt(k) - 97);
  FOUR_LETTERS[key >>> 5] = (FOUR_LETTERS[key >>> 5] ?? 0) | (1 << (key & 31));
}

/** Whether a stem may begin somewhere in the word; a cheap "maybe". */
function mayHideStem(word: string): boolean {
  let key = 0;
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    if (c < 0 || c > 25) {
      run = 0;
      continue;
    }
    key = ((key << 5) | c) & 0xfffff;
    if (++run >= 4 && ((FOUR_LETTERS[key >>> 5] ?? 0) & (1 << (key & 31))) !== 0) return true;
  }
  return false;
}

/** Strong words that stay profane with any ending or beginning: "fuckwit", "apeshit". */
const PROFANE_STEMS = ['fuck', 'shit', 'cunt', 'bitch', 'twat'];
const LONGEST_PIECE = Math.max(...[...PIECES].map((piece) => piece.length));

/**
 * The first three letters a run of pieces can begin with ("iha" of "i hate", "fuc" of "fuck"):
 * a word that begins otherwise and does not end in a profane stem is not tried at all.
 */
const STARTS = new Uint8Array(27 * 27 * 27);
const letter = (word: string, at: number) => {
  const c = word.charCodeAt(at) - 97;
  return c >= 0 && c < 26 ? c : 26;
};
const prefixKey = (a: number, b: number, c: number) => (a * 27 + b) * 27 + c;
const SHORT_PIECES = [...PIECES].filter((piece) => piece.length < 3);
for (const piece of PIECES) {
  if (piece.length >= 3) STARTS[prefixKey(letter(piece, 0), letter(piece, 1), letter(piece, 2))] = 1;
}
for (const short of SHORT_PIECES)
  for (const next of PIECES) {
    const run = `${short}${next}`;
    // Two one-letter pieces ("i" "u"): any third letter may follow.
    if (run.length >= 3) STARTS[prefixKey(letter(run, 0), letter(run, 1), letter(run, 2))] = 1;
    else
      STARTS.fill(
        1,
        prefixKey(letter(run, 0), letter(run, 1), 0),
        prefixKey(letter(run, 0), letter(run, 1), 27),
      );
  }

function mayStartPiece(word: string): boolean {
  return STARTS[prefixKey(letter(word, 0), letter(word, 1), letter(word, 2))] === 1;
}

/** "…fuck", "…shit", "…cunt", "…bitch", "…twat": the last letter says whether to look. */
function mayEndInStem(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  if (last !== 107 && last !== 116 && last !== 104) return false;
  for (const stem of PROFANE_STEMS) if (word.endsWith(stem)) return true;
  return false;
}

/** Where a word splits, as the end offset of each piece; undefined when it is one word. */
export function splitRunTogether(word: string): number[] | undefined {
  if (word.length < 5 || !(mayStartPiece(word) || mayEndInStem(word)) || !mayHideStem(word)) return undefined;
  let letters = word.length;
  while (letters > 0 && word.charCodeAt(letters - 1) >= 48 && word.charCodeAt(letters - 1) <= 57) letters--;
  const body = letters === word.length ? word : word.slice(0, letters);
  if (PIECES.has(body) || INNOCENT_LOOKALIKES.has(body)) return undefined;
  const ends = splitIntoPieces(body) ?? splitAtStem(body);
  // Digits after a user name ("ihatemuslims88") are a piece of their own.
  if (ends && letters < word.length) ends.push(word.length);
  return ends;
}

/** Fewest pieces, each a glue or listed word, at least one of them strong. */
function splitIntoPieces(body: string): number[] | undefined {
  const n = body.length;
  // best[i]: fewest pieces covering body[0, i); from[i]: where the last of them starts.
  const best = new Array<number>(n + 1).fill(Infinity);
  const from = new Array<number>(n + 1).fill(-1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    if (best[i] === Infinity) continue;
    for (let j = i + 1; j <= Math.min(n, i + LONGEST_PIECE); j++)
      if ((best[i] ?? 0) + 1 < (best[j] ?? 0) && PIECES.has(body.slice(i, j))) {
        best[j] = (best[i] ?? 0) + 1;
        from[j] = i;
      }
  }
  if (best[n] === Infinity || best[n] === 1) return undefined;
  const ends: number[] = [];
  let strong = false;
  for (let j = n; j > 0; j = from[j] ?? 0) {
    ends.unshift(j);
    if (STRONG.has(body.slice(from[j] ?? 0, j))) strong = true;
  }
  return strong ? ends : undefined;
}

function splitAtStem(body: string): number[] | undefined {
  if (PROFANITY.has(body)) return undefined;
  for (const stem of PROFANE_STEMS) {
    if (body.length >= stem.length + 2 && body.startsWith(stem)) return [stem.length, body.length];
    if (body.length >= stem.length + 2 && body.endsWith(stem))
      return [body.length - stem.length, body.length];
  }
  return undefined;
}
