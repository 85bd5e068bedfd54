import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ArticleProblem, checkIntegrity } from "./integrity";
import type { Article } from "./schema";

const BUNDLED = readFileSync(
  new URL("../../tests/fixtures/articles/seed-annotated.json", import.meta.url),
  "utf8",
);

function bundled(): Article {
  return JSON.parse(BUNDLED) as Article;
}

function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`nothing at index ${index}`);
  return item;
}

function byId<T extends { id: string }>(list: readonly T[], id: string): T {
  const item = list.find((x) => x.id === id);
  if (!item) throw new Error(`no item with id ${id}`);
  return item;
}

function problemAt(problems: readonly ArticleProblem[], path: string): ArticleProblem {
  const problem = problems.find((p) => p.path === path);
  if (!problem) throw new Error(`no problem at ${path}; got ${JSON.stringify(problems)}`);
  return problem;
}

describe("checkIntegrity: the bundled article", () => {
  it("has no errors and no warnings, and comes back with every item", () => {
    const input = bundled();
    const result = checkIntegrity(input);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.article).toEqual(input);
  });

  it("returns a new article object rather than the input", () => {
    const input = bundled();
    const { article } = checkIntegrity(input);
    expect(article).not.toBe(input);
    expect(article.quotes).not.toBe(input.quotes);
    expect(article.claims).not.toBe(input.claims);
  });
});

describe("checkIntegrity: paragraphs (fatal)", () => {
  it("reports each repeated paragraph id as an error naming the first use", () => {
    const input = bundled();
    at(input.paragraphs, 6).id = "p2";
    at(input.paragraphs, 9).id = "p2";
    const { errors } = checkIntegrity(input);
    expect(errors).toEqual([
      { path: "paragraphs[6].id", message: 'duplicate id "p2" (also paragraphs[4])' },
      { path: "paragraphs[9].id", message: 'duplicate id "p2" (also paragraphs[4])' },
    ]);
  });

  it("reports a second standfirst as an error at its role", () => {
    const input = bundled();
    at(input.paragraphs, 10).role = "standfirst";
    expect(checkIntegrity(input).errors).toEqual([
      { path: "paragraphs[10].role", message: "more than one standfirst paragraph" },
    ]);
  });

  it("allows several captions and headings", () => {
    const input = bundled();
    at(input.paragraphs, 10).role = "caption";
    at(input.paragraphs, 11).role = "heading";
    at(input.paragraphs, 12).role = "heading";
    expect(checkIntegrity(input).errors).toEqual([]);
  });
});

describe("checkIntegrity: speakers", () => {
  it("drops the later of two speakers with the same id", () => {
    const input = bundled();
    input.speakers.push({ id: "zarif", name: "Someone Else", aliases: [], kind: "person" });
    const { article, warnings, errors } = checkIntegrity(input);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      { path: "speakers[5].id", message: 'duplicate id "zarif" (also speakers[1]): speaker dropped' },
    ]);
    expect(article.speakers).toHaveLength(5);
    expect(byId(article.speakers, "zarif").name).toBe("Mohammad Javad Zarif");
    // Quotes by that speaker still resolve to the surviving speaker.
    expect(byId(article.quotes, "q13").speakerId).toBe("zarif");
  });

  it("detaches quotes and claims from a speaker that is not listed", () => {
    const input = bundled();
    input.speakers = input.speakers.filter((s) => s.id !== "pompeo");
    const { article, warnings } = checkIntegrity(input);
    expect(byId(article.quotes, "q10").speakerId).toBeNull();
    expect(byId(article.claims, "c5").speakerId).toBeNull();
    expect(problemAt(warnings, "quotes[9].speakerId").message).toContain('quote "q10"');
    expect(problemAt(warnings, "claims[4].speakerId").message).toContain('claim "c5"');
    // Pompeo's mentions are dropped: a mention names a speaker, and there is none.
    expect(article.mentions.some((m) => m.speakerId === "pompeo")).toBe(false);
    const mentionWarnings = warnings.filter((w) => w.path.startsWith("mentions["));
    expect(mentionWarnings.length).toBe(input.mentions.filter((m) => m.speakerId === "pompeo").length);
    expect(mentionWarnings.length).toBeGreaterThan(0);
    for (const w of mentionWarnings) expect(w.path.endsWith(".speakerId")).toBe(true);
  });
});

