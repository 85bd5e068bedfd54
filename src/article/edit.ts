/**
 * Corrections a reader makes after automatic extraction, as pure functions from a valid article to a
 * valid article: rename or merge speakers, give a quote to another speaker or to nobody, remove a
 * false quote, add or remove a key claim. The edited article stays in the public format, so it can be
 * downloaded and shared like any other.
 */
import { articleIndex } from "./article-index";
import type { Article, Claim, Speaker } from "./schema";

/** One correction. */
export type ArticleEdit =
  /** A new name (and role) for a speaker; the old name stays an alias, so mentions still match. */
  | { type: "rename-speaker"; speakerId: string; name: string; role?: string }
  /** Two entries that are one person: everything `from` said becomes `into`'s, and `from` goes. */
  | { type: "merge-speakers"; from: string; into: string }
  /** The quote is someone else's, or nobody's that the article names. */
  | { type: "reassign-quote"; quoteId: string; speakerId: string | null }
  /** Not a quote at all. */
  | { type: "remove-quote"; quoteId: string }
  /** A paragraph that carries a key claim (its text, or `text` when given). */
  | { type: "add-claim"; paragraphId: string; text?: string; speakerId?: string | null }
  | { type: "remove-claim"; claimId: string };

/** An edit that does not apply to this article (an id it does not have, an empty name). */
export class EditError extends Error {
  override name = "EditError";
}

const uniqueStrings = (values: readonly string[], except: string) => {
  const seen = new Set<string>([except]);
  return values.filter((v) => {
    const t = v.trim();
    if (!t || seen.has(t)) return false;
    seen.add(t);
    return true;
  });
};

/** A claim's text from a paragraph: its first sentence, shortened to something a list can show. */
function claimText(text: string): string {
  const sentence = /^.*?[.!?](?=\s|$)/su.exec(text.trim())?.[0] ?? text.trim();
  return sentence.length > 240 ? `${sentence.slice(0, 239).trimEnd()}…` : sentence;
}

/** The speakers with their colour slot written down (their position in the list, where not set). */
function withColours(speakers: readonly Speaker[]): Speaker[] {
  return speakers.map((s, i) => (s.colour === undefined ? { ...s, colour: i } : s));
}

