import { describe, expect, it } from "vitest";
import { placeName } from "./entities";

describe("placeName: what “the company” never means", () => {
  it("knows a place by its name or a country by its letters", () => {
    for (const name of ["Italy", "New York", "Los Angeles", "United States", "US", "U.K."])
      expect(placeName(name), name).toBe(true);
  });

  it("leaves firms and bodies that hold a place's word", () => {
    for (const name of ["Harbour Lines", "Air France", "Bank of America", "United Airlines", "Fast Company"])
      expect(placeName(name), name).toBe(false);
  });
});
