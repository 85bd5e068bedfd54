/**
 * The validator against mutated articles: whatever a file holds, `parseArticle` answers (never
 * throws), a rejection names where the problem is, and an accepted article is safe to render: every
 * quote span lies inside its paragraph on character boundaries, every reference resolves, and a
 * paragraph's highlight runs give back exactly its text. CI runs 10,000 mutated articles
 * (PROPERTY_RUNS sets another number).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import seed from "../../tests/fixtures/articles/seed-annotated.json";
import { articleIndex } from "./article-index";
import { parseArticle } from "./parse";
import type { Run } from "./runs";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 10_000);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `value`. */
function pathsOf(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => void pathsOf(v, [...prefix, i], out));
  else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

const SEED = seed as unknown as Json;
const SEED_PATHS = pathsOf(SEED).filter((p) => p.length > 0);

/** Values that break things: wrong types, edge numbers, hostile and awkward strings, ids of other items. */
const nasty: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(
    -1,
    0,
    1,
    2 ** 31,
    1e308,
    -0,
    0.5,
    "",
    " ",
    "p1",
    "q1",
    "zarif",
    "khamenei",
    "Title",
    "body",
    "direct",
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "javascript:alert(1)",
    "\u202eevil\u202c",
    "a\u200bb",
    "😀👍🏽",
    "e\u0301",
    "\ud83d",
    "x".repeat(10_000),
    [],
    {},
  ),
);

/** One change to an article: a value replaced, a key removed, an item duplicated, or two values swapped. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), at: fc.nat(), value: nasty }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("swap" as const), at: fc.nat(), other: fc.nat() }),
);

function parentOf(root: Json, path: (string | number)[]): [Json, string | number] | null {
  let node = root;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== "object") return null;
    node = (node as Record<string | number, Json>)[key] as Json;
  }
  if (node === null || typeof node !== "object") return null;
  return [node, path[path.length - 1] as string | number];
}

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(article: Json, changes: Mutation[]) {
  const copy = structuredClone(article);
  for (const change of changes) {
    const paths = pathsOf(copy).filter((p) => p.length > 0);
    if (paths.length === 0) break;
    const path = paths[change.at % paths.length] as (string | number)[];
    const found = parentOf(copy, path);
    if (!found) continue;
    const [parent, key] = found;
    const record = parent as Record<string | number, Json>;
    if (change.kind === "set") record[key] = structuredClone(change.value);
    else if (change.kind === "delete") {
      if (Array.isArray(parent) && typeof key === "number") parent.splice(key, 1);
      else delete record[key];
    } else if (change.kind === "duplicate") {
      if (Array.isArray(parent) && typeof key === "number")
        parent.splice(key, 0, structuredClone(parent[key] as Json));
    } else {
      const otherPath = paths[change.other % paths.length] as (string | number)[];
      const other = parentOf(copy, otherPath);
      if (!other) continue;
      const otherRecord = other[0] as Record<string | number, Json>;
      const a = record[key] as Json;
      const b = otherRecord[other[1]] as Json;
      // Swapping a value with one inside it would make a cycle.
      if (otherPath.length > path.length && path.every((p, i) => otherPath[i] === p)) continue;
      if (path.length > otherPath.length && otherPath.every((p, i) => path[i] === p)) continue;
      record[key] = structuredClone(b);
      otherRecord[other[1]] = structuredClone(a);
    }
  }
  return copy;
}

/** The text a paragraph's runs give back. */
const textOf = (runs: Run[]): string =>
  runs.map((run) => (run.type === "text" ? run.text : textOf(run.children))).join("");

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

function expectRenderable(result: ReturnType<typeof parseArticle>) {
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(typeof p.path).toBe("string");
      expect(p.message.length).toBeGreaterThan(0);
    }
    return;
  }
  const { article } = result;
  const index = articleIndex(article);
  expect(index.paragraphs.size).toBe(article.paragraphs.length);
  for (const quote of article.quotes) {
    if (quote.speakerId !== null) expect(index.speakers.has(quote.speakerId)).toBe(true);
    for (const span of quote.spans) {
      const text = index.paragraphs.get(span.paragraphId)?.text;
      expect(text).toBeDefined();
      expect(0 <= span.start && span.start < span.end && span.end <= (text?.length ?? -1)).toBe(true);
      for (const at of [span.start, span.end])
        if (text && at > 0 && at < text.length)
          expect(isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))).toBe(false);
    }
  }
  for (const claim of article.claims) {
    if (claim.speakerId !== null) expect(index.speakers.has(claim.speakerId)).toBe(true);
    for (const id of claim.paragraphIds) expect(index.paragraphs.has(id)).toBe(true);
  }
  for (const paragraph of article.paragraphs) expect(textOf(index.runs(paragraph.id))).toBe(paragraph.text);
}

describe("parseArticle on mutated articles", () => {
  it("accepts the article as it is", () => {
    expect(parseArticle(SEED).ok).toBe(true);
  });

  it("never throws; rejects with located problems, or accepts only what renders safely", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (changes) => {
        expectRenderable(parseArticle(mutate(SEED, changes)));
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  it("answers anything at all, not only articles", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectRenderable(parseArticle(value));
      }),
      { numRuns: Math.ceil(RUNS / 10) },
    );
  });

  it("has paths for all of the seed's values", () => {
    expect(SEED_PATHS.length).toBeGreaterThan(100);
  });
});
