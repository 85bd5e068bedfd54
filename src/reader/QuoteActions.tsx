import { type RefObject, useEffect, useState } from "react";
import type { LinkTarget } from "../article";
import { type Article, articleIndex, type Collection } from "../article";
import type { ArticleEdit } from "../article/edit";
import { cardPath, quoteWithAttribution } from "../article/share";
import { type SpeakerFilter, toggleSpeaker } from "./filter";
import { LinkActions } from "./LinkActions";
import { linkSubject } from "./link-subject";
import { copyText } from "./share";
import "./popover.css";

export interface QuoteActionsProps {
  article: Article;
  /** The quote or paragraph whose panel is open, and the control that opened it. */
  open: LinkTarget & { anchor: HTMLElement };
  /** The positioned container the panel is placed in. */
  container: RefObject<HTMLElement | null>;
  urlFor: (appPathAndSearch: string) => string;
  filter: SpeakerFilter;
  onFilter: (filter: SpeakerFilter) => void;
  onClose: (returnFocus: boolean) => void;
  announce: (message: string) => void;
  collection?: Collection;
  /** Corrections, for an imported article. */
  onEdit?: (edit: ArticleEdit) => void;
}

/** The link panel of a quote or paragraph. Loaded the first time someone opens one. */
export default function QuoteActions({
  article,
  open,
  container,
  urlFor,
  filter,
  onFilter,
  onClose,
  announce,
  collection = "bundled",
  onEdit,
}: QuoteActionsProps) {
  const index = articleIndex(article);
  const quote = open.type === "quote" ? index.quotes.get(open.id) : undefined;
  // A bundled article's quotes have cards, made when the app was built.
  const card = useCard(quote && collection === "bundled" ? urlFor(cardPath(article, quote)) : null);
  const subject = linkSubject(article, open, urlFor, collection);
  if (!subject) return null;
  const speakerId = open.type === "quote" ? (index.quotes.get(open.id)?.speakerId ?? null) : null;
  const isClaim = open.type === "paragraph" && article.claims.some((c) => c.paragraphIds[0] === open.id);
  return (
    <LinkActions
      subject={subject}
      anchor={open.anchor}
      container={container}
      onClose={onClose}
      announce={announce}
    >
      {speakerId && (
        <button
          type="button"
          aria-pressed={filter.speakers.includes(speakerId)}
          onClick={() => onFilter(toggleSpeaker(filter, speakerId))}
        >
          Filter by {index.speakers.get(speakerId)?.name}
        </button>
      )}
      {quote && (
        <button
          type="button"
          onClick={async () => {
            if (await copyText(quoteWithAttribution(article, quote, subject.url))) {
              announce("Quote copied, with who said it and the link");
              onClose(true);
            } else announce("This browser did not allow copying");
          }}
        >
          Copy quote with attribution
        </button>
      )}
      {quote &&
        (card.state === "found" ? (
          <a href={card.url} download={`${article.id}-${quote.id}.png`}>
            Download card
          </a>
        ) : (
          // In its place from the start, so the panel does not change shape when the answer comes.
          <p className="popover-note card-note">
            {card.state === "checking"
              ? "Looking for this quote’s card…"
              : collection === "bundled"
                ? "No card for this quote here: cards are drawn when the app is built for publishing."
                : "Imported articles have no cards: cards are drawn when the app is built."}
          </p>
        ))}
      {onEdit && open.type === "quote" && (
        <div className="popover-edit">
          <label>
            Said by
            <select
              value={speakerId ?? ""}
              onChange={(e) =>
                onEdit({ type: "reassign-quote", quoteId: open.id, speakerId: e.target.value || null })
              }
            >
              {article.speakers.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
              <option value="">Nobody the article names</option>
            </select>
          </label>
          <button type="button" onClick={() => onEdit({ type: "remove-quote", quoteId: open.id })}>
            Not a quote: remove
          </button>
        </div>
      )}
      {onEdit && open.type === "paragraph" && !isClaim && (
        <button type="button" onClick={() => onEdit({ type: "add-claim", paragraphId: open.id })}>
          Add to key claims
        </button>
      )}
    </LinkActions>
  );
}

type CardState = { state: "checking" } | { state: "found"; url: string } | { state: "none" };

/**
 * Whether the quote's card exists (a HEAD request; a host's HTML fallback does not count): checking,
 * found, or none (an imported article's quotes have none; nor does a development server's build).
 */
function useCard(url: string | null): CardState {
  const [card, setCard] = useState<CardState>(url ? { state: "checking" } : { state: "none" });
  useEffect(() => {
    if (!url) return setCard({ state: "none" });
    setCard({ state: "checking" });
    const controller = new AbortController();
    fetch(url, { method: "HEAD", signal: controller.signal })
      .then((r) =>
        setCard(
          r.ok && (r.headers.get("content-type") ?? "").startsWith("image/png")
            ? { state: "found", url }
            : { state: "none" },
        ),
      )
      .catch(() => {
        if (!controller.signal.aborted) setCard({ state: "none" });
      });
    return () => controller.abort();
  }, [url]);
  return card;
}
