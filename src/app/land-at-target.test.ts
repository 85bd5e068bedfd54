import { describe, expect, it } from "vitest";
import { linkTargetDomId } from "./land-at-target";

describe("linkTargetDomId", () => {
  it("names the printed quote a quote's link points to", () => {
    expect(linkTargetDomId("/a/seed/q/q10")).toBe("quote-q10");
    expect(linkTargetDomId("/mine/notes/q/q2/")).toBe("quote-q2");
    expect(linkTargetDomId("/base/path/a/seed/q/q-1")).toBe("quote-q-1");
  });

  it("names nothing for a page with no printed target, or a malformed one", () => {
    expect(linkTargetDomId("/")).toBeNull();
    expect(linkTargetDomId("/a/seed")).toBeNull();
    expect(linkTargetDomId("/a/seed/p/p3")).toBeNull();
    expect(linkTargetDomId("/library")).toBeNull();
    expect(linkTargetDomId("/a/seed/q/%E0%A4%A")).toBeNull();
  });
});
