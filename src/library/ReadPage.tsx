import { type MouseEvent, useEffect, useState } from "react";
import { ImportError, saveToLibrary } from "./import";
import { ALLOWED_ARTICLE_ORIGINS, articleFromUrl, checkSource } from "./read-url";
import { StorageError } from "./store";

export interface ReadPageProps {
  /** The query string, `?src=<url>`. */
  search: string;
  hrefFor: (appPath: string) => string;
  /** Replaces this page with an app path (the article once it is open). */
  replace: (appPath: string) => void;
  onNavigate: (event: MouseEvent<HTMLAnchorElement>) => void;
}

/**
 * `/read?src=<url>`: fetches an article's JSON, keeps it in the library and opens it. The address
 * must be on the app's own site unless the build allows another (see read-url.ts).
 */
export default function ReadPage({ search, hrefFor, replace, onNavigate }: ReadPageProps) {
  const src = new URLSearchParams(search).get("src");
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setProblem(null);
    (async () => {
      const url = checkSource(src, window.location.href, ALLOWED_ARTICLE_ORIGINS);
      const article = await articleFromUrl(url, controller.signal);
      const saved = await saveToLibrary(article, { kind: "url", url: url.href });
      if (!controller.signal.aborted) replace(`/mine/${saved.id}`);
    })().catch((error: unknown) => {
      if (controller.signal.aborted) return;
      setProblem(
        error instanceof ImportError || error instanceof StorageError
          ? error.message
          : `The article could not be opened (${error instanceof Error ? error.message : String(error)}).`,
      );
    });
    return () => controller.abort();
  }, [src, replace]);

  return (
    <main id="main" className="status-page" tabIndex={-1} aria-busy={problem === null}>
      {problem === null ? (
        <p role="status" className="loading">
          Opening the article…
        </p>
      ) : (
        <>
          <h1>The article could not be opened</h1>
          <p role="alert">{problem}</p>
          <p className="status-actions">
            <a href={hrefFor("/library")} onClick={onNavigate}>
              Open an article from the library
            </a>
          </p>
        </>
      )}
    </main>
  );
}
