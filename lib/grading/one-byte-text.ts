/**
 * The joined words the rules read, always as a one-byte (Latin-1) string. V8 compiles a regular
 * expression separately for each width of string it runs on, so a comment with one emoji made
 * every rule that read it compile a second time, for two-byte text: 384 of our 500 patterns did,
 * over the validation tweets. And once an isolate holds 16 MB of executable code, V8 compiles
 * every further pattern without optimisation, which runs it about 20 times slower; the second
 * copies took the engine past that line. So each UTF-16 unit above U+00FF becomes one Latin-1
 * stand-in: offsets stay those of the words as written, and every rule still sees a non-space,
 * non-letter character where the emoji was.
 *
 * The emoji rules name get stand-ins of their own (C1 control codes, which comments never hold)
 * so those rules still tell them apart; every other unit becomes the same stand-in. A rule that
 * names an emoji passes its pattern through `onOneByteText`, which refuses one not listed here.
 */

/** The characters above U+00FF that rules name, each given its own stand-in, U+0080 onwards. */
const NAMED = [
  '❤',
  '\uFE0F',
  '👏',
  '🙏',
  '💙',
  '👍',
  '🇺',
  '🇸',
  '🐷',
  '🐖',
  '🚓',
  '🖕',
  '🙌',
  '💯',
  '🫡',
  '🏈',
  '🏀',
  '⚾',
  '🏒',
  '🔪',
  '🔫',
  '💣',
  '🩸',
  '⚰',
  '🪦',
  '🗡',
];

/** The stand-in for every other unit above U+00FF. */
const OTHER = 0x9f;
// The named stand-ins run from U+0080 and must stop short of OTHER.
if (0x80 + NAMED.length > OTHER)
  throw new Error('one-byte-text.ts names more characters than it has stand-ins for');

/** Stand-in of each named character's code point. */
const STAND_IN = new Map<number, number>(NAMED.map((c, k) => [c.codePointAt(0) as number, 0x80 + k]));

/** Any UTF-16 unit above U+00FF; without the u flag a pattern reads units, as charCodeAt does. */
const WIDE = /[\u0100-\uffff]/;

/**
 * Whether `text` has a character above U+00FF (an emoji, a curly quote). A pattern, not a loop of
 * charCodeAt: a comment cut from a bigger string reads a unit at a time through its parent, and
 * the loop took 1.9 µs on a validation tweet.
 */
export function hasWideCharacters(text: string): boolean {
  return WIDE.test(text);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
let encoded = new Uint8Array(4096);

/**
 * A one-byte copy of text with no character above U+00FF: to UTF-8 and back, which V8 (and the
 * browser) decode to a one-byte string; three times as fast as building it a unit at a time.
 */
function latin1Copy(text: string): string {
  if (encoded.length < text.length * 2) encoded = new Uint8Array(text.length * 2);
  const { written } = encoder.encodeInto(text, encoded);
  return decoder.decode(encoded.subarray(0, written));
}

const CHUNK = 8192;
const units = new Uint16Array(CHUNK);

function fromUnits(n: number): string {
  return String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
}

/**
 * `text` as a one-byte string with the same length and offsets: always a copy, since V8 keeps a
 * slice or join of two-byte text two-byte even when no character above U+00FF is left in it (a
 * comment cut out of a file that has an emoji anywhere, or a comment whose emoji were dropped).
 */
export function oneByteText(text: string): string {
  if (!hasWideCharacters(text)) return latin1Copy(text);
  let out = '';
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) as number;
    if (code <= 0xff) units[n++] = code;
    else {
      // Both units of a pair get the pair's stand-in: "🐷" is two characters in a pattern too.
      const standIn = STAND_IN.get(code) ?? OTHER;
      units[n++] = standIn;
      if (code > 0xffff) {
        units[n++] = standIn;
        i++;
      }
    }
    if (n >= CHUNK - 1) {
      out += fromUnits(n);
      n = 0;
    }
  }
  return out + fromUnits(n);
}

/** A rule that names emoji, rewritten to read them in the one-byte text; others as they are. */
export function onOneByteText(pattern: RegExp): RegExp {
  if (!hasWideCharacters(pattern.source)) return pattern;
  for (const c of pattern.source)
    if ((c.codePointAt(0) as number) > 0xff && !STAND_IN.has(c.codePointAt(0) as number))
      throw new Error(`A rule names ${c}, which has no stand-in in one-byte-text.ts`);
  return new RegExp(oneByteText(pattern.source), pattern.flags);
}
