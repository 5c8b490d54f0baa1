import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { viewComment, type CommentView } from './comment-view';
import { isInnocentSense } from './innocent-senses';
import { findOffensiveLanguage, type OffensiveEvidence } from './offensive-language';
import { INNOCENT_LOOKALIKES } from './word-lists/spelling';

/**
 * Offensive display names (clause c). Names run words together ("FuckTheP0lice"), which our
 * word lists cannot split, so names also go through the obscenity package's matcher: too slow
 * for every comment's text, fine for a short name.
 */
const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

/** A name whose listed-looking part is a real name: "Dick Johnson", "Ashley Cummings". */
function isInnocentAt(view: CommentView, offset: number): boolean {
  const { starts, ends, words } = view.tokens;
  for (let i = 0; i < words.length; i++)
    if ((starts[i] ?? 0) <= offset && offset < (ends[i] ?? 0))
      return INNOCENT_LOOKALIKES.has(words[i] ?? '') || isInnocentSense(view, i);
  return false;
}

export function findOffensiveDisplayName(author: string): OffensiveEvidence[] {
  const view = viewComment(author);
  const words = findOffensiveLanguage(view).used;
  if (words.length > 0) return words;
  for (const match of matcher.getAllMatches(author, true)) {
    if (isInnocentAt(view, match.startIndex)) continue;
    const word =
      englishDataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord ?? 'profanity';
    return [{ kind: 'profanity', span: { start: match.startIndex, end: match.endIndex + 1 }, word }];
  }
  return [];
}
