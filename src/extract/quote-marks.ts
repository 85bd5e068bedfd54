/**
 * Finding quotations by their marks. Handles curly and straight double quotes, single quotes used as
 * quotation marks (headlines, British style), apostrophes that look like quote marks (`Iran’s`,
 * `Iran‘s`, `’90s`, `rock 'n' roll`), nested quotes (the outer one counts), and quotations that run
 * over several paragraphs (an opening mark on each, a closing mark only at the end).
 */
import { DOUBLE_MARKS, SINGLE_MARKS } from "../article/quote-marks";

/** A quotation found by its marks. */
export interface MarkedQuote {
  /** Index of the block it is in. */
  block: number;
  /** Position of the opening mark. */
  open: number;
  /** Position of the closing mark, or null when the quotation runs to the end of the block. */
  close: number | null;
  /** First character of the quoted words (after the mark and any spaces). */
  start: number;
  /** One past the last quoted character (before the closing mark, spaces trimmed). */
  end: number;
  /** Which marks enclose it. */
  style: "double" | "single";
  /** Set when the quotation continues in the next block (a multi-paragraph quote). */
  continues?: boolean;
  /** Set when this block's quotation continues one from the previous block. */
  continued?: boolean;
  /** Set when the next quotation of the block goes on from this one (`“A. “B,” she said.`). */
  runsOn?: boolean;
}

const DOUBLE_OPEN = new Set(Object.keys(DOUBLE_MARKS));
const DOUBLE_CLOSE = DOUBLE_MARKS;
const SINGLE_OPEN = new Set(Object.keys(SINGLE_MARKS));
const SINGLE_CLOSE = SINGLE_MARKS;

const isLetterOrDigit = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
/** Characters after which an opening mark may stand. */
const BEFORE_OPEN = /[\s([{—–\-/:;,]/;

function canOpen(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  // (“ only ever opens: a stray space after it, “ I love it”, is a typing slip.)
  if (isSpace(after) && !(text[i] === "“" && after !== undefined && !isSpace(text[i + 2]))) return false;
  return before === undefined || BEFORE_OPEN.test(before) || DOUBLE_OPEN.has(before);
}

/** A closing mark stands after text and before a space, punctuation or the end. */
function canClose(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  // (” only ever closes: "… continue to see ” Mayer said" has a stray space before it.)
  if (text[i] === "”" && isSpace(before) && i > 1 && !isSpace(text[i - 2])) return !isLetterOrDigit(after);
  // ("…the whole organism,”said Natalie Rasgon": after a comma or a stop, the space after it left out.)
  if (text[i] === "”" && /[,.!?]/.test(before ?? "")) return true;
  return !isSpace(before) && !isLetterOrDigit(after);
}

function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? "")) s++;
  while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
  return [s, e];
}

/** The closing double mark for an opening one at `open`, or -1 when the quotation stays open. */
function findDoubleClose(text: string, open: number): number {
  const mark = text[open] as string;
  const closers = DOUBLE_CLOSE[mark] ?? [];
  for (let j = open + 1; j < text.length; j++) {
    const c = text[j] as string;
    if (closers.includes(c) && canClose(text, j)) return j;
    // "… with retribution ourselves? " she wrote: a straight mark after a stop and a stray space,
    // inside a quotation, closes it (it cannot open one: a space follows it).
    if (
      (mark === "“" || mark === '"') &&
      c === '"' &&
      isSpace(text[j - 1]) &&
      /[.,!?…]/.test(text[j - 2] ?? "") &&
      isSpace(text[j + 1])
    )
      return j;
    // "…the whole organism,"said Natalie Rasgon: a straight mark after a comma, "!" or "?" and
    // before a letter closes the quotation, the space after it left out.
    if (
      (mark === "“" || mark === '"') &&
      c === '"' &&
      /[,!?]/.test(text[j - 1] ?? "") &&
      /\p{L}/u.test(text[j + 1] ?? "")
    )
      return j;
    // “…’’: two closing single marks stand for a double one in some agencies' copy (the position
    // returned is the second's, so what follows the quotation starts after both).
    if ((c === "’" || c === "'") && text[j + 1] === c && canClose(text, j + 1) && !isSpace(text[j - 1]))
      return j + 1;
    // "…this is so stupid. "You know, …": a new opening mark after a sentence's end, in a
    // quotation never closed, starts the next quotation of a run (one paragraph per sentence in
    // the original); this one ends at that sentence's stop, which stands for its closing mark.
    if (c === mark && canOpen(text, j) && /[.!?]/.test(text[j - 2] ?? "") && /\s/.test(text[j - 1] ?? "")) {
      if (/\p{Lu}/u.test(text[j + 1] ?? "")) return j - 2;
    }
    // A new curly opening mark before any close means the first quotation was left open.
    if (mark !== '"' && c === mark && canOpen(text, j)) return -1;
  }
  return -1;
}

