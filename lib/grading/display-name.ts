import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { viewComment } from './comment-view';
import { findOffensiveLanguage, type OffensiveEvidence } from './offensive-language';

/**
 * Offensive display names (clause c). Names run words together ("FuckTheP0lice"), which our
 * word lists cannot split, so names also go through the obscenity package's matcher: too slow
 * for every comment's text, fine for a short name.
 */
const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

export function findOffensiveDisplayName(author: string): OffensiveEvidence[] {
  const words = findOffensiveLanguage(viewComment(author)).used;
  if (words.length > 0) return words;
  const match = matcher.getAllMatches(author, true)[0];
  if (!match) return [];
  const word = englishDataset.getPayloadWithPhraseMetadata(match).phraseMetadata?.originalWord ?? 'profanity';
  return [{ kind: 'profanity', span: { start: match.startIndex, end: match.endIndex + 1 }, word }];
}
