import { describe, expect, it } from "vitest";
import {
  articlePath,
  formatLinkState,
  type LinkState,
  paragraphPath,
  parseArticleLink,
  parseLinkState,
  quotePath,
} from "./links";
import type { TextSelector } from "./selector";

const ARTICLE = "irans-khamenei-no-war-no-negotiations-with-trump";

describe("parseArticleLink", () => {
  it("reads article links, and nothing else", () => {
    expect(parseArticleLink("/")).toEqual({ collection: "bundled", articleId: null, target: null });
    expect(parseArticleLink("/mine/seed/p/p2")).toEqual({
      collection: "local",
      articleId: "seed",
      target: { type: "paragraph", id: "p2" },
    });
    for (const path of ["/library", "/read", "/a/Seed", "/a/seed/q", "/a/%E0%A4%A"])
      expect(parseArticleLink(path), path).toBeNull();
  });
});
describe("imported articles' links", () => {
  it("reads /mine/<id> like /a/<id>", () => {
    expect(parseArticleLink("/mine/my-article/q/q2")).toEqual({
      collection: "local",
      articleId: "my-article",
      target: { type: "quote", id: "q2" },
    });
    expect(parseArticleLink("/mine/My-Article")).toBeNull();
    expect(parseArticleLink(quotePath("mine", "q1", "local"))).toMatchObject({
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
    expect(parseArticleLink(quotePath(ARTICLE, "q14"))).toEqual({
      collection: "bundled",
      articleId: ARTICLE,
      target: { type: "quote", id: "q14" },
    });
    expect(parseArticleLink(paragraphPath(ARTICLE, "standfirst"))).toEqual({
      collection: "bundled",
      articleId: ARTICLE,
      target: { type: "paragraph", id: "standfirst" },
    });
    expect(parseArticleLink(articlePath(ARTICLE))).toEqual({
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
