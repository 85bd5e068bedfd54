/** Where a link or a claim takes the reader, resolved against the article (pure). */
import {
  type Article,
  articleIndex,
  type LinkTarget,
  resolveParagraphAnchor,
  resolveQuoteAnchor,
  type TextSelector,
} from "../article";
import { paragraphDomId, quoteDomId } from "./focus";

/** A link target resolved to DOM ids, with a notice when it did not resolve as asked. */
export interface ResolvedTarget {
  /** Element to scroll to and focus, or null when nothing was found. */
  focusId: string | null;
  /** Paragraphs that must be visible (even when the filter hides them). */
  paragraphIds: string[];
  /** What to tell the reader, when the link did not lead exactly where it said. */
  notice: string | null;
}

/** Resolves a route's target (quote or paragraph) using its id and its text selector. */
export function resolveTarget(
  article: Article,
  target: LinkTarget,
  selector: TextSelector | null,
): ResolvedTarget {
  const index = articleIndex(article);
  if (target.type === "quote") {
    const anchor = resolveQuoteAnchor(article, target.id, selector);
    if (anchor.status === "found" || anchor.status === "moved") {
      const quote = index.quotes.get(anchor.quoteId);
      return {
        focusId: quoteDomId(anchor.quoteId),
        paragraphIds: quote ? quote.spans.map((s) => s.paragraphId) : [],
        notice: null,
      };
    }
    if (anchor.status === "text")
      return {
        focusId: paragraphDomId(anchor.paragraphId),
        paragraphIds: [anchor.paragraphId],
        notice:
          "The words this link points to are no longer marked as a quote. The paragraph that holds them is highlighted.",
      };
    return {
      focusId: null,
      paragraphIds: [],
      notice:
        "The quote this link points to is not in this version of the article. Here is the whole article.",
    };
  }
  const anchor = resolveParagraphAnchor(article, target.id, selector);
  if (anchor.status === "missing")
    return {
      focusId: null,
      paragraphIds: [],
      notice:
        "The paragraph this link points to is not in this version of the article. Here is the whole article.",
    };
  return { focusId: paragraphDomId(anchor.paragraphId), paragraphIds: [anchor.paragraphId], notice: null };
}