/** Applies one edit; the article given is not changed. */
export function applyEdit(article: Article, edit: ArticleEdit): Article {
  const index = articleIndex(article);
  switch (edit.type) {
    case "rename-speaker": {
      const speaker = index.speakers.get(edit.speakerId);
      if (!speaker) throw new EditError(`There is no speaker “${edit.speakerId}”.`);
      const name = edit.name.trim().replace(/\s+/g, " ");
      if (!name) throw new EditError("A speaker needs a name.");
      const role = edit.role === undefined ? speaker.role : edit.role.trim() || undefined;
      const { role: _, ...rest } = speaker;
      const renamed = {
        ...rest,
        name,
        aliases: uniqueStrings([speaker.name, ...speaker.aliases], name),
        ...(role ? { role } : {}),
      };
      return { ...article, speakers: article.speakers.map((s) => (s.id === speaker.id ? renamed : s)) };
    }
    case "merge-speakers": {
      const from = index.speakers.get(edit.from);
      const into = index.speakers.get(edit.into);
      if (!from || !into) throw new EditError("Both speakers must be in the article.");
      if (from.id === into.id) throw new EditError("A speaker cannot be merged into themselves.");
      const merged = {
        ...into,
        aliases: uniqueStrings([...into.aliases, from.name, ...from.aliases], into.name),
        ...(into.role || from.role ? { role: into.role ?? from.role } : {}),
      };
      const move = (id: string | null) => (id === from.id ? into.id : id);
      return {
        ...article,
        // Everyone keeps the colour they had: a colour follows the speaker, not their place in the list.
        speakers: withColours(article.speakers)
          .filter((s) => s.id !== from.id)
          .map((s) => (s.id === into.id ? { ...merged, colour: s.colour } : s)),
        quotes: article.quotes.map((q) => (q.speakerId === from.id ? { ...q, speakerId: into.id } : q)),
        mentions: article.mentions.map((m) => (m.speakerId === from.id ? { ...m, speakerId: into.id } : m)),
        claims: article.claims.map((c) => ({ ...c, speakerId: move(c.speakerId) })),
      };
    }
    case "reassign-quote": {
      if (!index.quotes.has(edit.quoteId)) throw new EditError(`There is no quote “${edit.quoteId}”.`);
      if (edit.speakerId !== null && !index.speakers.has(edit.speakerId))
        throw new EditError(`There is no speaker “${edit.speakerId}”.`);
      return {
        ...article,
        quotes: article.quotes.map((q) => (q.id === edit.quoteId ? { ...q, speakerId: edit.speakerId } : q)),
      };
    }
    case "remove-quote": {
      if (!index.quotes.has(edit.quoteId)) throw new EditError(`There is no quote “${edit.quoteId}”.`);
      return {
        ...article,
        quotes: article.quotes.filter((q) => q.id !== edit.quoteId),
        claims: article.claims.map((c) => {
          if (!c.quoteIds?.includes(edit.quoteId)) return c;
          const quoteIds = c.quoteIds.filter((id) => id !== edit.quoteId);
          const { quoteIds: _, ...rest } = c;
          return quoteIds.length > 0 ? { ...rest, quoteIds } : rest;
        }),
      };
    }
    case "add-claim": {
      const paragraph = index.paragraphs.get(edit.paragraphId);
      if (!paragraph) throw new EditError(`There is no paragraph “${edit.paragraphId}”.`);
      const text = (edit.text ?? claimText(paragraph.text)).trim();
      if (!text) throw new EditError("A claim needs words.");
      // The paragraph's first quoted speaker, unless the edit says whose claim it is.
      const quoted = index.marksByParagraph.get(paragraph.id)?.find((m) => m.speakerId !== null);
      const speakerId = edit.speakerId === undefined ? (quoted?.speakerId ?? null) : edit.speakerId;
      if (speakerId !== null && !index.speakers.has(speakerId))
        throw new EditError(`There is no speaker “${speakerId}”.`);
      const taken = new Set(article.claims.map((c) => c.id));
      let n = article.claims.length + 1;
      while (taken.has(`c${n}`)) n++;
      const claim: Claim = { id: `c${n}`, text, speakerId, paragraphIds: [paragraph.id] };
      // In reading order among the others: before the first claim that comes later in the article.
      const order = (c: Claim) => index.paragraphOrder.get(c.paragraphIds[0] ?? "") ?? 0;
      const at = article.claims.findIndex((c) => order(c) > order(claim));
      const claims = [...article.claims];
      claims.splice(at < 0 ? claims.length : at, 0, claim);
      return { ...article, claims };
    }
    case "remove-claim": {
      if (!article.claims.some((c) => c.id === edit.claimId))
        throw new EditError(`There is no claim “${edit.claimId}”.`);
      return { ...article, claims: article.claims.filter((c) => c.id !== edit.claimId) };
    }
  }
}

/** What an edit did, in a sentence for a status message. */
export function describeEdit(article: Article, edit: ArticleEdit): string {
  const index = articleIndex(article);
  const name = (id: string | null) => (id === null ? "nobody" : (index.speakers.get(id)?.name ?? id));
  switch (edit.type) {
    case "rename-speaker":
      return `Renamed to ${edit.name.trim()}`;
    case "merge-speakers":
      return `${name(edit.from)} merged into ${name(edit.into)}`;
    case "reassign-quote":
      return edit.speakerId === null ? "Quote left unattributed" : `Quote given to ${name(edit.speakerId)}`;
    case "remove-quote":
      return "Quote removed";
    case "add-claim":
      return "Added to the key claims";
    case "remove-claim":
      return "Claim removed";
  }
}
