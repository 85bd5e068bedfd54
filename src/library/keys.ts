/**
 * Where the library's data lives in the query client (TanStack Query): its own module, with no
 * imports, so that the app's routes can name an imported article's entry without loading the
 * library's code.
 */
export const libraryKeys = {
  /** The articles that come with the app (`articles/index.json`). */
  bundledList: ["library", "bundled"] as const,
  /** The reader's own articles, newest first. */
  mine: ["library", "mine"] as const,
  /** One article imported into this browser. */
  localArticle: (articleId: string) => ["article", "local", articleId] as const,
};
