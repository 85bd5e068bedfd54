import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { takeEarlyLoad } from "../../src/app/early-load";
import { PREVIEW_PARAGRAPHS, paintPreview, paintShell } from "../../src/app/preview";
import { cloneArticle, readerReady, renderWithArticle, SEED_ID, seed } from "./render";

/** An element's text as a reader sees it: without badges, hidden labels, claim markers and link buttons. */
function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const extra of copy.querySelectorAll(".q-badge, .visually-hidden, .claim-markers, .para-link"))
    extra.remove();
  return (copy.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** Elements as "tag.class visible text" lines, in document order. */
function outline(root: Element, selector: string) {
  return [...root.querySelectorAll(selector)].map(
    (e) => `${e.tagName.toLowerCase()}.${e.className} ${visibleText(e)}`,
  );
}

describe("the preview painted before the app loads", () => {
  it("is what the reader then shows, in the reader's markup: header, title, standfirst, first paragraphs", async () => {
    const preview = document.createElement("div");
    expect(paintPreview(preview, seed, "/", true)).toBe(true);
    renderWithArticle("/");
    await readerReady();

    // The page's frame: the same elements, nested the same way.
    for (const part of [
      ".site-header .brand",
      ".reader > .reader-main > .article > .article-head",
      ".article > .article-body",
    ])
      expect([part, preview.querySelectorAll(part).length]).toEqual([
        part,
        document.querySelectorAll(part).length,
      ]);
    // The article's head, word for word.
    const head = ".article-head > *";
    expect(outline(preview, head)).toEqual(outline(document.body, head));
    // The first screenful of paragraphs, word for word, in the same order.
    const body = ".article-body > .para";
    const shown = outline(preview, body);
    expect(shown.length).toBe(Math.min(PREVIEW_PARAGRAPHS, outline(document.body, body).length));
    expect(outline(document.body, body).slice(0, shown.length)).toEqual(shown);
    // Nothing in it can be used before the app is there, and assistive technology is told it is loading.
    expect(preview.inert).toBe(true);
    expect(preview.getAttribute("aria-busy")).toBe("true");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(seed.title);
  });

  it("keeps the reading-time line in place when only the beginning of the article is in", () => {
    const root = document.createElement("div");
    const beginning = { ...seed, paragraphs: seed.paragraphs.slice(0, 4) };
    expect(paintPreview(root, beginning, "/", false)).toBe(true);
    expect(root.querySelector(".meta")?.textContent).not.toMatch(/min read/);
    expect(root.querySelector(".meta")?.lastChild?.textContent).toBe("\u00a0");
  });

  it("fills the shell painted while the article was on its way", () => {
    const root = document.createElement("div");
    const article = paintShell(root, "/");
    expect(root.querySelector(".site-header .brand")?.getAttribute("href")).toBe("/");
    expect(paintPreview(root, seed, "/", true)).toBe(true);
    expect(root.querySelectorAll(".article")).toHaveLength(1);
    expect(article.querySelector("h1")?.textContent).toBe(seed.title);
  });

  it("paints nothing for what is not an article", () => {
    const broken = cloneArticle() as unknown as { paragraphs: unknown[] };
    broken.paragraphs[2] = { id: "p2", text: 42, role: "body" };
    for (const json of [null, "text", [], { title: "T" }, { title: "T", paragraphs: {} }, broken]) {
      const root = document.createElement("div");
      expect(paintPreview(root, json, "/", true)).toBe(false);
      expect(root.hasChildNodes()).toBe(false);
    }
  });

  it("puts text in as text, never as markup", () => {
    const article = cloneArticle();
    article.title = '<img src=x onerror="alert(1)">';
    const root = document.createElement("div");
    paintPreview(
      root,
      { ...article, paragraphs: article.paragraphs.filter((p) => p.role !== "title") },
      "/",
      true,
    );
    expect(root.querySelector("img")).toBeNull();
    expect(root.querySelector("h1")?.textContent).toBe(article.title);
  });
});

describe("the early request", () => {
  it("is taken over once by the app's first load of that article, and by nothing else", async () => {
    const response = Promise.resolve({
      status: 200,
      statusText: "OK",
      contentType: "application/json",
      text: JSON.stringify(seed),
    });
    window.__attributedEarlyLoad = { articleId: SEED_ID, response };
    expect(takeEarlyLoad("another-article")).toBeUndefined();
    const { fetch } = renderWithArticle("/", {});
    await readerReady();
    // The article came from the early request: the app fetched nothing.
    expect(fetch).not.toHaveBeenCalled();
    expect(takeEarlyLoad(SEED_ID)).toBeUndefined();
  });
});
