import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { cloneArticle, getParagraph, readerReady, renderWithArticle, SEED_ID } from "./render";

describe("when loading fails", () => {
  it("shows a loading state first", async () => {
    renderWithArticle("/");
    expect(screen.getByRole("status")).toHaveTextContent("Loading the article…");
    await readerReady();
  });

  it("shows not found, with a link home, for an unknown article", async () => {
    renderWithArticle("/a/no-such-article");
    expect(await screen.findByRole("heading", { name: "Page not found" })).toBeInTheDocument();
    expect(screen.getByText(/no article called “no-such-article”/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Go to the front page" })).toHaveAttribute("href", "/");
  });

  it("treats an HTML answer (a single-page-app fallback) as not found", async () => {
    renderWithArticle("/a/ghost", {
      ghost: { status: 200, body: "<!doctype html>", contentType: "text/html" },
    });
    expect(await screen.findByRole("heading", { name: "Page not found" })).toBeInTheDocument();
  });

  it("shows not found for a path the app does not have", async () => {
    renderWithArticle("/nowhere/at/all");
    expect(await screen.findByRole("heading", { name: "Page not found" })).toBeInTheDocument();
  });

  it("explains a server error and retries on request", async () => {
    const { user, fetch } = renderWithArticle("/", {
      [SEED_ID]: [{ status: 503 }, cloneArticle()],
    });
    // (The test's query client does not retry by itself: the retry policy is tested on its own.)
    expect(await screen.findByRole("alert")).toHaveTextContent("HTTP 503");
    expect(fetch).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent("Khamenei");
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("explains a network failure", async () => {
    renderWithArticle("/", { [SEED_ID]: "network-error" });
    expect(await screen.findByRole("alert")).toHaveTextContent("network request failed");
  });

  it("says an empty file is empty", async () => {
    renderWithArticle("/a/empty", { empty: { status: 200, body: "" } });
    expect(await screen.findByRole("alert")).toHaveTextContent("The article file is empty.");
  });

  it("says a file that is not JSON is not JSON, with the parser's reason, and offers the front page", async () => {
    renderWithArticle("/a/garbled", { garbled: { status: 200, body: '{"title": "Half a' } });
    expect(await screen.findByRole("alert")).toHaveTextContent(
      /^The article file is not valid JSON \(.+\)\.$/,
    );
    expect(screen.getByRole("heading", { name: "This article’s file is damaged" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Go to the front page" })).toHaveAttribute("href", "/");
    expect(screen.getByRole("button", { name: "Try again" })).toBeEnabled();
  });

  it("does not offer the front page when the front page's own article is the one failing", async () => {
    renderWithArticle("/", { [SEED_ID]: { status: 200, body: "not json" } });
    expect(await screen.findByRole("alert")).toHaveTextContent(/not valid JSON/);
    expect(screen.queryByRole("link", { name: "Go to the front page" })).toBeNull();
  });

  it("refuses an article file too large to open, without reading it", async () => {
    renderWithArticle("/a/huge", {
      huge: { status: 200, body: "{}", headers: { "content-length": String(50 * 1024 * 1024) } },
    });
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The article file is too large to open (50 MB); this reader opens articles of up to 32 MB.",
    );
  });

  it("says which field breaks the schema", async () => {
    const broken = cloneArticle() as unknown as { paragraphs: { role: string }[] };
    const first = broken.paragraphs[3];
    if (!first) throw new Error("fixture changed");
    first.role = "sidebar";
    renderWithArticle(`/a/${SEED_ID}`, { [SEED_ID]: broken as never });
    expect(await screen.findByRole("alert")).toHaveTextContent("paragraphs[3].role: must be one of");
    expect(screen.getByRole("heading", { name: "This article’s file is damaged" })).toBeInTheDocument();
  });

  it("shows the article and names the broken item when a quote's offsets are wrong", async () => {
    const article = cloneArticle();
    const quote = article.quotes[6];
    const span = quote?.spans[0];
    if (!span) throw new Error("fixture changed");
    span.end = 10_000;
    renderWithArticle(`/a/${SEED_ID}`, { [SEED_ID]: article });
    expect(await screen.findByRole("heading", { level: 1 })).toBeInTheDocument();
    const notice = await screen.findByRole("note");
    expect(notice).toHaveTextContent(/one item is not shown/);
    // The quote is gone, its paragraph is not.
    const paragraph = getParagraph(/In another post, he also listed/);
    expect(paragraph.querySelector('[data-q="q7"]')).toBeNull();
    expect(paragraph.querySelector('[data-q="q8"]')).not.toBeNull();
    expect(
      within(notice).getByText(/^quotes\[6\]\.spans\[0\]\.end: beyond the paragraph/),
    ).toBeInTheDocument();
    expect(screen.getByText(/Khamenei, who has the final say/, { selector: ".q" })).toBeInTheDocument();
  });
});
