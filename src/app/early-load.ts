/**
 * The article request the page's first script starts (src/app/boot.ts, at the top of the page's head),
 * before the app's JavaScript has even downloaded: the article and the app then travel at the same
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

/**
 * Sees an article's body piece by piece as it arrives. Returning true asks for the page to paint
 * before the rest is read (the caller has just put something on screen).
 */
export type OnText = (piece: string) => boolean;

/**
 * How much of the body is decoded at a time. The network can hand over a megabyte at once, and
 * decoding all of it before `onText` sees its beginning would hold back the first screen.
 */
const PIECE_BYTES = 64 * 1024;

/** Resolves once the page has had a chance to paint (at once in a hidden tab, which paints nothing). */
const nextPaint = () =>
  new Promise<void>((resolve) => {
    if (document.visibilityState === "hidden") resolve();
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });

/**
 * Requests an article's JSON and reads the response; `onText` sees the body piece by piece as it
 * arrives (when the response is a success). Rejects on a network failure only.
 */
export function requestArticle(
  articleId: string,
  signal?: AbortSignal,
  onText?: OnText,
): Promise<ArticleResponse> {
  return requestFromUrl(articleUrl(articleId), signal, onText);
}

/** `requestArticle` for any address. */
export async function requestFromUrl(
  url: string,
  signal?: AbortSignal,
  onText?: OnText,
): Promise<ArticleResponse> {
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
        const last = decoder.decode();
        if (last) {
          pieces.push(last);
          if (onText && response.ok) onText(last);
        }
        break;
      }
      for (let at = 0; at < value.byteLength; at += PIECE_BYTES) {
        const piece = decoder.decode(value.subarray(at, at + PIECE_BYTES), { stream: true });
        if (!piece) continue;
        pieces.push(piece);
        if (onText && response.ok && onText(piece)) await nextPaint();
      }
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
export function startEarlyLoad(articleId: string, onText?: OnText): EarlyLoad {
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
