import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  ARTICLE_FORMAT_VERSION,
  ArticleSchema,
  ClaimSchema,
  ID_PATTERN,
  PARAGRAPH_ROLES,
  QUOTE_KINDS,
  QuoteSchema,
  SourceSchema,
  SPEAKER_KINDS,
  SpanSchema,
  SpeakerSchema,
} from "./schema";

const BUNDLED = readFileSync(
  new URL("../../tests/fixtures/articles/seed-annotated.json", import.meta.url),
  "utf8",
);

describe("ID_PATTERN", () => {
  it.each([
    "a",
    "0",
    "q1",
    "p17",
    "khamenei",
    "irans-khamenei-no-war-no-negotiations-with-trump",
    "a-b-c",
    "a--b",
    "x".repeat(64),
  ])("accepts %j", (id) => {
    expect(ID_PATTERN.test(id)).toBe(true);
  });

  it.each(["", "A", "Q1", "-a", "a-", "-", "a_b", "a b", "a/b", "a.b", "é", "x".repeat(65), "a\nb"])(
    "rejects %j",
    (id) => {
      expect(ID_PATTERN.test(id)).toBe(false);
    },
  );
});

describe("constants", () => {
  it("names the format version 1", () => {
    expect(ARTICLE_FORMAT_VERSION).toBe(1);
  });

  it("lists the roles, kinds and speaker kinds of the format", () => {
    expect(PARAGRAPH_ROLES).toEqual(["title", "standfirst", "caption", "heading", "body"]);
    expect(QUOTE_KINDS).toEqual(["direct", "partial", "indirect"]);
    expect(SPEAKER_KINDS).toEqual(["person", "organisation", "group", "document"]);
  });
});

describe("SpanSchema", () => {
  it("accepts non-negative integer offsets", () => {
    expect(SpanSchema.safeParse({ paragraphId: "p1", start: 0, end: 3 }).success).toBe(true);
  });

  it.each([
    { paragraphId: "p1", start: -1, end: 3 },
    { paragraphId: "p1", start: 0, end: 1.5 },
    { paragraphId: "p1", start: "0", end: 3 },
    { paragraphId: "P1", start: 0, end: 3 },
    { paragraphId: "p1", start: 0 },
  ])("rejects %j", (span) => {
    expect(SpanSchema.safeParse(span).success).toBe(false);
  });

  it("does not order start and end (integrity.ts does)", () => {
    expect(SpanSchema.safeParse({ paragraphId: "p1", start: 5, end: 2 }).success).toBe(true);
  });
});

describe("SpeakerSchema", () => {
  const speaker = { id: "zarif", name: "Mohammad Javad Zarif", aliases: [], kind: "person" };

  it("accepts a speaker with or without a role", () => {
    expect(SpeakerSchema.safeParse(speaker).success).toBe(true);
    expect(SpeakerSchema.safeParse({ ...speaker, role: "Foreign Minister" }).success).toBe(true);
  });

  it("rejects an empty name and an unknown kind", () => {
    expect(SpeakerSchema.safeParse({ ...speaker, name: "" }).success).toBe(false);
    expect(SpeakerSchema.safeParse({ ...speaker, kind: "robot" }).success).toBe(false);
  });
});

describe("QuoteSchema", () => {
  const quote = {
    id: "q1",
    speakerId: "zarif",
    kind: "direct",
    spans: [{ paragraphId: "p1", start: 0, end: 1 }],
  };

  it("accepts a quote with a speaker or a null speaker", () => {
    expect(QuoteSchema.safeParse(quote).success).toBe(true);
    expect(QuoteSchema.safeParse({ ...quote, speakerId: null }).success).toBe(true);
  });

  it("requires at least one span, a known kind and a speakerId field", () => {
    expect(QuoteSchema.safeParse({ ...quote, spans: [] }).success).toBe(false);
    expect(QuoteSchema.safeParse({ ...quote, kind: "paraphrase" }).success).toBe(false);
    const { speakerId: _dropped, ...withoutSpeaker } = quote;
    expect(QuoteSchema.safeParse(withoutSpeaker).success).toBe(false);
  });
});

describe("ClaimSchema", () => {
  const claim = { id: "c1", text: "A claim.", speakerId: null, paragraphIds: ["p1"] };

  it("accepts a claim with and without quoteIds", () => {
    expect(ClaimSchema.safeParse(claim).success).toBe(true);
    expect(ClaimSchema.safeParse({ ...claim, quoteIds: ["q1"] }).success).toBe(true);
  });

  it("requires text and at least one paragraph", () => {
    expect(ClaimSchema.safeParse({ ...claim, text: "" }).success).toBe(false);
    expect(ClaimSchema.safeParse({ ...claim, paragraphIds: [] }).success).toBe(false);
  });
});

describe("SourceSchema", () => {
  it("accepts http and https addresses only", () => {
    expect(SourceSchema.safeParse({ url: "https://example.com/a" }).success).toBe(true);
    expect(SourceSchema.safeParse({ url: "HTTP://EXAMPLE.COM" }).success).toBe(true);
    for (const url of ["javascript:alert(1)", "ftp://example.com", "https://exa mple.com", "//example.com"])
      expect(SourceSchema.safeParse({ url }).success, url).toBe(false);
  });

  it("accepts ISO 8601 dates and timestamps only", () => {
    for (const publishedAt of [
      "2018-08-13",
      "2018-08-13T10:15",
      "2018-08-13T10:15:30Z",
      "2018-08-13T10:15:30.123+03:00",
      "2018-08-13T10:15:30+0300",
    ])
      expect(SourceSchema.safeParse({ publishedAt }).success, publishedAt).toBe(true);
    for (const publishedAt of ["13/08/2018", "2018-8-13", "August 13, 2018", "2018-08-13 10:15"])
      expect(SourceSchema.safeParse({ publishedAt }).success, publishedAt).toBe(false);
  });

  it("has only optional fields", () => {
    expect(SourceSchema.safeParse({}).success).toBe(true);
  });
});

describe("ArticleSchema", () => {
  it("accepts the bundled article", () => {
    const result = ArticleSchema.safeParse(JSON.parse(BUNDLED));
    expect(result.success).toBe(true);
  });

  it("rejects another format version", () => {
    const data = { ...JSON.parse(BUNDLED), version: 2 };
    expect(ArticleSchema.safeParse(data).success).toBe(false);
  });

  it("rejects an article without paragraphs", () => {
    const data = { ...JSON.parse(BUNDLED), paragraphs: [] };
    expect(ArticleSchema.safeParse(data).success).toBe(false);
  });
});
