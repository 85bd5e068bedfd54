import { useState } from "react";
import type { ArticleProblem } from "../article";
import "./popover.css";

/** A message about the page: a link that did not resolve, data that had to be dropped. */
export interface Notice {
  /** Stable key, so a dismissed notice stays dismissed. */
  key: string;
  message: string;
  /** Lines shown under "Details". */
  details?: string[];
}

/** What the reader has to say something about. */
export interface NoticeSource {
  /** A link's target that could not be found as linked (see targets.ts). */
  target: { key: string; message: string } | null;
  /** Parts of the address that were ignored, in words. */
  linkProblems: readonly string[];
  /** Speaker ids in the filter that the article does not have. */
  unknownSpeakers: readonly string[];
  /** Items the loader dropped from the article, by path. */
  warnings: readonly ArticleProblem[];
}

/** The notices for what the reader has to say something about, in the order they show. */
export function readerNotices({ target, linkProblems, unknownSpeakers, warnings }: NoticeSource): Notice[] {
  const notices: Notice[] = [];
  if (target) notices.push({ key: `target:${target.key}`, message: target.message });
  for (const [i, problem] of linkProblems.entries())
    notices.push({ key: `link:${i}:${problem}`, message: problem });
  if (unknownSpeakers.length > 0)
    notices.push({
      key: `unknown:${unknownSpeakers.join(",")}`,
      message: `This article has no speaker ${unknownSpeakers.map((id) => `“${id}”`).join(", ")}, so the filter leaves ${unknownSpeakers.length === 1 ? "it" : "them"} out.`,
    });
  if (warnings.length > 0)
    notices.push({
      key: "warnings",
      message: `Part of this article’s data is broken, so ${warnings.length === 1 ? "one item is" : `${warnings.length} items are`} not shown as marked. The text itself is complete.`,
      details: warnings.map((w) => `${w.path}: ${w.message}`),
    });
  return notices;
}

/** Notices above the article, each dismissible. */
export default function Notices(source: NoticeSource) {
  const notices = readerNotices(source);
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
