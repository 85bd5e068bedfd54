/**
 * Loading an article: one query-options factory shared by the route's hook and any prefetch
 * (bulletproof-react's pattern). Every way a load can fail becomes an `ArticleLoadError` with a kind
 * the error screen can word precisely.
 */
import { queryOptions } from "@tanstack/react-query";
import { type ArticleProblem, type ParsedArticle, parseArticle } from "../article";

/** Why an article could not be loaded. */
export type ArticleLoadErrorKind = "not-found" | "http" | "network" | "empty" | "not-json" | "invalid";

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

/** Where an article's JSON is served from. */
export const articleUrl = (articleId: string) => `${import.meta.env.BASE_URL}articles/${articleId}.json`;

/** Fetches and validates one article. */
export async function fetchArticle(articleId: string, signal?: AbortSignal): Promise<ParsedArticle> {
  let response: Response;
  try {
    // Asking for JSON keeps single-page-app fallbacks (which answer any path with index.html) out.
    response = await fetch(articleUrl(articleId), { signal, headers: { Accept: "application/json" } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ArticleLoadError("network", "The article could not be downloaded: the network request failed.");
  }
  const type = response.headers.get("content-type") ?? "";
  if (response.status === 404 || (response.ok && type.includes("text/html")))
    throw new ArticleLoadError("not-found", `There is no article “${articleId}”.`, 404);
  if (!response.ok)
    throw new ArticleLoadError(
      "http",
      `The server could not send the article (HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}).`,
      response.status,
    );
  const text = await response.text();
  if (!text.trim()) throw new ArticleLoadError("empty", "The article file is empty.");
  let data: unknown;
  try {
    data = JSON.parse(text);
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

/** Query options for one article; articles do not change while open, so they never go stale. */
export function articleQueryOptions(articleId: string) {
  return queryOptions({
    queryKey: ["article", articleId] as const,
    queryFn: ({ signal }) => fetchArticle(articleId, signal),
    staleTime: Number.POSITIVE_INFINITY,
    retry: (failures, error) => error instanceof ArticleLoadError && error.retryable && failures < 2,
  });
}
