import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { cloneArticle, currentUrl, readerReady, renderWithArticle, SEED_ID } from "./render";

describe("deep links", () => {
  it("opens at a quote: scrolled to, highlighted and focused", async () => {
    renderWithArticle(`/a/${SEED_ID}/q/q13`);
    const quote = await screen.findByText(/We have no problem with dialogue/, { selector: ".q" });
    await waitFor(() => expect(quote).toHaveFocus());
    expect(quote).toHaveAttribute("data-target");
    expect(quote.scrollIntoView).toHaveBeenCalledWith(expect.objectContaining({ block: "center" }));
  });

  it("copies a link that carries the quote's text, and that link opens at the quote", async () => {
    const { user, unmount } = renderWithArticle("/");
    await readerReady();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const quote = screen.getByText(/Iran will not change its policies/, { selector: ".q" });
    await user.click(within(quote).getByRole("button"));
    const dialog = await screen.findByRole("dialog", { name: "Quote by Mohammad Javad Zarif" });
    await user.click(within(dialog).getByRole("button", { name: "Copy link" }));
    expect(writeText).toHaveBeenCalledTimes(1);
    const url = new URL(String(writeText.mock.calls[0]?.[0 as never]));
    expect(url.pathname).toBe(`/a/${SEED_ID}/q/q18`);
    expect(url.search).toMatch(/^\?text=/);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(within(quote).getByRole("button")).toHaveFocus();
    expect(await screen.findByText("Link copied")).toHaveAttribute("role", "status");
    unmount();

    // The same link still finds the quote after the quotes are renumbered.
    const renumbered = cloneArticle();
    renumbered.quotes = renumbered.quotes.map((q, i) => ({ ...q, id: `x${i + 1}` }));
    renumbered.claims = renumbered.claims.map(({ quoteIds: _, ...c }) => c);
    renderWithArticle(url.pathname + url.search, { [SEED_ID]: renumbered });
    const found = await screen.findByText(/Iran will not change its policies/, { selector: ".q" });
    await waitFor(() => expect(found).toHaveFocus());
    expect(screen.queryByRole("note")).not.toBeInTheDocument();
  });

  it("says why a quote has no card where the card would be, instead of a link that comes and goes", async () => {
    const { user } = renderWithArticle("/");
    await readerReady();
    const quote = screen.getByText(/Iran will not change its policies/, { selector: ".q" });
    await user.click(within(quote).getByRole("button"));
    const dialog = await screen.findByRole("dialog", { name: "Quote by Mohammad Javad Zarif" });
    // (This server has no cards, as the development server has none.)
    expect(
      await within(dialog).findByText(/No card for this quote here: cards are drawn when the app is built/),
    ).toBeInTheDocument();
    expect(within(dialog).queryByRole("link", { name: "Download card" })).toBeNull();
  });

  it("closes the link panel with Escape and returns focus to the badge", async () => {
    const { user } = renderWithArticle("/");
    await readerReady();
    const badge = within(screen.getByText(/Even if we ever/, { selector: ".q" })).getByRole("button");
    await user.click(badge);
    expect(await screen.findByRole("dialog")).toBeInTheDocument();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(badge).toHaveFocus();
  });

  it("offers the link for manual copying when the clipboard is refused", async () => {
    const { user } = renderWithArticle("/");
    await readerReady();
    Object.defineProperty(navigator, "clipboard", {
      value: { writeText: vi.fn(async () => Promise.reject(new Error("denied"))) },
      configurable: true,
    });
    await user.click(within(screen.getByText(/Even if we ever/, { selector: ".q" })).getByRole("button"));
    await user.click(await screen.findByRole("button", { name: "Copy link" }));
    const field = screen.getByRole("textbox", { name: /did not allow copying/ });
    expect((field as HTMLInputElement).value).toMatch(new RegExp(`/a/${SEED_ID}/q/q3\\?text=`));
  });

  it("filters by the quote's speaker from the link panel", async () => {
    const { user } = renderWithArticle("/");
    await readerReady();
    await user.click(within(screen.getByText(/Even if we ever/, { selector: ".q" })).getByRole("button"));
    await user.click(await screen.findByRole("button", { name: "Filter by Ayatollah Ali Khamenei" }));
    await waitFor(() => expect(currentUrl()).toBe(`/a/${SEED_ID}?speaker=khamenei`));
  });

  it("links a paragraph the same way", async () => {
    const { user } = renderWithArticle("/");
    await readerReady();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const paragraph = screen.getByText(/Washington reimposed sanctions/, { selector: "p" });
    await user.click(within(paragraph).getByRole("button", { name: "Link to this paragraph" }));
    // Numbered as print and the key claims number it: among the body's paragraphs.
    expect(
      await screen.findByRole("dialog", { name: `Paragraph ${paragraph.dataset.n}` }),
    ).toBeInTheDocument();
    await user.click(await screen.findByRole("button", { name: "Copy link" }));
    const url = new URL(String(writeText.mock.calls[0]?.[0 as never]));
    expect(url.pathname).toBe(`/a/${SEED_ID}/p/p9`);
  });

  it("opens at a paragraph", async () => {
    renderWithArticle(`/a/${SEED_ID}/p/p9`);
    const paragraph = await screen.findByText(/Washington reimposed sanctions/, { selector: "p" });
    await waitFor(() => expect(paragraph).toHaveFocus());
  });

  it("shows the article with a notice when the quote cannot be found", async () => {
    renderWithArticle(`/a/${SEED_ID}/q/q99?text=words%20that%20are%20nowhere`);
    expect(await screen.findByRole("heading", { level: 1 })).toBeInTheDocument();
    expect(
      await screen.findByText(/The quote this link points to is not in this version/),
    ).toBeInTheDocument();
  });

  it("opens a quote hidden by a 'show only' filter", async () => {
    renderWithArticle(`/a/${SEED_ID}/q/q13?speaker=rouhani&view=only`);
    const quote = await screen.findByText(/We have no problem with dialogue/, { selector: ".q" });
    await waitFor(() => expect(quote).toHaveFocus());
  });
});
