import { useState } from "react";
import "./popover.css";

/** A message about the page: a link that did not resolve, data that had to be dropped. */
export interface Notice {
  /** Stable key, so a dismissed notice stays dismissed. */
  key: string;
  message: string;
  /** Lines shown under "Details". */
  details?: string[];
}

/** Notices above the article, each dismissible. */
export default function Notices({ notices }: { notices: Notice[] }) {
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const shown = notices.filter((n) => !dismissed.has(n.key));
  if (shown.length === 0) return null;
  return (
    <section className="notices" aria-label="Notices">
      {shown.map((n) => (
        <div key={n.key} className="notice" role="note">
          <p>{n.message}</p>
          {n.details && n.details.length > 0 && (
            <details>
              <summary>Details</summary>
              <ul>
                {n.details.map((d) => (
                  <li key={d}>
                    <code>{d}</code>
                  </li>
                ))}
              </ul>
            </details>
          )}
          <button
            type="button"
            className="button-quiet notice-dismiss"
            onClick={() => setDismissed((d) => new Set(d).add(n.key))}
          >
            Dismiss<span className="visually-hidden"> this notice</span>
          </button>
        </div>
      ))}
    </section>
  );
}
