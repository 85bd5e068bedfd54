import { describe, expect, it } from "vitest";
import seed from "../../tests/fixtures/articles/seed-annotated.json";
import { type Article, articleIndex } from "../article";
import { quoteStops, readingPosition, SHORTCUTS, shortcutFor, stepQuote } from "./keyboard";

const article = seed as Article;
const order = articleIndex(article).quotesInOrder;
const key = (k: string, extra: Partial<Parameters<typeof shortcutFor>[0]> = {}) =>
  shortcutFor({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    defaultPrevented: false,
    target: null,
    ...extra,
  });

describe("shortcutFor", () => {
  it("maps each listed key to its action", () => {
    for (const s of SHORTCUTS) for (const k of s.keys) expect(key(k)).toBe(s.action);
    expect(key("x")).toBeNull();
    expect(key("Enter")).toBeNull();
  });

  it("leaves keys with Ctrl, Alt or Cmd, and keys already handled, to the browser", () => {
    expect(key("j", { ctrlKey: true })).toBeNull();
    expect(key("j", { metaKey: true })).toBeNull();
    expect(key("j", { altKey: true })).toBeNull();
    expect(key("j", { defaultPrevented: true })).toBeNull();
  });

  it("never fires while typing or inside a dialog", () => {
    const inside = (selector: string) =>
      ({ closest: (s: string) => (s.includes(selector) ? {} : null) }) as unknown as EventTarget;
    for (const where of ["input", "textarea", "select", "[contenteditable", "[role='dialog']"])
      expect(key("j", { target: inside(where) })).toBeNull();
  });
});

describe("stepping through quotes", () => {
  it("goes forward and back in reading order, and stops at the ends", () => {
    const first = order[0];
    expect(stepQuote(order, order, null, 1)).toBe(first);
    expect(stepQuote(order, order, null, -1)).toBe(order.at(-1));
    expect(stepQuote(order, order, 0, 1)).toBe(order[1]);
    expect(stepQuote(order, order, 1, -1)).toBe(first);
    expect(stepQuote(order, order, order.length - 1, 1)).toBeNull();
    expect(stepQuote(order, order, 0, -1)).toBeNull();
  });

  it("steps through the chosen speakers' quotes only while filtering", () => {
    const stops = quoteStops(article, { speakers: ["zarif"], only: false });
    expect(stops.every((q) => q.speakerId === "zarif")).toBe(true);
    expect(stops).toHaveLength(article.quotes.filter((q) => q.speakerId === "zarif").length);
    expect(quoteStops(article, { speakers: [], only: false })).toBe(order);
    const firstZarif = stops[0];
    const position = order.findIndex((q) => q.id === firstZarif?.id);
    expect(stepQuote(stops, order, position, 1)).toBe(stops[1]);
  });

  it("starts from a focused paragraph: next is its first quote, previous the one before it", () => {
    const paragraphIndexOf = (q: (typeof order)[number]) =>
      articleIndex(article).paragraphOrder.get(q.spans[0]?.paragraphId ?? "") ?? 0;
    const p = paragraphIndexOf(order[5] as (typeof order)[number]);
    const here = readingPosition(order, { paragraphIndex: p, paragraphIndexOf });
    const next = stepQuote(order, order, here, 1);
    expect(next && paragraphIndexOf(next)).toBe(p);
    const previous = stepQuote(order, order, here, -1);
    expect(previous && paragraphIndexOf(previous)).toBeLessThan(p);
    expect(readingPosition(order, { quoteId: "nope" })).toBeNull();
  });
});
