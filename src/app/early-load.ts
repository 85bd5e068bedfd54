/**
 * The article request the page's first script starts (src/app/boot.ts, inline in the page's head),
 * before the app's JavaScript has even downloaded: the article and the app then travel at the same
 * time, and the app takes the response over instead of asking again. No React, no schema: this is in
 * every page's head.
 */

/** An article's response, read: enough for the app to tell every failure apart. */
export interface ArticleResponse {
  status: number;
  statusText: string;
  contentType: string;
  text: string;
}

/** A request started early, for one article. */
export interface EarlyLoad {
  articleId: string;
  /** Rejects when the request itself failed (network). */
  response: Promise<ArticleResponse>;
}

declare global {
  interface Window {
    __attributedEarlyLoad?: EarlyLoad;
  }
}

/** Where an article's JSON is served from. */
export const articleUrl = (articleId: string) => `${import.meta.env.BASE_URL}articles/${articleId}.json`;

/**
 * Requests an article's JSON and reads the response; `onText` sees the body piece by piece as it
 * arrives (when the response is a success). Rejects on a network failure only.
 */
export async function requestArticle(
  articleId: string,
  signal?: AbortSignal,
  onText?: (piece: string) => void,
): Promise<ArticleResponse> {
  // Asking for JSON keeps single-page-app fallbacks (which answer any path with index.html) out.
  const response = await fetch(articleUrl(articleId), { signal, headers: { Accept: "application/json" } });
  let text: string;
  if (onText && response.ok && response.body) {
    const pieces: string[] = [];
    const decoder = new TextDecoder();
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      const piece = done ? decoder.decode() : decoder.decode(value, { stream: true });
      if (piece) {
        pieces.push(piece);
        onText(piece);
      }
      if (done) break;
    }
    text = pieces.join("");
  } else text = await response.text();
  return {
    status: response.status,
    statusText: response.statusText,
    contentType: response.headers.get("content-type") ?? "",
    text,
  };
}

/** Starts the request for an article and leaves it for the app (the page's first script calls this). */
export function startEarlyLoad(articleId: string, onText?: (piece: string) => void): EarlyLoad {
  const early: EarlyLoad = { articleId, response: requestArticle(articleId, undefined, onText) };
  // Nobody may be waiting yet; the app sees the failure when it takes the request over.
  early.response.catch(() => {});
  window.__attributedEarlyLoad = early;
  return early;
}

/** The early request for this article, once: the app's first load uses it, any later one fetches. */
export function takeEarlyLoad(articleId: string): Promise<ArticleResponse> | undefined {
  const early = typeof window === "undefined" ? undefined : window.__attributedEarlyLoad;
  if (!early || early.articleId !== articleId) return undefined;
  window.__attributedEarlyLoad = undefined;
  return early.response;
}
