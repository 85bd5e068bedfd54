import { describe, expect, it } from "vitest";
import { subjectLeftOf } from "./subjects";
import { indexOf, tokensOf } from "./test-sentence";

/** The subject phrase left of the verb, as printed, with its role. */
function subject(text: string, verb = "said") {
  const tokens = tokensOf(text);
  const found = subjectLeftOf(tokens, indexOf(tokens, verb));
  return (
    found && {
      type: found.phrase.type,
      name: found.phrase.name ?? found.phrase.text,
      role: found.appositive ?? found.phrase.role,
    }
  );
}

describe("subjectLeftOf", () => {
  it("takes the name before an aside, and the aside as the role", () => {
    expect(subject("“Rates will fall,” Dana Pike, chief economist at Harbour Bank, said.")).toEqual({
      type: "name",
      name: "Dana Pike",
      role: "chief economist at Harbour Bank",
    });
  });

  it("walks past stacked asides and party tags", () => {
    expect(
      subject("Sen. Ray Cole, D-Ohio, a member of the panel, said the hearing would go ahead."),
    ).toMatchObject({
      name: "Ray Cole",
      role: "D-Ohio, member of the panel",
    });
    expect(subject("Rep. Ann Toll (R-Fla.) said the figures were good.")).toMatchObject({
      name: "Ann Toll",
      role: "R-Fla.",
    });
  });

  it("keeps a list of fields in one role", () => {
    expect(
      subject("“We are ready,” Tomas Greer, Minister of Energy, Mines and Forests, said."),
    ).toMatchObject({
      name: "Tomas Greer",
      role: "Minister of Energy, Mines and Forests",
    });
  });

  it("reads a lower-case job after a name as its role", () => {
    expect(subject("“Stay calm,” Lena Fisk, emergency co-ordinator, said.")).toMatchObject({
      name: "Lena Fisk",
      role: "emergency co-ordinator",
    });
  });

  it("gives a workplace after a name to the person, not the workplace", () => {
    expect(
      subject("Economics professor Martin Osei at the University of Leeds says prices will fall.", "says"),
    ).toMatchObject({
      type: "name",
      name: "Martin Osei",
    });
    expect(
      subject("Priya Nand with the Harbour Health Authority says costs are rising.", "says"),
    ).toMatchObject({
      name: "Priya Nand",
    });
  });

  it("still takes the name in an aside after a description", () => {
    expect(subject("The leader of the party, Rachid Amrani, said the vote was fair.")).toMatchObject({
      name: "Rachid Amrani",
    });
  });

  it("takes a relative clause's antecedent, and a document's author", () => {
    expect(
      subject(
        "The talks had failed, the source, who said he had spoken to both sides, told Reuters.",
        "said",
      ),
    ).toMatchObject({
      name: "the source",
    });
    expect(
      subject("A statement released by the Prime Minister’s Office said funding was agreed."),
    ).toMatchObject({
      name: "Prime Minister’s Office",
    });
    expect(
      subject("An internal memo seen by this newspaper said engineers had warned of the risk."),
    ).toMatchObject({
      type: "document",
    });
  });

  it("reads an acronym in brackets as the subject's name", () => {
    expect(
      subject("Immigration, Refugees and Citizenship Canada (IRCC) says it will hire staff.", "says"),
    ).toMatchObject({
      name: "IRCC",
    });
  });

  it("reads a sentence that opens with “By that …” without looking before its start", () => {
    expect(() => subject("By that city warned", "warned")).not.toThrow();
  });
});
