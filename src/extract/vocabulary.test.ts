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

describe("a capitalised word opening a sentence", () => {
  it("is a common word when the article prints it in lower case", () => {
    expect(opensWithName("Lenders say the fee is fair.", ["Most lenders now offer fixed rates."])).toBe(
      false,
    );
    expect(opensWithName("Job creation has been slow.", ["She found a part-time job."])).toBe(false);
    // (Capitalised after a full stop is no name's printing.)
    expect(opensWithName("Banks said so.", ["The banks raised rates. Banks were blamed."])).toBe(false);
  });

  it("is a gerund when it ends in -ing and the article never prints it as a name", () => {
    expect(opensWithName("Waiting lists grew.", ["Nobody likes them."])).toBe(false);
    expect(opensWithName("Fleming said the rules would change.", ["Rick Fleming is the advocate."])).toBe(
      true,
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
    expect(opensWithName("Keepers say the fee is fair.", ["Goalkeepers were blamed."])).toBe(true);
  });

  it("is a common word when it is the plural of a noun for people or bodies that speak", () => {
    expect(opensWithName("Universities say the cap is unfair.", ["Fees rose again."])).toBe(false);
    expect(opensWithName("Insurers said so.", ["Premiums rose."])).toBe(false);
    expect(opensWithName("Landlords warned of rises.", ["Rents rose."])).toBe(false);
    // (Not a word that only ends like one: "Jones", "Reuters".)
    expect(opensWithName("Jones said the fee is fair.", ["Fees rose."])).toBe(true);
    expect(opensWithName("Reuters said the fee is fair.", ["Fees rose."])).toBe(true);
  });

  it("leaves names, and words before another capital, alone", () => {
    expect(opensWithName("Marlow said the fee is fair.", ["Sam Marlow keeps goal."])).toBe(true);
    expect(opensWithName("Lenders Association said so.", ["Most lenders agree."])).toBe(true);
  });
});
