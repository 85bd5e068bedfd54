import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { articleIndex, quoteText, readingMinutes } from "./article-index";
import type { QuoteRun, Run } from "./runs";
import type { Article, Paragraph, Quote } from "./schema";

const BUNDLED = readFileSync(
  new URL("../../tests/fixtures/articles/seed-annotated.json", import.meta.url),
  "utf8",
);

function bundled(): Article {
  return JSON.parse(BUNDLED) as Article;
}

function byId<T extends { id: string }>(list: readonly T[], id: string): T {
  const item = list.find((x) => x.id === id);
  if (!item) throw new Error(`no item with id ${id}`);
  return item;
}

function makeArticle(paragraphs: Paragraph[], quotes: Quote[] = []): Article {
  return {
    version: 1,
    id: "test",
    title: "Test",
    standfirst: "",
    source: {},
    credits: [],
    paragraphs,
    speakers: [],
    quotes,
    mentions: [],
    claims: [],
  };
}

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");

function flatten(runs: readonly Run[]): string {
  return runs.map((r) => (r.type === "text" ? r.text : flatten(r.children))).join("");
}

describe("articleIndex: lookups", () => {
  const article = bundled();
  const index = articleIndex(article);

  it("finds paragraphs, speakers and quotes by id", () => {
    expect(index.paragraphs.get("p3")).toBe(byId(article.paragraphs, "p3"));
    expect(index.speakers.get("zarif")?.name).toBe("Mohammad Javad Zarif");
    expect(index.quotes.get("q14")?.spans).toHaveLength(2);
    expect(index.paragraphs.size).toBe(20);
    expect(index.speakers.size).toBe(5);
    expect(index.quotes.size).toBe(18);
  });

  it("numbers paragraphs in reading order", () => {
    expect(index.paragraphOrder.get("title")).toBe(0);
    expect(index.paragraphOrder.get("p1")).toBe(3);
    expect(index.paragraphOrder.get("p17")).toBe(19);
  });

  it("counts every quote per speaker, reported speech included", () => {
    expect(Object.fromEntries(index.quoteCounts)).toEqual({
      khamenei: 7,
      zarif: 8,
      trump: 1,
      pompeo: 1,
      rouhani: 1,
    });
    const sum = [...index.quoteCounts.values()].reduce((a, b) => a + b, 0);
    expect(sum).toBe(article.quotes.length);
  });

  it("lists the speakers quoted in each paragraph, including later spans of a quote", () => {
    expect(index.speakersByParagraph.get("standfirst")).toEqual(new Set(["zarif"]));
    expect(index.speakersByParagraph.get("p3")).toEqual(new Set(["khamenei"]));
    expect(index.speakersByParagraph.get("p13")).toEqual(new Set(["zarif"]));
    expect(index.speakersByParagraph.has("p9")).toBe(false);
    expect(index.speakersByParagraph.has("title")).toBe(false);
  });

  it("lists the claims citing each paragraph, in claim order", () => {
    const ids = (pid: string) => index.claimsByParagraph.get(pid)?.map((c) => c.id);
    expect(ids("p1")).toEqual(["c1"]);
    expect(ids("p2")).toEqual(["c1"]);
    expect(ids("p9")).toEqual(["c7"]);
    expect(ids("p17")).toEqual(["c9"]);
    expect(ids("p5")).toBeUndefined();
  });

  it("highlights the quotation marks around direct quotes, and marks only the first span as lead", () => {
    expect(index.marksByParagraph.get("p2")).toEqual([
      { quoteId: "q3", speakerId: "khamenei", kind: "direct", start: 0, end: 124, lead: true },
    ]);
    expect(index.marksByParagraph.get("p12")).toEqual([
      { quoteId: "q14", speakerId: "zarif", kind: "direct", start: 0, end: 168, lead: true },
    ]);
    expect(index.marksByParagraph.get("p13")?.map((m) => [m.quoteId, m.lead])).toEqual([["q14", false]]);
    expect(index.marksByParagraph.get("p3")?.map((m) => [m.quoteId, m.start, m.end])).toEqual([
      ["q4", 0, 256],
      ["q5", 204, 255],
    ]);
  });
});

