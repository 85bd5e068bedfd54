/**
 * The app's pages, by path: the article links people share (src/article/links.ts, a public format)
 * and the app's own pages besides them.
 *
 *   /library                             the bundled articles and the reader's own; open one
 *   /read?src=<url>                      open an article's JSON from an address
 */
import { type ArticleLink, parseArticleLink } from "../article";

/** A parsed path. */
export type Route =
  /** An article; `articleId` null means the default article. */
  | ({ name: "article" } & ArticleLink)
  /** The library: bundled and imported articles, and opening a new one. */
  | { name: "library" }
  /** Opening an article's JSON from the address in `?src=`. */
  | { name: "read" }
  /** A path this app does not have. */
  | { name: "not-found" };

/** Reads an app-relative path (`/a/seed/q/q3`, `/library`). Anything else is `not-found`. */
export function parseRoute(path: string): Route {
  const segments = path.split("/").filter((s) => s !== "");
  if (segments.length === 1 && segments[0] === "library") return { name: "library" };
  if (segments.length === 1 && segments[0] === "read") return { name: "read" };
  const link = parseArticleLink(path);
  return link ? { name: "article", ...link } : { name: "not-found" };
}
