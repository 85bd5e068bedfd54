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
