import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatArticleDate } from "./dates";

describe("formatArticleDate", () => {
  it("prints a day, a month and a year as British English does", () => {
    expect(formatArticleDate("2018-08-13")).toBe("13 August 2018");
    expect(formatArticleDate("2018-08-13", "short")).toBe("13 Aug 2018");
    expect(formatArticleDate("2019-09-02", "short")).toBe("2 Sept 2019");
    expect(formatArticleDate("2019-06-30", "short")).toBe("30 June 2019");
    expect(formatArticleDate("2019-07-01", "short")).toBe("1 July 2019");
    expect(formatArticleDate("2020-05-05", "short")).toBe("5 May 2020");
  });

  it("is null for no date and for one that does not parse", () => {
    expect(formatArticleDate(undefined)).toBeNull();
    expect(formatArticleDate("")).toBeNull();
    expect(formatArticleDate("not a date")).toBeNull();
  });

  it("prints what the runtime's own British English formatter prints, in its time zone", () => {
    const long = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric" });
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }),
        (date) => {
          expect(formatArticleDate(date.toISOString())).toBe(long.format(date));
        },
      ),
    );
  });
});
