import type { MouseEvent } from "react";
import type { ArticleLoadError } from "../load/article-load";

/**
 * A load that failed for another reason than a missing article: what happened, precisely, and the
 * ways on: trying again, and the front page (unless this is the front page's own article).
 */
export default function LoadError({
  error,
  onRetry,
  retrying,
  homeHref,
  onNavigate,
}: {
  error: ArticleLoadError;
  onRetry: () => void;
  retrying: boolean;
  /** The front page, when it is not this article. */
  homeHref?: string;
  onNavigate?: (event: MouseEvent<HTMLAnchorElement>) => void;
}) {
  const heading =
    error.kind === "invalid" || error.kind === "not-json" || error.kind === "empty"
      ? "This article’s file is damaged"
      : "The article could not be loaded";
  return (
    <main id="main" className="status-page" tabIndex={-1}>
      <h1>{heading}</h1>
      <p role="alert">{error.message}</p>
      {error.problems.length > 1 && (
        <details>
          <summary>All {error.problems.length} problems</summary>
          <ul>
            {error.problems.slice(0, 50).map((p) => (
              <li key={`${p.path}:${p.message}`}>
                <code>
                  {p.path}: {p.message}
                </code>
              </li>
            ))}
          </ul>
        </details>
      )}
      <p className="status-actions">
        <button type="button" onClick={onRetry} disabled={retrying}>
          {retrying ? "Trying again…" : "Try again"}
        </button>
        {homeHref && (
          <a href={homeHref} onClick={onNavigate}>
            Go to the front page
          </a>
        )}
      </p>
    </main>
  );
}
