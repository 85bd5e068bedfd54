import { describe, expect, it } from "vitest";
import { Context, NOBODY } from "./context";
import type { Entity } from "./entities";

const entity = (name: string, kind: Entity["kind"], extra: Partial<Entity> = {}): Entity => ({
  name,
  kind,
  aliases: new Set(),
  order: 0,
  ...extra,
});

describe("Context", () => {
  it("points “he” and “she” to the most recent person the article shows to be one, of that gender", () => {
    const context = new Context(() => NOBODY);
    const marlow = entity("Sam Marlow", "person", { evidence: true, gender: "m" });
    const lowe = entity("Petra Lowe", "person", { evidence: true, gender: "f" });
    context.noteSubject(marlow);
    context.noteSubject(lowe);
    expect(context.person("f")).toBe(lowe);
    expect(context.person("m")).toBe(marlow);
  });

  it("never points a pronoun to a place or an event named in passing", () => {
    const context = new Context(() => NOBODY);
    const marlow = entity("Sam Marlow", "person", { evidence: true });
    context.noteSubject(marlow);
    context.noteSubject(entity("Pacific Open", "person"));
    expect(context.person("m")).toBe(marlow);
  });

  it("learns a person's gender from the first pronoun that agrees", () => {
    const context = new Context(() => NOBODY);
    const okafor = entity("Okafor", "person", { evidence: true });
    context.noteSubject(okafor);
    expect(context.person("f")).toBe(okafor);
    expect(okafor.gender).toBe("f");
  });

  it("takes the most recent person of no known gender over an earlier one known to be of it", () => {
    // ("The outbreak was first detected by Dr. Adaeze Nwosu … “…,” she said": a given name the
    // list lacks says nothing of gender.)
    const ruiz = entity("Ana Ruiz", "person", { evidence: true, gender: "f" });
    const nwosu = entity("Adaeze Nwosu", "person", { evidence: true });
    const context = new Context((later) => ("position" in later ? nwosu : NOBODY));
    context.noteSubject(ruiz);
    context.noteMention({ name: "Adaeze Nwosu", text: "Dr. Adaeze Nwosu", position: 9 });
    expect(context.person("f")).toBe(nwosu);
  });

  it("ends when resolving a name it keeps asks for a person again (“His office said” resolves “his”)", () => {
    const marlow = entity("Sam Marlow", "person", { evidence: true, gender: "m" });
    let asked = 0;
    const context: Context = new Context(() => {
      asked++;
      return context.person("m") ?? NOBODY;
    });
    context.noteSubject(marlow);
    context.noteMention({ name: "His Office", text: "His Office", position: 5 });
    expect(context.person("m")).toBe(marlow);
    expect(asked).toBe(1);
  });

  it("points “it” to the most recent organisation that was a subject or spoke, skipping those named", () => {
    const context = new Context(() => NOBODY);
    const trust = entity("Coastal Communities Trust", "organisation");
    const office = entity("Prime Minister’s Office", "organisation", { spoke: true });
    context.noteSubject(trust);
    context.noteSubject(office);
    expect(context.organisation()).toBe(office);
    expect(context.organisation([office])).toBe(trust);
  });
});
