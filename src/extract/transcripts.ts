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

/** First-person words as a speaker uses them ("I've", "we offer", "my thing"); "US" is a country. */
const FIRST_PERSON = /\b(?:I|[Mm]e|[Mm]y|[Ww]e|us|[Oo]ur)\b/;

/** What `unmarkedQuotations` needs of a block. */
interface UnmarkedBlock {
  text: string;
  role: string;
  listItem: boolean;
  /** Whether it holds quotation marks. */
  quoted: boolean;
  /** The block's text with its quotations blanked (asked only of a few). */
  masked(): string;
  /** Whether a sentence of it has a speech cue. */
  cued: boolean;
}

/**
 * Block quotations that lost their marks: a paragraph in the first person, with no quotation marks
 * and no verb of saying, right after a paragraph that reports someone's speech (or after another
 * such paragraph) is that speaker's own words, as a page's indented quotation is when its text is
 * copied ("…, Zuckerberg said at the trial. / I've been building relationships …"). Only in a story
 * whose writer never speaks in the first person: a column's "I" is the writer's.
 */
export function unmarkedQuotations(blocks: readonly UnmarkedBlock[]): Set<number> {
  const found = new Set<number>();
  let writerSpeaks = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as UnmarkedBlock;
    // (The text first: without a first-person word, its masked text has none either.)
    if (b.role !== "body" || !FIRST_PERSON.test(b.text) || (b.quoted && !FIRST_PERSON.test(b.masked())))
      continue;
    const before = blocks[i - 1];
    const follows = before?.role === "body" && (before.cued || found.has(i - 1));
    if (follows && !b.listItem && !b.cued && !b.quoted) found.add(i);
    else writerSpeaks = true;
  }
  return writerSpeaks ? new Set() : found;
}
