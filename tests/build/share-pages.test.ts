/**
 * What the build writes for sharing (scripts/prerender.mjs): for every bundled article, a page per
 * quote at its link's path, with the tags link previews read, and a card image for each. Runs on the
 * build output: `npm test` runs it after the build (alone: `npm run build && npx vitest run --project
 * build`).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Article, quoteText } from "../../src/article";

const dist = join(__dirname, "..", "..", "dist");
const built = existsSync(join(dist, "articles", "index.json"));
const articles: Article[] = built
  ? JSON.parse(readFileSync(join(dist, "articles", "index.json"), "utf8")).articles.map((a: { id: string }) =>
      JSON.parse(readFileSync(join(dist, "articles", `${a.id}.json`), "utf8")),
    )
  : [];

/** The content of a tag in a page, by its property or name. */
const tag = (page: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key.replace(/:/g, ":")}" content="([^"]*)">`).exec(page)?.[1];
const decodeEntities = (s: string | undefined) =>
  s
    ?.replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** Width and height from a PNG's header. */
function pngSize(file: string) {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("pages for sharing, in the build output", () => {
  it("exist: the app has been built", () => {
    expect(built, "dist/ is missing: run `npm run build` first").toBe(true);
    expect(articles.length).toBeGreaterThan(0);
  });

  for (const article of articles)
    describe(article.id, () => {
      it("has a page per quote, at the quote link's path, with preview tags and a card", () => {
        for (const quote of article.quotes) {
          const file = join(dist, "a", article.id, "q", quote.id, "index.html");
          expect(existsSync(file), file).toBe(true);
          expect(readFileSync(join(dist, "a", article.id, "q", `${quote.id}.html`), "utf8")).toBe(
            readFileSync(file, "utf8"),
          );
          const page = readFileSync(file, "utf8");
          const path = `/a/${article.id}/q/${quote.id}`;
          // The quote's words, who said them, and the article, for link previews.
          const words = quoteText(article, quote).replace(/[\s,;:]+$/u, "");
          const description = decodeEntities(tag(page, "og:description")) ?? "";
          expect(description.replace(/…/g, "")).toContain(words.slice(0, 40));
          expect(description).toContain(`“${article.title}”`);
          const speaker = article.speakers.find((s) => s.id === quote.speakerId);
          if (speaker) {
            const label = quote.kind === "indirect" ? `${speaker.name}, as reported` : speaker.name;
            expect(decodeEntities(tag(page, "og:title"))).toMatch(new RegExp(`^${label}: `));
            expect(description).toContain(speaker.name);
          }
          expect(tag(page, "og:url")).toMatch(new RegExp(`${path}$`));
          expect(page).toContain(`<link rel="canonical" href="${tag(page, "og:url")}">`);
          expect(tag(page, "og:type")).toBe("article");
          expect(tag(page, "twitter:card")).toBe("summary_large_image");
          expect(decodeEntities(tag(page, "og:image:alt"))?.length).toBeGreaterThan(10);
          expect(tag(page, "twitter:image")).toBe(tag(page, "og:image"));
          // The card it names is there, 1200×630.
          const image = tag(page, "og:image") ?? "";
          const cardFile = join(dist, new URL(image, "https://x.invalid").pathname);
          expect(pngSize(cardFile)).toEqual({ width: 1200, height: 630 });
          // And the page is the article, prerendered, ready to open at the quote.
          expect(page).toContain(`data-prerendered="${path}"`);
          expect(page).toContain(`id="quote-${quote.id}"`);
          expect(page.match(/<meta name="description"/g)).toHaveLength(1);
        }
      });

      it("has preview tags and a card on the article's page", () => {
        const page = readFileSync(join(dist, "a", article.id, "index.html"), "utf8");
        expect(decodeEntities(tag(page, "og:title"))).toBe(article.title);
        // The title as a browser reads it (entities decoded), never markup of the article's.
        expect(decodeEntities(/<title>([^<]*)<\/title>/.exec(page)?.[1])).toBe(
          `${article.title} · Attributed`,
        );
        expect(tag(page, "og:url")).toMatch(new RegExp(`/a/${article.id}$`));
        expect(pngSize(join(dist, "cards", `${article.id}.png`))).toEqual({ width: 1200, height: 630 });
      });
    });
});
