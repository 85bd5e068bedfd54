import { describe, expect, it } from "vitest";
import { findCues } from "./cues";
import { tokensOf } from "./test-sentence";

/** The "according to" cue of a sentence: its source as printed, and the role given with it. */
function source(text: string) {
  const cue = findCues(tokensOf(text)).find((c) => c.lemma === "according to");
  return cue && { source: cue.subject?.text, role: cue.appositive };
}

describe("findCues: according to", () => {
  it("takes a role closed by a comma after the source", () => {
    expect(source("According to Ana Ruiz, the port's director, fares will rise.")).toEqual({
      source: "Ana Ruiz",
      role: "port's director",
    });
  });

  it("never takes the clause the source is given for as its role", () => {
    expect(
      source("According to Reuters, the board’s questions include whether the founder profited."),
    ).toEqual({ source: "Reuters", role: undefined });
    expect(source("According to the Pentagon, the base serves as an outpost in the fight.")).toEqual({
      source: "the Pentagon",
      role: undefined,
    });
  });
});

describe("findCues: labels", () => {
  it("reads a one-word line as a label, not speech", () => {
    expect(findCues(tokensOf("Claim"))).toEqual([]);
    expect(findCues(tokensOf("Update:"))).toEqual([]);
  });
});

describe("findCues: words that describe", () => {
  it("takes no participle in a list of words before a noun for a verb of saying", () => {
    const lemmas = (text: string) => findCues(tokensOf(text)).map((c) => c.lemma);
    expect(lemmas("The keyboards have suffered from sticky, repeating, or dead keys since 2016.")).toEqual(
      [],
    );
    expect(lemmas("Ruiz paused, repeating, “We will not leave,” to the crowd.")).toEqual(["repeat"]);
  });
});

describe("findCues: a text and a bare form", () => {
  const cues = (text: string) => findCues(tokensOf(text)).map((c) => [c.lemma, c.subject?.text]);

  it("reads a bare form after one text, or a name with an article, as part of its noun", () => {
    expect(cues("Focus on building your email list.")).toEqual([]);
    expect(cues("Worries were raised on the Kestrel list about the project.")).toEqual([]);
  });

  it("keeps a subject's own verb: a past tense spelt like its bare form, a plural, a body", () => {
    expect(cues("“Nobody should wait this long,” the letter read.")).toEqual([["read", "the letter"]]);
    expect(cues("Their reports list three causes of the delay.")).toEqual([["list", "Their reports"]]);
    expect(cues("The Government say fares will fall.")).toEqual([["say", "Government"]]);
  });
});

describe("findCues: a verb of saying after “is to”", () => {
  const lemmas = (text: string) => findCues(tokensOf(text)).map((c) => c.lemma);

  it("reads a plan or an aim as no words said", () => {
    expect(lemmas("My first request to the Harbour Council is to ask for more time.")).toEqual([]);
    expect(lemmas("The Harbour Council is to announce the new budget on Monday.")).toEqual([]);
  });

  it("keeps one whose words follow", () => {
    expect(lemmas("Her answer was to say that she would stay.")).toEqual(["say"]);
  });
});
