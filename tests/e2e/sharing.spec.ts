import { readFileSync } from "node:fs";
import { AxeBuilder, expect, SEED_ID, test } from "./fixtures";

const seed = JSON.parse(
  readFileSync(new URL(`../../public/articles/${SEED_ID}.json`, import.meta.url), "utf8"),
) as {
  title: string;
  quotes: { id: string; speakerId: string | null; kind: string }[];
  speakers: { id: string; name: string }[];
  claims: { text: string }[];
};
const QUOTE = seed.quotes.find((q) => q.speakerId === "khamenei" && q.kind === "direct") ?? seed.quotes[0];
const QUOTE_PATH = `/a/${SEED_ID}/q/${QUOTE?.id}`;

test.afterEach(({ problems }) => {
  expect(problems, "console errors, uncaught exceptions or CSP violations").toEqual([]);
});

test.describe("link previews", () => {
  test("a quote's page carries its preview tags and text for crawlers that run no JavaScript", async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(QUOTE_PATH);
    const meta = (key: string) =>
      page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute("content");
    expect(await meta("og:title")).toMatch(/^Ayatollah Ali Khamenei: “/);
    expect(await meta("og:description")).toContain(`in “${seed.title}” (Al Jazeera News)`);
    expect(await meta("og:url")).toMatch(new RegExp(`${QUOTE_PATH}$`));
    expect(await meta("twitter:card")).toBe("summary_large_image");
    expect(await meta("og:image:alt")).toMatch(/— Ayatollah Ali Khamenei/);
    await expect(page.locator(`#quote-${QUOTE?.id}`)).toBeVisible();
    const image = await meta("og:image");
    const response = await page.request.get(new URL(image ?? "", baseURL).href);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    await context.close();
  });

  test("with JavaScript, the quote's page opens the reader at the quote", async ({ page }) => {
    await page.goto(QUOTE_PATH);
    await expect(page.locator(`#quote-${QUOTE?.id}`)).toBeFocused();
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.locator(`#quote-${QUOTE?.id}`)).toHaveAttribute("data-target", "");
  });
});

