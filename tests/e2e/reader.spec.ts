import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { AxeBuilder, expect, openSeed, SEED_ID, test } from "./fixtures";

/** Whether a computed colour has zero alpha (browsers print it as rgba() or in the colour's own space). */
const isTransparent = (colour: string) => colour === "transparent" || /[,/]\s*0\)$/.test(colour);

/** Quote counts of the bundled seed, as the legend should show them. */
const seed = JSON.parse(
  readFileSync(new URL(`../../public/articles/${SEED_ID}.json`, import.meta.url), "utf8"),
) as { quotes: { speakerId: string | null }[] };
const counts = {
  total: seed.quotes.length,
  zarif: seed.quotes.filter((q) => q.speakerId === "zarif").length,
};

test.afterEach(({ problems }) => {
  expect(problems, "console errors, uncaught exceptions or CSP violations").toEqual([]);
});

/** Holds the speaker tips' code until the returned function is called. */
async function holdSpeakerTips(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/SpeakerTip-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test("a pointer already on a quote when the speaker tip's code arrives gets the tip without moving", async ({
  page,
}) => {
  // The tip's code arrives after the article; here, a second after the pointer came to rest.
  const release = await holdSpeakerTips(page);
  await page.goto(`/a/${SEED_ID}`);
  const quote = page.locator(".q", { hasText: "Even if we ever" });
  await expect(quote).toBeVisible();
  await quote.hover();
  await expect(page.locator(".speaker-tip")).toHaveCount(0);
  release();
  await expect(page.locator(".speaker-tip")).toHaveText("Ayatollah Ali Khamenei, Iran’s Supreme Leader");
});

test("a quote's badge reached by keyboard before the speaker tip's code arrives gets its tip when it does", async ({
  page,
}) => {
  const release = await holdSpeakerTips(page);
  await openSeed(page, `/a/${SEED_ID}`);
  // Tab from the top of the page to the first quote's badge, as a keyboard reader does.
  for (let stops = 0; stops < 80; stops++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.matches(".q-badge") ?? false)) break;
  }
  const badge = page.locator(".q-badge:focus");
  await expect(badge).toHaveCount(1);
  await expect(page.locator(".speaker-tip")).toHaveCount(0);
  release();
  const label = await badge.getAttribute("data-name");
  await expect(page.locator(".speaker-tip")).toContainText(label ?? "a name");
});

test("reads the seed: headline, speakers, highlighted quotes", async ({ page }) => {
  await openSeed(page);
  await expect(page.getByText("Al Jazeera News")).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Speakers" }).getByRole("button")).toHaveCount(5 + 1);
  const quote = page.locator(".q", { hasText: "Even if we ever" });
  await expect(quote).toBeVisible();
  // The quote is tinted (colour) and badged with initials (not colour).
  const background = await quote.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe("rgba(0, 0, 0, 0)");
  await expect(quote.getByRole("button")).toHaveAccessibleName(
    /^AK ?: quote by Ayatollah Ali Khamenei, Iran’s Supreme Leader\. Link and share$/,
  );
  expect(await quote.getByRole("button").evaluate((el) => el.firstChild?.nodeValue)).toBe("AK");
  // Copying the paragraph gives the article's words, not the badges' labels.
  const copied = await page.locator("p.para", { hasText: "Even if we ever" }).evaluate((p) => {
    const range = document.createRange();
    range.selectNodeContents(p);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return selection?.toString() ?? "";
  });
  expect(copied.trim()).toMatch(/^“Even if we ever .* Khamenei said on Monday\.$/s);
  // Hovering the quote names the speaker.
  await quote.hover();
  await expect(page.locator(".speaker-tip")).toHaveText("Ayatollah Ali Khamenei, Iran’s Supreme Leader");
  await page.keyboard.press("Escape");
  await expect(page.locator(".speaker-tip")).toHaveCount(0);
});

