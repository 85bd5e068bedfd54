/**
 * Splits a paragraph's text into the runs the reader renders: plain text, and quotes that may contain
 * other quotes (a partial quote inside a sentence of reported speech). Pure, so it can be computed once
 * per article and tested without a DOM.
 */
import { CLOSING_MARKS, OPENING_MARKS } from "./quote-marks";
import type { QuoteKind } from "./schema";

/** A quote's presence in one paragraph. */
export interface QuoteMark {
  /** The quote. */
  quoteId: string;
  /** Its speaker, or null. */
  speakerId: string | null;
  /** Direct, partial or indirect. */
  kind: QuoteKind;
  /** Start of the highlighted range (quotation marks included). */
  start: number;
  /** End of the highlighted range, exclusive. */
  end: number;
  /** True on the quote's first span: the place for its speaker badge and link target. */
  lead: boolean;
}

/** A stretch of plain text. */
export interface TextRun {
  type: "text";
  text: string;
  /** Offset of the run in the paragraph. */
  start: number;
}

/** A quote, possibly holding other quotes. */
export interface QuoteRun {
  type: "quote";
  mark: QuoteMark;
  children: Run[];
}

/** What a paragraph renders as. */
export type Run = TextRun | QuoteRun;

/**
 * The range to highlight for a quoted span. Spans exclude the quotation marks (that is how the words
 * are counted); the highlight includes them, so a reader sees the whole quotation as one mark.
 */
export function highlightRange(text: string, start: number, end: number, kind: QuoteKind): [number, number] {
  if (kind === "indirect") return [start, end];
  const before = text[start - 1];
  const after = text[end];
  return [
    before !== undefined && OPENING_MARKS.has(before) ? start - 1 : start,
    after !== undefined && CLOSING_MARKS.has(after) ? end + 1 : end,
  ];
}

const byPosition = (a: QuoteMark, b: QuoteMark) => a.start - b.start || b.end - a.end;

/**
 * Nests marks into runs. Marks that cross (one starts inside another and ends after it) are split at
 * the crossing point: the first part nests, the rest continues outside without a second badge.
 */
export function paragraphRuns(text: string, marks: readonly QuoteMark[]): Run[] {
  const valid = marks.filter((m) => m.start < m.end && m.start >= 0 && m.end <= text.length);
  return build(text, 0, text.length, [...valid].sort(byPosition));
}

function build(text: string, from: number, to: number, sorted: QuoteMark[]): Run[] {
  const runs: Run[] = [];
  let pos = from;
  let pending = sorted;
  while (pending.length > 0) {
    const [mark, ...others] = pending as [QuoteMark, ...QuoteMark[]];
    if (mark.start > pos) runs.push({ type: "text", text: text.slice(pos, mark.start), start: pos });
    const inner: QuoteMark[] = [];
    const rest: QuoteMark[] = [];
    for (const other of others) {
      if (other.start >= mark.end) rest.push(other);
      else if (other.end <= mark.end) inner.push(other);
      else {
        inner.push({ ...other, end: mark.end });
        rest.push({ ...other, start: mark.end, lead: false });
      }
    }
    runs.push({ type: "quote", mark, children: build(text, mark.start, mark.end, inner) });
    pos = mark.end;
    pending = rest.filter((m) => m.start < m.end).sort(byPosition);
  }
  if (pos < to) runs.push({ type: "text", text: text.slice(pos, to), start: pos });
  return runs;
}
