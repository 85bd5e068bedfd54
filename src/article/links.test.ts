import { describe, expect, it } from "vitest";
import {
  articlePath,
  formatLinkState,
  type LinkState,
  paragraphPath,
  parseLinkState,
  parseRoute,
  quotePath,
} from "./links";
import type { TextSelector } from "./selector";

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

describe("paths", () => {
  it("builds article, quote and paragraph paths", () => {
    expect(articlePath("seed")).toBe("/a/seed");
    expect(quotePath("seed", "q3")).toBe("/a/seed/q/q3");
    expect(paragraphPath("seed", "p12")).toBe("/a/seed/p/p12");
  });

  it("percent-encodes each segment", () => {
    expect(articlePath("a/b")).toBe("/a/a%2Fb");
    expect(quotePath("a b", "c/d")).toBe("/a/a%20b/q/c%2Fd");
    expect(paragraphPath("x?y", "p#1")).toBe("/a/x%3Fy/p/p%231");
  });

  it("reads back what it builds", () => {
    expect(parseRoute(quotePath(ARTICLE, "q14"))).toEqual({
      name: "article",
      collection: "bundled",
      articleId: ARTICLE,
      target: { type: "quote", id: "q14" },
    });
    expect(parseRoute(paragraphPath(ARTICLE, "standfirst"))).toEqual({
      name: "article",
      collection: "bundled",
      articleId: ARTICLE,
      target: { type: "paragraph", id: "standfirst" },
    });
    expect(parseRoute(articlePath(ARTICLE))).toEqual({
      name: "article",
      collection: "bundled",
      articleId: ARTICLE,
      target: null,
    });
  });
});

describe("parseLinkState", () => {
  const empty = { speakers: [], only: false, selector: null, problems: [] };

  it("is empty for an empty query, with or without the question mark", () => {
    expect(parseLinkState("")).toEqual(empty);
    expect(parseLinkState("?")).toEqual(empty);
    expect(parseLinkState("?other=1")).toEqual(empty);
  });

  it("reads the chosen speakers in order", () => {
    expect(parseLinkState("?speaker=zarif,khamenei").speakers).toEqual(["zarif", "khamenei"]);
    expect(parseLinkState("speaker=zarif").speakers).toEqual(["zarif"]);
  });

  it("drops repeated and empty speakers without complaint", () => {
    const state = parseLinkState("?speaker=a,,b,a, ,b");
    expect(state.speakers).toEqual(["a", "b"]);
    expect(state.problems).toEqual([]);
  });

  it("decodes the value, trims ids, and reads %2C as a separator", () => {
    expect(parseLinkState("?speaker=zarif%2Ctrump").speakers).toEqual(["zarif", "trump"]);
    expect(parseLinkState("?speaker=%20zarif%20,trump").speakers).toEqual(["zarif", "trump"]);
    expect(parseLinkState("?speaker=zarif,+trump").speakers).toEqual(["zarif", "trump"]);
  });

  it("keeps valid ids and reports each invalid one", () => {
    const state = parseLinkState("?speaker=zarif,Trump,no_way,a+b");
    expect(state.speakers).toEqual(["zarif"]);
    expect(state.problems).toEqual([
      "“Trump” is not a speaker id, so it was ignored.",
      "“no_way” is not a speaker id, so it was ignored.",
      "“a b” is not a speaker id, so it was ignored.",
    ]);
  });

  it("shortens a long invalid id in its report to 40 characters", () => {
    const id = "X".repeat(100);
    const { problems } = parseLinkState(`?speaker=${id}`);
    expect(problems).toEqual([`“${"X".repeat(40)}” is not a speaker id, so it was ignored.`]);
  });

  it("ignores a malformed or over-long speaker value as a whole", () => {
    const malformed = parseLinkState("?speaker=zarif,%E0%A4%A");
    expect(malformed.speakers).toEqual([]);
    expect(malformed.problems).toEqual(["The speaker filter in this link is malformed, so it was ignored."]);
    const long = parseLinkState(`?speaker=${Array.from({ length: 700 }, (_, i) => `s${i}`).join(",")}`);
    expect(long.speakers).toEqual([]);
    expect(long.problems).toEqual(["The speaker filter in this link is malformed, so it was ignored."]);
  });

  it("accepts a speaker value of up to 2000 characters, and no more", () => {
    const ids = Array.from({ length: 32 }, (_, i) => `${String(i).padStart(2, "0")}${"a".repeat(58)}`);
    const value = `${ids.join(",")},${"b".repeat(48)}`;
    expect(value).toHaveLength(2000);
    const state = parseLinkState(`?speaker=${value}`);
    expect(state.speakers).toHaveLength(33);
    expect(state.problems).toEqual([]);
    const tooLong = parseLinkState(`?speaker=${value}b`);
    expect(tooLong.speakers).toEqual([]);
    expect(tooLong.problems).toHaveLength(1);
  });

  it("reads view=only, and only that exact value", () => {
    expect(parseLinkState("?speaker=zarif&view=only").only).toBe(true);
    expect(parseLinkState("?view=only&speaker=zarif").only).toBe(true);
    expect(parseLinkState("?speaker=zarif&view=ONLY").only).toBe(false);
    expect(parseLinkState("?speaker=zarif&view=all").only).toBe(false);
    expect(parseLinkState("?speaker=zarif&view").only).toBe(false);
  });

  it("uses the first of repeated parameters, and matches names exactly", () => {
    expect(parseLinkState("?speaker=a&speaker=b").speakers).toEqual(["a"]);
    expect(parseLinkState("?myspeaker=a&speakers=b").speakers).toEqual([]);
  });

  it("reads a text selector", () => {
    const state = parseLinkState("?text=president%20is%20%E2%80%98-,serious%20about%20talks,-%E2%80%99.");
    expect(state.selector).toEqual({ prefix: "president is ‘", start: "serious about talks", suffix: "’." });
    expect(state.problems).toEqual([]);
  });

  it("reports a malformed, empty or over-long text selector and ignores it", () => {
    const message = "The quoted text in this link is malformed, so it was ignored.";
    for (const search of ["?text=%E0%A4%A", "?text=", "?text", "?text=a,b,c", `?text=${"x".repeat(2001)}`]) {
      const state = parseLinkState(search);
      expect(state.selector, search).toBeNull();
      expect(state.problems, search).toEqual([message]);
    }
  });

  it("keeps the valid parts of a query with several problems", () => {
    const state = parseLinkState("?speaker=zarif,BAD&view=only&text=%E0");
    expect(state.speakers).toEqual(["zarif"]);
    expect(state.only).toBe(true);
    expect(state.selector).toBeNull();
    expect(state.problems).toHaveLength(2);
  });
});

