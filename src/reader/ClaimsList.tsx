import type { Article, Claim } from "../article";
import type { ArticleEdit } from "../article/edit";
import { claimDomId } from "./focus";
import type { SpeakerLook } from "./speaker-style";

export interface ClaimsListProps {
  article: Article;
  /** The claims the filter keeps, in article order. */
  claims: Claim[];
  looks: Map<string, SpeakerLook>;
  onFollow: (claim: Claim) => void;
  /** Shows every claim again when the filter hides some. */
  onShowAll?: () => void;
  /** Corrections, for an imported article: each claim can be removed. */
  onEdit?: (edit: ArticleEdit) => void;
}

/** The key claims, each leading to the paragraphs that carry it. */
export function ClaimsList({ article, claims, looks, onFollow, onShowAll, onEdit }: ClaimsListProps) {
  const numbers = new Map(article.claims.map((c, i) => [c.id, i + 1]));
  if (article.claims.length === 0) return <p className="muted">This article has no key claims marked.</p>;
  return (
    <>
      {claims.length < article.claims.length && (
        <p className="muted claims-note">
          {claims.length === 0
            ? "None of the key claims is by the chosen speakers."
            : `${claims.length} of ${article.claims.length} claims, by the chosen speakers.`}{" "}
          {onShowAll && (
            <button type="button" className="button-link" onClick={onShowAll}>
              Show all claims
            </button>
          )}
        </p>
      )}
      <ol className="claims">
        {claims.map((claim) => {
          const look = claim.speakerId ? looks.get(claim.speakerId) : undefined;
          return (
            <li key={claim.id} value={numbers.get(claim.id)}>
              <button
                type="button"
                id={claimDomId(claim.id)}
                className="claim"
                onClick={() => onFollow(claim)}
                data-s={claim.speakerId ?? ""}
              >
                <span className="claim-number" aria-hidden="true">
                  {numbers.get(claim.id)}
                </span>
                <span className="claim-text">{claim.text}</span>
                <span className="claim-speaker">
                  {look ? (
                    <>
                      <span className="legend-badge" aria-hidden="true">
                        {look.initials}
                      </span>{" "}
                      {look.speaker.name}
                    </>
                  ) : (
                    "Reported fact"
                  )}
                </span>
              </button>
              {onEdit && (
                <button
                  type="button"
                  className="claim-remove button-link"
                  aria-label={`Remove key claim ${numbers.get(claim.id)}`}
                  onClick={() => onEdit({ type: "remove-claim", claimId: claim.id })}
                >
                  Remove
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
