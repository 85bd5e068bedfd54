/**
 * `/read?src=<url>`: an article's JSON from an address. Only the app's own origin is fetched unless
 * the build allows others (config.ts); anything else is refused before any request is made.
 */

import type { Article } from "../article";
import { MAX_ARTICLE_BYTES, requestFromUrl } from "../load/early-load";
import { parseOrigins } from "../load/origins";
import { articleFromJson, ImportError } from "./import";

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
  if (response.tooLarge !== undefined)
    throw new ImportError(
      `${url.href} is too large to open (the limit is ${MAX_ARTICLE_BYTES / 1048576} MB).`,
    );
  if (response.status === 404) throw new ImportError(`There is nothing at ${url.href} (HTTP 404).`);
  if (response.status < 200 || response.status >= 300)
    throw new ImportError(`${url.href} could not be read (HTTP ${response.status}).`);
  if (response.contentType.includes("text/html"))
    throw new ImportError(
      `${url.href} is a web page, not an article’s JSON. To read a web page, save it and open the file.`,
    );
  return articleFromJson(response.text, url.href);
}
