/**
 * What the reader's single-key shortcuts do (the keys and the stepping rules are in keyboard.ts);
 * KeyboardShortcuts.tsx listens for them.
 */
import { type Article, articleIndex, type Claim, type Collection, type Quote } from "../article";
import { type SpeakerFilter, toggleSpeaker } from "./filter";
import { quoteDomId } from "./focus";
import { quoteStops, readingPosition, type ShortcutAction, stepQuote } from "./keyboard";
import { linkSubject } from "./link-subject";
import { copyText } from "./share";

/** What a shortcut may read and do in the reader. */
export interface ShortcutContext {
  article: Article;
  filter: SpeakerFilter;
  /** The key claims the panel lists (they follow the filter). */
  claims: readonly Claim[];
  collection: Collection;
  urlFor: (appPathAndSearch: string) => string;
  /** Says something once through the reader's polite live region. */
  announce: (message: string) => void;
  /** Scrolls to, highlights and focuses a place (see Reader's goTo). */
  goTo: (paragraphIds: readonly string[], focusId: string, how: "jump") => void;
  followClaim: (claim: Claim) => void;
  setFilter: (filter: SpeakerFilter) => void;
  openHelp: () => void;
  /** Where the reader was, kept between key presses. */
  memory: { lastQuote: string | null; claimCursor: number };
}

/** The quote the reader is on: the focused one, or the last one moved to while focus stayed put. */
function currentPlace(context: ShortcutContext) {
  const index = articleIndex(context.article);
  const active = document.activeElement as Element | null;
  const focusedQuote = active?.closest?.("[data-q]")?.getAttribute("data-q");
  const focusedParagraph = active?.closest?.("[data-p]")?.getAttribute("data-p");
  const currentId = focusedQuote ?? (focusedParagraph ? null : context.memory.lastQuote);
  const current = currentId ? index.quotes.get(currentId) : undefined;
  const order = index.quotesInOrder;
  const paragraphIndexOf = (quote: Quote) => index.paragraphOrder.get(quote.spans[0]?.paragraphId ?? "") ?? 0;
  const here = current
    ? readingPosition(order, { quoteId: current.id })
    : focusedParagraph
      ? readingPosition(order, {
          paragraphIndex: index.paragraphOrder.get(focusedParagraph) ?? 0,
          paragraphIndexOf,
        })
      : null;
  return { current, here, order };
}

export function runShortcut(action: ShortcutAction, context: ShortcutContext): void {
  const { article, filter, claims, announce, memory } = context;
  const index = articleIndex(article);
  const { current, here, order } = currentPlace(context);
  const stops = quoteStops(article, filter);
  const nameOf = (quote: { speakerId: string | null }) =>
    quote.speakerId ? (index.speakers.get(quote.speakerId)?.name ?? "") : "";
  const moveTo = (quote: Quote | null, bySpeaker: boolean) => {
    if (!quote) {
      announce(stops.length === 0 ? "No quotes to go to" : "No more quotes this way");
      return;
    }
    memory.lastQuote = quote.id;
    context.goTo(
      quote.spans.map((span) => span.paragraphId),
      quoteDomId(quote.id),
      "jump",
    );
    const same = bySpeaker ? stops.filter((q) => q.speakerId === quote.speakerId) : stops;
    const n = same.findIndex((q) => q.id === quote.id) + 1;
    const who = nameOf(quote) || "speaker not named";
    announce(bySpeaker ? `Quote ${n} of ${same.length} by ${who}` : `Quote ${n} of ${same.length}, ${who}`);
  };
  switch (action) {
    case "next-quote":
    case "previous-quote":
      moveTo(stepQuote(stops, order, here, action === "next-quote" ? 1 : -1), false);
      return;
    case "next-by-speaker":
    case "previous-by-speaker": {
      if (!current) {
        announce("Go to a quote first (j), then to the next by the same speaker");
        return;
      }
      const sameSpeaker = stops.filter((q) => q.speakerId === current.speakerId);
      moveTo(stepQuote(sameSpeaker, order, here, action === "next-by-speaker" ? 1 : -1), true);
      return;
    }
    case "next-claim":
    case "previous-claim": {
      if (claims.length === 0) {
        announce("No key claims to go to");
        return;
      }
      const step = action === "next-claim" ? 1 : -1;
      const next = Math.min(claims.length - 1, Math.max(0, memory.claimCursor + step));
      memory.claimCursor = next;
      const claim = claims[next] as Claim;
      context.followClaim(claim);
      announce(`Key claim ${next + 1} of ${claims.length}: ${claim.text}`);
      return;
    }
    case "toggle-speaker": {
      if (!current?.speakerId) {
        announce(current ? "This quote has no named speaker" : "Go to a quote first (j)");
        return;
      }
      const next = toggleSpeaker(filter, current.speakerId);
      context.setFilter(next);
      announce(
        next.speakers.includes(current.speakerId)
          ? `Showing quotes by ${nameOf(current)}`
          : `${nameOf(current)} taken out of the filter`,
      );
      return;
    }
    case "copy-link": {
      const subject =
        current &&
        linkSubject(article, { type: "quote", id: current.id }, context.urlFor, context.collection);
      if (!subject) {
        announce("Go to a quote first (j)");
        return;
      }
      copyText(subject.url).then((ok) => announce(ok ? "Link copied" : "This browser did not allow copying"));
      return;
    }
    case "help":
      context.openHelp();
      return;
  }
}
