import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Article, Speaker } from "../article";
import { speakerHue, speakerHues, speakerInitials, speakerLabel, speakerLooks } from "./speaker-style";

const BUNDLED = readFileSync(
  new URL("../../tests/fixtures/articles/seed-annotated.json", import.meta.url),
  "utf8",
);

function speaker(id: string, name: string, role?: string): Speaker {
  return { id, name, aliases: [], kind: "person", ...(role === undefined ? {} : { role }) };
}

/** Initials for a single name. */
function initials(name: string): string | undefined {
  return speakerInitials([speaker("s", name)]).get("s");
}

/** Distance between two hues on the colour wheel (0–180). */
function hueDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return Math.min(d, 360 - d);
}

describe("speakerInitials", () => {
  it("gives the bundled speakers their initials", () => {
    const article = JSON.parse(BUNDLED) as Article;
    expect(Object.fromEntries(speakerInitials(article.speakers))).toEqual({
      khamenei: "AK",
      zarif: "MZ",
      trump: "DT",
      pompeo: "MP",
      rouhani: "HR",
    });
  });

  it.each([
    ["Ayatollah Ali Khamenei", "AK"],
    ["President Hassan Rouhani", "HR"],
    ["Prime Minister Boris Johnson", "BJ"],
    ["Dr. Jane Smith", "JS"],
    ["Sen. Bernie Sanders", "BS"],
    ["Secretary Mike Pompeo", "MP"],
    ["Mr Trump", "TR"],
  ])("skips titles: %s → %s", (name, expected) => {
    expect(initials(name)).toBe(expected);
  });

  it.each([
    ["Reuters", "RE"],
    ["Hamas", "HA"],
    ["UN", "UN"],
    ["X", "X"],
    ["President Trump", "TR"],
  ])("uses two letters of a one-word name: %s → %s", (name, expected) => {
    expect(initials(name)).toBe(expected);
  });

  it("uses the first and last names of a long name", () => {
    expect(initials("Mohammad Javad Zarif")).toBe("MZ");
    expect(initials("Jean-Luc Picard")).toBe("JP");
  });

  it("ignores punctuation and case, and keeps accented letters", () => {
    expect(initials("ali khamenei")).toBe("AK");
    expect(initials("Sinéad O'Connor")).toBe("SO");
    expect(initials("Émile Zola")).toBe("ÉZ");
    expect(initials("  Angela   Merkel  ")).toBe("AM");
  });

  it("gives '?' when there is nothing but titles or punctuation", () => {
    expect(initials("The President")).toBe("?");
    expect(initials("—")).toBe("?");
  });

  it("numbers colliding initials in speaker order, leaving the first as it is", () => {
    const result = speakerInitials([
      speaker("trump", "Donald Trump"),
      speaker("merkel", "Angela Merkel"),
      speaker("tusk", "Donald Tusk"),
      speaker("tehan", "Dan Tehan"),
    ]);
    expect(Object.fromEntries(result)).toEqual({ trump: "DT", merkel: "AM", tusk: "DT2", tehan: "DT3" });
    expect(new Set(result.values()).size).toBe(4);
  });
});

describe("speakerHue", () => {
  it("starts at 200 and steps by the golden angle", () => {
    expect(speakerHue(0)).toBe(200);
    expect(speakerHue(1)).toBe(338);
    expect(speakerHue(2)).toBe(115);
  });

  it("gives forty speakers forty different whole-degree hues in 0–359", () => {
    const hues = Array.from({ length: 40 }, (_, i) => speakerHue(i));
    expect(new Set(hues).size).toBe(40);
    for (const h of hues) {
      expect(Number.isInteger(h)).toBe(true);
      expect(h).toBeGreaterThanOrEqual(0);
      expect(h).toBeLessThan(360);
    }
  });

  it("keeps neighbours in the list at least 20 degrees apart", () => {
    for (let i = 0; i < 39; i++)
      expect(hueDistance(speakerHue(i), speakerHue(i + 1)), `${i}`).toBeGreaterThanOrEqual(20);
  });

  it("keeps the first eight speakers at least 20 degrees from each other", () => {
    const hues = Array.from({ length: 8 }, (_, i) => speakerHue(i));
    for (const [i, a] of hues.entries())
      for (const b of hues.slice(i + 1)) expect(hueDistance(a, b)).toBeGreaterThanOrEqual(20);
  });
});

describe("speakerLabel", () => {
  it("joins name and role", () => {
    expect(speakerLabel(speaker("zarif", "Mohammad Javad Zarif", "Foreign Minister of Iran"))).toBe(
      "Mohammad Javad Zarif, Foreign Minister of Iran",
    );
  });

  it("is the name alone without a role, or with an empty one", () => {
    expect(speakerLabel(speaker("x", "Reuters"))).toBe("Reuters");
    expect(speakerLabel(speaker("x", "Reuters", ""))).toBe("Reuters");
  });

  it("says Unattributed for no speaker", () => {
    expect(speakerLabel(undefined)).toBe("Unattributed");
  });
});

describe("speakerLooks", () => {
  it("gives each speaker, in article order, its hue by position, initials and label", () => {
    const article = JSON.parse(BUNDLED) as Article;
    const looks = speakerLooks(article.speakers);
    expect([...looks.keys()]).toEqual(["khamenei", "zarif", "trump", "pompeo", "rouhani"]);
    const zarif = looks.get("zarif");
    expect(zarif?.hue).toBe(speakerHue(1));
    expect(zarif?.initials).toBe("MZ");
    expect(zarif?.label).toBe("Mohammad Javad Zarif, Foreign Minister of Iran");
    expect(zarif?.speaker).toBe(article.speakers[1]);
    expect(new Set([...looks.values()].map((l) => l.hue)).size).toBe(5);
  });

  it("is empty for no speakers", () => {
    expect(speakerLooks([]).size).toBe(0);
  });
});

describe("speakerHues", () => {
  const coloured = (id: string, colour?: number): Speaker => ({
    ...speaker(id, id),
    ...(colour === undefined ? {} : { colour }),
  });

  it("follows the colour slot where there is one, the position where not", () => {
    const hues = speakerHues([coloured("a", 3), coloured("b"), coloured("c", 0)]);
    expect([...hues.values()]).toEqual([speakerHue(3), speakerHue(1), speakerHue(0)]);
  });

  it("never gives two speakers one hue, even when a file gives them one slot", () => {
    const hues = speakerHues([coloured("a", 1), coloured("b", 1), coloured("c"), coloured("d", 2)]);
    expect(new Set(hues.values()).size).toBe(4);
  });
});
