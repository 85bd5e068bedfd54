import { useCallback, useEffect, useState } from "react";
import type { ParsedArticle } from "../article";
import { ArticleLoadError, loadArticle, loadedArticle } from "./article-query";

/** Where loading an article stands, for the route to render explicitly. */
export type ArticleState =
  | { status: "pending" }
  | { status: "error"; error: ArticleLoadError; retrying: boolean }
  | { status: "success"; data: ParsedArticle };

/** Loads one article; `retry` tries again after a failure. */
export function useArticle(articleId: string): ArticleState & { retry: () => void } {
  // An article already loaded renders at once: a prerendered page hydrates with it, and going back to
  // an article shows it without a loading flash.
  const [state, setState] = useState<ArticleState>(() => {
    const data = loadedArticle(articleId);
    return data ? { status: "success", data } : { status: "pending" };
  });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const data = loadedArticle(articleId);
    if (data && attempt === 0) {
      setState((s) => (s.status === "success" && s.data === data ? s : { status: "success", data }));
      return;
    }
    let live = true;
    setState((s) => (s.status === "error" ? { ...s, retrying: true } : { status: "pending" }));
    loadArticle(articleId).then(
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
  }, [articleId, attempt]);

  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  return { ...state, retry };
}
