import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Article, Paragraph } from "../article";
import {
  type BodyItem,
  bodyItems,
  bodyParagraphs,
  claimsForFilter,
  filterAttributes,
  partitionSpeakerIds,
  quoteTotals,
  type SpeakerFilter,
  speakerCss,
  toggleSpeaker,
} from "./filter";

const BUNDLED = readFileSync(
  new URL("../../tests/fixtures/articles/seed-annotated.json", import.meta.url),
  "utf8",
);

function bundled(): Article {
  return JSON.parse(BUNDLED) as Article;
}

const BODY_IDS = Array.from({ length: 17 }, (_, i) => `p${i + 1}`);
const range = (from: number, to: number) => BODY_IDS.slice(from - 1, to);

/** Items as short strings: `p7` for a paragraph, `hidden:p1[p1..p6]` for a hidden run. */
function describeItems(items: readonly BodyItem[]): string[] {
  return items.map((item) =>
    item.type === "paragraph"
      ? item.paragraph.id
      : `hidden:${item.key}[${item.paragraphs.map((p) => p.id).join(",")}]`,
  );
}

const hidden = (ids: string[]) => `hidden:${ids[0]}[${ids.join(",")}]`;

/** Every paragraph the items hold, shown or hidden, in order. */
function allParagraphs(items: readonly BodyItem[]): string[] {
  return items.flatMap((item) =>
    item.type === "paragraph" ? [item.paragraph.id] : item.paragraphs.map((p) => p.id),
  );
}

const only = (...speakers: string[]): SpeakerFilter => ({ speakers, only: true });
const none = new Set<string>();

describe("bodyParagraphs", () => {
  it("leaves out title, standfirst and caption", () => {
    expect(bodyParagraphs(bundled()).map((p) => p.id)).toEqual(BODY_IDS);
  });

  it("keeps headings in reading order", () => {
    const article = bundled();
    const heading: Paragraph = { id: "h1", role: "heading", text: "Reactions" };
    article.paragraphs.splice(10, 0, heading);
    const ids = bodyParagraphs(article).map((p) => p.id);
    expect(ids).toEqual([...range(1, 7), "h1", ...range(8, 17)]);
  });
});

describe("bodyItems", () => {
  it("shows every body paragraph when there is no filter", () => {
    const items = bodyItems(bundled(), { speakers: [], only: false }, none);
    expect(describeItems(items)).toEqual(BODY_IDS);
  });

  it("shows every body paragraph when speakers are chosen without show-only", () => {
    const items = bodyItems(bundled(), { speakers: ["pompeo"], only: false }, none);
    expect(describeItems(items)).toEqual(BODY_IDS);
  });

  it("shows every body paragraph in show-only mode with nobody chosen", () => {
    expect(describeItems(bodyItems(bundled(), { speakers: [], only: true }, none))).toEqual(BODY_IDS);
  });

  it("groups each run of paragraphs without the chosen speaker into one hidden item keyed by its first id", () => {
    const items = bodyItems(bundled(), only("pompeo"), none);
    expect(describeItems(items)).toEqual([hidden(range(1, 6)), "p7", hidden(range(8, 17))]);
  });

  it("shows paragraphs of any chosen speaker", () => {
    const items = bodyItems(bundled(), only("trump", "rouhani"), none);
    expect(describeItems(items)).toEqual([
      hidden(range(1, 5)),
      "p6",
      hidden(["p7"]),
      "p8",
      hidden(range(9, 17)),
    ]);
  });

  it("has no hidden item before the first or after the last paragraph when none is needed", () => {
    expect(describeItems(bodyItems(bundled(), only("khamenei"), none))).toEqual([
      ...range(1, 5),
      hidden(range(6, 17)),
    ]);
    expect(describeItems(bodyItems(bundled(), only("zarif"), none))).toEqual([
      hidden(range(1, 9)),
      ...range(10, 17),
    ]);
  });

  it("keeps revealed paragraphs visible, splitting the hidden run around them", () => {
    const items = bodyItems(bundled(), only("pompeo"), new Set(["p9", "p10"]));
    expect(describeItems(items)).toEqual([
      hidden(range(1, 6)),
      "p7",
      hidden(["p8"]),
      "p9",
      "p10",
      hidden(range(11, 17)),
    ]);
  });

  it("keeps every paragraph, shown or hidden, in reading order", () => {
    for (const speakers of [["pompeo"], ["zarif", "trump"], ["ghost"], ["khamenei", "rouhani"]]) {
      const items = bodyItems(bundled(), only(...speakers), new Set(["p4", "p12"]));
      expect(allParagraphs(items), speakers.join(",")).toEqual(BODY_IDS);
      // No two hidden items are ever next to each other.
      items.forEach((item, i) => {
        if (item.type === "hidden") expect(items[i + 1]?.type).not.toBe("hidden");
      });
    }
  });

  it("hides the whole body behind one item for a speaker with no quotes", () => {
    expect(describeItems(bodyItems(bundled(), only("ghost"), none))).toEqual([hidden(BODY_IDS)]);
  });

  it("never puts the title, standfirst or caption in the body", () => {
    const article = bundled();
    // Zarif is quoted in the standfirst; revealing the frame paragraphs does not bring them in either.
    const revealed = new Set(["title", "standfirst", "caption"]);
    for (const filter of [{ speakers: [], only: false }, only("zarif"), only("khamenei")]) {
      const ids = allParagraphs(bodyItems(article, filter, revealed));
      for (const frame of ["title", "standfirst", "caption"]) expect(ids).not.toContain(frame);
    }
  });
});

