/**
 * An article file's text in, an Article out: what the command line and the browser's import both run
 * (the same steps, so an article imported in the browser is the one the command would have made).
 * HTML goes through Readability first (html.ts, loaded only for HTML); plain text goes straight to the
 * extractor. No Node and no DOM of the page: it runs in Node and in a Web Worker alike.
 */
import type { Article } from "../article";
import { ExtractError, extractArticle, parsePlainText, type SourceDocument } from "../extract";

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
export function looksLikeHtml(name: string | undefined, text: string): boolean {
  const ext = /\.[a-z0-9]+$/i.exec(name ?? "")?.[0].toLowerCase();
  if (ext === ".html" || ext === ".htm" || ext === ".xhtml") return true;
  if (ext === ".txt" || ext === ".text" || ext === ".md") return false;
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
  try {
    return extractArticle(doc, {
      ...(options.id ? { id: options.id } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
  } catch (error) {
    if (error instanceof ExtractError) throw new IngestError("no-paragraphs", error.message);
    throw error;
  }
}
