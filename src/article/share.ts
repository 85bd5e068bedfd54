/**
 * What a shared quote says about itself, wherever it lands: the words with their speaker and
 * article, as text to paste ("copy quote with attribution") and as the tags link previews read
 * (Open Graph, Twitter cards). Pure: the build writes the tags into each quote's page, the reader
 * copies the text.
 */
import { articleIndex, quoteText } from "./article-index";
import { articlePath, quotePath } from "./links";
import type { Article, Quote } from "./schema";

/** Text shortened at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, "")}…`;
}

/** The quote's words as a reader would cite them: in quotation marks unless it is reported speech. */
export function citedWords(article: Article, quote: Quote, max = Number.POSITIVE_INFINITY): string {
  // A quote that stops mid-sentence ("… administration," Khamenei said) is cited without its comma.
  const words = shorten(quoteText(article, quote).replace(/[\s,;:]+$/u, ""), max);
  return quote.kind === "indirect" ? words : `“${words}”`;
}

/** "Ayatollah Ali Khamenei, Iran’s Supreme Leader", or null for a quote nobody is named for. */
function speakerLine(article: Article, quote: Quote): string | null {
  const speaker = quote.speakerId ? articleIndex(article).speakers.get(quote.speakerId) : undefined;
  if (!speaker) return null;
  return speaker.role ? `${speaker.name}, ${speaker.role}` : speaker.name;
}

/** “Title” (Source). */
function articleLine(article: Article): string {
  return article.source.name ? `“${article.title}” (${article.source.name})` : `“${article.title}”`;
}

/**
 * "— Khamenei, Iran’s Supreme Leader, in “Title” (Source)". Reported speech is the reporter's
 * words, not the speaker's, and says so: "— Khamenei, …, as reported in “Title” (Source)".
 */
function attribution(article: Article, quote: Quote): string {
  const who = speakerLine(article, quote);
  const where = `${quote.kind === "indirect" ? "as reported in" : "in"} ${articleLine(article)}`;
  return who ? `— ${who}, ${where}` : `— ${where}`;
}

/**
 * The quote with its attribution, for pasting anywhere:
 *
 *   “Even if we ever … administration.”
 *   — Ayatollah Ali Khamenei, Iran’s Supreme Leader, in “Iran’s Khamenei: …” (Al Jazeera News)
 *   https://…/a/…/q/q3
 */
export function quoteWithAttribution(article: Article, quote: Quote, url: string): string {
  return `${citedWords(article, quote)}\n${attribution(article, quote)}\n${url}`;
}

/** The tags of a shared page, as values (the page escapes them). */
export interface ShareMeta {
  title: string;
  description: string;
  /** Absolute when the site's address is known, else a path. */
  url: string;
  image: string;
  imageAlt: string;
  type: "article";
  publishedAt?: string;
}

/** Where a page or file is, absolute when the site's address is known. */
const locate = (siteUrl: string | undefined, path: string) =>
  siteUrl ? `${siteUrl.replace(/\/+$/, "")}${path}` : path;

/** The card image's path for a quote, or for the article. */
export const cardPath = (article: Article, quote?: Quote) =>
  quote ? `/cards/${article.id}/${quote.id}.png` : `/cards/${article.id}.png`;

/** Link-preview tags for a quote's page. */
export function quoteShareMeta(article: Article, quote: Quote, siteUrl?: string): ShareMeta {
  const who = speakerLine(article, quote);
  const name = who ? (articleIndex(article).speakers.get(quote.speakerId ?? "")?.name ?? who) : null;
  const words = citedWords(article, quote, 200);
  // "Name: “words”" for their own words; reported speech is marked as the report it is.
  const label = name && quote.kind === "indirect" ? `${name}, as reported` : name;
  return {
    title: label
      ? `${label}: ${shorten(citedWords(article, quote), 90)}`
      : shorten(citedWords(article, quote), 100),
    description: `${words} ${attribution(article, quote)}`,
    url: locate(siteUrl, quotePath(article.id, quote.id)),
    image: locate(siteUrl, cardPath(article, quote)),
    imageAlt: `${words}${who ? ` — ${who}` : ""}`,
    type: "article",
    ...(article.source.publishedAt ? { publishedAt: article.source.publishedAt } : {}),
  };
}

/** Link-preview tags for an article's page. */
export function articleShareMeta(article: Article, siteUrl?: string): ShareMeta {
  const speakers = article.speakers.slice(0, 4).map((s) => s.name);
  const who =
    speakers.length === 0
      ? ""
      : ` Quotes from ${speakers.join(", ")}${article.speakers.length > speakers.length ? " and others" : ""}.`;
  return {
    title: article.title,
    description: shorten(`${article.standfirst || article.title}${who}`, 300),
    url: locate(siteUrl, articlePath(article.id)),
    image: locate(siteUrl, cardPath(article)),
    imageAlt: `${article.title}${article.source.name ? ` (${article.source.name})` : ""}`,
    type: "article",
    ...(article.source.publishedAt ? { publishedAt: article.source.publishedAt } : {}),
  };
}
