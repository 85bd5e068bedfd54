/**
 * The app's data layer (TanStack Query): a query for each source of articles, the retry policy, and
 * the client that holds them. Routes, prefetching and the prerenderer all name an article's data by
 * these factories, so a page rendered with an article and the app that takes it over agree on where
 * it lives. (Why a query library: docs/decisions/004-tanstack-query.md.)
 */
import { QueryClient, queryOptions } from "@tanstack/react-query";
import type { Collection, ParsedArticle } from "../article";
import { libraryKeys } from "../library/keys";
import { ArticleLoadError, fetchArticle } from "../load/article-load";

/** How long to wait before each retry of a load that may recover (network, HTTP 5xx). */
export const RETRY_DELAYS_MS = [1000, 2000];

/** Whether a load that has failed `failures` times before this failure is tried again. */
export function retryLoad(failures: number, error: unknown): boolean {
  return failures < RETRY_DELAYS_MS.length && error instanceof ArticleLoadError && error.retryable;
}

/** The client: articles are kept for the session, and loads that may recover are retried. */
export function createQueryClient({ retry = true }: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // An article does not change while the app is open, except by the reader's own corrections,
        // which update it here: it is never fetched again behind their back.
        staleTime: Number.POSITIVE_INFINITY,
        gcTime: Number.POSITIVE_INFINITY,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry: retry ? retryLoad : false,
        retryDelay: (failures) => RETRY_DELAYS_MS[failures] ?? RETRY_DELAYS_MS.at(-1) ?? 0,
        // Offline, a load fails and says so (with a retry) rather than waiting unseen.
        networkMode: "always",
      },
      mutations: { retry: false, networkMode: "always" },
    },
  });
}

/** An error as the error screen words it: anything that is not a load failure is the network's. */
function asLoadError(error: unknown): ArticleLoadError {
  return error instanceof ArticleLoadError
    ? error
    : new ArticleLoadError("network", `The article could not be loaded (${String(error)}).`);
}

/** An article from this browser's library (its code loads only when one is opened). */
const loadLocalArticle = (articleId: string) =>
  import("../library/local-article").then((m) => m.loadLocalArticle(articleId));

/** One article: bundled with the app (fetched), or imported into this browser (IndexedDB). */
export const articleQuery = (collection: Collection, articleId: string) =>
  queryOptions<ParsedArticle, ArticleLoadError>({
    queryKey:
      collection === "local" ? libraryKeys.localArticle(articleId) : ["article", "bundled", articleId],
    queryFn: async ({ signal }) => {
      try {
        return collection === "bundled"
          ? await fetchArticle(articleId, signal)
          : await loadLocalArticle(articleId);
      } catch (error) {
        throw asLoadError(error);
      }
    },
  });