describe("toggleSpeaker", () => {
  it("adds a speaker at the end and removes a chosen one", () => {
    expect(toggleSpeaker({ speakers: ["zarif"], only: false }, "trump")).toEqual({
      speakers: ["zarif", "trump"],
      only: false,
    });
    expect(toggleSpeaker({ speakers: ["zarif", "trump"], only: false }, "zarif")).toEqual({
      speakers: ["trump"],
      only: false,
    });
  });

  it("keeps show-only while a speaker remains, and drops it when none does", () => {
    expect(toggleSpeaker({ speakers: ["zarif", "trump"], only: true }, "zarif").only).toBe(true);
    expect(toggleSpeaker({ speakers: ["zarif"], only: true }, "zarif")).toEqual({
      speakers: [],
      only: false,
    });
    expect(toggleSpeaker({ speakers: [], only: true }, "zarif")).toEqual({ speakers: ["zarif"], only: true });
  });

  it("does not change the filter it is given", () => {
    const filter: SpeakerFilter = { speakers: ["zarif"], only: true };
    toggleSpeaker(filter, "trump");
    toggleSpeaker(filter, "zarif");
    expect(filter).toEqual({ speakers: ["zarif"], only: true });
  });
});

describe("claimsForFilter", () => {
  const claims = bundled().claims;
  const ids = (filter: SpeakerFilter) => claimsForFilter(claims, filter).map((c) => c.id);

  it("keeps every claim, in a new list, when nobody is chosen", () => {
    const all = claimsForFilter(claims, { speakers: [], only: false });
    expect(all.map((c) => c.id)).toEqual(claims.map((c) => c.id));
    expect(all).not.toBe(claims);
  });

  it("keeps the chosen speakers' claims in claim order, and never the reporter's own", () => {
    expect(ids({ speakers: ["zarif"], only: false })).toEqual(["c8", "c9"]);
    expect(ids({ speakers: ["pompeo", "khamenei"], only: true })).toEqual(["c1", "c2", "c3", "c5"]);
    expect(ids({ speakers: ["ghost"], only: false })).toEqual([]);
    const all = ["khamenei", "zarif", "trump", "pompeo", "rouhani"];
    expect(ids({ speakers: all, only: false })).not.toContain("c7");
  });
});

describe("quoteTotals", () => {
  const article = bundled();

  it("counts every quote when nobody is chosen", () => {
    expect(quoteTotals(article, { speakers: [], only: false })).toEqual({ shown: 18, total: 18 });
  });

  it("counts the chosen speakers' quotes", () => {
    expect(quoteTotals(article, { speakers: ["zarif"], only: false })).toEqual({ shown: 8, total: 18 });
    expect(quoteTotals(article, { speakers: ["zarif", "trump"], only: true })).toEqual({
      shown: 9,
      total: 18,
    });
    expect(quoteTotals(article, { speakers: ["ghost"], only: false })).toEqual({ shown: 0, total: 18 });
  });

  it("does not count unattributed quotes for anyone", () => {
    const withUnattributed = bundled();
    withUnattributed.quotes.push({
      id: "q19",
      speakerId: null,
      kind: "indirect",
      spans: [{ paragraphId: "p9", start: 0, end: 10 }],
    });
    const all = ["khamenei", "zarif", "trump", "pompeo", "rouhani"];
    expect(quoteTotals(withUnattributed, { speakers: all, only: false })).toEqual({ shown: 18, total: 19 });
  });
});

describe("partitionSpeakerIds", () => {
  it("splits ids into known and unknown, keeping their order", () => {
    expect(partitionSpeakerIds(bundled(), ["zarif", "ghost", "trump", "nobody"])).toEqual({
      known: ["zarif", "trump"],
      unknown: ["ghost", "nobody"],
    });
    expect(partitionSpeakerIds(bundled(), [])).toEqual({ known: [], unknown: [] });
  });
});

describe("filterAttributes", () => {
  it("marks the article as filtering and lists the chosen speakers", () => {
    expect(filterAttributes({ speakers: ["zarif", "trump"], only: false })).toEqual({
      "data-filtering": "",
      "data-sel": "zarif trump",
    });
  });

  it("is empty with nobody chosen", () => {
    expect(filterAttributes({ speakers: [], only: true })).toEqual({});
  });
});

describe("speakerCss", () => {
  it("gives each speaker its hue and dims its quotes, keyed on the chosen list, while others are chosen", () => {
    const css = speakerCss([
      { id: "zarif", hue: 200 },
      { id: "khamenei", hue: 337.6 },
    ]);
    expect(css).toContain('[data-s="zarif"] { --h: 200; }');
    expect(css).toContain('[data-s="khamenei"] { --h: 338; }');
    expect(css).toContain('.article[data-filtering]:not([data-sel~="zarif"]) .q[data-s="zarif"] {');
    expect(css).toContain(
      '.article[data-filtering]:not([data-sel~="khamenei"]) .q[data-s="khamenei"] > .q-badge {',
    );
    expect(css.split("\n")).toHaveLength(6);
  });

  it("leaves out ids that could break out of a selector, and hues that are not numbers", () => {
    expect(speakerCss([{ id: 'x"] * { display: none } [a="', hue: 1 }])).toBe("");
    expect(speakerCss([{ id: "zarif", hue: Number.NaN }])).toBe("");
  });
});
