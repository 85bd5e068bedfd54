import { describe, expect, it } from "vitest";
import type { Entity } from "./entities";
import { joinSameSpeakers } from "./same-speakers";

let order = 0;
const entity = (name: string, kind: Entity["kind"], gender?: "m" | "f"): Entity => ({
  name,
  kind,
  aliases: new Set(),
  order: order++,
  ...(gender ? { gender } : {}),
});

/** The speakers' names after joining, one per attribution. */
function joined(...speakers: Entity[]) {
  const attributions = speakers.map((speaker) => ({ speaker }));
  joinSameSpeakers(attributions);
  return attributions.map((a) => a.speaker.name);
}

describe("joinSameSpeakers", () => {
  it("joins a name printed with and without its space, under the form quoted more", () => {
    const a = entity("WaterLink", "organisation");
    const b = entity("Water Link", "organisation");
    expect(joined(a, b, a)).toEqual(["WaterLink", "WaterLink", "WaterLink"]);
    expect([...a.aliases]).toContain("Water Link");
  });

  it("writes out words cut short before comparing", () => {
    const full = entity("Harbourside Police Department", "organisation");
    const cut = entity("Harbourside Police Dept.", "organisation");
    expect(joined(full, cut)).toEqual(["Harbourside Police Department", "Harbourside Police Department"]);
  });

  it("gives a peer's title and surname to the one person named in full with that surname", () => {
    expect(joined(entity("Helen Hollis", "person"), entity("Baroness Hollis", "person"))).toEqual([
      "Helen Hollis",
      "Helen Hollis",
    ]);
    expect(joined(entity("Charles Hollis", "person"), entity("Baroness Hollis", "person"))).toEqual([
      "Charles Hollis",
      "Baroness Hollis",
    ]);
    expect(
      joined(
        entity("Ana Hollis", "person"),
        entity("Rosa Hollis", "person"),
        entity("Lady Hollis", "person"),
      ),
    ).toEqual(["Ana Hollis", "Rosa Hollis", "Lady Hollis"]);
  });

  it("gives a bare group to the one group of that noun the story describes, never to 'other' ones", () => {
    expect(
      joined(
        entity("Researchers", "group"),
        entity("Researchers at Harbour University", "group"),
        entity("Other researchers", "group"),
      ),
    ).toEqual([
      "Researchers at Harbour University",
      "Researchers at Harbour University",
      "Other researchers",
    ]);
    expect(
      joined(
        entity("Researchers", "group"),
        entity("Researchers at Harbour University", "group"),
        entity("Kestrel Institute researchers", "group"),
      ),
    ).toEqual(["Researchers", "Researchers at Harbour University", "Kestrel Institute researchers"]);
  });

  it("gives 'the task force' to the one speaker introduced as 'a … task force'", () => {
    expect(
      joined(entity("A U.S. task force", "organisation"), entity("The task force", "organisation")),
    ).toEqual(["A U.S. task force", "A U.S. task force"]);
    expect(
      joined(
        entity("A U.S. task force", "organisation"),
        entity("A state task force", "organisation"),
        entity("The task force", "organisation"),
      ),
    ).toEqual(["A U.S. task force", "A state task force", "The task force"]);
  });

  it("makes one team of 'the researchers', 'the study authors' and 'the research team'", () => {
    expect(
      joined(
        entity("The research team", "organisation"),
        entity("The researchers", "group"),
        entity("The study authors", "group"),
      ),
    ).toEqual(["The research team", "The research team", "The research team"]);
    expect(
      joined(entity("The researchers", "group"), entity("Researchers at Harbour University", "group")),
    ).toEqual(["Researchers at Harbour University", "Researchers at Harbour University"]);
    expect(
      joined(
        entity("The researchers", "group"),
        entity("Researchers at Harbour University", "group"),
        entity("Kestrel Institute researchers", "group"),
      ),
    ).toEqual(["The researchers", "Researchers at Harbour University", "Kestrel Institute researchers"]);
  });

  it("leaves different names apart", () => {
    expect(joined(entity("Ana Ruiz", "person"), entity("Ana Ruiz-Pike", "person"))).toEqual([
      "Ana Ruiz",
      "Ana Ruiz-Pike",
    ]);
  });
});
