/**
 * Reading a regular expression's source as text: where a group or class closes, and where the
 * choices of an alternation begin and end. Escapes and character classes are skipped, so a "|"
 * or ")" inside them is not taken for syntax. Shared by compact-pattern.ts and pattern-gate.ts.
 */

/** Index just past the group or class that opens at `open` (source[open] is "(" or "["), or -1. */
export function closingAt(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) {
      if (c === ']') {
        inClass = false;
        if (depth === 0) return i + 1;
      }
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The [from, to) of each choice separated by a "|" at the top level of source[from, to). */
export function topLevelChoices(source: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let inClass = false;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push([start, i]);
      start = i + 1;
    }
  }
  out.push([start, to]);
  return out;
}
