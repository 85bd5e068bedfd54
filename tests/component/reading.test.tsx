import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { cloneArticle, readerReady, renderWithArticle, SEED_ID } from "./render";

describe("reading the seed article", () => {
  it("shows title, standfirst, source, date, reading time and caption", async () => {
    renderWithArticle("/");
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Iran's Khamenei: No war, no negotiations with Trump",
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Supreme leader rejects Trump’s offer/)).toBeInTheDocument();
    expect(screen.getByText("Al Jazeera News")).toBeInTheDocument();
    expect(screen.getByText("13 August 2018")).toHaveAttribute("datetime", "2018-08-13");
    expect(screen.getByText(/min read$/)).toBeInTheDocument();
    expect(screen.getByText(/rejected Trump offer of talks to improve ties/)).toBeInTheDocument();
    expect(screen.getByText(/Official Khamenei website\/Reuters/)).toBeInTheDocument();
    expect(screen.getByText("Additional reporting by Ted Regencia in Tehran, Iran")).toBeInTheDocument();
    expect(document.title).toBe("Iran's Khamenei: No war, no negotiations with Trump · Attributed");
  });

  it("keeps boilerplate out of the body", async () => {
    renderWithArticle("/");
    await readerReady();
    for (const junk of ["qatar airways", "OPINION", "COUNTING THE COST", "LEAVE A REPLY"])
      expect(screen.queryByText(junk)).not.toBeInTheDocument();
  });

  it("marks every quote with a badge naming its speaker to assistive technology", async () => {
    renderWithArticle("/");
    await readerReady();
    const zarif = screen.getAllByRole("button", {
      name: /^MZ: (quote|partial quote|reported speech) by Mohammad Javad Zarif/,
    });
    const khamenei = screen.getAllByRole("button", {
      name: /^AK: (quote|partial quote|reported speech) by Ayatollah Ali Khamenei/,
    });
    expect(zarif).toHaveLength(8);
    expect(khamenei).toHaveLength(7);
    // The quote "Even if we ever…" is Khamenei's, and its badge says so.
    const quote = screen.getByText(/Even if we ever/, { selector: ".q" });
    expect(quote).toHaveAttribute("data-s", "khamenei");
    expect(within(quote).getByRole("button")).toHaveAccessibleName(
      "AK: quote by Ayatollah Ali Khamenei, Supreme Leader of Iran. Link and share",
    );
  });

  it("lists speakers with role and quote count", async () => {
    renderWithArticle("/");
    await readerReady();
    const legend = screen.getByRole("complementary", { name: "Speakers" });
    const zarif = within(legend).getByRole("button", { name: /Mohammad Javad Zarif/ });
    expect(zarif).toHaveTextContent("Foreign Minister of Iran");
    expect(zarif).toHaveAccessibleName(/^Mohammad Javad Zarif,\s*Foreign Minister of Iran,\s*8\s*quotes$/);
    expect(within(legend).getByText("18 quotes from 5 speakers")).toBeInTheDocument();
  });

  it("renders article text as text, never as markup", async () => {
    const article = cloneArticle();
    const body = article.paragraphs.find((p) => p.id === "p9");
    if (!body) throw new Error("fixture changed");
    body.text = `<img src=x onerror="alert(1)"><script>alert(2)</script> Washington`;
    article.quotes = article.quotes.filter((q) => !q.spans.some((s) => s.paragraphId === "p9"));
    article.mentions = article.mentions.filter((m) => m.paragraphId !== "p9");
    renderWithArticle(`/a/${SEED_ID}`, { [SEED_ID]: article });
    expect(await screen.findByText(/<img src=x onerror="alert\(1\)"><script>/)).toBeInTheDocument();
    expect(document.querySelector("img")).toBeNull();
    expect(document.querySelector("article script")).toBeNull();
  });

  it("marks quotes exactly, by UTF-16 offsets, through emoji, combining marks, bidi and zero-width characters", async () => {
    const article = cloneArticle();
    const body = article.paragraphs.find((p) => p.id === "p9");
    if (!body) throw new Error("fixture changed");
    // Astral characters (two code units each), a combining accent, a right-to-left override and its
    // end, zero-width joiners and spaces, and markup, all inside and around the quoted words.
    const before = "Zarif 👩‍👩‍👧 wrote: ";
    const quoted = "“Cafe\u0301 😀 \u202Eabc\u202C a\u200Bb <b>bold</b> 𝔘”";
    const after = " — and left. 👍🏽";
    body.text = before + quoted + after;
    article.quotes.push({
      id: "q-hostile",
      speakerId: "zarif",
      kind: "direct",
      spans: [{ paragraphId: "p9", start: before.length, end: before.length + quoted.length }],
    });
    renderWithArticle(`/a/${SEED_ID}`, { [SEED_ID]: article });
    await readerReady();
    const quote = document.querySelector<HTMLElement>('[data-q="q-hostile"]');
    if (!quote) throw new Error("the quote is not marked");
    const words = quote.cloneNode(true) as HTMLElement;
    for (const extra of words.querySelectorAll(".q-badge, .visually-hidden")) extra.remove();
    expect(words.textContent).toBe(quoted);
    expect(quote.querySelector("b")).toBeNull();
    // The paragraph reads as written, nothing lost or doubled around the quote.
    const paragraph = quote.closest("p");
    const all = paragraph?.cloneNode(true) as HTMLElement;
    for (const extra of all.querySelectorAll(".q-badge, .visually-hidden, .para-link, .claim-markers"))
      extra.remove();
    expect(all.textContent).toBe(body.text);
  });
});
