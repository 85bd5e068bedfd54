import { describe, expect, it } from "vitest";
import { tokensOf } from "./test-sentence";
import { isCapitalised } from "./tokens";
import { BodyWords, markCommonOpening } from "./vocabulary";

/** Whether a sentence's first word still reads as capitalised, in an article of these paragraphs. */
function opensWithName(sentence: string, body: string[]): boolean {
  const tokens = tokensOf(sentence);
  markCommonOpening(tokens, new BodyWords(() => [...body, sentence]));
  return isCapitalised(tokens[0]);
}

describe("a capitalised plural opening a sentence", () => {
  it("is a common noun when the article prints it in lower case", () => {
    expect(opensWithName("Lenders say the fee is fair.", ["Most lenders now offer fixed rates."])).toBe(
      false,
    );
  });

  it("stays a name when the article also prints it as one inside a sentence", () => {
    const body = ["The banks raised rates.", "Mary Banks runs the credit union."];
    expect(opensWithName("Banks said the fee is fair.", body)).toBe(true);
    expect(
      opensWithName("Banks said the fee is fair.", ["The banks raised rates.", "Dr. Banks agreed."]),
    ).toBe(true);
  });

  it("stays capitalised when the lower-case form is only part of another word", () => {
    expect(opensWithName("Lenders say the fee is fair.", ["Moneylenders were blamed."])).toBe(true);
  });

  it("leaves words that are no plural, or stand before another capital, alone", () => {
    expect(opensWithName("Marlow said the fee is fair.", ["He reached marlow point."])).toBe(true);
    expect(opensWithName("Lenders Association said so.", ["Most lenders agree."])).toBe(true);
  });
});
