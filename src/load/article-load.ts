/**
 * Fetching an article. Every way a load can fail becomes an `ArticleLoadError` with a kind the error
 * screen can word precisely. (Caching and retries: the query client, src/app/queries.ts.)
 */
import { type ArticleProblem, type ParsedArticle, parseArticle } from "../article";
import { type ArticleResponse, MAX_ARTICLE_BYTES, requestArticle, takeEarlyLoad } from "./early-load";

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

/** Why an article could not be loaded. */
export type ArticleLoadErrorKind =
  | "not-found"
  | "http"
  | "network"
  | "too-large"
  | "empty"
  | "not-json"
  | "invalid";

/** A failed load, with what the reader needs to explain it. */
export class ArticleLoadError extends Error {
  override name = "ArticleLoadError";
  constructor(
    /** Which failure. */
    readonly kind: ArticleLoadErrorKind,
    message: string,
    /** The HTTP status, for `http` and `not-found`. */
    readonly status?: number,
    /** Schema problems, for `invalid`. */
    readonly problems: ArticleProblem[] = [],
  ) {
    super(message);
  }

  /** Whether trying again could help (the network, or the server, may recover). */
  get retryable(): boolean {
    return this.kind === "network" || (this.kind === "http" && (this.status ?? 0) >= 500);
  }
}

/** Fetches and validates one article (taking over the page's early request, if it made one). */
export async function fetchArticle(articleId: string, signal?: AbortSignal): Promise<ParsedArticle> {
  let response: ArticleResponse;
  try {
    response = await (takeEarlyLoad(articleId) ?? requestArticle(articleId, signal));
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ArticleLoadError("network", "The article could not be downloaded: the network request failed.");
  }
  if (response.status === 404 || (response.status < 300 && response.contentType.includes("text/html")))
    throw new ArticleLoadError("not-found", `There is no article “${articleId}”.`, 404);
  if (response.status < 200 || response.status >= 300)
    throw new ArticleLoadError(
      "http",
      `The server could not send the article (HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}).`,
      response.status,
    );
  if (response.tooLarge !== undefined)
    throw new ArticleLoadError(
      "too-large",
      `The article file is too large to open (${response.tooLarge > 0 ? `${megabytes(response.tooLarge)} MB` : `over ${megabytes(MAX_ARTICLE_BYTES)} MB`}); this reader opens articles of up to ${megabytes(MAX_ARTICLE_BYTES)} MB.`,
    );
  if (!response.text.trim()) throw new ArticleLoadError("empty", "The article file is empty.");
  let data: unknown;
  try {
    data = JSON.parse(response.text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ArticleLoadError("not-json", `The article file is not valid JSON (${detail}).`);
  }
  const result = parseArticle(data);
  if (!result.ok) {
    const first = result.problems[0];
    throw new ArticleLoadError(
      "invalid",
      first ? `The article file does not match the article format: ${first.path}: ${first.message}` : "",
      undefined,
      result.problems,
    );
  }
  return result;
}
