import { describe, expect, it } from "vitest";
import { descriptionAt } from "./descriptions";
import { indexOf, tokensOf } from "./test-sentence";

function described(text: string, verb: string, side: "left" | "right", nextToQuote: boolean) {
  const tokens = tokensOf(text);
  const phrase = descriptionAt(tokens, indexOf(tokens, verb), side, nextToQuote);
  return phrase && { type: phrase.type, text: phrase.text, head: phrase.head };
}

describe("descriptionAt", () => {
  it("reads any description next to a quotation", () => {
    expect(
      described("“It is the best thing,” said the retired schoolteacher.", "said", "right", true),
    ).toEqual({
      type: "role",
      text: "the retired schoolteacher",
      head: "schoolteacher",
    });
    expect(
      described("“We waited twenty years,” the Riverside shopkeeper said.", "said", "left", true),
    ).toMatchObject({
      text: "the Riverside shopkeeper",
    });
    expect(described("“Choo choo!” says my two-year-old.", "says", "right", true)).toMatchObject({
      text: "my two-year-old",
    });
  });

  it("reads a subject that names people, away from quotations", () => {
    expect(described("Refugee advocates say the shortage is growing.", "say", "left", false)).toEqual({
      type: "group",
      text: "Refugee advocates",
      head: "advocates",
    });
    expect(described("But the rookie defenceman said he was ready.", "said", "left", false)).toMatchObject({
      text: "the rookie defenceman",
    });
    expect(
      described("People arrested at the protest last week said police used spray.", "said", "left", false),
    ).toMatchObject({
      type: "group",
      head: "people",
    });
  });

  it("reads nothing where only things, passives or nobody stand", () => {
    expect(
      described("One idea holds that computers were marketed to boys.", "holds", "left", false),
    ).toBeNull();
    expect(
      described("The participants were asked to say which way the dots moved.", "asked", "left", false),
    ).toBeNull();
    expect(
      described(
        "Although no group claimed responsibility, the attack raised fears.",
        "claimed",
        "left",
        false,
      ),
    ).toBeNull();
    expect(described("Sony’s PlayStation 4 Pro shows promise.", "promise", "left", false)).toBeNull();
  });
});
