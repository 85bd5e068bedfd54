/**
 * The article request a prerendered page's first script starts (src/app/first-script.ts) once the
 * page has painted, alongside the app's JavaScript: the article and the app then travel at the same
 * time, and the app takes the response over instead of asking again. No React, no schema: this is in
 * every page's head.
 */

/** An article's response, read: enough for the app to tell every failure apart. */
export interface ArticleResponse {
  status: number;
  statusText: string;
  contentType: string;
  /** The body; empty when it was too large to read. */
  text: string;
  /** Set when the body is over MAX_ARTICLE_BYTES: its declared size, or 0 when it only showed in reading. */
  tooLarge?: number;
}

/**
 * The largest article the reader opens, in bytes: a three-hour hearing is under 2 MB of JSON, and
 * a file many times that is not a news article (nor something a browser tab should parse).
 */
export const MAX_ARTICLE_BYTES = 32 * 1024 * 1024;

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

/** Requests an article's JSON and reads the response. Rejects on a network failure only. */
export function requestArticle(articleId: string, signal?: AbortSignal): Promise<ArticleResponse> {
  return requestFromUrl(articleUrl(articleId), signal);
}

/** `requestArticle` for any address. */
export async function requestFromUrl(url: string, signal?: AbortSignal): Promise<ArticleResponse> {
  // Asking for JSON keeps single-page-app fallbacks (which answer any path with index.html) out.
  const response = await fetch(url, { signal, headers: { Accept: "application/json" } });
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  let text = "";
  let tooLarge: number | undefined;
  if (declared > MAX_ARTICLE_BYTES) {
    // Said to be too large: not downloaded at all.
    tooLarge = declared;
    await response.body?.cancel().catch(() => {});
  } else if (response.body) {
    // Read piece by piece, so a body larger than it said (or with no length) stops at the limit.
    const pieces: string[] = [];
    const decoder = new TextDecoder();
    const reader = response.body.getReader();
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      bytes += value?.byteLength ?? 0;
      if (bytes > MAX_ARTICLE_BYTES) {
        tooLarge = 0;
        await reader.cancel().catch(() => {});
        break;
      }
      if (done) {
        pieces.push(decoder.decode());
        break;
      }
      pieces.push(decoder.decode(value, { stream: true }));
    }
    if (tooLarge === undefined) text = pieces.join("");
  } else text = await response.text();
  return {
    status: response.status,
    statusText: response.statusText,
    contentType: response.headers.get("content-type") ?? "",
    text,
    ...(tooLarge === undefined ? {} : { tooLarge }),
  };
}

/** Starts the request for an article and leaves it for the app (the page's first script calls this). */
export function startEarlyLoad(articleId: string): EarlyLoad {
  const early: EarlyLoad = { articleId, response: requestArticle(articleId) };
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
