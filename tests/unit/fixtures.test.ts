/**
 * The extractor against its fixtures, in the style of Readability's test pages: one folder per case
 * (`tests/fixtures/<case>/input.txt` or `input.html`, and `expected.json`), each compared field by
 * field so that a failure names what changed. `npm run fixtures:update` regenerates the expected
 * files; review their diff like code.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/article";
import { extractArticle, extractFromText } from "../../src/extract";
import { parseHtml } from "../../src/ingest/html";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
const cases = readdirSync(fixtures).filter((name) => existsSync(join(fixtures, name, "expected.json")));

function extract(name: string): Article {
  const txt = join(fixtures, name, "input.txt");
  if (existsSync(txt)) return extractFromText(readFileSync(txt, "utf8"), { id: name });
  return extractArticle(parseHtml(readFileSync(join(fixtures, name, "input.html"), "utf8")), { id: name });
}

/** Readable projections: what a reviewer checks, and what a failure message shows. */
const view = {
  metadata: (a: Article) => ({
    id: a.id,
    title: a.title,
    standfirst: a.standfirst,
    byline: a.byline,
    source: a.source,
    credits: a.credits,
    image: a.image,
  }),
  paragraphs: (a: Article) => a.paragraphs.map((p) => `${p.id} [${p.role}] ${p.text}`),
  speakers: (a: Article) =>
    a.speakers.map((s) => ({ id: s.id, name: s.name, kind: s.kind, role: s.role, aliases: s.aliases })),
  quotes: (a: Article) => {
    const text = new Map(a.paragraphs.map((p) => [p.id, p.text]));
    return a.quotes.map(
      (q) =>
        `${q.id} ${q.kind} ${q.speakerId ?? "(nobody)"}: ${q.spans.map((s) => `${s.paragraphId}“${text.get(s.paragraphId)?.slice(s.start, s.end)}”`).join(" + ")}`,
    );
  },
  mentions: (a: Article) => a.mentions.map((m) => `${m.speakerId}@${m.paragraphId}:${m.start}-${m.end}`),
  claims: (a: Article) =>
    a.claims.map((c) => ({ text: c.text, speakerId: c.speakerId, paragraphIds: c.paragraphIds })),
};

describe.each(cases)("fixture %s", (name) => {
  const expected = JSON.parse(readFileSync(join(fixtures, name, "expected.json"), "utf8")) as Article;
  const actual = extract(name);
  for (const [field, project] of Object.entries(view))
    it(`has the expected ${field}`, () => {
      expect(project(actual)).toEqual(project(expected));
    });
  it("is exactly the expected JSON", () => {
    expect(JSON.parse(JSON.stringify(actual))).toEqual(expected);
  });
});
