/**
 * The link format, a public interface like the article JSON: people paste these URLs into chats and
 * documents, so old links must keep working.
 *
 *   /a/<articleId>                       an article (`/` is the default article)
 *   /a/<articleId>/q/<quoteId>?text=…    a quote, with a text selector (see anchor.ts)
 *   /a/<articleId>/p/<paragraphId>?text=… a paragraph
 *   /mine/<articleId>…                   the same for an article the reader imported (kept in their
 *                                        browser, so these open on that device only)
 *   ?speaker=<id>,<id>                   the speaker filter; `&view=only` hides other paragraphs
 *
 * Paths here are relative to where the app is served; the app adds and strips its base path, and
 * has pages of its own besides (src/app/routes.ts).
 */

import { ID_PATTERN } from "./ids";
import { formatSelector, parseSelector, type TextSelector } from "./selector";

/** What a link points into. */
export interface LinkTarget {
  type: "quote" | "paragraph";
  id: string;
}

/** Where an article lives: shipped with the app (`/a/…`), or imported into this browser (`/mine/…`). */
export type Collection = "bundled" | "local";

/** An article link, parsed: `articleId` null means the default article (`/`). */
export interface ArticleLink {
  collection: Collection;
  articleId: string | null;
  target: LinkTarget | null;
}

const COLLECTION_PREFIX: Record<Collection, string> = { bundled: "a", local: "mine" };

const TARGET_TYPES: Record<string, LinkTarget["type"]> = { q: "quote", p: "paragraph" };

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * Reads an app-relative path as an article link (`/`, `/a/seed`, `/a/seed/q/q3`, `/mine/…`), or null
 * when it is none: unknown shapes, malformed ids and malformed percent-encoding alike.
 */
export function parseArticleLink(path: string): ArticleLink | null {
  const raw = path.split("/").filter((s) => s !== "");
  if (raw.length === 0) return { collection: "bundled", articleId: null, target: null };
  const segments = raw.map(decodeSegment);
  const [a, articleId, kind, targetId] = segments;
  const collection: Collection | null = a === "a" ? "bundled" : a === "mine" ? "local" : null;
  if (!collection || !articleId || !ID_PATTERN.test(articleId)) return null;
  if (segments.length === 2) return { collection, articleId, target: null };
  const type = kind ? TARGET_TYPES[kind] : undefined;
  if (segments.length !== 4 || !type || targetId === null || targetId === undefined) return null;
  // A well-formed link with an id that cannot exist still opens the article, with a notice: the
  // reader decides, because only it knows which ids the article has.
  return { collection, articleId, target: { type, id: targetId } };
}

/** `/a/<id>`, or `/mine/<id>` for an imported article. */
export const articlePath = (articleId: string, collection: Collection = "bundled") =>
  `/${COLLECTION_PREFIX[collection]}/${encodeURIComponent(articleId)}`;

/** `/a/<id>/q/<quoteId>`. */
export const quotePath = (articleId: string, quoteId: string, collection: Collection = "bundled") =>
  `${articlePath(articleId, collection)}/q/${encodeURIComponent(quoteId)}`;

/** `/a/<id>/p/<paragraphId>`. */
export const paragraphPath = (articleId: string, paragraphId: string, collection: Collection = "bundled") =>
  `${articlePath(articleId, collection)}/p/${encodeURIComponent(paragraphId)}`;

/** The view state a link carries in its query string. */
export interface LinkState {
  /** Speakers chosen in the filter, in the order given. */
  speakers: string[];
  /** "Show only" mode: paragraphs without the chosen speakers collapse. */
  only: boolean;
  /** The text the target should hold (for quote and paragraph links). */
  selector: TextSelector | null;
}

/** A parsed query string and what could not be read in it. */
export interface ParsedLinkState extends LinkState {
  /** Parts of the query that were ignored, for a notice ("speaker "%%" is not a speaker id"). */
  problems: string[];
}

/** Longest query value accepted; anything longer is a mangled or hostile link. */
const MAX_PARAM = 2000;

/** The raw (still percent-encoded) value of a query parameter; the selector needs its own decoding. */
function rawParam(search: string, name: string): string | null {
  for (const pair of search.replace(/^\?/, "").split("&")) {
    const eq = pair.indexOf("=");
    const key = eq < 0 ? pair : pair.slice(0, eq);
    if (key === name) return eq < 0 ? "" : pair.slice(eq + 1);
  }
  return null;
}

/** Reads `?speaker=…&view=only&text=…`, keeping what is valid and reporting the rest. */
export function parseLinkState(search: string): ParsedLinkState {
  const problems: string[] = [];
  const speakers: string[] = [];
  const rawSpeakers = rawParam(search, "speaker");
  if (rawSpeakers !== null) {
    const value = rawSpeakers.length > MAX_PARAM ? null : decodeSegment(rawSpeakers.replace(/\+/g, " "));
    if (value === null) problems.push("The speaker filter in this link is malformed, so it was ignored.");
    else
      for (const id of value.split(",").map((s) => s.trim())) {
        if (!id) continue;
        if (!ID_PATTERN.test(id))
          problems.push(`“${id.slice(0, 40)}” is not a speaker id, so it was ignored.`);
        else if (!speakers.includes(id)) speakers.push(id);
      }
  }
  const only = rawParam(search, "view") === "only";
  const rawText = rawParam(search, "text");
  let selector: TextSelector | null = null;
  if (rawText !== null) {
    selector = rawText.length > MAX_PARAM ? null : parseSelector(rawText);
    if (!selector) problems.push("The quoted text in this link is malformed, so it was ignored.");
  }
  return { speakers, only, selector, problems };
}

/** The query string for a link state (`""` when there is nothing to carry). */
export function formatLinkState(state: Partial<LinkState>): string {
  const parts: string[] = [];
  if (state.speakers && state.speakers.length > 0)
    parts.push(`speaker=${state.speakers.map(encodeURIComponent).join(",")}`);
  if (state.only && state.speakers && state.speakers.length > 0) parts.push("view=only");
  if (state.selector) parts.push(`text=${formatSelector(state.selector)}`);
  return parts.length > 0 ? `?${parts.join("&")}` : "";
}
