import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ArticleProblem } from "./integrity";
import {
  type ArticleParseResult,
  describeProblems,
  formatPath,
  type ParsedArticle,
  parseArticle,
  type RejectedArticle,
} from "./parse";
import type { Article } from "./schema";

const BUNDLED = readFileSync(
  new URL("../../tests/fixtures/articles/seed-annotated.json", import.meta.url),
  "utf8",
);

/** A fresh, deep copy of the bundled article, free to mutate. */
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

/** Sets a field to a value its type does not allow (what hand-edited JSON can hold). */
function setRaw(target: object, key: string, value: unknown) {
  (target as Record<string, unknown>)[key] = value;
}

function removeRaw(target: object, key: string) {
  delete (target as Record<string, unknown>)[key];
}

function expectOk(result: ArticleParseResult): ParsedArticle {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.problems)}`);
  return result;
}

function expectRejected(result: ArticleParseResult): RejectedArticle {
  if (result.ok) throw new Error("expected the article to be rejected");
  return result;
}

function warningAt(warnings: readonly ArticleProblem[], path: string): ArticleProblem {
  const warning = warnings.find((w) => w.path === path);
  if (!warning) throw new Error(`no warning at ${path}; got ${JSON.stringify(warnings)}`);
  return warning;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** A small article around one paragraph, for offset tests. */
function oneParagraph(text: string, spans: { start: number; end: number }[]): Article {
  return {
    version: 1,
    id: "tiny",
    title: "Tiny",
    standfirst: "",
    source: {},
    credits: [],
    paragraphs: [{ id: "p1", role: "body", text }],
    speakers: [{ id: "ann", name: "Ann Example", aliases: [], kind: "person" }],
    quotes: spans.map((s, i) => ({
      id: `q${i + 1}`,
      speakerId: "ann",
      kind: "direct",
      spans: [{ paragraphId: "p1", ...s }],
    })),
    mentions: [],
    claims: [],
  };
}

describe("formatPath", () => {
  it("writes keys with dots and indexes in brackets", () => {
    expect(formatPath(["quotes", 3, "spans", 0, "end"])).toBe("quotes[3].spans[0].end");
    expect(formatPath(["title"])).toBe("title");
    expect(formatPath(["source", "url"])).toBe("source.url");
  });

  it("handles consecutive indexes and a leading index", () => {
    expect(formatPath(["a", 0, 1, "b"])).toBe("a[0][1].b");
    expect(formatPath([2, "id"])).toBe("[2].id");
  });

  it("names the whole document for an empty path", () => {
    expect(formatPath([])).toBe("(the document)");
  });
});

describe("describeProblems", () => {
  it("gives one `path: message` line per problem, in order", () => {
    expect(
      describeProblems([
        { path: "title", message: "missing" },
        { path: "quotes[0].id", message: "bad" },
      ]),
    ).toEqual(["title: missing", "quotes[0].id: bad"]);
    expect(describeProblems([])).toEqual([]);
  });
});

describe("parseArticle: the bundled article", () => {
  it("parses with no warnings and keeps every item", () => {
    const input = bundled();
    const result = expectOk(parseArticle(input));
    expect(result.warnings).toEqual([]);
    expect(result.article).toEqual(input);
    expect(result.article.quotes).toHaveLength(18);
    expect(result.article.paragraphs).toHaveLength(20);
    expect(result.article.claims).toHaveLength(9);
  });

  it("drops keys the format does not have", () => {
    const input = bundled();
    setRaw(input, "extra", true);
    setRaw(at(input.paragraphs, 0), "html", "<b>x</b>");
    const { article } = expectOk(parseArticle(input));
    expect("extra" in article).toBe(false);
    expect("html" in at(article.paragraphs, 0)).toBe(false);
  });
});

describe("parseArticle: structural errors", () => {
  it("rejects a non-object with a path naming the whole document", () => {
    expect(expectRejected(parseArticle(null)).problems).toEqual([
      { path: "(the document)", message: "expected object, got null" },
    ]);
    expect(expectRejected(parseArticle([])).problems).toEqual([
      { path: "(the document)", message: "expected object, got array" },
    ]);
    expect(expectRejected(parseArticle("article")).problems).toEqual([
      { path: "(the document)", message: "expected object, got string" },
    ]);
  });

  it("reports a missing title at `title`", () => {
    const input = bundled();
    removeRaw(input, "title");
    expect(expectRejected(parseArticle(input)).problems).toEqual([
      { path: "title", message: "missing (expected string)" },
    ]);
  });

  it("reports a title of the wrong type, and an empty title", () => {
    const wrongType = bundled();
    setRaw(wrongType, "title", 42);
    expect(expectRejected(parseArticle(wrongType)).problems).toEqual([
      { path: "title", message: "expected string, got number" },
    ]);
    const empty = bundled();
    empty.title = "";
    expect(expectRejected(parseArticle(empty)).problems).toEqual([
      { path: "title", message: "must not be empty" },
    ]);
  });

  it("reports an unknown paragraph role at `paragraphs[0].role` with the allowed values", () => {
    const input = bundled();
    setRaw(at(input.paragraphs, 0), "role", "footer");
    expect(expectRejected(parseArticle(input)).problems).toEqual([
      {
        path: "paragraphs[0].role",
        message: 'must be one of "title", "standfirst", "caption", "heading", "body"',
      },
    ]);
  });

  it("reports a bad span offset at `quotes[3].spans[0].end`", () => {
    const negative = bundled();
    at(at(negative.quotes, 3).spans, 0).end = -1;
    expect(expectRejected(parseArticle(negative)).problems).toEqual([
      { path: "quotes[3].spans[0].end", message: "must be 0 or more" },
    ]);
    const fraction = bundled();
    at(at(fraction.quotes, 3).spans, 0).end = 1.5;
    const problems = expectRejected(parseArticle(fraction)).problems;
    expect(problems.map((p) => p.path)).toEqual(["quotes[3].spans[0].end"]);
  });

  it("reports a malformed id with the id rules", () => {
    const input = bundled();
    at(input.paragraphs, 2).id = "Caption";
    const problems = expectRejected(parseArticle(input)).problems;
    expect(problems).toHaveLength(1);
    expect(at(problems, 0).path).toBe("paragraphs[2].id");
    expect(at(problems, 0).message).toContain("paragraph id");
  });

  it("reports a wrong version, a quote without spans and an unsafe source url", () => {
    const input = bundled();
    setRaw(input, "version", 2);
    at(input.quotes, 0).spans = [];
    input.source.url = "javascript:alert(1)";
    const paths = expectRejected(parseArticle(input)).problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(["version", "quotes[0].spans", "source.url"]));
    expect(paths).toHaveLength(3);
  });

  it("reports every structural problem, not only the first", () => {
    const input = bundled();
    removeRaw(input, "title");
    setRaw(at(input.paragraphs, 0), "role", "footer");
    at(at(input.quotes, 3).spans, 0).end = -1;
    expect(
      expectRejected(parseArticle(input))
        .problems.map((p) => p.path)
        .sort(),
    ).toEqual(["paragraphs[0].role", "quotes[3].spans[0].end", "title"]);
  });
});

describe("parseArticle: spans that do not fit their paragraph", () => {
  it("drops a quote whose span ends beyond its paragraph, with a warning at the span's end", () => {
    const input = bundled();
    const quote = at(input.quotes, 3);
    at(quote.spans, 0).end = 10_000;
    const result = expectOk(parseArticle(input));
    const warning = warningAt(result.warnings, "quotes[3].spans[0].end");
    expect(warning.message.startsWith("beyond the paragraph")).toBe(true);
    expect(warning.message).toContain('"p3" has 256 characters, end is 10000');
    expect(warning.message).toContain(`quote "${quote.id}" not shown`);
    expect(result.article.quotes.map((q) => q.id)).not.toContain(quote.id);
    expect(result.article.quotes).toHaveLength(17);
  });

  it("points at the broken span of a multi-span quote", () => {
    const input = bundled();
    const quote = byId(input.quotes, "q14");
    const index = input.quotes.indexOf(quote);
    at(quote.spans, 1).end = 999;
    const result = expectOk(parseArticle(input));
    const warning = warningAt(result.warnings, `quotes[${index}].spans[1].end`);
    expect(warning.message.startsWith("beyond the paragraph")).toBe(true);
    expect(result.article.quotes.map((q) => q.id)).not.toContain("q14");
  });

  it("accepts a span ending exactly at the paragraph's end, and refuses one past it", () => {
    const text = "Hello there";
    expect(expectOk(parseArticle(oneParagraph(text, [{ start: 0, end: 11 }]))).warnings).toEqual([]);
    const result = expectOk(parseArticle(oneParagraph(text, [{ start: 0, end: 12 }])));
    expect(result.warnings.map((w) => w.path)).toEqual(["quotes[0].spans[0].end"]);
    expect(result.article.quotes).toEqual([]);
  });

  it("drops reversed and empty spans, with a warning at the span's start", () => {
    const result = expectOk(
      parseArticle(
        oneParagraph("Hello there, reader", [
          { start: 6, end: 2 },
          { start: 4, end: 4 },
          { start: 0, end: 5 },
        ]),
      ),
    );
    expect(result.warnings.map((w) => w.path)).toEqual([
      "quotes[0].spans[0].start",
      "quotes[1].spans[0].start",
    ]);
    expect(at(result.warnings, 0).message).toContain("not before end (start 6, end 2)");
    expect(at(result.warnings, 1).message).toContain("not before end (start 4, end 4)");
    expect(result.article.quotes.map((q) => q.id)).toEqual(["q3"]);
  });

  it("drops a span that splits an emoji (a surrogate pair) at either end", () => {
    const text = "Smile 😀 please";
    const emoji = text.indexOf("😀");
    expect(emoji).toBe(6);
    const result = expectOk(
      parseArticle(
        oneParagraph(text, [
          { start: emoji + 1, end: 10 },
          { start: 0, end: emoji + 1 },
          { start: emoji, end: emoji + 2 },
        ]),
      ),
    );
    expect(result.warnings.map((w) => w.path)).toEqual([
      "quotes[0].spans[0].start",
      "quotes[1].spans[0].end",
    ]);
    for (const w of result.warnings) expect(w.message).toContain("splits a character in two");
    expect(result.article.quotes.map((q) => q.id)).toEqual(["q3"]);
  });

  it("drops a span whose paragraph does not exist", () => {
    const input = bundled();
    at(at(input.quotes, 0).spans, 0).paragraphId = "nowhere";
    const result = expectOk(parseArticle(input));
    expect(warningAt(result.warnings, "quotes[0].spans[0].paragraphId").message).toContain('"nowhere"');
    expect(result.article.quotes.map((q) => q.id)).not.toContain("q1");
  });
});

describe("parseArticle: references between items", () => {
  it("rejects an article with duplicate paragraph ids", () => {
    const input = bundled();
    at(input.paragraphs, 5).id = "p1";
    expect(expectRejected(parseArticle(input)).problems).toEqual([
      { path: "paragraphs[5].id", message: 'duplicate id "p1" (also paragraphs[3])' },
    ]);
  });

  it("rejects an article with two title paragraphs", () => {
    const input = bundled();
    at(input.paragraphs, 4).role = "title";
    expect(expectRejected(parseArticle(input)).problems).toEqual([
      { path: "paragraphs[4].role", message: "more than one title paragraph" },
    ]);
  });

  it("keeps the first of two quotes with the same id and drops the later one", () => {
    const input = bundled();
    const later = at(input.quotes, 4);
    later.id = "q3";
    const result = expectOk(parseArticle(input));
    expect(warningAt(result.warnings, "quotes[4].id").message).toBe(
      'duplicate id "q3" (also quotes[2]): quote dropped',
    );
    const kept = result.article.quotes.filter((q) => q.id === "q3");
    expect(kept).toHaveLength(1);
    expect(at(at(kept, 0).spans, 0).paragraphId).toBe("p2");
    expect(result.article.quotes).toHaveLength(17);
  });

  it("shows a quote with an unknown speaker without a speaker", () => {
    const input = bundled();
    at(input.quotes, 0).speakerId = "nobody";
    const result = expectOk(parseArticle(input));
    expect(result.warnings).toEqual([
      {
        path: "quotes[0].speakerId",
        message: 'no speaker has the id "nobody": quote "q1" shown without a speaker',
      },
    ]);
    expect(byId(result.article.quotes, "q1").speakerId).toBeNull();
    expect(result.article.quotes).toHaveLength(18);
  });

  it("drops a claim that cites an unknown paragraph", () => {
    const input = bundled();
    at(input.claims, 0).paragraphIds = ["p1", "nope"];
    const result = expectOk(parseArticle(input));
    expect(result.warnings).toEqual([
      { path: "claims[0].paragraphIds[1]", message: 'no paragraph has the id "nope": claim "c1" dropped' },
    ]);
    expect(result.article.claims.map((c) => c.id)).not.toContain("c1");
    expect(result.article.claims).toHaveLength(8);
  });

  it("removes unknown quote ids from a claim and keeps the claim", () => {
    const input = bundled();
    at(input.claims, 0).quoteIds = ["q2", "zz", "q3"];
    const result = expectOk(parseArticle(input));
    expect(result.warnings).toEqual([
      { path: "claims[0].quoteIds[1]", message: 'no quote has the id "zz": link to it dropped' },
    ]);
    expect(byId(result.article.claims, "c1").quoteIds).toEqual(["q2", "q3"]);
  });

  it("removes every unknown quote id from a claim, not only the first", () => {
    const input = bundled();
    at(input.claims, 0).quoteIds = ["x1", "q2", "x2"];
    const result = expectOk(parseArticle(input));
    expect(byId(result.article.claims, "c1").quoteIds).toEqual(["q2"]);
    expect(warningAt(result.warnings, "claims[0].quoteIds[0]").message).toContain('"x1"');
  });

  it("removes a claim's link to a quote that was dropped", () => {
    const input = bundled();
    at(byId(input.quotes, "q6").spans, 0).end = 10_000;
    const result = expectOk(parseArticle(input));
    expect(byId(result.article.claims, "c2").quoteIds).toEqual([]);
    expect(warningAt(result.warnings, "quotes[5].spans[0].end").message).toContain("beyond the paragraph");
  });

  it("shows a claim with an unknown speaker without a speaker", () => {
    const input = bundled();
    at(input.claims, 1).speakerId = "ghost";
    const result = expectOk(parseArticle(input));
    expect(warningAt(result.warnings, "claims[1].speakerId").message).toContain('"ghost"');
    expect(byId(result.article.claims, "c2").speakerId).toBeNull();
  });

  it("leaves a claim without quote ids without them", () => {
    const { article } = expectOk(parseArticle(bundled()));
    expect("quoteIds" in byId(article.claims, "c7")).toBe(false);
  });
});

describe("parseArticle: the input", () => {
  it("is never mutated, even when items are dropped or repaired", () => {
    const input = bundled();
    at(input.quotes, 0).speakerId = "nobody";
    at(at(input.quotes, 3).spans, 0).end = 10_000;
    at(input.quotes, 6).id = "q3";
    at(input.claims, 0).quoteIds = ["q2", "zz"];
    at(input.claims, 1).speakerId = "ghost";
    at(input.claims, 2).paragraphIds = ["nope"];
    input.mentions.push({ speakerId: "ghost", paragraphId: "p1", start: 0, end: 1 });
    const before = structuredClone(input);
    const result = expectOk(parseArticle(input));
    expect(result.warnings.length).toBeGreaterThanOrEqual(6);
    expect(input).toEqual(before);
  });

  it("can be deeply frozen", () => {
    const input = bundled();
    at(input.quotes, 0).speakerId = "nobody";
    at(input.claims, 0).quoteIds = ["q2", "zz"];
    deepFreeze(input);
    const result = expectOk(parseArticle(input));
    expect(byId(result.article.quotes, "q1").speakerId).toBeNull();
    expect(at(input.quotes, 0).speakerId).toBe("nobody");
  });
});
