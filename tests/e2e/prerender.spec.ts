import { expect, SEED_ID, test } from "./fixtures";

/** Whether a computed colour has zero alpha. */
const isTransparent = (colour: string) => colour === "transparent" || /[,/]\s*0\)$/.test(colour);

test.afterEach(({ problems }) => {
  expect(problems, "console errors, uncaught exceptions or CSP violations").toEqual([]);
});

test("a bundled article's page carries its text and colours before any script runs", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/a/${SEED_ID}`);
  await expect(page).toHaveTitle(/^Iran’s Khamenei|^Iran's Khamenei/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("No war, no negotiations");
  const quote = page.locator(".q", { hasText: "Even if we ever" });
  await expect(quote).toBeVisible();
  expect(isTransparent(await quote.evaluate((el) => getComputedStyle(el).backgroundColor))).toBe(false);
  await expect(
    page.getByRole("complementary", { name: "Key claims" }).getByRole("listitem").first(),
  ).toBeVisible();
  await context.close();
});

test("the prerendered page comes alive: a filter in the address applies, and toggles work", async ({
  page,
}) => {
  await page.goto(`/a/${SEED_ID}?speaker=zarif`);
  const article = page.locator("article.article");
  // The address asks for more than the page was prerendered with; once hydrated, the filter applies.
  await expect(article).toHaveAttribute("data-sel", "zarif");
  const speakers = page.getByRole("complementary", { name: "Speakers" });
  await speakers.getByRole("button", { name: /Khamenei/ }).click();
  await expect(article).toHaveAttribute("data-sel", "zarif khamenei");
  await expect(page).toHaveURL(/speaker=zarif(,|%2C)khamenei/);
  // Nothing was rendered twice: one article, one heading.
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
});

test("an article that is not prerendered shows its first screen early, then the reader in its place", async ({
  page,
}) => {
  // `/` opens the bundled article through the app, not a prerendered page.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { previewSeen: string[] }).previewSeen = seen;
    new MutationObserver(() => {
      const root = document.getElementById("root");
      if (root?.dataset.preview && root.querySelector("h1"))
        seen.push(root.querySelector("h1")?.textContent ?? "");
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  await page.goto("/");
  await expect(page.getByRole("complementary", { name: "Speakers" })).toBeVisible();
  const seen = await page.evaluate(() => (window as unknown as { previewSeen: string[] }).previewSeen);
  expect(seen[0]).toContain("No war, no negotiations");
  const root = page.locator("#root");
  await expect(root).not.toHaveAttribute("aria-busy", /.*/);
  await expect(root).not.toHaveAttribute("inert", /.*/);
  await expect(root).not.toHaveAttribute("data-preview", /.*/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(page.locator(".site-header")).toHaveCount(1);
});