test("the link panel copies the quote with its attribution, and downloads its card", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`/a/${SEED_ID}`);
  await page.locator(`#quote-${QUOTE?.id}`).getByRole("button").click();
  const panel = page.getByRole("dialog");
  await panel.getByRole("button", { name: "Copy quote with attribution" }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(
    new RegExp(
      `^“.+”\\n— Ayatollah Ali Khamenei, [^\\n]+, in “${seed.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}” \\(Al Jazeera News\\)\\nhttp://[^\\n]+${QUOTE_PATH}\\?text=`,
    ),
  );
  await page.locator(`#quote-${QUOTE?.id}`).getByRole("button").click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("dialog").getByRole("link", { name: "Download card" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${SEED_ID}-${QUOTE?.id}.png`);
  expect(
    readFileSync((await download.path()) as string)
      .subarray(1, 4)
      .toString(),
  ).toBe("PNG");
});

test.describe("reading by keyboard", () => {
  type Page = import("@playwright/test").Page;
  const toast = (page: Page) => page.locator(".toast");
  /** The seed, once its shortcuts are live (they load just after the article shows, and say so). */
  const openSeedForKeys = async (page: Page) => {
    await page.goto(`/a/${SEED_ID}`);
    await expect(page.locator(".reader")).toHaveAttribute("aria-keyshortcuts", /^j k Shift\+J Shift\+K c /);
  };

  test("j, k, Shift J and Shift K move between quotes, each move announced", async ({ page }) => {
    await openSeedForKeys(page);
    await page.locator(".article-head .meta").click();
    await page.keyboard.press("j");
    const total = seed.quotes.length;
    await expect(toast(page)).toHaveText(new RegExp(`^Quote 1 of ${total}, `));
    // The move is announced; no speaker tip covers the line above the quote now focused.
    await expect(page.locator(".speaker-tip")).toHaveCount(0);
    const first = await page.evaluate(() => document.activeElement?.getAttribute("data-q"));
    expect(first).toBeTruthy();
    await page.keyboard.press("j");
    await expect(toast(page)).toHaveText(new RegExp(`^Quote 2 of ${total}, `));
    await page.keyboard.press("k");
    await expect(toast(page)).toHaveText(new RegExp(`^Quote 1 of ${total}, `));
    await expect(page.locator(`[id="quote-${first}"]`)).toBeFocused();
    // By the same speaker: the next of theirs, skipping everyone else's.
    const speaker = seed.quotes.find((q) => q.id === first)?.speakerId;
    const name = seed.speakers.find((s) => s.id === speaker)?.name ?? "";
    const theirs = seed.quotes.filter((q) => q.speakerId === speaker).length;
    await page.keyboard.press("Shift+J");
    await expect(toast(page)).toHaveText(`Quote 2 of ${theirs} by ${name}`);
    await page.keyboard.press("Shift+K");
    await expect(toast(page)).toHaveText(`Quote 1 of ${theirs} by ${name}`);
  });

  test("a key pressed before the shortcuts have loaded is not lost", async ({ page }) => {
    // The shortcuts load when the page is idle; here it never is, so the key press must load them.
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    await page.goto(`/a/${SEED_ID}`);
    // The app has the page once it has drawn the key claims (the Speakers legend is printed with it).
    await expect(page.getByRole("complementary", { name: "Key claims" })).toBeVisible();
    await expect(page.locator(".reader")).not.toHaveAttribute("aria-keyshortcuts", /.*/);
    await page.keyboard.press("j");
    await expect(toast(page)).toHaveText(new RegExp(`^Quote 1 of ${seed.quotes.length}, `));
    await page.keyboard.press("j");
    await expect(toast(page)).toHaveText(new RegExp(`^Quote 2 of ${seed.quotes.length}, `));
  });

  test("c and Shift C go from claim to claim; f filters by the quote's speaker; l copies its link", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openSeedForKeys(page);
    await page.locator(".article-head .meta").click();
    await page.keyboard.press("c");
    await expect(toast(page)).toHaveText(`Key claim 1 of ${seed.claims.length}: ${seed.claims[0]?.text}`);
    await page.keyboard.press("c");
    await expect(toast(page)).toHaveText(new RegExp(`^Key claim 2 of ${seed.claims.length}: `));
    await page.keyboard.press("Shift+C");
    await expect(toast(page)).toHaveText(new RegExp(`^Key claim 1 of ${seed.claims.length}: `));

    await page.keyboard.press("j");
    const id = await page.evaluate(() => document.activeElement?.getAttribute("data-q"));
    const speaker = seed.quotes.find((q) => q.id === id)?.speakerId;
    await page.keyboard.press("f");
    await expect(page).toHaveURL(new RegExp(`speaker=${speaker}`));
    await expect(toast(page)).toHaveText(/^Showing quotes by /);
    await page.keyboard.press("f");
    await expect(toast(page)).toHaveText(/taken out of the filter$/);
    await page.keyboard.press("l");
    await expect(toast(page)).toHaveText("Link copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
      `/a/${SEED_ID}/q/${id}?text=`,
    );
  });

  test("? lists the shortcuts, and they can be switched off; they never fire outside the reader", async ({
    page,
  }) => {
    await openSeedForKeys(page);
    // Focus in the header: not the reader, so j does nothing.
    await page.getByRole("link", { name: "Library" }).focus();
    await page.keyboard.press("j");
    await expect(page).toHaveURL(new RegExp(`/a/${SEED_ID}$`));
    await expect(toast(page)).toHaveText("");

    await page.locator(".article-head .meta").click();
    await page.keyboard.press("?");
    const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(help).toBeVisible();
    await expect(help.getByRole("term")).toHaveCount(9);
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await help.getByRole("checkbox", { name: "Use single-key shortcuts" }).uncheck();
    await page.keyboard.press("Escape");
    await expect(help).toBeHidden();
    await expect(page.locator(".reader")).not.toHaveAttribute("aria-keyshortcuts", /./);
    await page.keyboard.press("j");
    await expect(toast(page)).toHaveText("");
    // Remembered, and back on from the reading settings.
    await page.reload();
    await page.getByRole("button", { name: /Reading settings/ }).click();
    const setting = page.getByRole("checkbox", { name: /Single-key shortcuts/ });
    await expect(setting).not.toBeChecked();
    await setting.check();
    await expect(page.locator(".reader")).toHaveAttribute("aria-keyshortcuts", /^j k /);
    await page.keyboard.press("Escape");
    await page.locator(".article-head .meta").click();
    await page.keyboard.press("j");
    await expect(toast(page)).toHaveText(/^Quote 1 of /);
  });
});

test("printed, the article keeps speaker labels without colour, numbered paragraphs and the claims with references", async ({
  page,
}) => {
  await page.goto(`/a/${SEED_ID}`);
  await expect(page.getByRole("complementary", { name: "Key claims" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".sidebar")).toBeHidden();
  const label = await page
    .locator(".article-body .q-badge")
    .first()
    .evaluate((el) => getComputedStyle(el, "::before").content);
  expect(label).toMatch(/^"\[.+\] "$/);
  const number = await page
    .locator(".article-body > .para")
    .first()
    .evaluate((el) => getComputedStyle(el, "::before").content);
  expect(number).toBe('"¶ 1"');
  const claims = page.locator(".print-claims li");
  await expect(claims).toHaveCount(seed.claims.length);
  await expect(claims.first()).toContainText(/— .+, ¶ \d/);
  await page.emulateMedia({ media: "screen" });
  await expect(page.locator(".print-claims")).toBeHidden();
});
