import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article";
import { deleteLocal, getLocal, putLocal } from "../../src/library/store";
import { cloneArticle, readerReady, renderWithArticle } from "./render";

const ID = "my-copy";

/** The seed, imported into the library, open in the reader. */
async function openMine(path = `/mine/${ID}`) {
  await putLocal({
    id: ID,
    article: { ...cloneArticle(), id: ID },
    origin: { kind: "paste" },
    savedAt: new Date().toISOString(),
  });
  const view = renderWithArticle(path, {});
  await readerReady();
  return view;
}

const stored = async () => {
  const record = await getLocal(ID);
  const result = parseArticle(record?.article);
  if (!result.ok) throw new Error("the stored article is invalid");
  expect(result.warnings).toEqual([]);
  return result.article;
};

const legendButton = (name: RegExp) =>
  within(screen.getByRole("complementary", { name: "Speakers" })).getByRole("button", { name });

describe("correcting an imported article", () => {
  it("offers no corrections on the app's own articles", async () => {
    const { user } = renderWithArticle("/");
    await readerReady();
    expect(screen.queryByRole("button", { name: "Edit speakers" })).toBeNull();
    await user.click(screen.getAllByRole("button", { name: /: quote by/ })[0] as HTMLElement);
    expect(await screen.findByRole("dialog")).toBeInTheDocument();
    expect(screen.queryByLabelText("Said by")).toBeNull();
  });

  it("gives a quote to another speaker, or to nobody; saved, and announced", async () => {
    const { user } = await openMine();
    expect(legendButton(/^Donald Trump/)).toHaveAccessibleName(/,\s*1\s*quote$/);
    await user.click(
      screen.getAllByRole("button", { name: /: quote by Ayatollah Ali Khamenei/ })[0] as HTMLElement,
    );
    const dialog = await screen.findByRole("dialog");
    // Its links, like the article, open in this browser only, and it says so.
    expect(dialog).toHaveTextContent("kept in this browser only");
    await user.selectOptions(within(dialog).getByLabelText("Said by"), "trump");
    await waitFor(() => expect(legendButton(/^Donald Trump/)).toHaveAccessibleName(/,\s*2\s*quotes$/));
    expect(await screen.findByText("Quote given to Donald Trump")).toBeInTheDocument();
    expect((await stored()).quotes.filter((q) => q.speakerId === "trump")).toHaveLength(2);

    await user.click(screen.getAllByRole("button", { name: /: quote by Donald Trump/ })[0] as HTMLElement);
    await user.selectOptions(within(await screen.findByRole("dialog")).getByLabelText("Said by"), "");
    await waitFor(async () =>
      expect((await stored()).quotes.filter((q) => q.speakerId === null).length).toBe(1),
    );
  });

  it("takes a correction back when it cannot be stored, and says why", async () => {
    const { user } = await openMine();
    expect(legendButton(/^Donald Trump/)).toHaveAccessibleName(/,\s*1\s*quote$/);
    // The article goes from the library behind the reader's back (another tab deleted it).
    await deleteLocal(ID);
    await user.click(
      screen.getAllByRole("button", { name: /: quote by Ayatollah Ali Khamenei/ })[0] as HTMLElement,
    );
    await user.selectOptions(within(await screen.findByRole("dialog")).getByLabelText("Said by"), "trump");
    expect(await screen.findByText("This article is no longer in the library.")).toBeInTheDocument();
    expect(legendButton(/^Donald Trump/)).toHaveAccessibleName(/,\s*1\s*quote$/);
  });

  it("removes a false quote", async () => {
    const { user } = await openMine();
    const before = (await stored()).quotes.length;
    await user.click(screen.getAllByRole("button", { name: /: partial quote by/ })[0] as HTMLElement);
    expect(
      within(await screen.findByRole("dialog")).getByText(/Imported articles have no cards/),
    ).toBeInTheDocument();
    await user.click(
      within(await screen.findByRole("dialog")).getByRole("button", { name: "Not a quote: remove" }),
    );
    await waitFor(async () => expect((await stored()).quotes).toHaveLength(before - 1));
    expect(await screen.findByText("Quote removed")).toBeInTheDocument();
  });

  it("renames a speaker and merges two into one", async () => {
    const { user } = await openMine();
    await user.click(screen.getByRole("button", { name: "Edit speakers" }));
    const zarif = screen.getByRole("group", { name: "Mohammad Javad Zarif" });
    const name = within(zarif).getByLabelText("Name");
    await user.clear(name);
    await user.type(name, "Javad Zarif");
    await user.click(within(zarif).getByRole("button", { name: /^Save/ }));
    await waitFor(() => expect(legendButton(/^Javad Zarif/)).toBeInTheDocument());
    // Focus goes to the row that replaced the one saved, not to the page's body.
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName("Javad Zarif"));
    expect(document.activeElement?.closest(".speaker-edit")).toBe(document.activeElement);
    expect((await stored()).speakers.find((s) => s.id === "zarif")?.aliases).toContain(
      "Mohammad Javad Zarif",
    );

    const pompeo = screen.getByRole("group", { name: "Mike Pompeo" }).closest("li") as HTMLElement;
    await user.selectOptions(within(pompeo).getByLabelText("Same person as"), "trump");
    await user.click(within(pompeo).getByRole("button", { name: /^Merge/ }));
    await waitFor(async () => expect((await stored()).speakers.map((s) => s.id)).not.toContain("pompeo"));
    // Focus goes to the speaker merged into.
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName("Donald Trump"));
    expect(legendButton(/^Donald Trump/)).toHaveAccessibleName(/,\s*2\s*quotes$/);
  });

  it("adds a paragraph to the key claims and removes a claim", async () => {
    const { user } = await openMine();
    const claims = screen.getByRole("complementary", { name: "Key claims" });
    const count = within(claims).getAllByRole("listitem").length;
    // The second paragraph of the body, which no claim cites.
    await user.click(screen.getAllByRole("button", { name: "Link to this paragraph" })[1] as HTMLElement);
    await user.click(
      within(await screen.findByRole("dialog")).getByRole("button", { name: "Add to key claims" }),
    );
    await waitFor(() => expect(within(claims).getAllByRole("listitem")).toHaveLength(count + 1));
    await user.click(within(claims).getByRole("button", { name: "Remove key claim 1" }));
    await waitFor(() => expect(within(claims).getAllByRole("listitem")).toHaveLength(count));
    expect((await stored()).claims).toHaveLength(count);
  });

  it("undoes what removes something, from the notice that reports it: a quote, a claim, a merge", async () => {
    const { user } = await openMine();
    const notice = () => document.querySelector(".undo-notice") as HTMLElement;
    const undo = async () => {
      await user.click(await within(notice()).findByRole("button", { name: "Undo" }));
      expect(await screen.findByText("Undone.")).toBeInTheDocument();
      // The notice is gone, and focus is in the article, not on the page's body.
      expect(within(notice()).queryByRole("button", { name: "Undo" })).toBeNull();
      expect(document.activeElement).toBe(document.getElementById("main"));
    };
    const original = await stored();

    await user.click(screen.getAllByRole("button", { name: /: partial quote by/ })[0] as HTMLElement);
    await user.click(
      within(await screen.findByRole("dialog")).getByRole("button", { name: "Not a quote: remove" }),
    );
    await waitFor(async () => expect((await stored()).quotes).toHaveLength(original.quotes.length - 1));
    expect(notice()).toHaveTextContent("Quote removed");
    await undo();
    await waitFor(async () => expect(await stored()).toEqual(original));

    const claims = screen.getByRole("complementary", { name: "Key claims" });
    await user.click(within(claims).getByRole("button", { name: "Remove key claim 1" }));
    await waitFor(async () => expect((await stored()).claims).toHaveLength(original.claims.length - 1));
    await undo();
    await waitFor(() => expect(within(claims).getAllByRole("listitem")).toHaveLength(original.claims.length));
    await waitFor(async () => expect(await stored()).toEqual(original));

    await user.click(screen.getByRole("button", { name: "Edit speakers" }));
    const pompeo = screen.getByRole("group", { name: "Mike Pompeo" }).closest("li") as HTMLElement;
    await user.selectOptions(within(pompeo).getByLabelText("Same person as"), "trump");
    await user.click(within(pompeo).getByRole("button", { name: /^Merge/ }));
    await waitFor(async () => expect((await stored()).speakers.map((s) => s.id)).not.toContain("pompeo"));
    await undo();
    await waitFor(() => expect(legendButton(/^Mike Pompeo/)).toBeInTheDocument());
    await waitFor(async () => expect(await stored()).toEqual(original));
  });

  it("offers no undo for what removes nothing, and the notice can be dismissed", async () => {
    const { user } = await openMine();
    await user.click(
      screen.getAllByRole("button", { name: /: quote by Ayatollah Ali Khamenei/ })[0] as HTMLElement,
    );
    await user.selectOptions(within(await screen.findByRole("dialog")).getByLabelText("Said by"), "trump");
    expect(await screen.findByText("Quote given to Donald Trump")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Undo" })).toBeNull();

    const claims = screen.getByRole("complementary", { name: "Key claims" });
    await user.click(within(claims).getByRole("button", { name: "Remove key claim 1" }));
    await user.click(await screen.findByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("button", { name: "Undo" })).toBeNull();
    expect(document.activeElement).toBe(document.getElementById("main"));
  });

  it("opens its deep links at the quote, like any article's", async () => {
    await openMine(`/mine/${ID}/q/q3`);
    await waitFor(() => expect(document.activeElement?.getAttribute("data-q")).toBe("q3"));
  });

  it("says plainly when an imported article is not in this browser", async () => {
    renderWithArticle("/mine/not-here", {});
    expect(await screen.findByRole("heading", { name: "Page not found" })).toBeInTheDocument();
    expect(screen.getByText(/no article “not-here” in this browser’s library/)).toBeInTheDocument();
  });
});
