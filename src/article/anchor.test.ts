import { readFileSync } from "node:fs";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  foldText,
  paragraphSelector,
  quoteSelector,
  resolveParagraphAnchor,
  resolveQuoteAnchor,
  selectorFor,
} from "./anchor";
import type { Article, Paragraph, Quote } from "./schema";
import { formatSelector, parseSelector, type TextSelector } from "./selector";

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

function selectorOf(article: Article, quote: Quote): TextSelector {
  const selector = quoteSelector(article, quote);
  if (!selector) throw new Error(`no selector for ${quote.id}`);
  return selector;
}

/** The selector as it travels in a link: formatted, then read back. */
function throughLink(selector: TextSelector | null): TextSelector {
  if (!selector) throw new Error("no selector to send through a link");
  const parsed = parseSelector(formatSelector(selector));
  if (!parsed) throw new Error(`selector did not survive a link: ${formatSelector(selector)}`);
  return parsed;
}

/** The article with every quote renamed (claims follow); returns it with the old → new id map. */
function renameQuotes(article: Article, rename: (id: string, index: number) => string) {
  const ids = new Map(article.quotes.map((q, i) => [q.id, rename(q.id, i)]));
  const renamed: Article = {
    ...article,
    quotes: article.quotes.map((q) => ({ ...q, id: ids.get(q.id) ?? q.id })),
    claims: article.claims.map((c) =>
      c.quoteIds ? { ...c, quoteIds: c.quoteIds.map((id) => ids.get(id) ?? id) } : c,
    ),
  };
  return { renamed, ids };
}

function makeArticle(paragraphs: Paragraph[], quotes: Quote[]): Article {
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

/** A one-paragraph article with a direct quote around the first “…” pair. */
function articleWithQuote(text: string): { article: Article; quote: Quote } {
  const start = text.indexOf("“") + 1;
  const end = text.indexOf("”");
  const quote: Quote = {
    id: "q1",
    speakerId: null,
    kind: "direct",
    spans: [{ paragraphId: "p1", start, end }],
  };
  return { article: makeArticle([{ id: "p1", role: "body", text }], [quote]), quote };
}

describe("foldText", () => {
  it("folds curly quotes, dashes, no-break spaces and case", () => {
    expect(foldText("‘A’ ‚b‛ “C” „d« »E – f — g ‐ h ‑ i\u00a0J")).toBe(
      '\'a\' \'b\' "c" "d" "e - f - g - h - i j',
    );
  });

  it("keeps characters whose lower case is longer, so offsets stay valid", () => {
    expect(foldText("İstanbul")).toBe("İstanbul");
    expect(foldText("İ").length).toBe(1);
  });

  it("keeps emoji and letters of other scripts", () => {
    // One character at a time: a final capital sigma folds to σ, not to the word-final ς.
    expect(foldText("Ça va 😀 ΣΑΣ")).toBe("ça va 😀 σασ");
    expect(foldText("😀")).toBe("😀");
  });

  it("never changes the length, and is idempotent (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (s) => {
        const folded = foldText(s);
        expect(folded.length).toBe(s.length);
        expect(foldText(folded)).toBe(folded);
      }),
      { numRuns: 500 },
    );
  });
});

describe("selectorFor", () => {
  const text = "one two three four “a short quote” five six seven eight";
  const start = text.indexOf("a short");
  const end = text.indexOf("”");

  it("carries a short text whole, with three words of context each side", () => {
    expect(selectorFor(text, start, end)).toEqual({
      start: "a short quote",
      prefix: "three four “",
      suffix: "” five six",
    });
  });

  it("trims the text", () => {
    expect(selectorFor("ab  words here  cd", 2, 16).start).toBe("words here");
  });

  it("has no prefix at the start of a paragraph and no suffix at its end", () => {
    const selector = selectorFor("Whole paragraph", 0, 15);
    expect(selector).toEqual({ start: "Whole paragraph" });
    expect("prefix" in selector).toBe(false);
    expect("suffix" in selector).toBe(false);
  });

  it("carries up to 80 characters whole", () => {
    const exact = "x".repeat(80);
    expect(selectorFor(exact, 0, 80)).toEqual({ start: exact });
  });

  it("carries a longer text as its first and last five words", () => {
    const long = "w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16 w17 w18 w19 w20 w21 w22 w23 w24 w25";
    expect(long.length).toBeGreaterThan(80);
    expect(selectorFor(long, 0, long.length)).toEqual({
      start: "w1 w2 w3 w4 w5",
      end: "w21 w22 w23 w24 w25",
    });
    const eightyOne = `${"y".repeat(40)} ${"z".repeat(40)}`;
    expect(selectorFor(eightyOne, 0, 81)).toEqual({ start: eightyOne, end: eightyOne });
  });
});

