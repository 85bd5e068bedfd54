import { describe, expect, it } from "vitest";
import { CLOSING_MARKS, DOUBLE_MARKS, OPENING_MARKS, SINGLE_MARKS } from "./quote-marks";

describe("quotation marks", () => {
  it("open with every mark that has closers, and close with every closer", () => {
    const pairs = { ...DOUBLE_MARKS, ...SINGLE_MARKS };
    expect([...OPENING_MARKS].sort()).toEqual(Object.keys(pairs).sort());
    expect([...CLOSING_MARKS].sort()).toEqual([...new Set(Object.values(pairs).flat())].sort());
  });
});
