import { expect, layoutShift, recordLayoutShifts, SEED_ID, test } from "./fixtures";

/** Whether a computed colour has zero alpha. */
const isTransparent = (colour: string) => colour === "transparent" || /[,/]\s*0\)$/.test(colour);

test.afterEach(({ problems }) => {
  expect(problems, "console errors, uncaught exceptions or CSP violations").toEqual([]);
});

test("a bundled article's page carries its text and colours before any script runs", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  // The two loads below are compared box for box, so both read in the same font: the reading font
  // is used only when it arrives within its short block period (`font-display: optional`), which
  // one load may meet and the other miss, and the measure is set in `ch` of that font.
  await context.route("**/*.ttf", (route) => route.abort());
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
  // The Speakers legend is printed too, styled from the first paint; the key claims are not (laying
  // them out delayed the article's first paint): the app draws them below the legend, and neither the
  // article nor the legend moves when it takes the page over.
  const speaker = page
    .getByRole("complementary", { name: "Speakers" })
    .getByRole("button", { name: /^Mohammad Javad Zarif/ });
  await expect(speaker).toBeVisible();
  expect(await speaker.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe("solid");
  await expect(page.locator("#claims")).toHaveCount(0);
  const column = await page.locator("article.article").boundingBox();
  const legend = await speaker.boundingBox();
  await context.close();
  const live = await browser.newPage();
  await live.route("**/*.ttf", (route) => route.abort());
  await recordLayoutShifts(live);
  await live.goto(`/a/${SEED_ID}`);
  const claims = live.getByRole("complementary", { name: "Key claims" });
  await expect(claims.getByRole("listitem").first()).toBeVisible();
  expect(await live.locator("article.article").boundingBox()).toEqual(column);
  const liveSpeaker = live
    .getByRole("complementary", { name: "Speakers" })
    .getByRole("button", { name: /^Mohammad Javad Zarif/ });
  expect(await liveSpeaker.boundingBox()).toEqual(legend);
  // Below the legend, in the sidebar's column.
  expect((await claims.boundingBox())?.y).toBeGreaterThan((legend?.y ?? 0) + (legend?.height ?? 0));
  expect(await layoutShift(live)).toBeLessThan(0.01);
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
  // Clicked on the printed page: held until the app is there.
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

test("the front page is prerendered too: `/` carries the default article's text before any script runs, then comes alive", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const still = await context.newPage();
  await still.goto("/");
  await expect(still.getByRole("heading", { level: 1 })).toContainText("No war, no negotiations");
  await expect(still.locator(".q", { hasText: "Even if we ever" })).toBeVisible();
  await context.close();
  const page = await browser.newPage();
  await page.goto("/?speaker=zarif");
  await expect(page.locator("article.article")).toHaveAttribute("data-sel", "zarif");
  await expect(page.getByRole("complementary", { name: "Speakers" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(page.locator(".site-header")).toHaveCount(1);
  await page.close();
});

test("an address without a page of its own gets the app shell, never the front page's article", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const still = await context.newPage();
  for (const address of [
    "/library",
    "/no/such/page",
    "/a/no-such-article",
    "/mine/imported-here",
    "/favicon.png/x",
  ]) {
    await still.goto(address);
    await expect(still.locator("#root")).toBeEmpty();
    await expect(still.getByRole("heading", { level: 1 })).toHaveCount(0);
  }
  await context.close();
  const page = await browser.newPage();
  await page.goto("/library");
  await expect(page.getByRole("heading", { level: 1, name: "Library" })).toBeVisible();
  await page.goto("/no/such/page");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/not found/i);
  await page.close();
});
