import { useMemo } from "react";
import type { Article } from "../article";
import { bodyParagraphs } from "./filter";
import type { SpeakerLook } from "./speaker-style";

/**
 * The key claims as they appear on paper, where there is no side panel: a list after the article,
 * each claim with its speaker and the numbers of the paragraphs behind it (the article prints its
 * body paragraphs numbered). Hidden on screen.
 */
export function PrintClaims({ article, looks }: { article: Article; looks: Map<string, SpeakerLook> }) {
  const numbers = useMemo(() => new Map(bodyParagraphs(article).map((p, i) => [p.id, i + 1])), [article]);
  if (article.claims.length === 0) return null;
  return (
    <section className="print-claims">
      <h2>Key claims</h2>
      <ol>
        {article.claims.map((claim) => {
          const speaker = claim.speakerId ? looks.get(claim.speakerId)?.speaker.name : null;
          const refs = claim.paragraphIds.map((id) => numbers.get(id)).filter((n) => n !== undefined);
          return (
            <li key={claim.id}>
              {claim.text}{" "}
              <span className="print-claim-source">
                — {speaker ?? "reported fact"}
                {refs.length > 0 && `, ¶ ${refs.join(", ")}`}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
