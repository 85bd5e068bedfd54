import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { getParagraph, readerReady, renderWithArticle } from "./render";

describe("key claims", () => {
  it("lists the claims in a landmark, each with its speaker", async () => {
    renderWithArticle("/");
    await readerReady();
    const claims = screen.getByRole("complementary", { name: "Key claims" });
    const items = within(claims).getAllByRole("listitem");
    expect(items.length).toBeGreaterThanOrEqual(6);
    expect(items.length).toBeLessThanOrEqual(10);
    expect(
      within(claims).getByRole("button", { name: /Rouhani said Tehran will not negotiate/ }),
    ).toHaveTextContent("Hassan Rouhani");
    expect(within(claims).getByRole("button", { name: /reimposed sanctions/ })).toHaveTextContent(
      "Reported fact",
    );
  });

  it("follows a claim to its paragraph: scrolled to, highlighted and focused", async () => {
    const { user } = renderWithArticle("/");
    await readerReady();
    const claims = screen.getByRole("complementary", { name: "Key claims" });
    await user.click(within(claims).getByRole("button", { name: /Rouhani said Tehran/ }));
    const paragraph = getParagraph(/Rouhani responded to Trump/);
    expect(paragraph).toHaveFocus();
    expect(paragraph).toHaveAttribute("data-target");
    expect(paragraph.scrollIntoView).toHaveBeenCalled();
  });

  it("marks each claim's paragraph with a way back to the claim", async () => {
    const { user } = renderWithArticle("/");
    await readerReady();
    const paragraph = getParagraph(/Rouhani responded to Trump/);
    const marker = within(paragraph).getByRole("button", { name: /^6: key claim, “Rouhani said/ });
    await user.click(marker);
    expect(screen.getByRole("button", { name: /^Rouhani said Tehran will not negotiate/ })).toHaveFocus();
  });

  it("follows a claim into a paragraph the filter had hidden", async () => {
    const { user } = renderWithArticle("/?speaker=pompeo&view=only");
    await readerReady();
    const claims = screen.getByRole("complementary", { name: "Key claims" });
    await user.click(within(claims).getByRole("button", { name: "Show all claims" }));
    await user.click(within(claims).getByRole("button", { name: /Rouhani said Tehran/ }));
    expect(getParagraph(/Rouhani responded to Trump/)).toHaveFocus();
  });
});
