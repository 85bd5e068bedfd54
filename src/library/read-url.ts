/**
 * `/read?src=<url>`: an article's JSON from an address. Only the app's own origin is fetched unless
 * the build allows others (config.ts); anything else is refused before any request is made.
 */

import type { Article } from "../article";
import { type ArticleAnswerProblem, readArticleAnswer } from "../load/article-load";
import { MAX_ARTICLE_BYTES, requestFromUrl } from "../load/early-load";
import { parseOrigins } from "../load/origins";
import { ImportError } from "./import";

/**
 * Origins besides the app's own that `/read?src=` may fetch an article from: none unless configured
 * at build time (`VITE_ARTICLE_SOURCES="https://news.example,https://archive.example"`), which also
 * opens the Content Security Policy's `connect-src` to them (vite.config.ts).
 */
export const ALLOWED_ARTICLE_ORIGINS: readonly string[] = parseOrigins(import.meta.env.VITE_ARTICLE_SOURCES);

/** The address to fetch, or an ImportError saying why it may not be. */
export function checkSource(src: string | null, here: string, allowed: readonly string[]): URL {
  if (!src?.trim())
    throw new ImportError("The address says which article to open in ?src=, and it is empty.");
  let url: URL;
  try {
    url = new URL(src, here);
  } catch {
    throw new ImportError(`“${src.slice(0, 200)}” is not an address.`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new ImportError("Articles can only be opened from http or https addresses.");
  const own = new URL(here).origin;
  if (url.origin !== own && !allowed.includes(url.origin))
    throw new ImportError(
      `This app opens articles from its own site only, and ${url.origin} is another one. Download the article’s JSON and open the file instead.`,
    );
  return url;
}

/** Fetches and checks an article's JSON. */
export async function articleFromUrl(url: URL, signal?: AbortSignal): Promise<Article> {
  let response: Awaited<ReturnType<typeof requestFromUrl>>;
  try {
    response = await requestFromUrl(url.href, signal);
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ImportError(`${url.href} could not be reached: the network request failed.`);
  }
  const answer = readArticleAnswer(response);
  if ("ok" in answer) return answer.article;
  throw new ImportError(refusal(url.href, answer));
}

/** Why an address gave no article, in a sentence for the page. */
function refusal(at: string, answer: ArticleAnswerProblem): string {
  switch (answer.problem) {
    case "not-found":
      return `There is nothing at ${at} (HTTP 404).`;
    case "http":
      return `${at} could not be read (HTTP ${answer.status}).`;
    case "web-page":
      return `${at} is a web page, not an article’s JSON. To read a web page, save it and open the file.`;
    case "too-large":
      return `${at} is too large to open (the limit is ${MAX_ARTICLE_BYTES / 1048576} MB).`;
    case "empty":
      return `${at} is empty.`;
    case "not-json":
      return `${at} is not valid JSON (${answer.detail}).`;
    case "invalid":
      return `${at} is JSON, but not an article saved by this app (its “Download JSON” or its command line make those). To read an article, paste its text or its web page.`;
  }
}
