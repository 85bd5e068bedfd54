import type { Article } from "../article";
import { articleIndex } from "../article";
import { type SpeakerFilter, toggleSpeaker } from "./filter";
import { LinkActions } from "./LinkActions";
import { type LinkTargetRef, linkSubject } from "./link-subject";
import "./popover.css";

export interface QuoteActionsProps {
  article: Article;
  /** The quote or paragraph whose panel is open, and the control that opened it. */
  open: LinkTargetRef & { anchor: HTMLElement };
  container: HTMLElement;
  urlFor: (appPathAndSearch: string) => string;
  filter: SpeakerFilter;
  onFilter: (filter: SpeakerFilter) => void;
  onClose: (returnFocus: boolean) => void;
  announce: (message: string) => void;
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
}: QuoteActionsProps) {
  const subject = linkSubject(article, open, urlFor);
  if (!subject) return null;
  const index = articleIndex(article);
  const speakerId = open.type === "quote" ? (index.quotes.get(open.id)?.speakerId ?? null) : null;
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
    </LinkActions>
  );
}