describe("checkIntegrity: quotes", () => {
  it("reports only the first broken span of a quote", () => {
    const input = bundled();
    const quote = byId(input.quotes, "q14");
    at(quote.spans, 0).end = 5000;
    at(quote.spans, 1).paragraphId = "nowhere";
    const { warnings } = checkIntegrity(input);
    expect(warnings.filter((w) => w.path.startsWith("quotes[13]")).map((w) => w.path)).toEqual([
      "quotes[13].spans[0].end",
    ]);
  });

  it("reports a span with an unknown paragraph at its paragraphId", () => {
    const input = bundled();
    at(at(input.quotes, 2).spans, 0).paragraphId = "p99";
    const { warnings, article } = checkIntegrity(input);
    expect(problemAt(warnings, "quotes[2].spans[0].paragraphId").message).toBe(
      'no paragraph has the id "p99": quote "q3" not shown',
    );
    expect(article.quotes.some((q) => q.id === "q3")).toBe(false);
  });

  it("checks the end against the paragraph's length in UTF-16 code units", () => {
    const input = bundled();
    // p2 is 149 code units long.
    expect(byId(input.paragraphs, "p2").text.length).toBe(149);
    at(at(input.quotes, 2).spans, 0).end = 149;
    expect(checkIntegrity(input).warnings).toEqual([]);
    at(at(input.quotes, 2).spans, 0).end = 150;
    expect(checkIntegrity(input).warnings.map((w) => w.path)).toEqual(["quotes[2].spans[0].end"]);
  });

  it("does not copy quotes it keeps unchanged, and copies the ones it repairs", () => {
    const input = bundled();
    at(input.quotes, 0).speakerId = "nobody";
    const { article } = checkIntegrity(input);
    expect(at(article.quotes, 1)).toBe(at(input.quotes, 1));
    expect(at(article.quotes, 0)).not.toBe(at(input.quotes, 0));
    expect(at(input.quotes, 0).speakerId).toBe("nobody");
  });
});

describe("checkIntegrity: mentions", () => {
  it("drops a mention beyond its paragraph, in an unknown paragraph, or splitting a character", () => {
    const input = bundled();
    input.paragraphs.push({ id: "emoji", role: "body", text: "Zarif 😀" });
    const count = input.mentions.length;
    input.mentions.push(
      { speakerId: "zarif", paragraphId: "p1", start: 0, end: 1000 },
      { speakerId: "zarif", paragraphId: "ghost", start: 0, end: 1 },
      { speakerId: "zarif", paragraphId: "emoji", start: 0, end: 7 },
      { speakerId: "zarif", paragraphId: "emoji", start: 0, end: 5 },
    );
    const { article, warnings } = checkIntegrity(input);
    expect(warnings.map((w) => w.path)).toEqual([
      `mentions[${count}].end`,
      `mentions[${count + 1}].paragraphId`,
      `mentions[${count + 2}].end`,
    ]);
    for (const w of warnings) expect(w.message.endsWith(": mention dropped")).toBe(true);
    expect(article.mentions).toHaveLength(count + 1);
    expect(article.mentions.at(-1)).toEqual({ speakerId: "zarif", paragraphId: "emoji", start: 0, end: 5 });
  });
});

describe("checkIntegrity: claims", () => {
  it("drops the later of two claims with the same id", () => {
    const input = bundled();
    at(input.claims, 3).id = "c1";
    const { article, warnings } = checkIntegrity(input);
    expect(warnings).toEqual([
      { path: "claims[3].id", message: 'duplicate id "c1" (also claims[0]): claim dropped' },
    ]);
    expect(article.claims.map((c) => c.id)).toEqual(["c1", "c2", "c3", "c5", "c6", "c7", "c8", "c9"]);
  });

  it("reports the first unknown paragraph of a claim", () => {
    const input = bundled();
    at(input.claims, 8).paragraphIds = ["p16", "x", "y"];
    const { warnings, article } = checkIntegrity(input);
    expect(warnings).toEqual([
      { path: "claims[8].paragraphIds[1]", message: 'no paragraph has the id "x": claim "c9" dropped' },
    ]);
    expect(article.claims.some((c) => c.id === "c9")).toBe(false);
  });

  it("keeps the order of the quote ids that remain", () => {
    const input = bundled();
    at(input.claims, 7).quoteIds = ["q14", "nope", "q13"];
    const { article } = checkIntegrity(input);
    expect(byId(article.claims, "c8").quoteIds).toEqual(["q14", "q13"]);
  });
});
