/**
 * The bundled seed article against its gold labels (tests/fixtures/seed/gold.json, the same labels the
 * corpus scorer uses): every quoted passage marked and given to the right speaker, boilerplate out.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Article, articleIndex, parseArticle, quoteText } from "../../src/article";

interface Gold {
  speakers: { name: string; aliases: string[] }[];
  quotes: { text: string; speaker: string; kind: string }[];
  indirect: { sentence: string; speaker: string }[];
  boilerplate: string[];
}

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const gold = JSON.parse(read("../fixtures/seed/gold.json")) as Gold;
const raw: unknown = JSON.parse(
  read("../../public/articles/irans-khamenei-no-war-no-negotiations-with-trump.json"),
);

function load(): Article {
  const result = parseArticle(raw);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return result.article;
}

describe("the seed article", () => {
  it("is valid, with nothing dropped", () => {
    const result = parseArticle(raw);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it("has the five speakers, each with a role", () => {
    const article = load();
    expect(article.speakers.map((s) => s.name).sort()).toEqual(gold.speakers.map((s) => s.name).sort());
    for (const s of article.speakers) expect(s.role, s.name).toBeTruthy();
  });

  it("marks every gold quote with its speaker, the two-paragraph quote as one quote", () => {
    const article = load();
    const { speakers } = articleIndex(article);
    const marked = article.quotes
      .filter((q) => q.kind !== "indirect")
      .flatMap((q) => {
        const index = articleIndex(article);
        return q.spans.map((s) => ({
          text: index.paragraphs.get(s.paragraphId)?.text.slice(s.start, s.end),
          speaker: q.speakerId ? speakers.get(q.speakerId)?.name : null,
          spans: q.spans.length,
        }));
      });
    expect(marked).toHaveLength(gold.quotes.length);
    for (const g of gold.quotes)
      expect(marked).toContainEqual(expect.objectContaining({ text: g.text, speaker: g.speaker }));
    expect(marked.filter((m) => m.spans === 2)).toHaveLength(2);
  });

  it("marks every gold sentence of reported speech as indirect, with its speaker", () => {
    const article = load();
    const { speakers } = articleIndex(article);
    const indirect = article.quotes
      .filter((q) => q.kind === "indirect")
      .map((q) => ({
        text: quoteText(article, q),
        speaker: q.speakerId ? speakers.get(q.speakerId)?.name : null,
      }));
    for (const g of gold.indirect) expect(indirect).toContainEqual({ text: g.sentence, speaker: g.speaker });
  });

  it("keeps boilerplate out of the paragraphs, and credits in the metadata", () => {
    const article = load();
    const texts = article.paragraphs.map((p) => p.text);
    for (const b of gold.boilerplate) expect(texts).not.toContain(b);
    expect(texts.some((t) => /Additional reporting|SOURCE:|LEAVE A REPLY/.test(t))).toBe(false);
    // The credit keeps its no-break spaces, as printed.
    expect(article.credits.map((c) => c.replace(/\u00a0/g, " "))).toEqual([
      "Additional reporting by Ted Regencia in Tehran, Iran",
    ]);
    expect(article.source.name).toBe("Al Jazeera News");
  });

  it("has 6–10 key claims, each linked to paragraphs that exist", () => {
    const article = load();
    const { paragraphs } = articleIndex(article);
    expect(article.claims.length).toBeGreaterThanOrEqual(6);
    expect(article.claims.length).toBeLessThanOrEqual(10);
    for (const c of article.claims) for (const pid of c.paragraphIds) expect(paragraphs.has(pid)).toBe(true);
  });
});
