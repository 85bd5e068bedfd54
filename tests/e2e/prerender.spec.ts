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
  // A paragraph's marker back to its key claim is styled from the first paint.
  const marker = page.locator(".claim-marker").first();
  await expect(marker).toBeVisible();
  expect(await marker.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe("solid");
  // The side panels work only with the app, which draws them: never shown unstyled, and their
  // column is kept, so the article does not move when they arrive.
  await expect(page.locator(".sidebar")).toBeEmpty();
  const column = await page.locator("article.article").boundingBox();
  await context.close();
  const live = await browser.newPage();
  await live.goto(`/a/${SEED_ID}`);
  await expect(
    live.getByRole("complementary", { name: "Key claims" }).getByRole("listitem").first(),
  ).toBeVisible();
  expect(await live.locator("article.article").boundingBox()).toEqual(column);
  await live.close();
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

test("a button clicked before the app has taken the page over does its work once it has", async ({
  page,
}) => {
  // The app hydrates the page once it has the article; a slow article keeps the page as printed.
  await page.route("**/articles/*.json", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto(`/a/${SEED_ID}`);
  const quote = page.locator(".q", { hasText: "Even if we ever" });
  await quote.getByRole("button").click();
  // Clicked on the printed page: the side panels, which only the app draws, are not there yet.
  await expect(page.locator(".sidebar").first()).toBeEmpty();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  // The pointer says the click was taken.
  await expect(page.locator("html")).toHaveAttribute("data-click-held", "");
  expect(await quote.getByRole("button").evaluate((el) => getComputedStyle(el).cursor)).toBe("progress");
  // The app arrives and answers the click: the quote's link panel opens, once.
  await expect(page.getByRole("dialog")).toBeVisible();
  await expect(
    page.getByRole("dialog").getByRole("button", { name: "Copy quote with attribution" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(page.locator("html")).not.toHaveAttribute("data-click-held", /.*/);
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

test("a slow article: the page's frame shows while it is on its way, then the reader", async ({ page }) => {
  await page.route("**/articles/*.json", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto("/", { waitUntil: "commit" });
  // The frame (header, busy and inert) after a moment, not a blank page.
  const root = page.locator("#root");
  await expect(root).toHaveAttribute("aria-busy", "true");
  await expect(page.locator(".site-header")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(0);
  // Then the article, in the reader, and the frame is no longer busy.
  await expect(page.getByRole("heading", { level: 1 })).toContainText("No war, no negotiations");
  await expect(page.getByRole("complementary", { name: "Speakers" })).toBeVisible();
  await expect(root).not.toHaveAttribute("aria-busy", /.*/);
  await expect(root).not.toHaveAttribute("inert", /.*/);
  await expect(page.locator(".site-header")).toHaveCount(1);
});