describe("quoteSelector and paragraphSelector", () => {
  const article = bundled();

  it("describes a quote by its first span", () => {
    expect(quoteSelector(article, byId(article.quotes, "q1"))).toEqual({
      start: "serious about talks",
      prefix: "president is ‘",
      suffix: "’.",
    });
    const q14 = selectorOf(article, byId(article.quotes, "q14"));
    expect(q14.start).toBe("If he is serious about");
    expect(q14.end).toBe("Trump’s comments – impossible conditions.");
  });

  it("is null for a quote whose paragraph is not in the article", () => {
    const ghost: Quote = {
      id: "ghost",
      speakerId: null,
      kind: "direct",
      spans: [{ paragraphId: "nowhere", start: 0, end: 1 }],
    };
    expect(quoteSelector(article, ghost)).toBeNull();
  });

  it("describes a paragraph by its first eight words", () => {
    expect(paragraphSelector(byId(article.paragraphs, "p9"))).toEqual({
      start: "Washington reimposed sanctions against Iran on August 7.",
    });
  });
});

describe("formatSelector", () => {
  it("writes prefix-,start,end,-suffix", () => {
    expect(formatSelector({ prefix: "before", start: "first", end: "last", suffix: "after" })).toBe(
      "before-,first,last,-after",
    );
    expect(formatSelector({ start: "only" })).toBe("only");
  });

  it("percent-encodes each part, commas and hyphens included", () => {
    expect(formatSelector({ start: "a-b, c & 50%" })).toBe("a%2Db%2C%20c%20%26%2050%25");
    expect(formatSelector({ prefix: "x-y", start: "s" })).toBe("x%2Dy-,s");
  });

  it("leaves out empty optional parts", () => {
    expect(formatSelector({ start: "s", end: "", prefix: "", suffix: "" })).toBe("s");
  });
});

