import { describe, expect, it } from "vitest";
import seed from "../../tests/fixtures/articles/seed-annotated.json";
import type { Article, Quote } from "./schema";
import { articleShareMeta, citedWords, quoteShareMeta, quoteWithAttribution, shorten } from "./share";

const article = seed as Article;
const quote = (id: string) => article.quotes.find((q) => q.id === id) as Quote;

describe("shorten", () => {
  it("keeps short text, and cuts long text at a word with an ellipsis", () => {
    expect(shorten("  a  b ", 10)).toBe("a b");
    expect(shorten("one two three four five", 14)).toBe("one two three…");
    expect(shorten("one two three four five", 14).length).toBeLessThanOrEqual(14);
    expect(shorten("averyveryverylongword", 8)).toBe("averyve…");
  });
});

describe("sharing a quote", () => {
  it("cites direct words in quotation marks and reported speech without", () => {
    expect(citedWords(article, quote("q3"))).toMatch(/^“Even if we ever .* administration”$/);
    expect(citedWords(article, quote("q2"))).not.toMatch(/^“/);
  });

  it("copies the words with speaker, role, article, source and link", () => {
    expect(quoteWithAttribution(article, quote("q3"), "https://x.example/a/seed/q/q3")).toBe(
      `${citedWords(article, quote("q3"))}\n— Ayatollah Ali Khamenei, Supreme Leader of Iran, in “${article.title}” (Al Jazeera News)\nhttps://x.example/a/seed/q/q3`,
    );
    const nobody = { ...quote("q3"), speakerId: null };
    expect(quoteWithAttribution(article, nobody, "u").split("\n")[1]).toBe(
      `— in “${article.title}” (Al Jazeera News)`,
    );
  });

  it("marks reported speech as reported, never as the speaker's own words", () => {
    const reported = quote("q2");
    expect(reported.kind).toBe("indirect");
    const who = article.speakers.find((s) => s.id === reported.speakerId)?.name;
    expect(quoteWithAttribution(article, reported, "u").split("\n")[1]).toMatch(
      new RegExp(`^— ${who}, .*as reported in “`),
    );
    const meta = quoteShareMeta(article, reported);
    expect(meta.title).toMatch(new RegExp(`^${who}, as reported: [^“]`));
    expect(meta.description).toContain(", as reported in “");
  });

  it("describes a quote's page for link previews, with absolute addresses when the site is known", () => {
    const meta = quoteShareMeta(article, quote("q3"), "https://reader.example/");
    expect(meta.title).toMatch(/^Ayatollah Ali Khamenei: “Even if we ever/);
    expect(meta.title.length).toBeLessThanOrEqual(130);
    expect(meta.description).toContain("— Ayatollah Ali Khamenei, Supreme Leader of Iran, in “Iran");
    expect(meta.url).toBe(`https://reader.example/a/${article.id}/q/q3`);
    expect(meta.image).toBe(`https://reader.example/cards/${article.id}/q3.png`);
    expect(meta.imageAlt).toMatch(/^“Even if we ever.*” — Ayatollah Ali Khamenei, Supreme Leader of Iran$/);
    expect(quoteShareMeta(article, quote("q3")).url).toBe(`/a/${article.id}/q/q3`);
  });

  it("describes an article's page with its standfirst and speakers", () => {
    const meta = articleShareMeta(article);
    expect(meta.title).toBe(article.title);
    expect(meta.description).toMatch(
      /Quotes from Ayatollah Ali Khamenei, Mohammad Javad Zarif, Donald Trump, Mike Pompeo and others\.$/,
    );
    expect(meta.image).toBe(`/cards/${article.id}.png`);
  });
});
