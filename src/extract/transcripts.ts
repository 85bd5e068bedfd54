/**
 * Transcripts: "HARDING: I want my objection recorded." Lines that open with a speaker's label in
 * capitals are that speaker's own words, without quotation marks.
 */

/**
 * A transcript line: "HARDING: I want my objection recorded." The label is a name or role in
 * capitals (one to three words); a transcript has at least two such lines in a row (see
 * `transcriptLines`). Title-case labels ("Color: Stores use …") are a list's terms, not speakers.
 */
const TRANSCRIPT_LINE = /^(\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,2}):\s+(?=\S)/u;
/** Capitalised labels that head notes, not speech. */
const NOTE_LABELS = new Set([
  "UPDATE",
  "NOTE",
  "EDITOR'S NOTE",
  "EDITOR’S NOTE",
  "CORRECTION",
  "SOURCE",
  "PHOTO",
  "VIDEO",
  "WATCH",
  "READ MORE",
  "RELATED",
  "CLARIFICATION",
  "DISCLAIMER",
  "WARNING",
  "SPOILER",
]);

/** The body blocks that are lines of a transcript, with the length of their label and colon. */
export function transcriptLines(
  blocks: readonly { text: string; role: string }[],
): Map<number, { label: string; at: number }> {
  const lines = new Map<number, { label: string; at: number }>();
  const match = (i: number) => {
    const b = blocks[i];
    if (b?.role !== "body") return null;
    const m = TRANSCRIPT_LINE.exec(b.text);
    return m?.[1] && !NOTE_LABELS.has(m[1]) ? { label: m[1], at: m[0].length } : null;
  };
  for (let i = 0; i < blocks.length; i++) {
    const line = match(i);
    if (line && (match(i - 1) || match(i + 1))) lines.set(i, line);
  }
  return lines;
}

/** "HARDING" → "Harding", "DANA PIKE" → "Dana Pike"; a name printed otherwise stays as it is. */
export const titleCased = (label: string) =>
  /\p{Ll}/u.test(label)
    ? label
    : label.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
