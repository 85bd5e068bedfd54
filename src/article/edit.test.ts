import fc from "fast-check";
import { describe, expect, it } from "vitest";
import seed from "../../tests/fixtures/articles/seed-annotated.json";
import { type ArticleEdit, applyEdit, describeEdit, EditError } from "./edit";
import { parseArticle } from "./parse";
import type { Article } from "./schema";

const article = seed as Article;
const valid = (a: Article) => {
  const result = parseArticle(JSON.parse(JSON.stringify(a)));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  expect(result.warnings).toEqual([]);
  return result.article;
};

describe("applyEdit", () => {
  it("renames a speaker, keeping the old name as an alias, and can change or clear the role", () => {
    const edited = valid(
      applyEdit(article, { type: "rename-speaker", speakerId: "zarif", name: "  Javad   Zarif " }),
    );
    const zarif = edited.speakers.find((s) => s.id === "zarif");
    expect(zarif?.name).toBe("Javad Zarif");
    expect(zarif?.aliases).toContain("Mohammad Javad Zarif");
    expect(zarif?.role).toBe("Foreign Minister of Iran");
    const noRole = valid(
      applyEdit(article, { type: "rename-speaker", speakerId: "zarif", name: "Zarif", role: " " }),
    );
    expect(noRole.speakers.find((s) => s.id === "zarif")).not.toHaveProperty("role");
    expect(() => applyEdit(article, { type: "rename-speaker", speakerId: "zarif", name: " " })).toThrow(
      EditError,
    );
  });

  it("merging two speakers keeps everyone's colour: the slots are written down, the merged one's is freed", () => {
    const ids = article.speakers.map((s) => s.id);
    const edited = valid(
      applyEdit(article, { type: "merge-speakers", from: ids[0] ?? "", into: ids[2] ?? "" }),
    );
    expect(edited.speakers.map((s) => [s.id, s.colour])).toEqual(
      ids.map((id, i) => [id, i] as const).filter(([id]) => id !== ids[0]),
    );
  });

  it("merges two speakers: quotes, mentions and claims move, names become aliases", () => {
    const edited = valid(applyEdit(article, { type: "merge-speakers", from: "rouhani", into: "khamenei" }));
    expect(edited.speakers.map((s) => s.id)).not.toContain("rouhani");
    expect(edited.quotes.filter((q) => q.speakerId === "rouhani")).toEqual([]);
    expect(edited.quotes.filter((q) => q.speakerId === "khamenei").length).toBe(
      article.quotes.filter((q) => q.speakerId === "khamenei" || q.speakerId === "rouhani").length,
    );
    expect(edited.speakers.find((s) => s.id === "khamenei")?.aliases).toContain("Hassan Rouhani");
    expect(edited.claims.some((c) => c.speakerId === "rouhani")).toBe(false);
    expect(() => applyEdit(article, { type: "merge-speakers", from: "zarif", into: "zarif" })).toThrow(
      EditError,
    );
  });

  it("reassigns a quote to another speaker or to nobody", () => {
    const q = article.quotes[0];
    if (!q) throw new Error("fixture changed");
    expect(
      valid(applyEdit(article, { type: "reassign-quote", quoteId: q.id, speakerId: "trump" })).quotes[0]
        ?.speakerId,
    ).toBe("trump");
    expect(
      valid(applyEdit(article, { type: "reassign-quote", quoteId: q.id, speakerId: null })).quotes[0]
        ?.speakerId,
    ).toBeNull();
    expect(() =>
      applyEdit(article, { type: "reassign-quote", quoteId: q.id, speakerId: "nobody-here" }),
    ).toThrow(EditError);
  });

  it("removes a quote, and the claims' references to it", () => {
    const cited = article.claims.find((c) => c.quoteIds?.length)?.quoteIds?.[0];
    if (!cited) throw new Error("fixture changed");
    const edited = valid(applyEdit(article, { type: "remove-quote", quoteId: cited }));
    expect(edited.quotes.some((q) => q.id === cited)).toBe(false);
    expect(edited.claims.some((c) => c.quoteIds?.includes(cited))).toBe(false);
  });

  it("adds a claim from a paragraph, in reading order, and removes one", () => {
    const edited = valid(applyEdit(article, { type: "add-claim", paragraphId: "p9" }));
    const added = edited.claims.find((c) => !article.claims.some((o) => o.id === c.id));
    expect(added).toMatchObject({
      text: "Washington reimposed sanctions against Iran on August 7.",
      paragraphIds: ["p9"],
    });
    // Placed before the first claim from a later paragraph.
    const at = (c: { paragraphIds: string[] }) =>
      article.paragraphs.findIndex((p) => p.id === c.paragraphIds[0]);
    const firstLater = article.claims.findIndex((c) => at(c) > at({ paragraphIds: ["p9"] }));
    expect(edited.claims.indexOf(added as never)).toBe(firstLater < 0 ? article.claims.length : firstLater);
    const removed = valid(applyEdit(edited, { type: "remove-claim", claimId: added?.id ?? "" }));
    expect(removed.claims).toEqual(article.claims);
  });

  it("never changes the article it is given, and says what it did", () => {
    const before = JSON.stringify(article);
    const edit: ArticleEdit = { type: "merge-speakers", from: "trump", into: "pompeo" };
    applyEdit(article, edit);
    expect(JSON.stringify(article)).toBe(before);
    expect(describeEdit(article, edit)).toBe("Donald Trump merged into Mike Pompeo");
  });

  it("keeps the article valid through any sequence of edits", () => {
    const edit = fc.oneof(
      fc.record({
        type: fc.constant("rename-speaker" as const),
        s: fc.nat(),
        name: fc.string({ minLength: 1, maxLength: 20 }),
      }),
      fc.record({ type: fc.constant("merge-speakers" as const), s: fc.nat(), t: fc.nat() }),
      fc.record({ type: fc.constant("reassign-quote" as const), q: fc.nat(), s: fc.option(fc.nat()) }),
      fc.record({ type: fc.constant("remove-quote" as const), q: fc.nat() }),
      fc.record({ type: fc.constant("add-claim" as const), p: fc.nat() }),
      fc.record({ type: fc.constant("remove-claim" as const), c: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        let current = article;
        const startSlot = new Map(article.speakers.map((s, i) => [s.id, i]));
        for (const e of edits) {
          const pick = <T>(xs: readonly T[], n: number) => xs[n % Math.max(1, xs.length)];
          const speaker = (n: number) => pick(current.speakers, n)?.id ?? "none";
          let next: ArticleEdit;
          if (e.type === "rename-speaker") next = { type: e.type, speakerId: speaker(e.s), name: e.name };
          else if (e.type === "merge-speakers")
            next = { type: e.type, from: speaker(e.s), into: speaker(e.t) };
          else if (e.type === "reassign-quote")
            next = {
              type: e.type,
              quoteId: pick(current.quotes, e.q)?.id ?? "none",
              speakerId: e.s === null ? null : speaker(e.s),
            };
          else if (e.type === "remove-quote")
            next = { type: e.type, quoteId: pick(current.quotes, e.q)?.id ?? "none" };
          else if (e.type === "add-claim")
            next = { type: e.type, paragraphId: pick(current.paragraphs, e.p)?.id ?? "none" };
          else next = { type: e.type, claimId: pick(current.claims, e.c)?.id ?? "none" };
          try {
            current = valid(applyEdit(current, next));
          } catch (error) {
            if (!(error instanceof EditError)) throw error;
          }
          // Every speaker keeps the colour slot they started with, and no two share one.
          const slots = current.speakers.map((s, i) => s.colour ?? i);
          expect(new Set(slots).size).toBe(slots.length);
          current.speakers.forEach((s, i) => {
            expect(slots[i], s.id).toBe(startSlot.get(s.id));
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});
