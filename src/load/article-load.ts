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

/** Why an answer to an article request is no article, before anyone words it for a reader. */
export type ArticleAnswerProblem =
  | { problem: "not-found"; status: 404 }
  | { problem: "web-page" }
  | { problem: "http"; status: number; statusText: string }
  | { problem: "too-large"; bytes: number }
  | { problem: "empty" }
  | { problem: "not-json"; detail: string }
  | { problem: "invalid"; problems: ArticleProblem[] };

/**
 * What an answer to an article request is: the article, checked, or why not. The app's own articles
 * and an article fetched from an address are read alike; each caller words the problem its way.
 */
export function readArticleAnswer(response: ArticleResponse): ParsedArticle | ArticleAnswerProblem {
  if (response.status === 404) return { problem: "not-found", status: 404 };
  if (response.status < 200 || response.status >= 300)
    return { problem: "http", status: response.status, statusText: response.statusText };
  if (response.contentType.includes("text/html")) return { problem: "web-page" };
  if (response.tooLarge !== undefined) return { problem: "too-large", bytes: response.tooLarge };
  if (!response.text.trim()) return { problem: "empty" };
  let data: unknown;
  try {
    data = JSON.parse(response.text);
  } catch (error) {
    return { problem: "not-json", detail: error instanceof Error ? error.message : String(error) };
  }
  const result = parseArticle(data);
  return result.ok ? result : { problem: "invalid", problems: result.problems };
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
  const answer = readArticleAnswer(response);
  if ("ok" in answer) return answer;
  switch (answer.problem) {
    case "not-found":
    // A host's single-page-app fallback answers any address with the app's page.
    case "web-page":
      throw new ArticleLoadError("not-found", `There is no article “${articleId}”.`, 404);
    case "http":
      throw new ArticleLoadError(
        "http",
        `The server could not send the article (HTTP ${answer.status}${answer.statusText ? ` ${answer.statusText}` : ""}).`,
        answer.status,
      );
    case "too-large":
      throw new ArticleLoadError(
        "too-large",
        `The article file is too large to open (${answer.bytes > 0 ? `${megabytes(answer.bytes)} MB` : `over ${megabytes(MAX_ARTICLE_BYTES)} MB`}); this reader opens articles of up to ${megabytes(MAX_ARTICLE_BYTES)} MB.`,
      );
    case "empty":
      throw new ArticleLoadError("empty", "The article file is empty.");
    case "not-json":
      throw new ArticleLoadError("not-json", `The article file is not valid JSON (${answer.detail}).`);
    case "invalid": {
      const first = answer.problems[0];
      throw new ArticleLoadError(
        "invalid",
        first ? `The article file does not match the article format: ${first.path}: ${first.message}` : "",
        undefined,
        answer.problems,
      );
    }
  }
}
