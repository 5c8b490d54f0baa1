/**
 * Whether a position in the comment sits inside quotation marks: "…", “…”, «…» or '…'. An
 * apostrophe between two letters ("don't", "officer's") is not a quote.
 */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 42 || c > 0xbf;
}

export function insideQuotes(text: string, start: number): boolean {
  let quotes = 0;
  for (let i = 0; i < start; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb) quotes++;
    else if (c === 39 || c === 0x2018 || c === 0x2019) {
      const between = isWordChar(text.charCodeAt(i - 1)) && isWordChar(text.charCodeAt(i + 1));
      if (!between) quotes++;
    }
  }
  return quotes % 2 === 1;
}
