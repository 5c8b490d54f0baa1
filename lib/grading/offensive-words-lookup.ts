import { defineWordClass, wordClassesOf } from './word-classes';
import { DEHUMANISING, PROFANITY, SEXUAL, SLURS } from './word-lists/offensive-words';

export type OffensiveKind = 'profanity' | 'slur' | 'dehumanising' | 'sexual';

/** The four lists as word classes: one lookup per word tells the kind and the rest. */
const DEHUMANISING_WORD = defineWordClass(DEHUMANISING);
const SEXUAL_WORD = defineWordClass(SEXUAL);
const PROFANE_WORD = defineWordClass(PROFANITY);
const SLUR_WORD = defineWordClass(SLURS);

/** In order of precedence: a slur is a slur even if also profane. */
export function offensiveKindOfClasses(classes: number): OffensiveKind | undefined {
  if (classes === 0) return undefined;
  if (classes & SLUR_WORD) return 'slur';
  if (classes & PROFANE_WORD) return 'profanity';
  if (classes & SEXUAL_WORD) return 'sexual';
  if (classes & DEHUMANISING_WORD) return 'dehumanising';
  return undefined;
}

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
export function offensiveKindOf(word: string, classes = wordClassesOf(word)): OffensiveKind | undefined {
  const exact = offensiveKindOfClasses(classes);
  if (exact || word.length < 4 || !hasDoubleLetter(word)) return exact;
  return offensiveKindOfClasses(wordClassesOf(singleLetters(word)));
}
