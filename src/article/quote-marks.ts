/**
 * Quotation marks, in one place: which marks open a quotation and which may close it (the extractor
 * pairs them, the layout reads a paragraph's edges with them, the reader widens a highlight over
 * them). Straight marks are both; „…“ and ‚…‘ (German) close with what opens elsewhere.
 */

/** Double marks that open a quotation, each with the marks that may close it. */
export const DOUBLE_MARKS: Readonly<Record<string, readonly string[]>> = {
  "“": ["”", '"'],
  "„": ["“", "”", '"'],
  "«": ["»"],
  '"': ['"', "”"],
  "‟": ["”", '"'],
};

/** Single marks that open a quotation, each with the marks that may close it. */
export const SINGLE_MARKS: Readonly<Record<string, readonly string[]>> = {
  "‘": ["’", "'"],
  "'": ["'", "’"],
  "‹": ["›"],
  "‚": ["‘", "’"],
};

/** Every mark that opens a quotation (the keys above; a unit test keeps them so). */
export const OPENING_MARKS: ReadonlySet<string> = new Set(["“", "„", "«", '"', "‟", "‘", "'", "‹", "‚"]);

/** Every mark that may close one (the values above). */
export const CLOSING_MARKS: ReadonlySet<string> = new Set(["”", '"', "“", "»", "’", "'", "›", "‘"]);
