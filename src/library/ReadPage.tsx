import { useQuery } from "@tanstack/react-query";
import { type MouseEvent, useEffect, useMemo, useRef } from "react";
import { ImportError } from "./import";
import { remoteArticleQuery, useSaveArticle } from "./queries";
import { ALLOWED_ARTICLE_ORIGINS, checkSource } from "./read-url";
import { StorageError } from "./store";

/** What the reader is told when an error stops the page. */
const problemOf = (error: unknown) =>
  error instanceof ImportError || error instanceof StorageError
    ? error.message
    : `The article could not be opened (${error instanceof Error ? error.message : String(error)}).`;

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
  const source = useMemo(() => {
    try {
      return { url: checkSource(src, window.location.href, ALLOWED_ARTICLE_ORIGINS) };
    } catch (error) {
      return { error };
    }
  }, [src]);
  const remote = useQuery({
    ...remoteArticleQuery(source.url ?? new URL("about:blank")),
    enabled: source.url !== undefined,
  });
  const save = useSaveArticle();
  // Saved once per address, then replaced by the article's own page.
  const savedFrom = useRef<string | null>(null);
  const article = remote.data;
  const href = source.url?.href;
  useEffect(() => {
    if (!article || !href || savedFrom.current === href) return;
    savedFrom.current = href;
    save.mutate(
      { article, origin: { kind: "url", url: href } },
      { onSuccess: (saved) => replace(`/mine/${saved.id}`) },
    );
  }, [article, href, save, replace]);

  const failure = source.error ?? remote.error ?? save.error;
  const problem = failure ? problemOf(failure) : null;

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
