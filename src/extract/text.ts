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
    if (c >= 128 || (c >= 65 && c <= 90)) return lowerCaseRemembered(text);
  }
  return text;
}

/** Lower-case forms already made, by text; emptied when full, which bounds it. */
const lowered = new Map<string, string>();

/**
 * `text.toLowerCase()`, remembered: the words that need it are mostly the same names and sentence
 * openers again and again, and the Unicode case mapping costs more than a look-up.
 */
function lowerCaseRemembered(text: string): string {
  let lower = lowered.get(text);
  if (lower === undefined) {
    if (lowered.size >= 4096) lowered.clear();
    lower = text.toLowerCase();
    lowered.set(text, lower);
  }
  return lower;
}

/**
 * Whether the text is ASCII alone: then it has no accents to take off (Unicode normalisation and
 * combining marks leave it as it is) and no curly quotes.
 */
export const isAscii = (text: string) => ASCII.test(text);
const ASCII = /^[\0-\x7f]*$/;

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
