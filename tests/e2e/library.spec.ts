import { readFileSync } from "node:fs";
import { parseArticle } from "../../src/article";
import { AxeBuilder, expect, test } from "./fixtures";

const BBC = readFileSync(new URL("../fixtures/import/bbc-1.txt", import.meta.url), "utf8");
const WAPO = readFileSync(new URL("../fixtures/import/wapo-1.html", import.meta.url), "utf8");
const SEED = readFileSync(new URL("../fixtures/seed/input.txt", import.meta.url), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

test.afterEach(({ problems }) => {
  expect(problems, "console errors, uncaught exceptions or CSP violations").toEqual([]);
});

test("paste an article: speakers and quotes, filter, reload, reassign a quote, download valid JSON", async ({
  page,
}) => {
  await page.goto("/library");
  await page.getByLabel("Article text or HTML").fill(BBC);
  await page.getByRole("button", { name: "Open pasted article" }).click();
  await expect(page).toHaveURL(/\/mine\/obama-admits-us-gun-laws-are-his-biggest-frustration$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Obama admits US gun laws");
  const speakers = page.getByRole("complementary", { name: "Speakers" });
  const obama = speakers.getByRole("button", { name: /^Barack Obama/ });
  const sopel = speakers.getByRole("button", { name: /^Jon Sopel/ });
  await expect(obama).toBeVisible();
  await expect(sopel).toBeVisible();
  expect(await page.locator(".q").count()).toBeGreaterThan(10);

  // Filter, and the filter and the article survive a reload.
  await sopel.click();
  await expect(page).toHaveURL(/\?speaker=jon-sopel|\?speaker=sopel/);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Obama admits US gun laws");
  await expect(sopel).toHaveAttribute("aria-pressed", "true");
  await sopel.click();

  // Reassign one of Obama's quotes to Sopel.
  const sopelBefore = Number((await sopel.locator(".legend-count").textContent())?.match(/\d+/)?.[0]);
  // A badge the page shows (a paragraph's speaker mark; the others show when their quote is pointed at).
  await page
    .getByRole("button", { name: /quote by Barack Obama/ })
    .and(page.locator(".q-badge--mark"))
    .first()
    .click();
  const panel = page.getByRole("dialog");
  await expect(panel).toContainText("kept in this browser only");
  await panel.getByLabel("Said by").selectOption({ label: "Jon Sopel" });
  await expect(sopel.locator(".legend-count")).toContainText(String(sopelBefore + 1));
  await expect(page.getByRole("status").filter({ hasText: "Quote given to Jon Sopel" })).toBeAttached();

  // Download: the public format, with the correction in it.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: /^Download JSON/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("obama-admits-us-gun-laws-are-his-biggest-frustration.json");
  const json = JSON.parse(readFileSync((await download.path()) as string, "utf8"));
  const parsed = parseArticle(json);
  expect(parsed.ok && parsed.warnings).toEqual([]);
  const sopelId = json.speakers.find((s: { name: string }) => s.name === "Jon Sopel").id;
  expect(json.quotes.filter((q: { speakerId: string }) => q.speakerId === sopelId)).toHaveLength(
    sopelBefore + 1,
  );

  // Accessible, editing controls open.
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
});

test("drop a saved web page: its article is found and read", async ({ page }) => {
  await page.goto("/library");
  await expect(page.getByRole("button", { name: "Choose a file…" })).toBeVisible();
  const dataTransfer = await page.evaluateHandle((html) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([html], "north-africa.html", { type: "text/html" }));
    return transfer;
  }, WAPO);
  await page.dispatchEvent(".library-drop", "drop", { dataTransfer });
  await expect(page).toHaveURL(/\/mine\/attack-stokes-instability-fears-in-north-africa$/, {
    timeout: 15_000,
  });
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Attack stokes instability fears");
  await expect(
    page.getByRole("complementary", { name: "Speakers" }).getByRole("button").first(),
  ).toBeVisible();
  // Listed in the library as the reader's own.
  await page.getByRole("link", { name: "Library" }).first().click();
  await expect(page.getByRole("region", { name: "Your articles" }).getByRole("link")).toHaveText(
    "Attack stokes instability fears in North Africa",
  );
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
});

test("an imported article's page does not move when its bar arrives late: a speaker stays where the pointer is", async ({
  page,
}) => {
  // The bar above an imported article has code of its own; on a slow connection it comes last.
  await page.route(/\/assets\/LocalArticleBar-[^/]+\.js$/, async (route) => {
    await new Promise((done) => setTimeout(done, 1500));
    await route.continue();
  });
  await page.goto("/library");
  await page.getByLabel("Article text or HTML").fill(BBC);
  await page.getByRole("button", { name: "Open pasted article" }).click();
  const sopel = page
    .getByRole("complementary", { name: "Speakers" })
    .getByRole("button", { name: /^Jon Sopel/ });
  await expect(sopel).toBeVisible();
  const shown = await sopel.boundingBox();
  await expect(page.getByRole("region", { name: "Your article" })).toBeVisible();
  expect(await sopel.boundingBox()).toEqual(shown);
  // Pressed where it was first drawn, the speaker is chosen.
  if (!shown) throw new Error("not on screen");
  await page.mouse.click(shown.x + shown.width / 2, shown.y + shown.height / 2);
  await expect(sopel).toHaveAttribute("aria-pressed", "true");
});

