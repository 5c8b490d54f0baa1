import { joinWords, type CommentView } from './comment-view';
import { oneByteText } from './one-byte-text';

/**
 * Threats typed in haste: "I knw where you live", "ur nxet", "gonna murdr you". The threat rules
 * hinge on a few dozen words; a slip of one of them (two letters swapped, one inner letter
 * dropped) is read as the word itself, in a view of the comment only the threat rules see. The
 * word count and the words' places in the text stay the same, so highlights still point at what
 * the poster wrote. Slips that are words in their own right ("dad" for "dead", "shot" for
 * "shoot", "were" for "where") are never read as slips.
 */

// prettier-ignore
const THREAT_WORDS = [
  'going', 'gonna', 'know', 'live', 'lives', 'next', 'kill', 'murder', 'shoot', 'stab', 'strangle', 'choke',
  'execute', 'slaughter', 'hang', 'lynch', 'burn', 'bomb', 'blow', 'dead', 'deserve', 'deserves', 'should',
  'bullet', 'family', 'safe', 'watch', 'where', 'coming', 'officer', 'officers', 'precinct', 'station',
  'sheriff', 'deputy', 'deputies', 'police', 'someone', 'somebody', 'behead', 'torture', 'catch', 'alone',
  'body', 'wait', 'will', 'your', 'youre', 'kids', 'house', 'cops', 'pigs', 'guns', 'knife',
];

/**
 * Slips that are English words (from a dictionary) or common in the tweets for something else:
 * "wat" (what), "cos" (because), "cps" (child protective services).
 */
// prettier-ignore
const NOT_SLIPS = new Set([
  'aloe', 'bob', 'bow', 'boy', 'boyd', 'bun', 'coke', 'dad', 'deputes', 'gnus', 'gong', 'gus', 'hag', 'hose',
  'lie', 'lies', 'net', 'offices', 'pis', 'shot', 'soot', 'strange', 'were', 'wit', 'yore',
  'wat', 'cos', 'kis', 'sae', 'whee', 'pgs', 'cps',
]);

const SLIPS = new Map<string, string>();
/**
 * Most words are no slip: a table by first, second and last letter and length says "maybe" for
 * few of them, at the cost of an array read, so the map is asked for few words.
 */
const SHAPES = new Uint8Array(1 << 14);
function shapeOf(word: string): number {
  const n = word.length;
  return (((word.charCodeAt(0) * 31 + word.charCodeAt(1)) * 31 + word.charCodeAt(n - 1)) * 31 + n) & 0x3fff;
}
function addSlip(slip: string, word: string) {
  if (NOT_SLIPS.has(slip) || SLIPS.has(slip) || THREAT_WORDS.includes(slip)) return;
  SLIPS.set(slip, word);
  SHAPES[shapeOf(slip)] = 1;
}
for (const listed of THREAT_WORDS) {
  // One-byte, as the rules' words must be (one-byte-text.ts): copied once per word, not per slip.
  const word = oneByteText(listed);
  for (let i = 0; i + 1 < word.length; i++)
    if (word[i] !== word[i + 1]) addSlip(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), word);
  for (let i = 1; i + 1 < word.length; i++) addSlip(word.slice(0, i) + word.slice(i + 1), word);
}

/** Subjects after which "were" is the past: "they", "you", "people", a plural noun. */
const PAST_SUBJECT = /^(?:they|you|u|yall|those|these|people|\S{2,}[^s]s)$/;

// The three threat passes (precise rules, broad rules, context) ask for the same comment in turn.
let lastSeen: CommentView | undefined;
let lastView: CommentView | undefined;

/** The comment with slips of threat words read as the words; the same view when it has none. */
export function threatView(view: CommentView): CommentView {
  if (view === lastSeen && lastView) return lastView;
  const words = view.tokens.words;
  let fixed: string[] | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const slip = word.length >= 3 && SHAPES[shapeOf(word)] === 1 ? SLIPS.get(word) : undefined;
    if (slip) (fixed ??= words.slice())[i] = slip;
    // "those idiots were going to kill someone", "the thieves were smashing windows": after a
    // plural subject "were" is the past, not "we're" (which the rules, written without
    // apostrophes, read "were" as).
    else if (word === 'were' && i > 0 && PAST_SUBJECT.test(words[i - 1] as string))
      (fixed ??= words.slice())[i] = 'was';
  }
  lastSeen = view;
  lastView = fixed ? withWords(view, fixed) : view;
  return lastView;
}

function withWords(view: CommentView, words: string[]): CommentView {
  const wordOffsets: number[] = [];
  let offset = 1;
  for (const word of words) {
    wordOffsets.push(offset);
    offset += word.length + 1;
  }
  // Word classes and pattern gates are found anew: the slips read as words may be in classes the
  // slips were not.
  return {
    ...view,
    tokens: { ...view.tokens, words },
    ...joinWords(words, view.wide),
    wordOffsets,
    lookup: undefined,
  };
}
