import { collapseRepeats } from './comment-tokens';
import { DEHUMANISING, PROFANITY, SEXUAL, SLURS } from './word-lists/offensive-words';

export type OffensiveKind = 'profanity' | 'slur' | 'dehumanising' | 'sexual';

function kindOfExact(word: string): OffensiveKind | undefined {
  if (SLURS.has(word)) return 'slur';
  if (PROFANITY.has(word)) return 'profanity';
  if (SEXUAL.has(word)) return 'sexual';
  if (DEHUMANISING.has(word)) return 'dehumanising';
  return undefined;
}

/** Which offensive list a normalised word is on, also when letters were doubled ("fuuck"). */
export function offensiveKindOf(word: string): OffensiveKind | undefined {
  const exact = kindOfExact(word);
  if (exact || word.length < 4) return exact;
  const single = collapseRepeats(word) === word ? singleLetters(word) : word;
  return single === word ? undefined : kindOfExact(single);
}

function singleLetters(word: string): string {
  let out = '';
  let prev = '';
  let changed = false;
  for (const ch of word) {
    if (ch === prev) changed = true;
    else out += ch;
    prev = ch;
  }
  return changed ? out : word;
}
