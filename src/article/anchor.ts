/**
 * Deep-link anchoring. A quote link names the quote by id and also carries a text selector (the
 * quote's opening and closing words plus a little context), so that a link still finds its quote when
 * a later version of the article renumbers quotes. The selector syntax follows URL text fragments
 * (`prefix-,start,end,-suffix`), which people may recognise from `#:~:text=`.
 *
 * Matching is exact after folding typographic variants (curly vs straight quotes, dash styles,
 * no-break spaces, letter case). A fuzzy matcher (as Hypothesis uses) would survive copy edits inside
 * a quote, at the price of sometimes landing on the wrong quote; for a link that claims "X said this",
 * landing nowhere with a notice is the better failure.
 */
import { articleIndex } from "./article-index";
import type { Article, Paragraph, Quote } from "./schema";
import type { TextSelector } from "./selector";

/** Texts up to this length travel whole; longer ones as opening and closing words. */
const WHOLE_TEXT_LIMIT = 80;
/** Words kept at each end of a long text, and of context on each side. */
const EDGE_WORDS = 5;
const CONTEXT_WORDS = 3;

const FOLD: Record<string, string> = {
  "‘": "'",
  "’": "'",
  "‚": "'",
  "‛": "'",
  "“": '"',
  "”": '"',
  "„": '"',
  "«": '"',
  "»": '"',
  "–": "-",
  "—": "-",
  "‐": "-",
  "‑": "-",
  "\u00a0": " ",
};

