import type { CommentView } from './comment-view';
import { factsOf, knownFacts, lookUpWords } from './word-lookup';

/**
 * Which rules a comment can possibly match, found with one lookup per word. Each rule names the
 * words it cannot match without (a group, a hate verb, "loot"…) as a word class at load; a
 * comment with none of them skips the rule's regular expressions altogether. Most comments skip
 * most rules, which keeps grading fast. The classes live with the words' other facts
 * (word-lookup.ts).
 */

let nextBit = 1;

/** Registers a class of words and returns its bit. Call at module load, not per comment. */
export function defineWordClass(words: Iterable<string>): number {
  if (nextBit > 1 << 30) throw new Error('too many word classes');
  const bit = nextBit;
  nextBit <<= 1;
  for (const word of words) factsOf(word).classes |= bit;
  return bit;
}

/** The classes of one word (0 for most words). */
export function wordClassesOf(word: string): number {
  return knownFacts(word)?.classes ?? 0;
}

/** Whether the comment has a word of the class; the comment's words are looked up once. */
export function hasWordClass(view: CommentView, bit: number): boolean {
  return (lookUpWords(view).classes & bit) !== 0;
}
