import { closingAt, topLevelChoices } from './pattern-source';

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
 * once. It goes only before a group that cannot be skipped and whose every choice starts with a
 * letter, a digit or \S, where it cannot change what matches; and only where the group follows
 * something else, not as a choice of an alternation or at its start, where it would keep V8
 * from checking the choices together and make the rule twice as slow to run.
 */
const FRESH_START = '(?=\\S)';

function isOptional(source: string, end: number): boolean {
  const after = source[end] ?? '';
  return after === '?' || after === '*' || source.startsWith('{0', end);
}

/** Start of each top-level choice of the group that opens at `open` ("(?:a|b)"), and its end. */
function choicesOf(source: string, open: number): { starts: number[]; end: number } | undefined {
  const end = closingAt(source, open);
  if (end < 0 || !source.startsWith('(?:', open)) return undefined;
  return { starts: topLevelChoices(source, open + 3, end - 1).map(([from]) => from), end };
}

/** Whether the text matched from `at` always begins with a non-space character. */
function beginsWithWord(source: string, at: number, depth = 0): boolean {
  if (depth > 6) return false;
  const c = source[at] ?? '';
  if (/[a-z0-9]/.test(c)) return true;
  if (source.startsWith('\\S', at) || source.startsWith(FRESH_START, at)) return true;
  if (!source.startsWith('(?:', at)) return false;
  const group = choicesOf(source, at);
  if (!group) return false;
  if (!group.starts.every((start) => beginsWithWord(source, start, depth + 1))) return false;
  // An optional group may be skipped: then what follows it must begin with a word too.
  if (!isOptional(source, group.end)) return true;
  const next = source[group.end] === '{' ? source.indexOf('}', group.end) + 1 : group.end + 1;
  return beginsWithWord(source, source[next] === '?' ? next + 1 : next, depth + 1);
}

export function compactPattern(pattern: RegExp): RegExp {
  const source = pattern.source;
  let out = '';
  let from = 0;
  let changed = false;
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') {
      i++;
      continue;
    }
    if (!source.startsWith('(?:', i) || source.endsWith(FRESH_START, i)) continue;
    const end = closingAt(source, i);
    // Only in sequence after something else (a word, a space, a run of skipped words): as the
    // first choice of an alternation it would keep V8 from checking the choices together.
    const before = source[i - 1] ?? '|';
    if (before === '|' || before === '(' || before === ':') continue;
    if (end < 0 || isOptional(source, end) || !beginsWithWord(source, i)) continue;
    out += source.slice(from, i) + FRESH_START;
    from = i;
    changed = true;
  }
  return changed ? new RegExp(out + source.slice(from), pattern.flags) : pattern;
}
