import { useQuery } from "@tanstack/react-query";
import { type MouseEvent, useEffect, useState } from "react";
import { articleIndexUrl } from "./article-list";
import { Details, MyArticles } from "./MyArticles";
import { OpenArticle } from "./OpenArticle";
import { bundledListQuery } from "./queries";
import type { ArticleSummary } from "./store";
import "./library.css";

export interface LibraryPageProps {
  /** App path → href (adds the base path). */
  hrefFor: (appPath: string) => string;
  /** Goes to an app path. */
  navigate: (appPath: string) => void;
  onNavigate: (event: MouseEvent<HTMLAnchorElement>) => void;
}

/**
 * The library: open an article (paste, drop or pick a file, or an address; OpenArticle.tsx), the
 * reader's own articles (MyArticles.tsx), and the ones that come with the app. Loaded the first time
 * someone opens it.
 */
export default function LibraryPage({ hrefFor, navigate, onNavigate }: LibraryPageProps) {
  const bundled = useQuery(bundledListQuery());
  const [status, setStatus] = useState("");

  useEffect(() => {
    document.title = "Library · Attributed";
  }, []);

  return (
    <main id="main" className="library" tabIndex={-1}>
      <h1>Library</h1>

      <OpenArticle navigate={navigate} announce={setStatus} />

      <MyArticles hrefFor={hrefFor} onNavigate={onNavigate} announce={setStatus} />

      <section className="library-section" aria-labelledby="bundled-heading">
        <h2 id="bundled-heading">In this app</h2>
        {bundled.status === "pending" ? (
          <p className="muted">Loading…</p>
        ) : bundled.status === "error" ? (
          <p className="library-error">The list of articles ({articleIndexUrl()}) could not be loaded.</p>
        ) : (
          <ul className="library-list">
            {bundled.data.map((summary: ArticleSummary) => (
              <li key={summary.id} className="library-item">
                <a href={hrefFor(`/a/${summary.id}`)} onClick={onNavigate} className="library-title">
                  {summary.title}
                </a>
                <Details summary={summary} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <p className="visually-hidden" role="status">
        {status}
      </p>
    </main>
  );
}
