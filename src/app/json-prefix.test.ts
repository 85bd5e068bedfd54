import fc from "fast-check";
import { describe, expect, it } from "vitest";
import seed from "../../tests/fixtures/articles/seed-annotated.json";
import { ArticlePrefixScanner } from "./json-prefix";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

/** Feeds `text` to a scanner in pieces cut at `cuts`. */
function scan(text: string, cuts: number[], limit?: number) {
  const scanner = new ArticlePrefixScanner();
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    scanner.push(text.slice(at, cut), limit);
    at = Math.max(at, cut);
  }
  scanner.push(text.slice(at), limit);
  return scanner;
}

/** Text that is hard for a scanner: quotes, escapes and brackets inside strings. */
const awkward = fc.string({
  unit: fc.constantFrom("a", " ", '"', "\\", "{", "}", "[", "]", ",", ":", "’", "\n", "é"),
});

const articleWith = (texts: string[]) => ({
  version: 1,
  id: "x",
  title: 'A "title" with {braces}',
  source: { name: "[Wire]" },
  paragraphs: texts.map((text, i) => ({ id: `p${i}`, role: i === 0 ? "title" : "body", text })),
  speakers: [{ id: "s", name: "paragraphs" }],
  quotes: [],
});

describe("ArticlePrefixScanner", () => {
  it("gives every paragraph of the seed once the whole file is in, however it arrives", () => {
    for (const text of [JSON.stringify(seed), JSON.stringify(seed, null, 2)]) {
      fc.assert(
        fc.property(fc.array(fc.nat({ max: text.length }), { maxLength: 8 }), (cuts) => {
          const scanner = scan(text, cuts);
          expect(scanner.complete).toBe(true);
          const prefix = scanner.prefix() as typeof seed;
          expect(prefix.paragraphs).toEqual(seed.paragraphs);
          expect(prefix.title).toBe(seed.title);
        }),
        { numRuns: 50 },
      );
    }
  });

  it("at any cut, gives the members before the paragraphs and a prefix of them, or nothing yet", () => {
    fc.assert(
      fc.property(
        fc.array(awkward, { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.boolean(),
        (texts, cut, pretty) => {
          const article = articleWith(texts);
          const text = pretty ? JSON.stringify(article, null, 2) : JSON.stringify(article);
          const at = cut % (text.length + 1);
          const scanner = scan(text.slice(0, at), [Math.floor(at / 2)]);
          const prefix = scanner.prefix() as ReturnType<typeof articleWith> | null;
          if (prefix === null) {
            expect(scanner.paragraphs).toBe(0);
            return;
          }
          expect(prefix.title).toBe(article.title);
          expect(prefix.source).toEqual(article.source);
          expect(prefix.paragraphs).toEqual(article.paragraphs.slice(0, prefix.paragraphs.length));
          expect(prefix.paragraphs).toHaveLength(scanner.paragraphs);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("stops reading at the paragraph limit, and reads on from there", () => {
    const text = JSON.stringify(seed);
    const scanner = new ArticlePrefixScanner();
    scanner.push(text, 3);
    expect(scanner.paragraphs).toBe(3);
    expect((scanner.prefix() as typeof seed).paragraphs).toEqual(seed.paragraphs.slice(0, 3));
    scanner.push("");
    expect(scanner.complete).toBe(true);
    expect((scanner.prefix() as typeof seed).paragraphs).toHaveLength(seed.paragraphs.length);
  });

  it("gives nothing for what is not an article", () => {
    for (const text of ["", "<!doctype html><p>Not found</p>", "[1, 2]", '{"paragraphs": 3}']) {
      const scanner = scan(text, []);
      expect(scanner.prefix()).toBeNull();
    }
  });
});
