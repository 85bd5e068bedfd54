import { type ReactNode, Suspense } from "react";
import { PartBoundary } from "../reader";

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
function LoadingPage() {
  return (
    <main id="main" className="status-page" tabIndex={-1} aria-busy="true">
      <p role="status" className="loading">
        Loading…
      </p>
    </main>
  );
}

/**
 * A page whose code loads on first visit (the library, an error page). Offline, it says so in the
 * page's place with a retry, instead of the page-wide "Something went wrong".
 */
export function PagePart({
  what,
  parts,
  loading = <LoadingPage />,
  children,
}: {
  /** "the library". */
  what: string;
  parts: readonly { retry: () => void }[];
  loading?: ReactNode;
  children: ReactNode;
}) {
  return (
    <PartBoundary
      what={what}
      parts={parts}
      place={(message) => (
        <main id="main" className="status-page" tabIndex={-1}>
          {message}
        </main>
      )}
    >
      <Suspense fallback={loading}>{children}</Suspense>
    </PartBoundary>
  );
}
