/**
 * Keeps a rule's compiled code small without changing what it matches. V8 compiles a regular
 * expression by following each way into a part of it separately and writing that part out again
 * for each (up to ten copies). A short run of skipped words such as "(?:\S+ ){0,3}?" gives four
 * ways into whatever follows, and what follows is often a list of a hundred or more words
 * (people, violent verbs): the threat rules compiled to 200–500 KB of bytecode each, 6 MB in all.
 * Once an isolate has compiled 1 MB of regular expression code (and holds 16 MB of executable
 * code, as a busy page does), V8 compiles every further one without optimisation, so every rule
 * of the engine compiled after them got slower, not only the big ones.
 *
 * An empty lookahead for a non-space makes V8 start afresh at that point, so the list is written
 * once. Every skipped-words run in these rules is followed by a word, so "(?=\S)" there never
 * changes a match.
 */
const SKIPPED_WORDS = /(\(\?:\\S\+ \)\{\d+,\d+\}\??)(?!\(\?=)/g;
/** A group that starts a word: "kill (?:the|every) (?:cop|officer)". */
const WORD_GROUP = / (?=\(\?:)/g;

export function compactPattern(pattern: RegExp): RegExp {
  const source = pattern.source.replace(SKIPPED_WORDS, '$1(?=\\S)').replace(WORD_GROUP, ' (?=\\S)');
  return source === pattern.source ? pattern : new RegExp(source, pattern.flags);
}
