import type { MouseEvent } from "react";
import { downloadArticle } from "./download";
import "./local-bar.css";
import type { Article } from "../article";

/** Above an imported article: where it lives, and what can be done with it. */
export default function LocalArticleBar({
  article,
  libraryHref,
  onNavigate,
}: {
  article: Article;
  libraryHref: string;
  onNavigate: (event: MouseEvent<HTMLAnchorElement>) => void;
}) {
  return (
    <section className="local-bar" aria-label="Your article">
      <p>
        Your article, kept in this browser. Correct it from its quotes’ panels, the Speakers panel and the key
        claims.
      </p>
      <p className="local-bar-actions">
        <button
          type="button"
          className="button-quiet"
          aria-label={`Download JSON: ${article.title}`}
          onClick={() => downloadArticle(article)}
        >
          Download JSON
        </button>
        <a href={libraryHref} onClick={onNavigate}>
          Library
        </a>
      </p>
    </section>
  );
}
