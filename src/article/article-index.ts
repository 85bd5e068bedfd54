/**
 * Derived data the reader needs again and again (quotes per paragraph, counts per speaker, claims per
 * paragraph), computed once per article object and cached, so that filtering and scrolling a
 * 5,000-paragraph article never recompute it.
 */
import { highlightRange, paragraphRuns, type QuoteMark, type Run } from "./runs";
import type { Article, Claim, Paragraph, Quote, Speaker } from "./schema";

/** Lookup tables over one article. */
export interface ArticleIndex {
  /** Paragraphs by id. */
  paragraphs: Map<string, Paragraph>;
  /** Reading position of each paragraph. */
  paragraphOrder: Map<string, number>;
  /** Speakers by id. */
  speakers: Map<string, Speaker>;
  /** Quotes by id. */
  quotes: Map<string, Quote>;
  /** Quotes in reading order (by the position of their first span). */
  quotesInOrder: Quote[];
  /** Quote marks per paragraph id. */
  marksByParagraph: Map<string, QuoteMark[]>;
  /** Ids of the speakers quoted (directly or not) in each paragraph. */
  speakersByParagraph: Map<string, Set<string>>;
  /** Number of quotes per speaker id (reported speech included). */
  quoteCounts: Map<string, number>;
  /** Claims that cite each paragraph, in claim order. */
  claimsByParagraph: Map<string, Claim[]>;
  /** Runs to render for each paragraph, computed on first use. */
  runs(paragraphId: string): Run[];
}

const cache = new WeakMap<Article, ArticleIndex>();

/** The index for an article; computed once per article object. */
export function articleIndex(article: Article): ArticleIndex {
  const cached = cache.get(article);
  if (cached) return cached;
  const index = buildIndex(article);
  cache.set(article, index);
  return index;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function buildIndex(article: Article): ArticleIndex {
  const paragraphs = new Map(article.paragraphs.map((p) => [p.id, p]));
  const paragraphOrder = new Map(article.paragraphs.map((p, i) => [p.id, i]));
  const speakers = new Map(article.speakers.map((s) => [s.id, s]));
  const quotes = new Map(article.quotes.map((q) => [q.id, q]));
  const position = (q: Quote) => {
    const first = q.spans[0];
    return first ? (paragraphOrder.get(first.paragraphId) ?? 0) * 1e9 + first.start : 0;
  };
  const quotesInOrder = [...article.quotes].sort((a, b) => position(a) - position(b));

  const marksByParagraph = new Map<string, QuoteMark[]>();
  const speakersByParagraph = new Map<string, Set<string>>();
  const quoteCounts = new Map<string, number>();
  for (const q of article.quotes) {
    if (q.speakerId) quoteCounts.set(q.speakerId, (quoteCounts.get(q.speakerId) ?? 0) + 1);
    q.spans.forEach((span, i) => {
      const text = paragraphs.get(span.paragraphId)?.text ?? "";
      const [start, end] = highlightRange(text, span.start, span.end, q.kind);
      push(marksByParagraph, span.paragraphId, {
        quoteId: q.id,
        speakerId: q.speakerId,
        kind: q.kind,
        start,
        end,
        lead: i === 0,
      });
      if (q.speakerId) {
        const set = speakersByParagraph.get(span.paragraphId) ?? new Set<string>();
        set.add(q.speakerId);
        speakersByParagraph.set(span.paragraphId, set);
      }
    });
  }

  const claimsByParagraph = new Map<string, Claim[]>();
  for (const c of article.claims) for (const pid of new Set(c.paragraphIds)) push(claimsByParagraph, pid, c);

  const runCache = new Map<string, Run[]>();
  const runs = (paragraphId: string) => {
    let r = runCache.get(paragraphId);
    if (!r) {
      r = paragraphRuns(paragraphs.get(paragraphId)?.text ?? "", marksByParagraph.get(paragraphId) ?? []);
      runCache.set(paragraphId, r);
    }
    return r;
  };

  return {
    paragraphs,
    paragraphOrder,
    speakers,
    quotes,
    quotesInOrder,
    marksByParagraph,
    speakersByParagraph,
    quoteCounts,
    claimsByParagraph,
    runs,
  };
}

/** The text of a quote: its spans' text joined by a space. */
export function quoteText(article: Article, quote: Quote): string {
  const index = articleIndex(article);
  return quote.spans
    .map((s) => index.paragraphs.get(s.paragraphId)?.text.slice(s.start, s.end) ?? "")
    .join(" ");
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Minutes a typical reader needs for the body (230 words a minute, at least one). */
export function readingMinutes(article: Article): number {
  let words = 0;
  for (const p of article.paragraphs)
    if (p.role === "body" || p.role === "heading") words += countWords(p.text);
  return Math.max(1, Math.round(words / 230));
}

function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}
