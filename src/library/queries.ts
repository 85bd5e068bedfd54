/**
 * The library's queries and mutations (TanStack Query): the two lists it shows, and the changes a
 * reader makes to their own articles (import, delete), each updating what it affects so that every
 * view (the list, an open article, the header's link back) sees it at once.
 */
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { Article } from "../article";
import { loadArticleList } from "./article-list";
import { saveToLibrary } from "./import";
import { libraryKeys } from "./keys";
import { articleFromUrl } from "./read-url";
import { deleteLocal, type LocalArticle, type LocalOrigin, listLocal } from "./store";

/** The articles that come with the app. */
export const bundledListQuery = () =>
  queryOptions({ queryKey: libraryKeys.bundledList, queryFn: loadArticleList, retry: false });

/** The reader's own articles, newest first. */
export const myArticlesQuery = () =>
  queryOptions({ queryKey: libraryKeys.mine, queryFn: listLocal, retry: false });

/**
 * An article's JSON at an address, checked (`/read?src=…`): fetched once, and not kept once it is
 * saved to the library.
 */
export const remoteArticleQuery = (url: URL) =>
  queryOptions({
    queryKey: ["article", "remote", url.href] as const,
    queryFn: ({ signal }) => articleFromUrl(url, signal),
    retry: false,
    gcTime: 0,
  });

/** Keeps an article in the library (under a free id) and adds it to the list. */
export function useSaveArticle() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ article, origin }: { article: Article; origin: LocalOrigin }) =>
      saveToLibrary(article, origin),
    onSuccess: (saved) => {
      client.setQueryData<LocalArticle[]>(libraryKeys.mine, (list) =>
        list ? [saved, ...list.filter((a) => a.id !== saved.id)] : list,
      );
      return client.invalidateQueries({ queryKey: libraryKeys.mine });
    },
  });
}

/** Removes an article from the library: from the list, and any copy of it kept open. */
export function useDeleteArticle() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (articleId: string) => deleteLocal(articleId),
    onSuccess: (_, articleId) => {
      client.setQueryData<LocalArticle[]>(libraryKeys.mine, (list) =>
        list?.filter((a) => a.id !== articleId),
      );
      client.removeQueries({ queryKey: libraryKeys.localArticle(articleId) });
    },
  });
}
