/**
 * Properties of the extractor over generated input: it never throws anything but an ExtractError,
 * and whatever it returns is a valid article whose every span, id and reference holds.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../article";
import { ExtractError, extractFromText } from "./extract";

/** Runs per property: 10,000 (PROPERTY_RUNS sets another number). */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 10_000);
/** Generous: 10,000 runs take seconds, on a busy machine many. */
const TIMEOUT = 300_000;

/** Pieces that exercise the rules: names, titles, cue verbs, every kind of quote mark and apostrophe. */
const piece = fc.constantFrom(
  "Zarif",
  "Mohammad Javad Zarif",
  "Iran’s Foreign Minister",
  "Mr Obama",
  "the president",
  "officials",
  "he",
  "she",
  "it",
  "they",
  "the company",
  "Dr. Adeyemi",
  "C. Eugene Steuerle",
  "said",
  "says",
  "told reporters",
  "added",
  "according to",
  "insisted",
  "warned that",
  "described as",
  "by",
  "who has the final say",
  ",",
  ".",
  ":",
  ";",
  "“",
  "”",
  '"',
  "‘",
  "’",
  "'",
  "«",
  "»",
  "„",
  "Iran‘s",
  "’90s",
  "rock 'n' roll",
  "voters’",
  "—",
  "–",
  "(",
  ")",
  "[",
  "]",
  "\n",
  "\n\n",
  "  ",
  "\u00a0",
  "\u200b",
  "\u202e",
  "😀",
  "👩‍👩‍👧",
  "é",
  "e\u0301",
  "𝔘",
  "OPINION",
  "LEAVE A REPLY",
  "Read more:",
  "Additional reporting by Ann Lee",
  "SOURCE: AL JAZEERA",
  "by Jane Doe",
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "javascript:alert(1)",
  "\u2066",
  "\u2069",
  "\ufeff",
  "\ud83d",
);
const newsLike = fc
  .array(fc.oneof(piece, fc.string({ maxLength: 12 })), { maxLength: 60 })
  .map((parts) => parts.join(" "));
const anyText = fc.string({ unit: "binary", maxLength: 400 });
const anyGraphemes = fc.string({ unit: "grapheme", maxLength: 300 });

function check(text: string) {
  let article: ReturnType<typeof extractFromText>;
  try {
    article = extractFromText(text);
  } catch (error) {
    // The only acceptable failure: a clear "nothing to extract".
    expect(error).toBeInstanceOf(ExtractError);
    return;
  }
  const result = parseArticle(JSON.parse(JSON.stringify(article)));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  // parseArticle drops and reports broken items; a correct extractor produces none.
  expect(result.warnings).toEqual([]);
  const paragraphs = new Map(article.paragraphs.map((p) => [p.id, p.text]));
  for (const q of article.quotes)
    for (const s of q.spans) {
      const t = paragraphs.get(s.paragraphId) ?? "";
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(t.length);
      expect(s.start).toBeLessThan(s.end);
    }
  const ids = [...article.paragraphs, ...article.speakers, ...article.quotes, ...article.claims].map(
    (x) => x.id,
  );
  expect(new Set(article.quotes.map((q) => q.id)).size).toBe(article.quotes.length);
  expect(ids.length).toBeGreaterThan(0);
}

describe("the extractor, on any input", () => {
  it(
    "returns a valid article or a clear ExtractError (news-like text)",
    () => {
      fc.assert(fc.property(newsLike, check), { numRuns: RUNS });
    },
    TIMEOUT,
  );

  it(
    "returns a valid article or a clear ExtractError (arbitrary UTF-16, lone surrogates included)",
    () => {
      fc.assert(fc.property(anyText, check), { numRuns: RUNS });
    },
    TIMEOUT,
  );

  it(
    "returns a valid article or a clear ExtractError (arbitrary graphemes)",
    () => {
      fc.assert(fc.property(anyGraphemes, check), { numRuns: RUNS });
    },
    TIMEOUT,
  );

  it(
    "is deterministic",
    () => {
      fc.assert(
        fc.property(newsLike, (text) => {
          let a: unknown;
          let b: unknown;
          try {
            a = extractFromText(text);
            b = extractFromText(text);
          } catch {
            return;
          }
          expect(b).toEqual(a);
        }),
        { numRuns: Math.ceil(RUNS / 4) },
      );
    },
    TIMEOUT,
  );
});
