/**
 * Journeys written the way a person acts: scroll with the wheel or a finger, then press at the
 * coordinates of what is on screen. Playwright's own `click()` scrolls its target into view first,
 * which hides a page that jumps or a control that is painted somewhere else.
 */
import type { Page } from "@playwright/test";
import { expect, openSeed, SEED_ID, test } from "./fixtures";

test.afterEach(({ problems }) => {
  expect(problems, "console errors, uncaught exceptions or CSP violations").toEqual([]);
});

/** The centre of the first quote badge wholly on screen, away from the screen's edges. */
async function badgeOnScreen(page: Page): Promise<{ x: number; y: number; quoteId: string }> {
  const found = await page.evaluate(() => {
    for (const badge of document.querySelectorAll<HTMLElement>("button.q-badge")) {
      const r = badge.getBoundingClientRect();
      if (r.top > 80 && r.bottom < window.innerHeight - 80 && r.width > 0) {
        return { x: r.left + r.width / 2, y: r.top + r.height / 2, quoteId: badge.dataset.q ?? "" };
      }
    }
    return null;
  });
  if (!found) throw new Error("no quote badge on screen");
  return found;
}

/** Scrolls the page as a wheel does and waits until it has settled there. */
async function scrollTo(page: Page, y: number) {
  await page.evaluate((top) => window.scrollTo({ top, behavior: "instant" }), y);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(y);
}

/** Asserts that the link panel is open, wholly on screen, holds focus, and the page did not move. */
async function expectPanelInPlace(page: Page, scrollY: number) {
  const panel = page.getByRole("dialog");
  await expect(panel).toBeVisible();
  await expect(panel.getByRole("button", { name: "Copy link" })).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
  const box = await panel.boundingBox();
  const viewport = page.viewportSize();
  expect(box).not.toBeNull();
  expect(box?.y).toBeGreaterThanOrEqual(0);
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(viewport?.height ?? 0);
}

test("a quote's panel opens next to its badge below the first screen, and the page stays where it was", async ({
  page,
}) => {
  await openSeed(page, `/a/${SEED_ID}`);
  await scrollTo(page, 1200);
  const badge = await badgeOnScreen(page);
  await page.mouse.click(badge.x, badge.y);
  await expectPanelInPlace(page, 1200);
  // Escape returns focus to the badge without moving the page either.
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(page.locator(`button.q-badge[data-q="${badge.quoteId}"]`)).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(1200);
});

test("a badge near the bottom of the screen opens its panel above it, on screen", async ({ page }) => {
  await openSeed(page, `/a/${SEED_ID}`);
  // Scroll so that a quote's badge sits 60 px above the bottom of the screen, as a reader's might.
  const target = await page.evaluate(() => {
    const badge = document.querySelectorAll<HTMLElement>("button.q-badge")[6];
    if (!badge) return null;
    const r = badge.getBoundingClientRect();
    return {
      quoteId: badge.dataset.q ?? "",
      y: Math.round(r.top + window.scrollY - window.innerHeight + 60),
    };
  });
  expect(target).not.toBeNull();
  await scrollTo(page, target?.y ?? 0);
  const badge = page.locator(`button.q-badge[data-q="${target?.quoteId}"]`);
  const box = await badge.boundingBox();
  await page.mouse.click((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2);
  await expectPanelInPlace(page, target?.y ?? 0);
  const panel = await page.getByRole("dialog").boundingBox();
  expect((panel?.y ?? 0) + (panel?.height ?? 0)).toBeLessThanOrEqual(box?.y ?? 0);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test("tapping a paragraph shows its ¶ control, and tapping that opens its panel", async ({ page }) => {
    await openSeed(page, `/a/${SEED_ID}`);
    await scrollTo(page, 900);
    const index = await paragraphOnScreen(page);
    const box = await page.locator("p.para--body").nth(index).boundingBox();
    await page.touchscreen.tap((box?.x ?? 0) + 60, (box?.y ?? 0) + (box?.height ?? 0) / 2);
    const control = await paragraphControl(page, index);
    expect(control?.hit, "a tap on the ¶ control reaches it").toBe(true);
    await page.touchscreen.tap(control?.x ?? 0, control?.y ?? 0);
    await expect(page.getByRole("dialog")).toContainText(/Paragraph/);
    expect(await page.evaluate(() => window.scrollY)).toBe(900);
  });

  test("tapping a quote's badge below the first screen opens its panel where the finger is", async ({
    page,
  }) => {
    await openSeed(page, `/a/${SEED_ID}`);
    await scrollTo(page, 1200);
    const badge = await badgeOnScreen(page);
    await page.touchscreen.tap(badge.x, badge.y);
    await expectPanelInPlace(page, 1200);
  });
});

/** The index of the first body paragraph that starts on screen, below the screen's top 120 px. */
async function paragraphOnScreen(page: Page): Promise<number> {
  const index = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("p.para--body")].findIndex((p) => {
      const r = p.getBoundingClientRect();
      return r.top > 120 && r.top < window.innerHeight - 200;
    }),
  );
  expect(index, "a body paragraph starts on screen").toBeGreaterThanOrEqual(0);
  return index;
}

/** The centre of a body paragraph's `¶` control, and whether a press there reaches the control. */
async function paragraphControl(page: Page, paragraphIndex: number) {
  return page.evaluate((i) => {
    const para = document.querySelectorAll<HTMLElement>("p.para--body")[i];
    const control = para?.querySelector<HTMLElement>(".para-link");
    if (!para || !control) return null;
    const r = control.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    return { x, y, hit: control.contains(document.elementFromPoint(x, y)) };
  }, paragraphIndex);
}

test("a paragraph's ¶ control shows on hover, takes a click where it is drawn, and shows keyboard focus", async ({
  page,
}) => {
  await openSeed(page, `/a/${SEED_ID}`);
  await scrollTo(page, 600);
  const index = await paragraphOnScreen(page);
  const para = page.locator("p.para--body").nth(index);
  const box = await para.boundingBox();
  await page.mouse.move((box?.x ?? 0) + 40, (box?.y ?? 0) + 10);
  const control = await paragraphControl(page, index);
  expect(control?.hit, "a press on the ¶ control reaches it, not the page behind").toBe(true);
  await expect(para.locator(".para-link")).toHaveCSS("opacity", "1");
  await page.mouse.click(control?.x ?? 0, control?.y ?? 0);
  const panel = page.getByRole("dialog");
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(/Paragraph/);
  expect(await page.evaluate(() => window.scrollY)).toBe(600);
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();

  // Keyboard focus on the control is drawn: the pixels where it sits change when it gets focus.
  await page.mouse.move(5, 5);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const linkBox = await para.locator(".para-link").boundingBox();
  const clip = {
    x: (linkBox?.x ?? 0) - 4,
    y: (linkBox?.y ?? 0) - 4,
    width: (linkBox?.width ?? 0) + 8,
    height: (linkBox?.height ?? 0) + 8,
  };
  const before = await page.screenshot({ clip });
  // From the paragraph, Tab passes its quotes' badges and then reaches its ¶ control.
  await para.evaluate((p) => (p as HTMLElement).focus());
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    if (await para.locator(".para-link").evaluate((el) => el === document.activeElement)) break;
  }
  await expect(para.locator(".para-link")).toBeFocused();
  const after = await page.screenshot({ clip });
  expect(after.equals(before), "the focused ¶ control is painted").toBe(false);
});