test("filters by a speaker: URL updated, others dimmed, survives reload, back and forward", async ({
  page,
}) => {
  await openSeed(page);
  const zarifQuote = page.locator(".q", { hasText: "We have no problem with dialogue" });
  const khameneiQuote = page.locator(".q", { hasText: "Even if we ever" });
  const tint = (l: typeof zarifQuote) => l.evaluate((el) => getComputedStyle(el).backgroundColor);
  const khameneiBefore = await tint(khameneiQuote);

  await page.getByRole("button", { name: /^Mohammad Javad Zarif/ }).click();
  await expect(page).toHaveURL(`/a/${SEED_ID}?speaker=zarif`);
  await expect(page.getByText(`Showing ${counts.zarif} of ${counts.total} quotes`)).toBeVisible();
  expect(await tint(khameneiQuote)).not.toBe(khameneiBefore);
  expect(isTransparent(await tint(khameneiQuote))).toBe(true);
  expect(isTransparent(await tint(zarifQuote))).toBe(false);

  await page.getByRole("checkbox", { name: "Hide paragraphs without them" }).check();
  await expect(page).toHaveURL(`/a/${SEED_ID}?speaker=zarif&view=only`);
  await expect(page.getByRole("button", { name: /paragraphs hidden/ }).first()).toBeVisible();

  await page.reload();
  await expect(page.getByRole("button", { name: /^Mohammad Javad Zarif/ })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(page.getByRole("button", { name: /paragraphs hidden/ }).first()).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(`/a/${SEED_ID}?speaker=zarif`);
  await expect(page.getByRole("button", { name: /paragraphs hidden/ })).toHaveCount(0);
  await page.goBack();
  await expect(page.getByText(`${counts.total} quotes from 5 speakers`)).toBeVisible();
  await page.goForward();
  await expect(page.getByText(`Showing ${counts.zarif} of ${counts.total} quotes`)).toBeVisible();
});

test("follows a claim to its paragraph", async ({ page }) => {
  await openSeed(page);
  await page
    .getByRole("complementary", { name: "Key claims" })
    .getByRole("button", { name: /We have no problem with dialogue but is Mr Trump really serious/ })
    .click();
  const paragraph = page.locator("p.para", { hasText: "is Mr Trump really serious about talks?" });
  await expect(paragraph).toBeFocused();
  await expect(paragraph).toBeInViewport();
  await expect(paragraph).toHaveAttribute("data-target", "");
});

test("copies a quote link and opens it in a new page at the quote", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openSeed(page);
  const quote = page.locator(".q", { hasText: "Iran will not change its policies" });
  await quote.getByRole("button").click();
  await page.getByRole("dialog").getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`/a/${SEED_ID}/q/q[0-9]+\\?text=`));

  const fresh = await context.newPage();
  await fresh.goto(link);
  const target = fresh.locator(".q", { hasText: "Iran will not change its policies" });
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();
  await fresh.close();
});

test("a quote link that no longer resolves shows a notice and the article", async ({ page }) => {
  await page.goto(`/a/${SEED_ID}/q/q404?text=nothing%20like%20this`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("note")).toContainText("not in this version of the article");
});

test("an unknown article shows not found with a way home", async ({ page }) => {
  await page.goto("/a/does-not-exist");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Go to the front page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("No war, no negotiations");
});

test("keyboard only: filter, follow a claim, open a quote's link panel", async ({ page }) => {
  await openSeed(page);
  const zarif = page.getByRole("button", { name: /^Mohammad Javad Zarif/ });
  await zarif.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/speaker=zarif/);
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(`/a/${SEED_ID}`);

  const badge = page.locator(".q", { hasText: "Even if we ever" }).getByRole("button");
  await badge.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog")).toBeVisible();
  await expect(page.getByRole("dialog").getByRole("button", { name: "Copy link" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(badge).toBeFocused();
  // Focus is visible: the focused badge draws an outline.
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe("none");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test("no sideways scrolling; claims and speakers open as sheets", async ({ page }) => {
    await openSeed(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole("complementary", { name: "Key claims" })).toBeHidden();
    await page.getByRole("button", { name: /^Key claims/ }).click();
    const claims = page.getByRole("complementary", { name: "Key claims" });
    await expect(claims).toBeVisible();
    await claims.getByRole("button", { name: /^US Secretary of State Mike Pompeo/ }).click();
    await expect(claims).toBeHidden();
    await expect(page.locator("p.para", { hasText: "quickly walked back" })).toBeInViewport();

    await page.getByRole("button", { name: /^Speakers/ }).click();
    await page
      .getByRole("complementary", { name: "Speakers" })
      .getByRole("button", { name: /^Donald Trump/ })
      .click();
    await expect(page).toHaveURL(/speaker=trump/);
    await expect(page.getByRole("button", { name: /^Speakers \(1 chosen\)/ })).toBeVisible();
  });
});

for (const scheme of ["light", "dark"] as const) {
  test(`no axe violations (WCAG 2.2 AA) in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openSeed(page, `/a/${SEED_ID}?speaker=zarif`);
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
  });
}

test("no axe violations in sepia, on the link panel and on the error page", async ({ page }) => {
  await openSeed(page);
  await page.getByRole("button", { name: /Reading settings/ }).click();
  await page.getByRole("radio", { name: "Sepia" }).check();
  await page.keyboard.press("Escape");
  await page.locator(".q", { hasText: "Even if we ever" }).getByRole("button").click();
  const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
  const onArticle = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(onArticle.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.goto("/a/does-not-exist");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  const onError = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(onError.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
