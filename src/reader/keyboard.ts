/**
 * Reading by keyboard: single-key shortcuts to move from quote to quote, from claim to claim, to
 * filter by the current speaker and to copy a quote's link. They act only while focus is in the
 * reader (never in a text field, a menu or a dialog), never with Ctrl, Alt or Cmd, and can be
 * switched off (WCAG 2.1.4, "Character Key Shortcuts").
 */
import { type Article, articleIndex, type Quote } from "../article";
import type { SpeakerFilter } from "./filter";

/** What a shortcut does. */
export type ShortcutAction =
  | "next-quote"
  | "previous-quote"
  | "next-by-speaker"
  | "previous-by-speaker"
  | "next-claim"
  | "previous-claim"
  | "toggle-speaker"
  | "copy-link"
  | "help";

/** The shortcuts, in the order the help lists them. */
export const SHORTCUTS: readonly { keys: string[]; action: ShortcutAction; does: string }[] = [
  { keys: ["j"], action: "next-quote", does: "Next quote" },
  { keys: ["k"], action: "previous-quote", does: "Previous quote" },
  { keys: ["J"], action: "next-by-speaker", does: "Next quote by the same speaker" },
  { keys: ["K"], action: "previous-by-speaker", does: "Previous quote by the same speaker" },
  { keys: ["c"], action: "next-claim", does: "Next key claim" },
  { keys: ["C"], action: "previous-claim", does: "Previous key claim" },
  { keys: ["f"], action: "toggle-speaker", does: "Filter by this quote’s speaker, or stop" },
  { keys: ["l"], action: "copy-link", does: "Copy this quote’s link" },
  { keys: ["?"], action: "help", does: "Show these shortcuts" },
];

const BY_KEY = new Map(SHORTCUTS.flatMap((s) => s.keys.map((k) => [k, s.action] as const)));

/** Where typing means text, not commands. */
const TYPING = "input, textarea, select, [contenteditable]:not([contenteditable='false']), [role='dialog']";

/** The action a key press asks for, or null when it is not a shortcut here. */
export function shortcutFor(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
  target: EventTarget | null;
}): ShortcutAction | null {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return null;
  const target = event.target as Element | null;
  if (target && typeof target.closest === "function" && target.closest(TYPING)) return null;
  return BY_KEY.get(event.key) ?? null;
}

/** The quotes a reader steps through: all of them in reading order, or the chosen speakers' only. */
export function quoteStops(article: Article, filter: SpeakerFilter): Quote[] {
  const all = articleIndex(article).quotesInOrder;
  if (filter.speakers.length === 0) return all;
  const chosen = new Set(filter.speakers);
  return all.filter((q) => q.speakerId !== null && chosen.has(q.speakerId));
}

/**
 * Where the reader is, as a position in reading order (`order`, all quotes): on a quote, its place;
 * in a paragraph with no quote focused, just before the paragraph's first quote (or the next
 * paragraph's), so "next" starts there; nowhere, null.
 */
export function readingPosition(
  order: readonly Quote[],
  at: { quoteId: string } | { paragraphIndex: number; paragraphIndexOf: (quote: Quote) => number } | null,
): number | null {
  if (!at) return null;
  if ("quoteId" in at) {
    const i = order.findIndex((q) => q.id === at.quoteId);
    return i < 0 ? null : i;
  }
  const first = order.findIndex((q) => at.paragraphIndexOf(q) >= at.paragraphIndex);
  return (first < 0 ? order.length : first) - 0.5;
}

/**
 * The next quote among `candidates` (or previous, `step` -1) after position `here` in `order`; from
 * nowhere, the first (or last). Null at either end: it does not wrap round.
 */
export function stepQuote(
  candidates: readonly Quote[],
  order: readonly Quote[],
  here: number | null,
  step: 1 | -1,
): Quote | null {
  if (candidates.length === 0) return null;
  if (here === null) return (step === 1 ? candidates[0] : candidates[candidates.length - 1]) ?? null;
  const position = new Map(order.map((q, i) => [q.id, i]));
  const ahead = candidates.filter((q) => ((position.get(q.id) ?? 0) - here) * step > 0);
  return (step === 1 ? ahead[0] : ahead[ahead.length - 1]) ?? null;
}
