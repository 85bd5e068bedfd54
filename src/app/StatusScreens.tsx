/** Shown while the article downloads. */
export function LoadingArticle() {
  return (
    <main id="main" className="status-page" tabIndex={-1} aria-busy="true">
      <p role="status" className="loading">
        Loading the article…
      </p>
    </main>
  );
}

/** Shown while a page's code downloads. */
export function LoadingPage() {
  return (
    <main id="main" className="status-page" tabIndex={-1} aria-busy="true">
      <p role="status" className="loading">
        Loading…
      </p>
    </main>
  );
}