/** The closing single mark, skipping apostrophes (`don’t`, `Parata’s`); -1 when none. */
function findSingleClose(text: string, open: number): number {
  const mark = text[open] as string;
  const closers = SINGLE_CLOSE[mark] ?? [];
  for (let j = open + 1; j < text.length; j++) {
    const c = text[j] as string;
    if (DOUBLE_OPEN.has(c) && c !== '"') return -1;
    if (!closers.includes(c)) continue;
    if (!canClose(text, j)) continue;
    // "voters’ choice": a plural possessive, when a later closing mark in the same sentence exists.
    const rest = text.slice(j + 1);
    if (text[j - 1] === "s" && /^\s\p{Ll}/u.test(rest) && /^[^.!?]*[’'](?![\p{L}\p{N}])/u.test(rest))
      continue;
    return j;
  }
  return -1;
}

/** Any character that may open a quotation, double or single. */
const OPENING_MARK = new RegExp(`[${[...DOUBLE_OPEN, ...SINGLE_OPEN].join("")}]`, "g");

/** The position of the first possible opening mark at or after `from`, or the text's length. */
function nextOpeningMark(text: string, from: number): number {
  OPENING_MARK.lastIndex = from;
  return OPENING_MARK.exec(text)?.index ?? text.length;
}

/**
 * Where the first of a block's quotations (in the order they open) that opens at or after `open`
 * stands, found by halving: a paragraph of thousands of quotations is not read through for each.
 */
export function firstOpeningFrom(quotes: readonly MarkedQuote[], open: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((quotes[mid] as MarkedQuote).open < open) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Quotations in one block, outer ones only. */
export function findQuotesInBlock(text: string, block: number): MarkedQuote[] {
  const quotes: MarkedQuote[] = [];
  let i = nextOpeningMark(text, 0);
  while (i < text.length) {
    const c = text[i] as string;
    if (DOUBLE_OPEN.has(c) && canOpen(text, i)) {
      const close = findDoubleClose(text, i);
      const doubled =
        close > 0 && (text[close] === "’" || text[close] === "'") && text[close - 1] === text[close];
      // (A stop standing for the closing mark is the quotation's last character.)
      const end =
        close < 0 ? text.length : doubled ? close - 1 : /[.!?]/.test(text[close] ?? "") ? close + 1 : close;
      const [s, e] = trimmed(text, i + 1, end);
      if (e > s)
        quotes.push({
          block,
          open: i,
          close: close < 0 ? null : close,
          start: s,
          end: e,
          style: "double",
          ...(end === close + 1 ? { runsOn: true } : {}),
        });
      if (close < 0) break;
      i = nextOpeningMark(text, close + 1);
      continue;
    }
    // ''two apostrophes'' stand for double quotation marks in some papers' plain text.
    if (c === "'" && text[i + 1] === "'" && canOpen(text, i)) {
      const close = text.indexOf("''", i + 2);
      if (close > i + 2 && !isSpace(text[close - 1]) && !isLetterOrDigit(text[close + 2])) {
        const [s, e] = trimmed(text, i + 2, close);
        quotes.push({ block, open: i, close: close + 1, start: s, end: e, style: "double" });
        i = nextOpeningMark(text, close + 2);
        continue;
      }
    }
    // ‘ after a letter is a mistyped apostrophe (`Iran‘s`), never an opening mark.
    if (SINGLE_OPEN.has(c) && canOpen(text, i)) {
      const close = findSingleClose(text, i);
      if (close > 0) {
        const [s, e] = trimmed(text, i + 1, close);
        // `rock 'n' roll`: one letter between marks is an elision, not a quotation.
        if (e - s >= 2) {
          quotes.push({ block, open: i, close, start: s, end: e, style: "single" });
          i = nextOpeningMark(text, close + 1);
          continue;
        }
      }
    }
    i = nextOpeningMark(text, i + 1);
  }
  return quotes;
}

/**
 * Quotations in every block, with multi-paragraph quotations linked: a quotation left open at the
 * end of a block continues when the next block opens with the same kind of mark.
 */
export function findQuotes(blocks: readonly string[]): MarkedQuote[][] {
  const perBlock = blocks.map((text, i) => findQuotesInBlock(text, i));
  for (let b = 0; b < perBlock.length - 1; b++) {
    const last = perBlock[b]?.at(-1);
    const first = perBlock[b + 1]?.[0];
    if (last && last.close === null && first && first.open === 0 && first.style === last.style) {
      last.continues = true;
      first.continued = true;
    }
  }
  return perBlock;
}
