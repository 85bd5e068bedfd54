import { expect, layoutShift, recordLayoutShifts, SEED_ID, test } from "./fixtures";

test("the article reads in Source Serif 4 on every platform, and the page does not move when it arrives", async ({
  page,
}) => {
  await recordLayoutShifts(page);
  const fonts: number[] = [];
  page.on("response", (r) => {
    if (/source-serif-4-\d+.*\.ttf$/.test(r.url())) fonts.push(r.status());
  });
  await page.goto(`/a/${SEED_ID}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("No war");
  await page.evaluate(() => document.fonts.ready);
  expect(fonts).toEqual([200, 200]);
  const paragraph = page.locator("article .para--body").first();
  expect(await paragraph.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/^"Source Serif 4"/);
  expect(await page.evaluate(() => document.fonts.check('18px "Source Serif 4"'))).toBe(true);
  expect(await layoutShift(page)).toBeLessThan(0.01);
});
