/**
 * Properties of the key claims over generated articles: whatever the text, each claim is the words of
 * its paragraph in order (at most two asides cut, never reworded), the claims run in article order
 * with the lead first, and every paragraph and quotation they name exists.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExtractError, extractFromText } from "./extract";

/** Runs per property: 2,000 (PROPERTY_RUNS sets another number; each run is a whole article). */
const RUNS = Math.ceil(Number(process.env.PROPERTY_RUNS ?? 10_000) / 5);
const TIMEOUT = 300_000;

const word = fc.constantFrom(
  "the",
  "council",
  "said",
  "says",
  "that",
  "budget",
  "would",
  "rise",
  "by",
  "14",
  "percent",
  "$2m",
  "on",
  "Monday",
  "Mayor",
  "Ada",
  "Lind",
  "he",
  "she",
  "it",
  "they",
  "who",
  "has",
  "led",
  "city",
  "for",
  "years",
  "but",
  "However,",
  "residents",
  "warned",
  "according",
  "to",
  "officials",
  "“We",
  "will",
  "not",
  "pay,”",
  '"No',
  'more,"',
  "‘quietly’",
  "—",
  "(D-Ohio)",
  ",",
  "I",
  "my",
  "?",
  ":",
  // Shapes the claims are tidied from: an opener, an aside between subject and verb, a stray comma.
  "But",
  "Lind, who has led the city for years, said",
  "Mayor Ada Lind, warned",
);
const sentence = fc.array(word, { minLength: 3, maxLength: 40 }).chain((words) =>
  fc.constantFrom(".", "?", "!", "", ".”").map((end) => {
    const text = words.join(" ").replace(/ ,/g, ",");
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}${end}`;
  }),
);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(" "));
const article = fc
  .tuple(sentence, fc.array(paragraph, { minLength: 1, maxLength: 24 }))
  .map(([title, paragraphs]) => [title, ...paragraphs].join("\n\n"));

/** The words of a text, lower case, for comparing a claim with its source. */
const words = (s: string) =>
  s
    .replace(/[‘’]/g, "'")
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * A claim's words stand in the source in order, with at most two runs of the source left out. (The
 * fewest runs over every way of placing the claim's words, not the first way found: "However, who
 * warned Mayor Ada Lind, warned Lind" trimmed to "However warned Lind" leaves one run out, though
 * its first "warned" is the aside's.)
 */
function faithful(claim: string, source: string): boolean {
  const src = words(source);
  const w = words(claim);
  if (w.length === 0) return false;
  // cuts[j]: the fewest runs left out placing the claim's words so far with the last at src[j].
  const none = Number.POSITIVE_INFINITY;
  let cuts = src.map((x) => (x === w[0] ? 0 : none));
  for (let i = 1; i < w.length; i++) {
    const next = new Array<number>(src.length).fill(none);
    let before = none; // the fewest over positions up to j - 2
    for (let j = 1; j < src.length; j++) {
      if (j >= 2) before = Math.min(before, cuts[j - 2] as number);
      if (src[j] === w[i]) next[j] = Math.min(cuts[j - 1] as number, before + 1);
    }
    cuts = next;
  }
  return Math.min(...cuts) <= 2;
}

function check(text: string) {
  let result: ReturnType<typeof extractFromText>;
  try {
    result = extractFromText(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ExtractError);
    return;
  }
  const order = new Map(result.paragraphs.map((p, i) => [p.id, i]));
  const paragraphs = new Map(result.paragraphs.map((p) => [p.id, p.text]));
  const quotes = new Set(result.quotes.map((q) => q.id));
  expect(result.claims.length).toBeLessThanOrEqual(10);
  let previous = -1;
  for (const claim of result.claims) {
    expect(claim.paragraphIds.length).toBeGreaterThan(0);
    for (const id of claim.paragraphIds) expect(order.has(id)).toBe(true);
    for (const id of claim.quoteIds ?? []) expect(quotes.has(id)).toBe(true);
    const source = claim.paragraphIds.map((id) => paragraphs.get(id) ?? "").join(" ");
    expect(faithful(claim.text, source), `${claim.text} ⟵ ${source}`).toBe(true);
    // The lead first, then article order: one order down the page.
    const at = order.get(claim.paragraphIds[0] as string) as number;
    expect(at).toBeGreaterThanOrEqual(previous);
    previous = at;
  }
}

describe("key claims, on any article", () => {
  it(
    "are faithful to their paragraphs, in article order, and name only what exists",
    () => {
      fc.assert(fc.property(article, check), {
        numRuns: RUNS,
        // Found once: an aside trimmed between two of the same word.
        examples: [
          [
            "The the the.\n\nThe according However, who warned Mayor Ada Lind, warned Lind the the.\n\nThe the the.",
          ],
          // And once a crash: a description's workplace cut off, then another workplace in what was left.
          ["The the the.\n\nLind officials for the has said the the the. The the the.\n\nThe the the."],
          // And a quotation running in from the paragraph above the lead, listed after it.
          [
            "Residents the the.\n\nNot — But. , it 14 according officials but. Who who but Lind, who has led the city for years, said I $2m.\n\nThe the the.\n\nThe the the.\n\n“We the years the.\n\n“We led the the the. Pay,” the the that. The the residents Lind (D-Ohio) the the.\n\nThe the the.\n\nThe the the.\n\nThe the the.",
          ],
        ],
      });
    },
    TIMEOUT,
  );
});