/** Folds typographic variants one character for one, so offsets in the folded text stay valid. */
export function foldText(text: string): string {
  let out = "";
  for (const ch of text) {
    const folded = FOLD[ch] ?? ch.toLowerCase();
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
}

/** Folded, with every run of whitespace as one space: for comparisons that need no offsets. */
function comparable(text: string): string {
  return foldText(text).replace(/\s+/g, " ").trim();
}

/**
 * A pattern for folded text that matches the needle whatever whitespace separates its words: a
 * selector carries words joined by single spaces, while scraped paragraphs often hold double spaces
 * or line breaks.
 */
function wordsPattern(needle: string): RegExp | null {
  const words = comparable(needle).split(" ").filter(Boolean);
  if (words.length === 0) return null;
  return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+"), "g");
}

function firstWords(text: string, n: number): string {
  const words = text.trim().split(/\s+/);
  return words.slice(0, n).join(" ");
}

function lastWords(text: string, n: number): string {
  const words = text.trim().split(/\s+/);
  return words.slice(-n).join(" ");
}

/** The selector for a range of a paragraph. */
export function selectorFor(text: string, start: number, end: number): TextSelector {
  const exact = text.slice(start, end).trim();
  const selector: TextSelector =
    exact.length <= WHOLE_TEXT_LIMIT
      ? { start: exact }
      : { start: firstWords(exact, EDGE_WORDS), end: lastWords(exact, EDGE_WORDS) };
  const prefix = lastWords(text.slice(0, start), CONTEXT_WORDS);
  const suffix = firstWords(text.slice(end), CONTEXT_WORDS);
  if (prefix) selector.prefix = prefix;
  if (suffix) selector.suffix = suffix;
  return selector;
}

/** The selector for a quote's first span. */
export function quoteSelector(article: Article, quote: Quote): TextSelector | null {
  const span = quote.spans[0];
  const paragraph = span && articleIndex(article).paragraphs.get(span.paragraphId);
  return span && paragraph ? selectorFor(paragraph.text, span.start, span.end) : null;
}

/** The selector for a paragraph: its opening words (null for a paragraph without words). */
export function paragraphSelector(paragraph: Paragraph): TextSelector | null {
  const start = firstWords(paragraph.text, 8);
  return start ? { start } : null;
}

/** Where a selector matches in a paragraph: `[start, end)` and how much context agreed (0–2). */
interface TextMatch {
  paragraphId: string;
  start: number;
  end: number;
  context: number;
}

/** Every place the selector matches, best context agreement first, then reading order. */
function findText(article: Article, selector: TextSelector): TextMatch[] {
  const start = wordsPattern(selector.start);
  const end = selector.end ? wordsPattern(selector.end) : null;
  if (!start || (selector.end && !end)) return [];
  const prefix = selector.prefix ? comparable(selector.prefix) : "";
  const suffix = selector.suffix ? comparable(selector.suffix) : "";
  const matches: TextMatch[] = [];
  for (const p of article.paragraphs) {
    const text = foldText(p.text);
    start.lastIndex = 0;
    for (let found = start.exec(text); found; found = start.exec(text)) {
      const at = found.index;
      let stop = at + found[0].length;
      start.lastIndex = at + 1;
      if (end) {
        end.lastIndex = stop;
        const last = end.exec(text);
        if (!last) continue;
        stop = last.index + last[0].length;
      }
      const before = comparable(text.slice(0, at));
      const after = comparable(text.slice(stop));
      const context =
        (prefix && before.endsWith(prefix) ? 1 : 0) + (suffix && after.startsWith(suffix) ? 1 : 0);
      matches.push({ paragraphId: p.id, start: at, end: stop, context });
    }
  }
  return matches.sort((a, b) => b.context - a.context);
}

/** Where a quote link leads. */
export type QuoteAnchor =
  /** The quote with that id, its text as the link expects (or the link carried no text). */
  | { status: "found"; quoteId: string }
  /** The id no longer fits, but the link's text found this quote. */
  | { status: "moved"; quoteId: string }
  /** No quote holds the text any more, but the text is still in this paragraph. */
  | { status: "text"; paragraphId: string }
  /** Nothing fits: the article is shown with a notice. */
  | { status: "missing" };

function selectorFits(article: Article, quote: Quote, selector: TextSelector): boolean {
  const span = quote.spans[0];
  const paragraph = span && articleIndex(article).paragraphs.get(span.paragraphId);
  if (!span || !paragraph) return false;
  const text = comparable(paragraph.text.slice(span.start, span.end));
  const start = comparable(selector.start);
  return selector.end ? text.startsWith(start) && text.endsWith(comparable(selector.end)) : text === start;
}

/** Resolves a quote link: by id when its text still fits, otherwise by the text. */
export function resolveQuoteAnchor(
  article: Article,
  quoteId: string,
  selector: TextSelector | null,
): QuoteAnchor {
  const index = articleIndex(article);
  const byId = index.quotes.get(quoteId);
  if (byId && (!selector || selectorFits(article, byId, selector))) return { status: "found", quoteId };
  if (!selector) return { status: "missing" };
  const matches = findText(article, selector);
  for (const match of matches) {
    const quote = bestCoveringQuote(article, match);
    if (quote) return { status: "moved", quoteId: quote.id };
  }
  const first = matches[0];
  return first ? { status: "text", paragraphId: first.paragraphId } : { status: "missing" };
}

/** The quote whose span overlaps the match most (at least half of the match). */
function bestCoveringQuote(article: Article, match: TextMatch): Quote | null {
  let best: Quote | null = null;
  let bestOverlap = 0;
  for (const q of article.quotes) {
    for (const s of q.spans) {
      if (s.paragraphId !== match.paragraphId) continue;
      const overlap = Math.min(s.end, match.end) - Math.max(s.start, match.start);
      // Prefer the tightest quote: a partial quote over the indirect sentence around it.
      const tightness = overlap / Math.max(s.end - s.start, match.end - match.start);
      if (overlap * 2 >= match.end - match.start && tightness > bestOverlap) {
        best = q;
        bestOverlap = tightness;
      }
    }
  }
  return best;
}

/** Where a paragraph link leads. */
export type ParagraphAnchor =
  | { status: "found"; paragraphId: string }
  | { status: "moved"; paragraphId: string }
  | { status: "missing" };

/** Resolves a paragraph link: by id when its opening words still fit, otherwise by the words. */
export function resolveParagraphAnchor(
  article: Article,
  paragraphId: string,
  selector: TextSelector | null,
): ParagraphAnchor {
  const paragraph = articleIndex(article).paragraphs.get(paragraphId);
  const fits = (p: Paragraph) => !selector || comparable(p.text).startsWith(comparable(selector.start));
  if (paragraph && fits(paragraph)) return { status: "found", paragraphId };
  if (!selector) return { status: "missing" };
  const moved = article.paragraphs.find(fits)?.id ?? findText(article, selector)[0]?.paragraphId;
  return moved ? { status: "moved", paragraphId: moved } : { status: "missing" };
}
