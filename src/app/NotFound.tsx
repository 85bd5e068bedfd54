import type { MouseEvent } from "react";

/** A path or article id that does not exist. */
export default function NotFound({
  message,
  homeHref,
  onNavigate,
}: {
  message: string;
  homeHref: string;
  onNavigate: (event: MouseEvent<HTMLAnchorElement>) => void;
}) {
  return (
    <main id="main" className="status-page" tabIndex={-1}>
      <h1>Page not found</h1>
      <p>{message}</p>
      <p>
        <a href={homeHref} onClick={onNavigate}>
          Go to the front page
        </a>
      </p>
    </main>
  );
}
