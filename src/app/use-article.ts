import { useCallback, useEffect, useState } from "react";
import type { ParsedArticle } from "../article";
import { ArticleLoadError, loadArticle } from "./article-query";

/** Where loading an article stands, for the route to render explicitly. */
export type ArticleState =
  | { status: "pending" }
  | { status: "error"; error: ArticleLoadError; retrying: boolean }
  | { status: "success"; data: ParsedArticle };

/** Loads one article; `retry` tries again after a failure. */
export function useArticle(articleId: string): ArticleState & { retry: () => void } {
  const [state, setState] = useState<ArticleState>({ status: "pending" });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the load on retry.
  useEffect(() => {
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
