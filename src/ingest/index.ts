/**
 * An article file's text in, an Article out: what the command line and the browser's import both run
 * (the same steps, so an article imported in the browser is the one the command would have made).
 * HTML goes through Readability first (html.ts, loaded only for HTML); plain text goes straight to the
 * extractor. No Node and no DOM of the page: it runs in Node and in a Web Worker alike.
 */
import type { Article } from "../article";
import { ExtractError, extractArticle, parsePlainText, type SourceDocument } from "../extract";
import { fileKind } from "./input";

/** Why a text could not become an article: nothing but whitespace, an HTML page without an article, or text without paragraphs. */
export class IngestError extends Error {
  override name = "IngestError";
  constructor(
    readonly kind: "blank" | "no-article" | "no-paragraphs",
    message: string,
  ) {
    super(message);
  }
}

/** Whether a file is HTML: by its name's extension, and failing that by how it starts. */
function looksLikeHtml(name: string | undefined, text: string): boolean {
  const kind = fileKind(name);
  if (kind === "html") return true;
  if (kind === "text") return false;
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/i.test(text);
}

export interface IngestOptions {
  /** The file's name, to tell HTML from text by its extension. */
  name?: string;
  /** Overrides the guess from the name and the content. */
  format?: "text" | "html";
  /** The article id; by default a slug of the headline. */
  id?: string;
  /** Metadata the text may not carry. */
  source?: string;
  published?: string;
  url?: string;
  /** Told how far the extraction has got (0 to 1). */
  onProgress?: (fraction: number) => void;
}

/** Turns an article file's text into an article. Throws IngestError for input that holds no article. */
export async function ingest(text: string, options: IngestOptions = {}): Promise<Article> {
  const html = options.format ? options.format === "html" : looksLikeHtml(options.name, text);
  let doc: SourceDocument;
  if (html) {
    const { parseHtml, NoArticleError } = await import("./html");
    try {
      doc = parseHtml(text, options.url);
    } catch (error) {
      if (error instanceof NoArticleError)
        throw new IngestError("no-article", "no article found in the HTML");
      throw error;
    }
  } else {
    if (!text.trim()) throw new IngestError("blank", "has no text");
    doc = parsePlainText(text);
  }
  if (options.source) doc.siteName = options.source;
  if (options.published) doc.publishedAt = options.published;
  if (options.url) doc.url = options.url;
  let article: Article;
  try {
    article = extractArticle(doc, {
      ...(options.id ? { id: options.id } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
  } catch (error) {
    if (error instanceof ExtractError) throw new IngestError("no-paragraphs", error.message);
    throw error;
  }
  if (!hasProse(article))
    throw new IngestError("no-paragraphs", "doesn’t look like an article: it has no sentences to read");
  return article;
}

/**
 * Short words that any running text in a language written in the Latin alphabet is full of (a
 * quarter to two fifths of a news article's words; none in keyboard mash or bytes read as text).
 * English first, then the commonest of French, Spanish, Portuguese, Italian and German.
 */
const FUNCTION_WORDS = new Set(
  (
    "the of to and in is was for on that with as by at from it he she they we you his her its their " +
    "be are were has have had not this said says but or an who which will would " +
    "le la les de des du et est un une en que qui dans pour pas il elle " +
    "el los las del por con se es y una lo como " +
    "os as do da em um não com para " +
    "di che il per non sono " +
    "der die das und ist ein eine nicht mit den dem zu von auf"
  ).split(" "),
);

/**
 * Whether an article has text to read: a body of at least a few words, and, where it is written in
 * the Latin alphabet, enough of the short words every sentence has. "hello", a headline alone,
 * keyboard mash and bytes pasted as text have none; the shortest real article has dozens.
 */
function hasProse(article: Article): boolean {
  const body = article.paragraphs
    .filter((p) => p.role !== "title" && p.role !== "caption")
    .map((p) => p.text)
    .join(" ");
  const words = body.match(/\p{L}+/gu) ?? [];
  if (words.length < 3) return false;
  const latin = words.filter((w) => /^\p{Script=Latin}+$/u.test(w)).length;
  if (latin < words.length / 2) return true;
  const common = words.filter((w) => FUNCTION_WORDS.has(w.toLowerCase())).length;
  return common >= 0.1 * latin;
}
