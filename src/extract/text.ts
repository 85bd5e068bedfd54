/** Small string helpers the extractor uses on every block and word, written to be cheap. */

/** Runs of spaces, tabs and line breaks as one space, none at either end. */
export function collapseSpaces(text: string): string {
  // Most text is already so; checking is cheaper than rebuilding it.
  if (!/[\t\n\r\f\v]| {2}|^ | $/.test(text)) return text;
  return text.replace(/[ \t\n\r\f\v]+/g, " ").replace(/^ | $/g, "");
}

/**
 * `text.toLowerCase()`. Most words are lower-case ASCII already, and for those the text itself is
 * returned: no copy, and no call into the Unicode case mapping (slow for text that also holds curly
 * quotes, as news text does).
 */
export function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return text.toLowerCase();
  }
  return text;
}

/**
 * Whether the code unit at `i` is white space as `/\s/` has it (false past the end). ASCII is
 * decided without a pattern, and nothing is allocated: callers step over spaces character by
 * character.
 */
export function isSpaceAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return WHITE_SPACE.test(text.charAt(i));
}
const WHITE_SPACE = /\s/;
