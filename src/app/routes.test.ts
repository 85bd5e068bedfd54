import { describe, expect, it } from "vitest";
import { paragraphPath, quotePath } from "../article";
import { parseRoute } from "./routes";

const ARTICLE = "irans-khamenei-no-war-no-negotiations-with-trump";

describe("parseRoute", () => {
  it("reads / as the default article", () => {
    expect(parseRoute("/")).toEqual({
      name: "article",
      collection: "bundled",
      articleId: null,
      target: null,
    });
    expect(parseRoute("")).toEqual({ name: "article", collection: "bundled", articleId: null, target: null });
  });

  it("reads /a/<id> with or without a trailing slash", () => {
    const expected = { name: "article", collection: "bundled", articleId: ARTICLE, target: null };
    expect(parseRoute(`/a/${ARTICLE}`)).toEqual(expected);
    expect(parseRoute(`/a/${ARTICLE}/`)).toEqual(expected);
  });

  it("reads quote and paragraph targets", () => {
    expect(parseRoute("/a/seed/q/q3")).toEqual({
      name: "article",
      collection: "bundled",
      articleId: "seed",
      target: { type: "quote", id: "q3" },
    });
    expect(parseRoute("/a/seed/p/p12")).toEqual({
      name: "article",
      collection: "bundled",
      articleId: "seed",
      target: { type: "paragraph", id: "p12" },
    });
    expect(parseRoute("/a/seed/q/q3/")).toEqual(parseRoute("/a/seed/q/q3"));
  });

  it("decodes percent-encoded segments", () => {
    expect(parseRoute("/a/%73eed/q/q%33")).toEqual({
      name: "article",
      collection: "bundled",
      articleId: "seed",
      target: { type: "quote", id: "q3" },
    });
  });

  it.each([
    "/b/seed",
    "/a",
    "/a/",
    "/seed",
    "/a/seed/q",
    "/a/seed/x/q3",
    "/a/seed/quote/q3",
    "/a/seed/q/q3/extra",
    "/a/seed/p/p1/q/q1",
  ])("does not know %s", (path) => {
    expect(parseRoute(path)).toEqual({ name: "not-found" });
  });

  it("refuses article ids that are not ids: upper case, encoded slashes, spaces", () => {
    for (const path of ["/a/Seed", "/a/SEED", "/a/foo%2Fbar", "/a/foo%20bar", "/a/-seed", "/a/%2e%2e"])
      expect(parseRoute(path), path).toEqual({ name: "not-found" });
  });

  it("refuses malformed percent-encoding anywhere", () => {
    expect(parseRoute("/a/%E0%A4%A")).toEqual({ name: "not-found" });
    expect(parseRoute("/a/seed/q/%E0%A4%A")).toEqual({ name: "not-found" });
    expect(parseRoute("/a/seed/q/%")).toEqual({ name: "not-found" });
  });

  it("leaves it to the reader to judge a target id the article cannot have", () => {
    expect(parseRoute("/a/seed/q/Q3")).toEqual({
      name: "article",
      collection: "bundled",
      articleId: "seed",
      target: { type: "quote", id: "Q3" },
    });
    expect(parseRoute("/a/seed/p/a%2Fb")).toEqual({
      name: "article",
      collection: "bundled",
      articleId: "seed",
      target: { type: "paragraph", id: "a/b" },
    });
  });
});

describe("the library, reading from an address, and imported articles", () => {
  it("reads /library and /read", () => {
    expect(parseRoute("/library")).toEqual({ name: "library" });
    expect(parseRoute("/library/")).toEqual({ name: "library" });
    expect(parseRoute("/read")).toEqual({ name: "read" });
    expect(parseRoute("/library/x")).toEqual({ name: "not-found" });
  });

  it("reads /mine/<id> like /a/<id>, as an imported article", () => {
    expect(parseRoute("/mine/my-article/q/q2")).toEqual({
      name: "article",
      collection: "local",
      articleId: "my-article",
      target: { type: "quote", id: "q2" },
    });
    expect(parseRoute("/mine/My-Article")).toEqual({ name: "not-found" });
    expect(parseRoute(quotePath("mine", "q1", "local"))).toMatchObject({
      collection: "local",
      articleId: "mine",
    });
    expect(paragraphPath("x", "p1", "local")).toBe("/mine/x/p/p1");
  });
});
