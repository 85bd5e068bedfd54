import { useCallback, useEffect, useState } from "react";
import type { Collection, ParsedArticle } from "../article";
import { ArticleLoadError, loadArticle, loadedArticle } from "./article-query";

/** An article from this browser's library (its code loads only when one is opened). */
const loadLocalArticle = (articleId: string) =>
  import("../library/local-article").then((m) => m.loadLocalArticle(articleId));

/** Where loading an article stands, for the route to render explicitly. */
export type ArticleState =
  | { status: "pending" }
  | { status: "error"; error: ArticleLoadError; retrying: boolean }
  | { status: "success"; data: ParsedArticle };

/**
 * Loads one article, bundled (fetched) or local (from this browser's library); `retry` tries again
 * after a failure, and `replace` shows an edited version of a local article.
 */
export function useArticle(
  articleId: string,
  collection: Collection = "bundled",
): ArticleState & { retry: () => void; replace: (data: ParsedArticle) => void } {
  // An article already loaded renders at once: a prerendered page hydrates with it, and going back to
  // an article shows it without a loading flash.
  const [state, setState] = useState<ArticleState>(() => {
    const data = collection === "bundled" ? loadedArticle(articleId) : undefined;
    return data ? { status: "success", data } : { status: "pending" };
  });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const data = collection === "bundled" ? loadedArticle(articleId) : undefined;
    if (data && attempt === 0) {
      setState((s) => (s.status === "success" && s.data === data ? s : { status: "success", data }));
      return;
    }
    let live = true;
    setState((s) => (s.status === "error" ? { ...s, retrying: true } : { status: "pending" }));
    (collection === "bundled" ? loadArticle(articleId) : loadLocalArticle(articleId)).then(
      (data) => live && setState({ status: "success", data }),
      (error: unknown) =>
        live &&
        setState({
          status: "error",
          retrying: false,
          error:
            error instanceof ArticleLoadError
              ? error
              : new ArticleLoadError("network", `The article could not be loaded (${String(error)}).`),
        }),
    );
    return () => {
      live = false;
    };
  }, [articleId, collection, attempt]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  const replace = useCallback((data: ParsedArticle) => setState({ status: "success", data }), []);
  return { ...state, retry, replace };
}