describe("parseSelector", () => {
  it.each<[string, TextSelector]>([
    ["plain", { start: "plain" }],
    ["with, comma", { start: "with, comma" }],
    ["toe-to-toe", { start: "toe-to-toe" }],
    ["-leading and trailing-", { start: "-leading and trailing-" }],
    ["R&D & 100% sure", { start: "R&D & 100% sure" }],
    ["smile 😀 please", { start: "smile 😀 please" }],
    ["“curly” ‘quotes’ – dash", { start: "“curly” ‘quotes’ – dash" }],
  ])("reads back %j", (_label, selector) => {
    expect(parseSelector(formatSelector(selector))).toEqual(selector);
  });

  it("reads back every part, with awkward characters in each", () => {
    const selector: TextSelector = {
      prefix: "ends with -",
      start: "-starts, with",
      end: "50% & co,",
      suffix: "– “so” 😀",
    };
    expect(parseSelector(formatSelector(selector))).toEqual(selector);
  });

  it("reads back prefix without suffix, and suffix without prefix", () => {
    expect(parseSelector("pre-,start")).toEqual({ prefix: "pre", start: "start" });
    expect(parseSelector("start,-suf")).toEqual({ start: "start", suffix: "suf" });
    expect(parseSelector("start,end")).toEqual({ start: "start", end: "end" });
  });

  // Bug: a part starting with "-" is a suffix (formatSelector encodes a leading hyphen of the text),
  // so "pre-,-suf" has no text at all; it is read as the text "-suf" instead of being refused.
  it("is null when the link carries only context and no text", () => {
    expect(parseSelector("pre-,-suf")).toBeNull();
  });

  it("round-trips any selector (property)", () => {
    const part = fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(
        part.filter((s) => s.trim() !== ""),
        fc.option(part, { nil: undefined }),
        fc.option(part, { nil: undefined }),
        fc.option(part, { nil: undefined }),
        (start, end, prefix, suffix) => {
          const selector: TextSelector = { start };
          if (end) selector.end = end;
          if (prefix) selector.prefix = prefix;
          if (suffix) selector.suffix = suffix;
          const formatted = formatSelector(selector);
          fc.pre(formatted.length <= 2000);
          expect(parseSelector(formatted)).toEqual(selector);
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    ["empty", ""],
    ["blank start", "%20%20"],
    ["bad percent-encoding", "%E0%A4%A"],
    ["bad percent-encoding in the prefix", "%ZZ-,start"],
    ["bad percent-encoding in the suffix", "start,-%"],
    ["three middle parts", "a,b,c"],
    ["too many parts with context", "pre-,a,b,c,-suf"],
    ["too long", "x".repeat(2001)],
  ])("is null for %s", (_label, raw) => {
    expect(parseSelector(raw)).toBeNull();
  });
});

describe("resolveQuoteAnchor", () => {
  it("finds every bundled quote by its own link", () => {
    const article = bundled();
    for (const quote of article.quotes) {
      const selector = throughLink(selectorOf(article, quote));
      expect(resolveQuoteAnchor(article, quote.id, selector), quote.id).toEqual({
        status: "found",
        quoteId: quote.id,
      });
    }
  });

  it("trusts the id of a link without text", () => {
    const article = bundled();
    expect(resolveQuoteAnchor(article, "q7", null)).toEqual({ status: "found", quoteId: "q7" });
    expect(resolveQuoteAnchor(article, "q99", null)).toEqual({ status: "missing" });
  });

  it("follows the words when every quote id has changed", () => {
    const original = bundled();
    const { renamed, ids } = renameQuotes(original, (_id, i) => `quote-${i + 100}`);
    for (const quote of original.quotes) {
      const selector = throughLink(selectorOf(original, quote));
      expect(resolveQuoteAnchor(renamed, quote.id, selector), quote.id).toEqual({
        status: "moved",
        quoteId: ids.get(quote.id),
      });
    }
  });

  it("follows the words when the ids were renumbered and now name other quotes", () => {
    const original = bundled();
    const { renamed, ids } = renameQuotes(original, (_id, i) => `q${i + 2}`);
    // "q3" now names the quote that used to be q2.
    expect(byId(renamed.quotes, "q3").spans).toEqual(byId(original.quotes, "q2").spans);
    for (const quote of original.quotes) {
      const selector = throughLink(selectorOf(original, quote));
      expect(resolveQuoteAnchor(renamed, quote.id, selector), quote.id).toEqual({
        status: "moved",
        quoteId: ids.get(quote.id),
      });
    }
  });

  it("leads a partial quote's link to the partial quote, not the reported speech around it", () => {
    const original = bundled();
    const { renamed } = renameQuotes(original, (id) => `new-${id}`);
    const q5 = selectorOf(original, byId(original.quotes, "q5"));
    expect(resolveQuoteAnchor(renamed, "q5", q5)).toEqual({ status: "moved", quoteId: "new-q5" });
    const q8 = selectorOf(original, byId(original.quotes, "q8"));
    expect(resolveQuoteAnchor(renamed, "q8", q8)).toEqual({ status: "moved", quoteId: "new-q8" });
  });

  it("leads to the paragraph when the quote is gone but its words remain", () => {
    const original = bundled();
    const selector = selectorOf(original, byId(original.quotes, "q3"));
    const without = { ...original, quotes: original.quotes.filter((q) => q.id !== "q3") };
    expect(resolveQuoteAnchor(without, "q3", selector)).toEqual({ status: "text", paragraphId: "p2" });
  });

  it("is missing when neither the id nor the words fit", () => {
    const article = bundled();
    const selector: TextSelector = { start: "words this article never prints" };
    expect(resolveQuoteAnchor(article, "q99", selector)).toEqual({ status: "missing" });
    // The id exists, but the quote it names no longer says this.
    expect(resolveQuoteAnchor(article, "q3", selector)).toEqual({ status: "missing" });
  });

  it("matches across typographic variants and letter case", () => {
    const article = bundled();
    const q3 = byId(article.paragraphs, "p2").text.slice(1, 123);
    const typed = q3.replaceAll("–", "-").toUpperCase();
    expect(typed).not.toBe(q3);
    expect(resolveQuoteAnchor(article, "q3", { start: typed })).toEqual({ status: "found", quoteId: "q3" });
    const { renamed } = renameQuotes(article, (id) => `x${id}`);
    expect(resolveQuoteAnchor(renamed, "q3", { start: typed })).toEqual({ status: "moved", quoteId: "xq3" });
  });

  it("uses the context to choose between two quotes with the same words", () => {
    const text = "“Yes,” she said. “Yes,” he said.";
    const first = text.indexOf("Yes");
    const second = text.indexOf("Yes", first + 1);
    const quotes: Quote[] = [
      {
        id: "q1",
        speakerId: null,
        kind: "direct",
        spans: [{ paragraphId: "p1", start: first, end: first + 4 }],
      },
      {
        id: "q2",
        speakerId: null,
        kind: "direct",
        spans: [{ paragraphId: "p1", start: second, end: second + 4 }],
      },
    ];
    const article = makeArticle([{ id: "p1", role: "body", text }], quotes);
    const selector = selectorFor(text, second, second + 4);
    expect(selector).toEqual({ start: "Yes,", prefix: "she said. “", suffix: "” he said." });
    const { renamed } = renameQuotes(article, (id) => `r${id}`);
    expect(resolveQuoteAnchor(renamed, "q2", selector)).toEqual({ status: "moved", quoteId: "rq2" });
    const firstSelector = selectorFor(text, first, first + 4);
    expect(resolveQuoteAnchor(renamed, "q1", firstSelector)).toEqual({ status: "moved", quoteId: "rq1" });
  });

  // Bug: selectorFor joins a long quote's first/last words with single spaces, but matching is exact
  // on the folded text, so a quote with two spaces (or a tab or line break) in those words can never be
  // found again by its own link.
  it("finds a long quote by its own link when its words are separated by more than one space", () => {
    const { article, quote } = articleWithQuote(
      "He said “This  is a long quote that goes on and on and on for more than eighty characters in all” and left.",
    );
    const selector = throughLink(selectorOf(article, quote));
    expect(resolveQuoteAnchor(article, "q1", selector)).toEqual({ status: "found", quoteId: "q1" });
  });

  it("finds a long quote by its own link when it contains a line break", () => {
    const { article, quote } = articleWithQuote(
      "He said “Roses are red,\nviolets are blue, and this quote is long enough to be cut in two parts” then sat.",
    );
    const selector = throughLink(selectorOf(article, quote));
    expect(resolveQuoteAnchor(article, "q1", selector)).toEqual({ status: "found", quoteId: "q1" });
  });
});

describe("blank selectors", () => {
  it("resolve to missing instead of searching for nothing", () => {
    expect(resolveQuoteAnchor(bundled(), "nope", { start: "   " })).toEqual({ status: "missing" });
  });
});

describe("paragraphSelector", () => {
  it("is null for a paragraph without words, so its link carries no empty text", () => {
    expect(paragraphSelector({ id: "p1", role: "body", text: "   " })).toBeNull();
  });
});

describe("resolveParagraphAnchor", () => {
  it("finds every bundled paragraph by its own link", () => {
    const article = bundled();
    for (const p of article.paragraphs) {
      const selector = throughLink(paragraphSelector(p));
      expect(resolveParagraphAnchor(article, p.id, selector), p.id).toEqual({
        status: "found",
        paragraphId: p.id,
      });
    }
  });

  it("trusts the id of a link without text", () => {
    const article = bundled();
    expect(resolveParagraphAnchor(article, "p4", null)).toEqual({ status: "found", paragraphId: "p4" });
    expect(resolveParagraphAnchor(article, "p99", null)).toEqual({ status: "missing" });
  });

  it("follows the opening words when paragraph ids have changed", () => {
    const original = bundled();
    const renamed: Article = {
      ...original,
      paragraphs: original.paragraphs.map((p) => ({ ...p, id: `para-${p.id}` })),
    };
    for (const p of original.paragraphs) {
      const selector = throughLink(paragraphSelector(p));
      expect(resolveParagraphAnchor(renamed, p.id, selector), p.id).toEqual({
        status: "moved",
        paragraphId: `para-${p.id}`,
      });
    }
  });

  it("moves to the paragraph that starts with the words when the id names another paragraph", () => {
    const article = bundled();
    const selector = paragraphSelector(byId(article.paragraphs, "p9"));
    expect(resolveParagraphAnchor(article, "p8", selector)).toEqual({ status: "moved", paragraphId: "p9" });
  });

  it("falls back to the words anywhere in a paragraph", () => {
    const article = bundled();
    expect(resolveParagraphAnchor(article, "p99", { start: "will take effect in November" })).toEqual({
      status: "moved",
      paragraphId: "p9",
    });
  });

  it("is missing when neither the id nor the words fit", () => {
    const article = bundled();
    const selector: TextSelector = { start: "nothing like this is printed" };
    expect(resolveParagraphAnchor(article, "p99", selector)).toEqual({ status: "missing" });
    expect(resolveParagraphAnchor(article, "p1", selector)).toEqual({ status: "missing" });
  });

  // Same bug as for long quotes: paragraphSelector joins the opening words with single spaces.
  it("finds a paragraph by its own link when its opening words are separated by two spaces", () => {
    const article = makeArticle(
      [{ id: "p1", role: "body", text: "First sentence.  Second sentence here." }],
      [],
    );
    const p1 = byId(article.paragraphs, "p1");
    const selector = throughLink(paragraphSelector(p1));
    expect(resolveParagraphAnchor(article, "p1", selector)).toEqual({ status: "found", paragraphId: "p1" });
  });
});
