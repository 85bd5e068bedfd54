/**
 * The speakers' buttons work as soon as the page shows them, before the app's JavaScript has
 * arrived: the page's first script answers them (src/app/early-clicks.ts), and the app, once there,
 * carries on from the same state. The app is held back here by holding its scripts' responses, as
 * a slow connection or a slow phone does; a person presses what is on screen, with the mouse at its
 * coordinates or from the keyboard.
 */
import type { Locator, Page } from "@playwright/test";
import { AxeBuilder, expect, layoutShift, recordLayoutShifts, SEED_ID, test } from "./fixtures";

test.afterEach(({ problems }) => {
  expect(problems, "console errors, uncaught exceptions or CSP violations").toEqual([]);
});

/** Holds the app's scripts until the returned function is called: the page runs its first script only. */
async function holdTheApp(page: Page): Promise<() => void> {
  let release = () => {};
  const arrived = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await arrived;
    await route.continue();
  });
  return release;
}

/** Opens the seed as printed, its text on screen. */
async function openPrinted(page: Page) {
  await page.goto(`/a/${SEED_ID}`, { waitUntil: "commit" });
  await expect(page.getByRole("heading", { level: 1 })).toContainText("No war, no negotiations");
}

/** Presses the mouse on the middle of what is on screen, as a person does (no scrolling to it first). */
async function press(page: Page, target: Locator) {
  await expect(target).toBeInViewport();
  const box = await target.boundingBox();
  if (!box) throw new Error("not on screen");
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Presses Tab, as a keyboard reader does, until `target` has focus (a few stops at most). */
async function tabTo(page: Page, target: Locator) {
  for (let stops = 0; stops < 8; stops++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(target).toBeFocused();
}

/** Whether a quote's tint is gone: the filter dims the quotes of speakers not chosen. */
const dimmed = (quote: Locator) =>
  quote.evaluate((el) => {
    const colour = getComputedStyle(el).backgroundColor;
    return colour === "transparent" || /[,/]\s*0\)$/.test(colour);
  });

/** The app has taken the page over: only it writes this line (the printed page says "21 quotes from 5 speakers"). */
const appAnswered = (page: Page) =>
  expect(page.locator(".legend-summary")).toHaveText(/^Showing \d+ of 21 quotes$/);

test("a speaker chosen before the app has arrived filters the article at once, and the app carries on from there", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const release = await holdTheApp(page);
  await openPrinted(page);
  const speakers = page.getByRole("complementary", { name: "Speakers" });
  const zarif = speakers.getByRole("button", { name: /^Mohammad Javad Zarif/ });
  const article = page.locator("article.article");
  const khameneiQuote = page.locator(".q", { hasText: "Even if we ever" });
  expect(await dimmed(khameneiQuote)).toBe(false);

  await press(page, zarif);
  await expect(zarif).toHaveAttribute("aria-pressed", "true");
  await expect(article).toHaveAttribute("data-sel", "zarif");
  // Khamenei's quotes dim; Zarif's keep their colour.
  expect(await dimmed(khameneiQuote)).toBe(true);
  expect(await dimmed(page.locator('.q[data-s="zarif"]:not(.q--indirect)').first())).toBe(false);
  // Still the printed page: the app's own line has not been written.
  await expect(page.locator(".legend-summary")).toHaveText("21 quotes from 5 speakers");
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);

  release();
  await appAnswered(page);
  // The same state, now the app's: the button, the article, the address; nothing drawn twice.
  await expect(zarif).toHaveAttribute("aria-pressed", "true");
  await expect(article).toHaveAttribute("data-sel", "zarif");
  await expect(page).toHaveURL(/speaker=zarif$/);
  expect(await dimmed(khameneiQuote)).toBe(true);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(speakers).toHaveCount(1);

  // A second press takes the filter off, through the app.
  await press(page, zarif);
  await expect(zarif).toHaveAttribute("aria-pressed", "false");
  await expect(article).not.toHaveAttribute("data-sel", /.*/);
  await expect(page.locator(".legend-summary")).toHaveText("21 quotes from 5 speakers");
  await expect(page).not.toHaveURL(/speaker=/);
  expect(await dimmed(khameneiQuote)).toBe(false);
});

test("from the keyboard too: Enter and Space on a speaker answer before the app, and the app keeps both", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const release = await holdTheApp(page);
  await openPrinted(page);
  const skip = page.getByRole("link", { name: "Skip to speakers" });
  await tabTo(page, skip);
  // Without the app the link still leads there; the next Tab stops are the speakers' buttons.
  await page.keyboard.press("Enter");
  const speakers = page.getByRole("complementary", { name: "Speakers" });
  const khamenei = speakers.getByRole("button", { name: /^Ayatollah Ali Khamenei/ });
  const zarif = speakers.getByRole("button", { name: /^Mohammad Javad Zarif/ });
  await page.keyboard.press("Tab");
  await expect(khamenei).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(zarif).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(zarif).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("Shift+Tab");
  await expect(khamenei).toBeFocused();
  await page.keyboard.press("Space");
  await expect(khamenei).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("article.article")).toHaveAttribute("data-sel", "zarif khamenei");
  await expect(page.locator(".legend-summary")).toHaveText("21 quotes from 5 speakers");

  release();
  await appAnswered(page);
  await expect(zarif).toHaveAttribute("aria-pressed", "true");
  await expect(khamenei).toHaveAttribute("aria-pressed", "true");
  await expect(page).toHaveURL(/speaker=zarif(,|%2C)khamenei$/);
  // Space again, now answered by the app: Khamenei is taken out, Zarif stays.
  await expect(khamenei).toBeFocused();
  await page.keyboard.press("Space");
  await expect(khamenei).toHaveAttribute("aria-pressed", "false");
  await expect(page.locator("article.article")).toHaveAttribute("data-sel", "zarif");
  await expect(zarif).toHaveAttribute("aria-pressed", "true");
});