test("a bad file gets a clear message, and the page stays usable", async ({ page }) => {
  await page.goto("/library");
  await page.getByLabel("Article file").setInputFiles({
    name: "scan.txt",
    mimeType: "text/plain",
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]),
  });
  await expect(page.getByRole("alert")).toHaveText(
    "scan.txt is not a text file: open a .txt, .html or .json file.",
  );
  await page.getByLabel("Article file").setInputFiles({
    name: "notes.json",
    mimeType: "application/json",
    buffer: Buffer.from('{"title": "x"}'),
  });
  await expect(page.getByRole("alert")).toContainText(
    "notes.json is JSON, but not an article saved by this app",
  );
  await expect(page.getByRole("button", { name: "Open pasted article" })).toBeEnabled();
});

test.describe("correcting the speakers of an imported article", () => {
  /** Each speaker's hue as the page draws it (the `--h` of their quotes), by speaker id. */
  const huesOnPage = (page: import("@playwright/test").Page) =>
    page.evaluate(() => {
      const hues: Record<string, string> = {};
      for (const el of document.querySelectorAll<HTMLElement>(".q[data-s]")) {
        const id = el.dataset.s;
        if (id && !(id in hues)) hues[id] = getComputedStyle(el).getPropertyValue("--h").trim();
      }
      return hues;
    });

  test("merging two speakers recolours nobody else, and no two speakers share a hue", async ({ page }) => {
    await page.goto("/library");
    await page.getByLabel("Article text or HTML").fill(SEED);
    await page.getByRole("button", { name: "Open pasted article" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("No war, no negotiations");
    // (A reader reads before correcting: the parts the page loads when idle have arrived. One run in
    // ten, a merge clicked while they were arriving was never submitted; the submits are counted so
    // that a failure says which it was.)
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => {
      (window as unknown as { submits: number }).submits = 0;
      document.addEventListener(
        "submit",
        () => {
          (window as unknown as { submits: number }).submits++;
        },
        { capture: true },
      );
    });
    const before = await huesOnPage(page);
    const ids = Object.keys(before);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(new Set(Object.values(before)).size).toBe(ids.length);

    await page.getByRole("button", { name: "Edit speakers" }).click();
    // The first speaker in the list is merged into the last: everyone after the first moves up a place.
    const rows = page.locator(".speaker-edit");
    const first = rows.first();
    const firstName = (await first.locator("legend").textContent()) ?? "";
    const lastName = (await rows.last().locator("legend").textContent()) ?? "";
    await first.getByLabel("Same person as").selectOption({ label: lastName });
    await first.getByRole("button", { name: `Merge ${firstName}` }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { submits: number }).submits), {
        message: "the Merge button's form was submitted",
      })
      .toBe(1);
    await expect(page.locator(".speaker-edit legend", { hasText: firstName })).toHaveCount(0);

    const after = await huesOnPage(page);
    for (const [id, hue] of Object.entries(after)) expect(hue, id).toBe(before[id]);
    expect(new Set(Object.values(after)).size).toBe(Object.keys(after).length);
  });

  test("the speaker editor fits the sidebar, long names included: every card keeps its count, every input its edge", async ({
    page,
  }) => {
    const text = [
      "Harbour council votes to close the old pier",
      "The harbour council voted on Tuesday to close the old pier for repairs.",
      "“The pier is no longer safe for the public,” said Maximiliana Alexandra Konstantinopoulou-Fitzwilliam, the council’s chief engineer.",
      "“We will reopen it next spring,” said Dana Pike, the mayor.",
    ].join("\n\n");
    await page.goto("/library");
    await page.getByLabel("Article text or HTML").fill(text);
    await page.getByRole("button", { name: "Open pasted article" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Harbour council");
    await page.getByRole("button", { name: "Edit speakers" }).click();
    await expect(page.locator(".speaker-edit").first()).toBeVisible();
    const overflowing = await page.evaluate(() => {
      const sidebar = document.querySelector(".sidebar")?.getBoundingClientRect();
      if (!sidebar) return ["no sidebar"];
      return [...document.querySelectorAll<HTMLElement>(".sidebar *")]
        .filter((el) => !el.closest(".visually-hidden"))
        .filter((el) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && box.right > sidebar.right + 0.5;
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    });
    expect(overflowing).toEqual([]);
    for (const count of await page.locator(".legend-count").all()) await expect(count).toBeInViewport();
    // Accessible with the editor open.
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
  });
});
