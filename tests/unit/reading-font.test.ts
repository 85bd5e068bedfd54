import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UNICODE_RANGE_CSS } from "../../scripts/reading-font";

describe("the reading font", () => {
  it("is declared for exactly the letters its subset keeps", () => {
    const css = readFileSync(join(__dirname, "..", "..", "src", "app", "base.css"), "utf8");
    const ranges = [...css.matchAll(/font-family: "Source Serif 4";[\s\S]*?unicode-range:([^;]+);/g)].map(
      (m) => (m[1] ?? "").replace(/\s+/g, " ").trim(),
    );
    expect(ranges).toEqual([UNICODE_RANGE_CSS, UNICODE_RANGE_CSS]);
  });
});
