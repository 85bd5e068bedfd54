import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article";
import { saveToLibrary } from "../../src/library/import";
import { listLocal } from "../../src/library/store";
import BBC from "../fixtures/import/bbc-1.txt?raw";
import { FakeIngestWorker } from "./fake-worker";
import { cloneArticle, currentUrl, readerReady, renderWithArticle, SEED_ID, seed } from "./render";

/** Opens the library, pastes an article and waits for it to open in the reader. */
async function pasteArticle(text = BBC) {
  const view = renderWithArticle("/library");
  const field = await screen.findByLabelText("Article text or HTML");
  // Pasting a whole article at once, as a person does (typing it would take the test minutes).
  field.focus();
  await view.user.paste(text);
  await view.user.click(screen.getByRole("button", { name: "Open pasted article" }));
  await waitFor(() => expect(currentUrl()).toMatch(/^\/mine\//), { timeout: 10_000 });
  await readerReady();
  return view;
}

describe("the library", () => {
  it("lists the articles that come with the app, linking to them", async () => {
    renderWithArticle("/library");
    const section = await screen.findByRole("region", { name: "In this app" });
    const link = await within(section).findByRole("link", { name: seed.title });
    expect(link).toHaveAttribute("href", `/a/${SEED_ID}`);
    expect(within(section).getByText(/5 speakers · \d+ quotes/)).toBeInTheDocument();
    expect(
      await screen.findByText("Articles you open are kept here, in this browser only."),
    ).toBeInTheDocument();
  });

  it("is reachable from every page's header", async () => {
    const { user } = renderWithArticle("/");
    await readerReady();
    await user.click(screen.getByRole("link", { name: "Library" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Library" })).toBeInTheDocument();
    expect(currentUrl()).toBe("/library");
  });
});

describe("opening an article", () => {
  it("extracts pasted text into an article with speakers, quotes and claims, kept in this browser", async () => {
    await pasteArticle();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Obama admits US gun laws");
    const speakers = screen.getByRole("complementary", { name: "Speakers" });
    expect(within(speakers).getByRole("button", { name: /Barack Obama/ })).toBeInTheDocument();
    expect(await screen.findByRole("region", { name: "Your article" })).toHaveTextContent(
      "kept in this browser",
    );
    const [stored] = await listLocal();
    expect(stored?.origin).toEqual({ kind: "paste" });
    expect(parseArticle(stored?.article).ok).toBe(true);
  });

  it("is still there when the page is opened again", async () => {
    const { unmount } = await pasteArticle();
    const url = currentUrl();
    unmount();
    renderWithArticle(url);
    await readerReady();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Obama admits");
    renderWithArticle("/library");
  });

  it("opens an article's JSON file as it is, under an id of its own if the library has one", async () => {
    const { user } = renderWithArticle("/library");
    await screen.findByRole("button", { name: "Choose a file…" });
    const file = new File([JSON.stringify(seed)], "khamenei.json", { type: "application/json" });
    await user.upload(screen.getByLabelText("Article file"), file);
    await waitFor(() => expect(currentUrl()).toBe(`/mine/${SEED_ID}`));
    await readerReady();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("No war, no negotiations");
  });

  it.each([
    [
      "a binary file",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]),
      "scan.txt",
      /scan\.txt is not a text file/,
    ],
    ["an empty file", new Uint8Array(0), "empty.txt", /empty\.txt is empty/],
    ["text that is not UTF-8", new Uint8Array([0x48, 0x69, 0xff, 0xfe]), "latin.txt", /not UTF-8/],
    [
      "a JSON file that is not an article",
      new TextEncoder().encode('{"hello": 1}'),
      "x.json",
      /x\.json is JSON, but not an article saved by this app/,
    ],
    ["broken JSON", new TextEncoder().encode('{"title": '), "x.json", /not valid JSON/],
    [
      "HTML without an article",
      new TextEncoder().encode("<!doctype html><nav><a href=/>Home</a></nav>"),
      "page.html",
      /No article was found in this page/,
    ],
  ])("refuses %s with a clear message", async (_, bytes, name, message) => {
    const { user } = renderWithArticle("/library");
    await screen.findByRole("button", { name: "Choose a file…" });
    await user.upload(screen.getByLabelText("Article file"), new File([bytes], name));
    expect(await screen.findByRole("alert")).toHaveTextContent(message);
    expect(currentUrl()).toBe("/library");
  });

  it("shows progress while reading, and can be cancelled", async () => {
    FakeIngestWorker.delayMs = 300;
    try {
      const { user } = renderWithArticle("/library");
      const field = await screen.findByLabelText("Article text or HTML");
      field.focus();
      await user.paste(BBC);
      await user.click(screen.getByRole("button", { name: "Open pasted article" }));
      expect(screen.getByRole("progressbar")).toBeInTheDocument();
      expect(screen.getByRole("button", { name: "Open pasted article" })).toBeDisabled();
      await user.click(screen.getByRole("button", { name: "Cancel" }));
      expect(screen.queryByRole("progressbar")).toBeNull();
      expect(screen.getByRole("status")).toHaveTextContent("Cancelled.");
      await new Promise((r) => setTimeout(r, 400));
      expect(currentUrl()).toBe("/library");
      expect(await listLocal()).toEqual([]);
    } finally {
      FakeIngestWorker.delayMs = 0;
    }
  });

  it.each([
    ["a word", "hello"],
    ["a headline alone", "Council votes to close the pier"],
    ["keyboard mash", "asdkfj lqwkej rqwlekrj\n\nqwlekjr lqkwjer zxcvb mnbvc\n\nplokij uhygt"],
    ["bytes pasted as text", String.fromCharCode(...Array.from({ length: 300 }, (_, i) => (i * 7919) % 256))],
  ])("refuses %s, next to the box, in plain words, and stores nothing", async (_, text) => {
    const { user } = renderWithArticle("/library");
    const field = await screen.findByLabelText("Article text or HTML");
    field.focus();
    await user.paste(text);
    await user.click(screen.getByRole("button", { name: "Open pasted article" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("This doesn’t look like an article");
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveAccessibleDescription(/doesn’t look like an article/);
    expect(field.closest("form")).toContainElement(alert);
    expect(currentUrl()).toBe("/library");
    expect(await listLocal()).toEqual([]);
    // Changing the text clears the refusal.
    await user.type(field, " more");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("asks for text when nothing was pasted", async () => {
    const { user } = renderWithArticle("/library");
    await user.click(await screen.findByRole("button", { name: "Open pasted article" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Paste an article’s text");
  });

  it("lists, downloads and deletes the reader's own articles", async () => {
    const { user, unmount } = await pasteArticle();
    unmount();
    renderWithArticle("/library");
    const mine = await screen.findByRole("region", { name: "Your articles" });
    await within(mine).findByRole("link", { name: /Obama admits/ });
    expect(within(mine).getByText(/2 speakers · \d+ quotes/)).toBeInTheDocument();
    await user.click(within(mine).getByRole("button", { name: /^Download JSON/ }));
    expect(URL.createObjectURL).toHaveBeenCalled();
    await user.click(within(mine).getByRole("button", { name: /^Delete/ }));
    // The safe choice takes focus; "Keep it" gives it back to Delete.
    await waitFor(() => expect(within(mine).getByRole("button", { name: "Keep it" })).toHaveFocus());
    await user.click(within(mine).getByRole("button", { name: "Keep it" }));
    await waitFor(() => expect(within(mine).getByRole("button", { name: /^Delete:/ })).toHaveFocus());
    await user.click(within(mine).getByRole("button", { name: /^Delete/ }));
    await user.click(within(mine).getByRole("button", { name: /^Delete for good/ }));
    expect(
      await within(mine).findByText("Articles you open are kept here, in this browser only."),
    ).toBeInTheDocument();
    expect(await listLocal()).toEqual([]);
    // Nothing took its place: focus is on the list's heading, not the page's body.
    await waitFor(() => expect(screen.getByRole("heading", { name: "Your articles" })).toHaveFocus());
  });

  it("keeps every view up to date in one visit: an import is listed, a deleted article is gone", async () => {
    // (The library's list was loaded before the import, in the same client.)
    const { user } = await pasteArticle();
    const url = currentUrl();
    await user.click(screen.getAllByRole("link", { name: "Library" })[0] as HTMLElement);
    const mine = await screen.findByRole("region", { name: "Your articles" });
    await within(mine).findByRole("link", { name: /Obama admits/ });
    await user.click(within(mine).getByRole("button", { name: /^Delete:/ }));
    await user.click(within(mine).getByRole("button", { name: /^Delete for good/ }));
    await within(mine).findByText("Articles you open are kept here, in this browser only.");
    // Back at its address, the article is not shown from memory: it is gone.
    window.history.pushState(null, "", url);
    window.dispatchEvent(new PopStateEvent("popstate"));
    expect(
      await screen.findByText(/There is no article “[^”]+” in this browser’s library/),
    ).toBeInTheDocument();
  });

  it("after a delete, focus goes to the article that took its place", async () => {
    await saveToLibrary({ ...cloneArticle(), id: "first-one", title: "First article" }, { kind: "paste" });
    await saveToLibrary({ ...cloneArticle(), id: "second-one", title: "Second article" }, { kind: "paste" });
    const { user } = renderWithArticle("/library");
    const mine = await screen.findByRole("region", { name: "Your articles" });
    const first = (await within(mine).findByRole("link", { name: "First article" })).closest(
      "li",
    ) as HTMLElement;
    await user.click(within(first).getByRole("button", { name: /^Delete:/ }));
    await user.click(within(first).getByRole("button", { name: /^Delete for good/ }));
    await waitFor(() => expect(within(mine).getByRole("link", { name: "Second article" })).toHaveFocus());
    expect(screen.getByRole("status")).toHaveTextContent("Article deleted.");
  });
});

describe("an article's JSON from an address", () => {
  it("opens one from the app's own site and keeps it", async () => {
    const other = { ...cloneArticle(), id: "other-article", title: "Another article" };
    renderWithArticle(`/read?src=${encodeURIComponent("/articles/other-article.json")}`, {
      "other-article": other,
    });
    await waitFor(() => expect(currentUrl()).toBe("/mine/other-article"));
    await readerReady();
    expect((await listLocal())[0]?.origin).toMatchObject({
      kind: "url",
      url: "http://localhost:3000/articles/other-article.json",
    });
  });

  it("refuses another site without asking it", async () => {
    const { fetch } = renderWithArticle(
      `/read?src=${encodeURIComponent("https://elsewhere.example/a.json")}`,
    );
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "This app opens articles from its own site only, and https://elsewhere.example is another one.",
    );
    expect(fetch).not.toHaveBeenCalledWith(expect.stringContaining("elsewhere"), expect.anything());
    expect(screen.getByRole("link", { name: "Open an article from the library" })).toHaveAttribute(
      "href",
      "/library",
    );
  });

  it.each([
    ["no address", "/read", /in \?src=, and it is empty/],
    [
      "a javascript: address",
      `/read?src=${encodeURIComponent("javascript:alert(1)")}`,
      /only be opened from http or https/,
    ],
    [
      "a web page",
      `/read?src=${encodeURIComponent("/articles/page.json")}`,
      /is a web page, not an article’s JSON/,
    ],
    [
      "nothing there",
      `/read?src=${encodeURIComponent("/articles/none.json")}`,
      /There is nothing at .* \(HTTP 404\)/,
    ],
  ])("explains %s", async (_, url, message) => {
    renderWithArticle(url, { page: { status: 200, body: "<!doctype html>", contentType: "text/html" } });
    expect(await screen.findByRole("alert")).toHaveTextContent(message);
  });
});
