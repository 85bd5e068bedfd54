import { useQuery } from "@tanstack/react-query";
import { type MouseEvent, useEffect, useState } from "react";
import { formatArticleDate } from "../article";
import { downloadArticle } from "./download";
import { myArticlesQuery, useDeleteArticle } from "./queries";
import { type ArticleSummary, type LocalArticle, StorageError, summarize } from "./store";

export interface MyArticlesProps {
  hrefFor: (appPath: string) => string;
  onNavigate: (event: MouseEvent<HTMLAnchorElement>) => void;
  /** Says something in the page's status region. */
  announce: (message: string) => void;
}

function plural(n: number, word: string) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** "Al Jazeera · 13 Aug 2018 · 5 speakers · 18 quotes". */
export function Details({ summary }: { summary: ArticleSummary }) {
  const parts = [
    summary.source,
    formatArticleDate(summary.publishedAt, "short"),
    plural(summary.speakers, "speaker"),
    plural(summary.quotes, "quote"),
  ].filter(Boolean);
  return <p className="library-details">{parts.join(" · ")}</p>;
}

/** The reader's own articles: open, download or delete each (deleting asks once more). */
export function MyArticles({ hrefFor, onNavigate, announce }: MyArticlesProps) {
  const mine = useQuery(myArticlesQuery());
  const deletion = useDeleteArticle();
  const [confirming, setConfirming] = useState<string | null>(null);
  /** Where focus goes once the list has re-rendered (a control replaced by another, a deleted item). */
  const [focusNext, setFocusNext] = useState<string | null>(null);
  useEffect(() => {
    if (!focusNext) return;
    document.querySelector<HTMLElement>(focusNext)?.focus();
    setFocusNext(null);
  }, [focusNext]);

  const remove = async (id: string) => {
    try {
      // Focus goes to what took the deleted article's place: the next one, else the one before,
      // else the list's heading.
      const list: LocalArticle[] = mine.data ?? [];
      const at = list.findIndex((a) => a.id === id);
      const neighbour = list[at + 1] ?? list[at - 1];
      await deletion.mutateAsync(id);
      setConfirming(null);
      setFocusNext(neighbour ? `[data-id="${neighbour.id}"] .library-title` : "#mine-heading");
      announce("Article deleted.");
    } catch (error) {
      announce(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section className="library-section" aria-labelledby="mine-heading">
      <h2 id="mine-heading" tabIndex={-1}>
        Your articles
      </h2>
      {mine.status === "pending" ? (
        <p className="muted">Loading…</p>
      ) : mine.status === "error" ? (
        <p className="library-error">
          {mine.error instanceof StorageError ? mine.error.message : String(mine.error)}
        </p>
      ) : mine.data.length === 0 ? (
        <p className="muted">Articles you open are kept here, in this browser only.</p>
      ) : (
        <ul className="library-list">
          {mine.data.map((record) => (
            <li key={record.id} className="library-item" data-id={record.id}>
              <a href={hrefFor(`/mine/${record.id}`)} onClick={onNavigate} className="library-title">
                {record.article.title}
              </a>
              <Details summary={summarize(record.article)} />
              <p className="library-actions">
                <button
                  type="button"
                  aria-label={`Download JSON: ${record.article.title}`}
                  onClick={() => downloadArticle(record.article)}
                >
                  Download JSON
                </button>
                {confirming === record.id ? (
                  <>
                    <button
                      type="button"
                      className="library-danger"
                      aria-label={`Delete for good: ${record.article.title}`}
                      onClick={() => void remove(record.id)}
                    >
                      Delete for good
                    </button>
                    <button
                      type="button"
                      className="library-keep"
                      onClick={() => {
                        setConfirming(null);
                        setFocusNext(`[data-id="${record.id}"] .library-delete`);
                      }}
                    >
                      Keep it
                    </button>
                  </>
                ) : (
                  <button
                    type="button"
                    className="library-delete"
                    aria-label={`Delete: ${record.article.title}`}
                    onClick={() => {
                      setConfirming(record.id);
                      // The safe choice first: Enter pressed twice keeps the article.
                      setFocusNext(`[data-id="${record.id}"] .library-keep`);
                    }}
                  >
                    Delete
                  </button>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
