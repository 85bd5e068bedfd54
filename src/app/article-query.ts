/**
 * Loading an article. Every way a load can fail becomes an `ArticleLoadError` with a kind the error
 * screen can word precisely. (Why not a query library: docs/decisions/001-article-loading.md.)
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

/**
 * Loaded and loading articles, by id. An article does not change while the app is open, so a
 * loaded one is kept (back and forward between articles are instant); a failed load is forgotten,
 * so the next attempt fetches again.
 */
const loads = new Map<string, Promise<ParsedArticle>>();
/** Articles whose load has finished, for renders that cannot wait (prerendering, hydration). */
const loaded = new Map<string, ParsedArticle>();

/** The article if it has already loaded, or undefined. */
export function loadedArticle(articleId: string): ParsedArticle | undefined {
  return loaded.get(articleId);
}

/** Makes an article available without fetching it (the prerenderer reads it from disk). */
export function primeArticle(articleId: string, article: ParsedArticle) {
  loaded.set(articleId, article);
  loads.set(articleId, Promise.resolve(article));
}

/** Resolves after `ms`. */
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How many times a load that may recover (network, 5xx) is retried, and after how long. */
export const RETRY_DELAYS_MS = [1000, 2000];

/** Fetches an article once per id, retrying failures that may recover. */
export function loadArticle(
  articleId: string,
  retryDelays: readonly number[] = RETRY_DELAYS_MS,
): Promise<ParsedArticle> {
  let load = loads.get(articleId);
  if (!load) {
    load = (async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await fetchArticle(articleId);
        } catch (error) {
          const delay = retryDelays[attempt];
          if (!(error instanceof ArticleLoadError && error.retryable) || delay === undefined) throw error;
          await wait(delay);
        }
      }
    })();
    loads.set(articleId, load);
    load.then(
      (article) => loaded.set(articleId, article),
      () => loads.delete(articleId),
    );
  }
  return load;
}

/** Forgets every loaded article (tests start from an empty cache). */
export function forgetArticles() {
  loads.clear();
  loaded.clear();
}
