import type { CommentView } from './comment-view';

/**
 * Which rules a comment can possibly match, found with one lookup per word. Each rule names the
 * words it cannot match without (a group, a hate verb, "loot"…) as a word class at load; a
 * comment with none of them skips the rule's regular expressions altogether. Most comments skip
 * most rules, which keeps grading fast.
 */

const CLASSES = new Map<string, number>();
let nextBit = 1;

/** Registers a class of words and returns its bit. Call at module load, not per comment. */
export function defineWordClass(words: Iterable<string>): number {
  if (nextBit > 1 << 30) throw new Error('too many word classes');
  const bit = nextBit;
  nextBit <<= 1;
  for (const word of words) CLASSES.set(word, (CLASSES.get(word) ?? 0) | bit);
  return bit;
}

/** The classes of one word (0 for most words). */
export function wordClassesOf(word: string): number {
  return CLASSES.get(word) ?? 0;
}

/** Records the comment's classes when a rule has already looked every word up. */
export function setWordClasses(view: CommentView, classes: number) {
  view.wordClasses = classes;
}

/** Whether the comment has a word of the class; the comment's classes are found once. */
export function hasWordClass(view: CommentView, bit: number): boolean {
  if (view.wordClasses < 0) {
    let classes = 0;
    for (const word of view.tokens.words) classes |= CLASSES.get(word) ?? 0;
    view.wordClasses = classes;
  }
  return (view.wordClasses & bit) !== 0;
}
