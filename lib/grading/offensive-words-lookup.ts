import { DEHUMANISING, PROFANITY, SEXUAL, SLURS } from './word-lists/offensive-words';

export type OffensiveKind = 'profanity' | 'slur' | 'dehumanising' | 'sexual';

/** One map for the four lists, in order of precedence: a slur is a slur even if also profane. */
const KINDS = new Map<string, OffensiveKind>();
for (const [kind, words] of [
  ['dehumanising', DEHUMANISING],
  ['sexual', SEXUAL],
  ['profanity', PROFANITY],
  ['slur', SLURS],
] as const)
  for (const word of words) KINDS.set(word, kind);

function hasDoubleLetter(word: string): boolean {
  for (let k = 1; k < word.length; k++) if (word.charCodeAt(k) === word.charCodeAt(k - 1)) return true;
  return false;
}

/** "fuuck" → "fuck": every doubled letter made single. */
function singleLetters(word: string): string {
  let out = '';
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== word.charCodeAt(k - 1)) out += word[k];
  return out;
}

/** Which offensive list a normalised word is on, also when letters were doubled ("fuuck"). */
export function offensiveKindOf(word: string): OffensiveKind | undefined {
  const exact = KINDS.get(word);
  if (exact || word.length < 4 || !hasDoubleLetter(word)) return exact;
  return KINDS.get(singleLetters(word));
}
