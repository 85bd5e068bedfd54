import { act, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { currentUrl, readerReady, renderWithArticle, SEED_ID } from "./render";

const legend = () => screen.getByRole("complementary", { name: "Speakers" });
const speakerButton = (name: RegExp) => within(legend()).getByRole("button", { name });

describe("filtering by speaker", () => {
  it("puts the filter in the URL and dims the others through the article's style", async () => {
    const { user } = renderWithArticle("/");
    await readerReady();
    await user.click(speakerButton(/Mohammad Javad Zarif/));
    expect(speakerButton(/Mohammad Javad Zarif/)).toHaveAttribute("aria-pressed", "true");
    await waitFor(() => expect(currentUrl()).toBe(`/a/${SEED_ID}?speaker=zarif`));
    const article = screen.getByRole("article");
    expect(article).toHaveAttribute("data-filtering");
    expect(article).toHaveAttribute("data-sel", "zarif");
    expect(within(legend()).getByText("Showing 8 of 18 quotes")).toBeInTheDocument();

    await user.click(speakerButton(/Ayatollah Ali Khamenei/));
    await waitFor(() => expect(currentUrl()).toBe(`/a/${SEED_ID}?speaker=zarif,khamenei`));
    expect(within(legend()).getByText("Showing 15 of 18 quotes")).toBeInTheDocument();
  });

  it("reads the filter from a link", async () => {
    renderWithArticle(`/a/${SEED_ID}?speaker=rouhani,pompeo`);
    await readerReady();
    expect(speakerButton(/Hassan Rouhani/)).toHaveAttribute("aria-pressed", "true");
    expect(speakerButton(/Mike Pompeo/)).toHaveAttribute("aria-pressed", "true");
    expect(speakerButton(/Donald Trump/)).toHaveAttribute("aria-pressed", "false");
  });

  it("collapses paragraphs without the chosen speakers, and expands them on request", async () => {
    const { user } = renderWithArticle(`/a/${SEED_ID}?speaker=rouhani`);
    await readerReady();
    await user.click(screen.getByRole("checkbox", { name: "Hide paragraphs without them" }));
    await waitFor(() => expect(currentUrl()).toBe(`/a/${SEED_ID}?speaker=rouhani&view=only`));
    // Rouhani speaks only in the eighth body paragraph: 7 hidden before, 9 after.
    const before = screen.getByRole("button", { name: /^Show 7 paragraphs hidden/ });
    expect(screen.getByRole("button", { name: /^Show 9 paragraphs hidden/ })).toBeInTheDocument();
    expect(screen.getByText(/Rouhani responded to Trump/)).toBeInTheDocument();
    expect(screen.queryByText(/Washington reimposed sanctions/)).not.toBeInTheDocument();

    await user.click(before);
    expect(screen.getByText(/Khamenei, who has the final say/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /^Show 7 paragraphs hidden/ })).not.toBeInTheDocument();
  });

  it("clears with one click", async () => {
    const { user } = renderWithArticle(`/a/${SEED_ID}?speaker=rouhani&view=only`);
    await readerReady();
    await user.click(within(legend()).getByRole("button", { name: "Clear filter" }));
    await waitFor(() => expect(currentUrl()).toBe(`/a/${SEED_ID}`));
    expect(
      screen.queryByRole("button", { name: /paragraphs? hidden by the filter/ }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole("article")).not.toHaveAttribute("data-filtering");
  });

  it("follows back and forward", async () => {
    const { user } = renderWithArticle(`/a/${SEED_ID}`);
    await readerReady();
    await user.click(speakerButton(/Donald Trump/));
    expect(speakerButton(/Donald Trump/)).toHaveAttribute("aria-pressed", "true");
    await waitFor(() => expect(currentUrl()).toContain("speaker=trump"));
    act(() => {
      window.history.back();
    });
    await screen.findByText("18 quotes from 5 speakers");
    expect(speakerButton(/Donald Trump/)).toHaveAttribute("aria-pressed", "false");
  });

  it("ignores unknown and malformed speaker ids with a notice", async () => {
    renderWithArticle(`/a/${SEED_ID}?speaker=zarif,nobody,%3Cb%3E`);
    await readerReady();
    expect(speakerButton(/Mohammad Javad Zarif/)).toHaveAttribute("aria-pressed", "true");
    expect(await screen.findByText(/This article has no speaker “nobody”/)).toBeInTheDocument();
    expect(screen.getByText(/“<b>” is not a speaker id/)).toBeInTheDocument();
  });

  it("shows only the chosen speakers' claims", async () => {
    const { user } = renderWithArticle(`/a/${SEED_ID}?speaker=pompeo`);
    await readerReady();
    const claims = screen.getByRole("complementary", { name: "Key claims" });
    expect(within(claims).getAllByRole("listitem")).toHaveLength(1);
    expect(within(claims).getByText(/Pompeo walked back/)).toBeInTheDocument();
    await user.click(within(claims).getByRole("button", { name: "Show all claims" }));
    expect(within(claims).getAllByRole("listitem")).toHaveLength(9);
  });
});