describe("articleIndex: quotesInOrder", () => {
  it("keeps the bundled quotes in their reading order", () => {
    const article = bundled();
    expect(articleIndex(article).quotesInOrder.map((q) => q.id)).toEqual(article.quotes.map((q) => q.id));
  });

  it("sorts quotes by paragraph, then by offset, whatever their order in the file", () => {
    const article = bundled();
    const expected = article.quotes.map((q) => q.id);
    const shuffled = { ...article, quotes: [...article.quotes].reverse() };
    expect(articleIndex(shuffled).quotesInOrder.map((q) => q.id)).toEqual(expected);
  });

  it("orders by paragraph position, not by paragraph id", () => {
    const article = makeArticle(
      [
        { id: "z", role: "body", text: "First paragraph here." },
        { id: "a", role: "body", text: "Second paragraph here." },
      ],
      [
        { id: "late", speakerId: null, kind: "indirect", spans: [{ paragraphId: "a", start: 0, end: 6 }] },
        { id: "end", speakerId: null, kind: "indirect", spans: [{ paragraphId: "z", start: 6, end: 15 }] },
        { id: "early", speakerId: null, kind: "indirect", spans: [{ paragraphId: "z", start: 0, end: 5 }] },
      ],
    );
    expect(articleIndex(article).quotesInOrder.map((q) => q.id)).toEqual(["early", "end", "late"]);
    // The article's own list is left as it was.
    expect(article.quotes.map((q) => q.id)).toEqual(["late", "end", "early"]);
  });
});

describe("articleIndex: runs and caching", () => {
  it("returns the same index for the same article object, and a new one for a copy", () => {
    const article = bundled();
    const index = articleIndex(article);
    expect(articleIndex(article)).toBe(index);
    expect(articleIndex({ ...article })).not.toBe(index);
  });

  it("computes a paragraph's runs once and reproduces its text", () => {
    const article = bundled();
    const index = articleIndex(article);
    const runs = index.runs("p3");
    expect(index.runs("p3")).toBe(runs);
    for (const p of article.paragraphs) expect(flatten(index.runs(p.id))).toBe(p.text);
  });

  it("nests q5 inside q4 in p3", () => {
    const runs = articleIndex(bundled()).runs("p3");
    const outer = runs.find((r): r is QuoteRun => r.type === "quote");
    expect(outer?.mark.quoteId).toBe("q4");
    const inner = outer?.children.find((r): r is QuoteRun => r.type === "quote");
    expect(inner?.mark.quoteId).toBe("q5");
  });

  it("gives no runs for an unknown paragraph", () => {
    expect(articleIndex(bundled()).runs("nope")).toEqual([]);
  });
});

describe("quoteText", () => {
  const article = bundled();

  it("is the span's text, without quotation marks", () => {
    expect(quoteText(article, byId(article.quotes, "q1"))).toBe("serious about talks");
    expect(quoteText(article, byId(article.quotes, "q5"))).toBe(
      "so that US’ pressures and uproars won’t affect us",
    );
  });

  it("joins the spans of a quote over several paragraphs with a space", () => {
    const q14 = byId(article.quotes, "q14");
    const text = quoteText(article, q14);
    const p12 = byId(article.paragraphs, "p12").text;
    const p13 = byId(article.paragraphs, "p13").text;
    expect(text).toBe(`${p12.slice(1, 168)} ${p13.slice(1, 239)}`);
    expect(text.startsWith("If he is serious about talks")).toBe(true);
    expect(text.endsWith("accountable for policies in the region,")).toBe(true);
  });
});

describe("readingMinutes", () => {
  const body = (text: string): Paragraph => ({ id: `b${text.length}`, role: "body", text });

  it("is two minutes for the bundled article (484 body words)", () => {
    expect(readingMinutes(bundled())).toBe(2);
  });

  it("is at least one minute, even for an empty article", () => {
    expect(readingMinutes(makeArticle([body("")]))).toBe(1);
    expect(readingMinutes(makeArticle([body("Short.")]))).toBe(1);
  });

  it("rounds words / 230 to the nearest minute", () => {
    expect(readingMinutes(makeArticle([body(words(344))]))).toBe(1);
    expect(readingMinutes(makeArticle([body(words(345))]))).toBe(2);
    expect(readingMinutes(makeArticle([body(words(690))]))).toBe(3);
  });

  it("counts body and heading text only", () => {
    const frame: Paragraph[] = [
      { id: "t", role: "title", text: words(1000) },
      { id: "s", role: "standfirst", text: words(1000) },
      { id: "c", role: "caption", text: words(1000) },
    ];
    expect(readingMinutes(makeArticle(frame))).toBe(1);
    expect(
      readingMinutes(
        makeArticle([...frame, { id: "h", role: "heading", text: words(400) }, body(words(400))]),
      ),
    ).toBe(3);
  });

  it("counts contractions and possessives as one word, hyphenated words as several", () => {
    // 345 words a minute would be 1.5 minutes: rounding up shows whether the counting is right.
    const contraction = `${words(344)} don’t`;
    expect(readingMinutes(makeArticle([body(contraction)]))).toBe(2);
    const possessive = `${words(343)} Iran's`;
    expect(readingMinutes(makeArticle([body(possessive)]))).toBe(1);
    const hyphenated = `${words(343)} toe-to`;
    expect(readingMinutes(makeArticle([body(hyphenated)]))).toBe(2);
    const punctuationOnly = `${words(344)} – … “ ”`;
    expect(readingMinutes(makeArticle([body(punctuationOnly)]))).toBe(1);
  });
});