test("'Skip to key claims' pressed before the app has drawn them takes the reader there once it has", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const release = await holdTheApp(page);
  await openPrinted(page);
  const skip = page.getByRole("link", { name: "Skip to key claims" });
  await tabTo(page, skip);
  // The claims are the app's to draw: the press waits for them, and leads nowhere in the meantime.
  await page.keyboard.press("Enter");
  await expect(page.locator("#claims")).toHaveCount(0);
  await expect(skip).toBeFocused();
  release();
  const heading = page.getByRole("heading", { name: "Key claims" });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  expect(new URL(page.url()).hash).toBe("");
});

for (const size of [
  { name: "a desktop", width: 1280, height: 800 },
  { name: "a phone", width: 390, height: 844 },
])
  test(`'Skip to speakers' pressed before the app has arrived puts the reader on the speakers' heading once it has, on ${size.name}`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    const release = await holdTheApp(page);
    await openPrinted(page);
    const skip = page.getByRole("link", { name: "Skip to speakers" });
    await tabTo(page, skip);
    await page.keyboard.press("Enter");
    release();
    const heading = page.getByRole("heading", { name: "Speakers" });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    // The next Tab is the first speaker's button (on a phone, the sheet's close button first).
    await page.keyboard.press("Tab");
    await expect(page.locator(":focus")).toHaveClass(/legend-item|sheet-close/);
  });

test("on a phone the printed panels stay closed, and the toolbar opens them once the app is there, the page unmoved", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await recordLayoutShifts(page);
  const release = await holdTheApp(page);
  await openPrinted(page);
  // Printed with the page, out of sight.
  const speakers = page.locator("aside#speakers");
  await expect(speakers).toBeAttached();
  await expect(speakers).toBeHidden();
  await expect(page.locator("aside#claims")).toBeHidden();
  // Not below the article either.
  await page.evaluate(() =>
    window.scrollTo({ top: document.documentElement.scrollHeight, behavior: "instant" }),
  );
  await expect(speakers).toBeHidden();
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: "instant" }));

  release();
  const toolbar = page.getByRole("navigation", { name: "Reading tools" });
  const open = toolbar.getByRole("button", { name: "Speakers" });
  await expect(open).toBeVisible();
  await expect(speakers).toBeHidden();
  expect(await layoutShift(page)).toBeLessThan(0.01);
  await press(page, open);
  await expect(speakers).toBeVisible();
  await expect(speakers.getByRole("button", { name: /^Mohammad Javad Zarif/ })).toBeInViewport();
});

test("a quote's link opens at the quote before the app has arrived, and the app does not move the page", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const release = await holdTheApp(page);
  // Where the page stands at the start of every frame, and where the quote is on the screen (what
  // the frame before drew), from the page's first frame on.
  await page.addInitScript(() => {
    const seen: { y: number; top: number | null }[] = [];
    Object.assign(window, { seenFrames: seen });
    const frame = () => {
      const quote = document.getElementById("quote-q10");
      const now = { y: window.scrollY, top: quote ? Math.round(quote.getBoundingClientRect().top) : null };
      const last = seen.at(-1);
      if (!last || last.y !== now.y || last.top !== now.top) seen.push(now);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await page.goto(`/a/${SEED_ID}/q/q10`, { waitUntil: "commit" });
  const quote = page.locator("#quote-q10");
  // The printed page, at the quote: the app's own line has not been written.
  await expect(quote).toBeInViewport();
  await expect(page.locator(".legend-summary")).toHaveText("21 quotes from 5 speakers");
  const landed = await page.evaluate(() => window.scrollY);
  expect(landed).toBeGreaterThan(0);

  release();
  // The app highlights and focuses the quote where it already is.
  await expect(quote).toBeFocused();
  await expect(quote).toHaveAttribute("data-target", "");
  // (The app scrolls before it focuses: two frames later the logger has seen any move.)
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
  );
  const seen = await page.evaluate(
    () => (window as unknown as { seenFrames: { y: number; top: number | null }[] }).seenFrames,
  );
  const frames = seen.map((f) => `${f.y}/${f.top}`).join(", ");
  // Drawn at the top only before the text had arrived; then the quote stays where it was first
  // drawn on the screen, however the page's scroll position is kept (a font arriving in its short
  // waiting time reflows the text above the quote, and the browser keeps what is in view in place).
  // (Every frame from the first one drawn at the quote: a later one at the top counts as a move.)
  const firstLanded = seen.findIndex((f) => f.y !== 0 && f.top !== null);
  expect(firstLanded, `scroll/quote top per frame: ${frames}`).toBeGreaterThanOrEqual(0);
  const landedFrames = seen.slice(firstLanded);
  const first = (landedFrames[0] as { top: number }).top;
  expect(
    landedFrames.every((f) => f.top !== null && Math.abs(f.top - first) <= 2),
    `scroll/quote top per frame: ${frames}`,
  ).toBe(true);
});
