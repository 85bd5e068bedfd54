/** Shared browser-test helpers: the seed's id, and a page that fails the test on any console error. */

import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

export const SEED_ID = "irans-khamenei-no-war-no-negotiations-with-trump";

/** A page that records console errors, uncaught exceptions and CSP violations. */
export const test = base.extend<{ problems: string[] }>({
  problems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
    await use(problems);
  },
});

export { AxeBuilder, expect };

/** The seed, loaded and on screen. */
export async function openSeed(page: Page, path = "/") {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("No war, no negotiations");
}

/** Records the page's layout shifts (those no input caused) from its first load on; read them with `layoutShift`. */
export async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { shifts: number[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) shifts.push(entry.value);
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** How far the page has moved on its own since it loaded: the sum of its recorded layout shifts. */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0));
}
