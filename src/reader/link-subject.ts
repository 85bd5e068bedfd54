import {
  type Article,
  articleIndex,
  type Collection,
  formatLinkState,
  type LinkTarget,
  paragraphPath,
  paragraphSelector,
  quotePath,
  quoteSelector,
  quoteText,
} from "../article";
import { bodyParagraphs } from "./filter";
import type { LinkSubject } from "./LinkActions";

/** What the link panel says and shares for a quote or a paragraph. */
export function linkSubject(
  article: Article,
  open: LinkTarget,
  urlFor: (path: string) => string,
  collection: Collection = "bundled",
): LinkSubject | null {
  const index = articleIndex(article);
  // An imported article lives in this browser only; its links say so.
  const note =
    collection === "local"
      ? "This article is kept in this browser only, so its links open here and not on other devices. To share it, download its JSON from the library."
      : undefined;
  if (open.type === "quote") {
    const quote = index.quotes.get(open.id);
    if (!quote) return null;
    const speaker = quote.speakerId ? index.speakers.get(quote.speakerId) : undefined;
    const words = quote.kind === "indirect" ? "Reported speech" : "Quote";
    const text = quoteText(article, quote);
    return {
      title: speaker ? `${words} by ${speaker.name}` : `${words}, speaker not named`,
      detail: speaker?.role,
      shareText: `${quote.kind === "indirect" ? text : `“${text}”`}${speaker ? ` (${speaker.name})` : ""}`,
      url: urlFor(
        quotePath(article.id, quote.id, collection) +
          formatLinkState({ selector: quoteSelector(article, quote) }),
      ),
      ...(note ? { note } : {}),
    };
  }
  const paragraph = index.paragraphs.get(open.id);
  if (!paragraph) return null;
  // Numbered as print and the key claims number it ("¶ 4"): among the body's paragraphs.
  const number = bodyParagraphs(article).findIndex((p) => p.id === paragraph.id) + 1;
  return {
    title: number > 0 ? `Paragraph ${number}` : "Paragraph",
    detail: article.title,
    shareText: paragraph.text.length > 200 ? `${paragraph.text.slice(0, 199)}…` : paragraph.text,
    url: urlFor(
      paragraphPath(article.id, paragraph.id, collection) +
        formatLinkState({ selector: paragraphSelector(paragraph) }),
    ),
    ...(note ? { note } : {}),
  };
}
