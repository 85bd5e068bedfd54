import { describe, expect, it } from "vitest";
import { unmarkedQuotations } from "./transcripts";

const body = (text: string, cued = false) => ({
  text,
  role: "body",
  listItem: false,
  quoted: false,
  masked: () => text,
  cued,
});

describe("unmarkedQuotations", () => {
  it("finds first-person paragraphs after reported speech, and runs of them", () => {
    const blocks = [
      body("The port won the contract on Monday."),
      body("Varga said the deal took years.", true),
      body("I have been visiting their offices for years."),
      body("We already knew each other when the time came."),
      body("The new line starts in March."),
    ];
    expect([...unmarkedQuotations(blocks)]).toEqual([2, 3]);
  });

  it("finds none when the writer speaks in the first person", () => {
    const blocks = [
      body("I went to the port on Monday to see the new quay."),
      body("Varga said the deal took years.", true),
      body("I have been visiting their offices for years."),
    ];
    expect(unmarkedQuotations(blocks).size).toBe(0);
  });

  it("leaves paragraphs with quotation marks, cues or no speech before them to the reading", () => {
    const quoted = {
      ...body("“We knew them,” Varga said.", true),
      quoted: true,
      masked: () => "“        ,” Varga said.",
    };
    const blocks = [
      body("The US port won the contract."),
      quoted,
      body("Our reporter asked the port for its figures, and we were told to wait.", true),
    ];
    expect(unmarkedQuotations(blocks).size).toBe(0);
  });
});