describe("formatLinkState", () => {
  it("is empty when there is nothing to carry", () => {
    expect(formatLinkState({})).toBe("");
    expect(formatLinkState({ speakers: [], only: true, selector: null })).toBe("");
  });

  it("writes speakers, view and text in that order", () => {
    expect(
      formatLinkState({
        speakers: ["zarif", "trump"],
        only: true,
        selector: { start: "serious about talks" },
      }),
    ).toBe("?speaker=zarif,trump&view=only&text=serious%20about%20talks");
  });

  it("carries view=only only with a speaker", () => {
    expect(formatLinkState({ speakers: ["zarif"], only: false })).toBe("?speaker=zarif");
    expect(formatLinkState({ only: true, selector: { start: "x" } })).toBe("?text=x");
  });

  it.each<[string, LinkState]>([
    ["speakers only", { speakers: ["zarif", "khamenei"], only: false, selector: null }],
    ["show only", { speakers: ["pompeo"], only: true, selector: null }],
    ["selector only", { speakers: [], only: false, selector: { start: "a, b & c - 50%" } }],
    [
      "everything",
      {
        speakers: ["zarif", "trump", "rouhani"],
        only: true,
        selector: {
          prefix: "US president is ‘",
          start: "Even if we ever – impossible",
          end: "current US administration,",
          suffix: "” Khamenei said 😀",
        },
      },
    ],
  ])("round-trips through parseLinkState: %s", (_label, state) => {
    expect(parseLinkState(formatLinkState(state))).toEqual({ ...state, problems: [] });
  });

  it("round-trips a selector whose text holds separators of the query string", () => {
    const selector: TextSelector = { start: "a&speaker=evil#frag?x=1+2", suffix: "=&," };
    const state = parseLinkState(formatLinkState({ selector }));
    expect(state.selector).toEqual(selector);
    expect(state.speakers).toEqual([]);
  });
});
