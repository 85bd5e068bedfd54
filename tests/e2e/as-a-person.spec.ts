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
      // One the page shows: on a calm page most badges show only when their quote is pointed at.
      const shown = getComputedStyle(badge).opacity !== "0";
      if (shown && r.top > 80 && r.bottom < window.innerHeight - 80 && r.width > 0) {
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

  test("the speaker's name shown for a tapped quote does not take the next tap", async ({ page }) => {
    await openSeed(page, `/a/${SEED_ID}`);
    await scrollTo(page, 900);
    const quote = await page.evaluate(() => {
      for (const q of document.querySelectorAll<HTMLElement>(".para--body .q")) {
        const r = q.getClientRects()[0];
        if (r && r.top > 120 && r.bottom < window.innerHeight - 80)
          return { x: r.left + 8, y: r.top + r.height / 2 };
      }
      return null;
    });
    expect(quote).not.toBeNull();
    const tip = page.locator(".speaker-tip");
    // As a person taps again when the first tap came before the page could answer it.
    await expect(async () => {
      await page.touchscreen.tap(quote?.x ?? 0, quote?.y ?? 0);
      await expect(tip).toBeVisible({ timeout: 1000 });
    }).toPass();
    // Where the name is drawn (over the line above, where a paragraph's ¶ control may be), a tap
    // reaches what is under it.
    const hit = await tip.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
    });
    expect(hit, "a tap on the speaker's name lands on it").toBe(false);
  });

  test("tapping a paragraph shows its ¶ control, and tapping that opens its panel", async ({ page }) => {
    await openSeed(page, `/a/${SEED_ID}`);
    await scrollTo(page, 900);
    const index = await paragraphOnScreen(page);
    const box = await page.locator("p.para--body").nth(index).boundingBox();
    await page.touchscreen.tap((box?.x ?? 0) + 60, (box?.y ?? 0) + (box?.height ?? 0) / 2);
    // As a person waits to see the control before tapping it (the page may still be busy starting).
    await expect
      .poll(async () => (await paragraphControl(page, index))?.hit, {
        message: "a tap on the ¶ control reaches it",
      })
      .toBe(true);
    const control = await paragraphControl(page, index);
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
  await expect
    .poll(async () => (await paragraphControl(page, index))?.hit, {
      message: "a press on the ¶ control reaches it, not the page behind",
    })
    .toBe(true);
  const control = await paragraphControl(page, index);
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

test("a claim marker clicked with the mouse highlights the claim it leads to, and the page stays", async ({
  page,
}) => {
  await openSeed(page, `/a/${SEED_ID}`);
  await expect(
    page.getByRole("complementary", { name: "Key claims" }).getByRole("listitem").first(),
  ).toBeVisible();
  // The first marker on screen, in the body.
  const marker = await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>("button.claim-marker")) {
      const r = el.getBoundingClientRect();
      if (r.top > 80 && r.bottom < window.innerHeight - 80)
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  });
  if (!marker) throw new Error("no claim marker on screen");
  const scrollY = await page.evaluate(() => window.scrollY);
  await page.mouse.click(marker.x, marker.y);
  const claim = page.locator("button.claim[data-target]");
  await expect(claim).toHaveCount(1);
  await expect(claim).toBeFocused();
  await expect(claim).toBeInViewport();
  // Seen, not only focused: its border takes the focus colour.
  const [border, idle] = await page.evaluate(() => {
    const all = [...document.querySelectorAll<HTMLElement>("button.claim")];
    const target = all.find((c) => c.hasAttribute("data-target"));
    const other = all.find((c) => !c.hasAttribute("data-target"));
    return [target, other].map((c) => (c ? getComputedStyle(c).borderTopColor : ""));
  });
  expect(border).not.toBe(idle);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
});

test("on a 1024-pixel tablet the speakers stand beside the article, and nothing runs off the screen", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openSeed(page, `/a/${SEED_ID}`);
  const speakers = page.getByRole("complementary", { name: "Speakers" });
  await expect(speakers).toBeInViewport();
  const article = await page.locator("article.article").boundingBox();
  const panel = await speakers.boundingBox();
  expect((article?.x ?? 0) + (article?.width ?? 0)).toBeLessThanOrEqual(panel?.x ?? 0);
  // No sheet toolbar, and no horizontal scrolling.
  await expect(page.getByRole("button", { name: /^Speakers/ })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
});

test("key claims below the panels' own scroll box are announced by a button that brings them up, and the page stays", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 560 });
  await openSeed(page, `/a/${SEED_ID}`);
  const jump = page.getByRole("button", { name: /^Key claims \(\d+\)/ });
  await expect(jump).toBeInViewport();
  const at = await jump.boundingBox();
  await page.mouse.click((at?.x ?? 0) + (at?.width ?? 0) / 2, (at?.y ?? 0) + (at?.height ?? 0) / 2);
  const heading = page.getByRole("heading", { name: "Key claims" });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  // Once they show, the button goes.
  await expect(jump).toHaveCount(0);
});

test.describe("on a phone, the panels are sheets", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test("a sheet dims the page behind it and closes with a tap outside or a pull on its handle; the toolbar stays one row", async ({
    page,
  }) => {
    await openSeed(page, `/a/${SEED_ID}?speaker=zarif,khamenei`);
    const bar = page.getByRole("navigation", { name: "Reading tools" });
    const toggle = bar.getByRole("button", { name: /^Speakers/ });
    await expect(toggle).toHaveText("Speakers (2 chosen)");
    // One row: both buttons one line high.
    const heights = await bar
      .getByRole("button")
      .evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThan(52);

    const tapAt = async (box: { x: number; y: number; width: number; height: number } | null) =>
      page.touchscreen.tap((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2);
    await tapAt(await toggle.boundingBox());
    const sheet = page.getByRole("complementary", { name: "Speakers" });
    await expect(sheet).toBeVisible();
    await expect(page.locator(".sheet-scrim")).toBeVisible();
    // A tap on the dimmed page above the sheet closes it, and focus goes back to its button.
    await page.touchscreen.tap(195, 60);
    await expect(sheet).toBeHidden();
    await expect(toggle).toBeFocused();

    await tapAt(await toggle.boundingBox());
    await expect(sheet).toBeVisible();
    const handle = await sheet.locator(".sheet-handle").boundingBox();
    const x = (handle?.x ?? 0) + (handle?.width ?? 0) / 2;
    const y = (handle?.y ?? 0) + (handle?.height ?? 0) / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y + 120, { steps: 6 });
    await page.mouse.up();
    await expect(sheet).toBeHidden();
  });
});

test.describe("from a freshly loaded page, by keyboard", () => {
  test("the speakers and the key claims are a few Tab stops away, on a desktop and on a phone", async ({
    page,
  }) => {
    for (const size of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      await page.setViewportSize(size);
      await openSeed(page, `/a/${SEED_ID}`);
      await expect(page.getByRole("link", { name: "Skip to speakers" })).toBeAttached();
      let stops = 0;
      for (; stops < 8; stops++) {
        await page.keyboard.press("Tab");
        if (
          await page
            .getByRole("link", { name: "Skip to speakers" })
            .evaluate((el) => el === document.activeElement)
        )
          break;
      }
      expect(stops, "Tab stops before the skip link").toBeLessThan(8);
      await expect(page.getByRole("link", { name: "Skip to speakers" })).toBeInViewport();
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { name: "Speakers" })).toBeFocused();
      await expect(page.getByRole("heading", { name: "Speakers" })).toBeInViewport();
      // One more Tab reaches the first speaker's filter button.
      await page.keyboard.press("Tab");
      await expect(page.locator(":focus")).toHaveClass(/legend-item|sheet-close/);

      await openSeed(page, `/a/${SEED_ID}`);
      await expect(page.getByRole("link", { name: "Skip to key claims" })).toBeAttached();
      for (let k = 0; k <= stops + 1; k++) await page.keyboard.press("Tab");
      await expect(page.getByRole("link", { name: "Skip to key claims" })).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { name: "Key claims" })).toBeFocused();
      await expect(page.getByRole("heading", { name: "Key claims" })).toBeInViewport();
    }
  });

  test("? opens the list of shortcuts before anything has focus", async ({ page }) => {
    await openSeed(page, `/a/${SEED_ID}`);
    await expect(page.locator(".reader")).toHaveAttribute("aria-keyshortcuts", /^j k /);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.keyboard.press("?");
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  });
});

test.describe("a calm page", () => {
  /** The share of the body's characters drawn with a tint or a line. */
  const decoratedShare = (page: Page) =>
    page.evaluate(() => {
      let all = 0;
      let decorated = 0;
      for (const para of document.querySelectorAll<HTMLElement>("article .para--body")) {
        const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const el = node.parentElement;
          if (!el || el.closest("button, .visually-hidden")) continue;
          const n = (node.textContent ?? "").length;
          all += n;
          for (
            let q = el.closest<HTMLElement>(".q");
            q;
            q = q.parentElement?.closest<HTMLElement>(".q") ?? null
          ) {
            const style = getComputedStyle(q);
            const tinted = !/rgba\(0, 0, 0, 0\)|transparent/.test(style.backgroundColor);
            if (tinted || style.textDecorationLine !== "none") {
              decorated += n;
              break;
            }
          }
        }
      }
      return decorated / all;
    });

  test("by default at most half the body is tinted or lined, each paragraph's speaker is marked once, and every quote can still be reached", async ({
    page,
  }) => {
    await openSeed(page, `/a/${SEED_ID}`);
    const share = await decoratedShare(page);
    console.log(`decorated share of the seed's body text, calm default: ${(share * 100).toFixed(0)}%`);
    expect(share).toBeLessThanOrEqual(0.5);
    // Each body paragraph with quotes shows one mark per speaker, no more.
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("article .para--body")].map((para) => {
        const shown = [...para.querySelectorAll<HTMLElement>(".q-badge")].filter(
          (b) => getComputedStyle(b).opacity !== "0",
        );
        const speakers = new Set([...para.querySelectorAll<HTMLElement>(".q")].map((q) => q.dataset.s ?? ""));
        return { shown: shown.length, speakers: speakers.size };
      }),
    );
    for (const m of marks) expect(m.shown).toBe(m.speakers);

    // Reported speech is plain until it is pointed at.
    const reported = page.locator("article .para--body .q--indirect").first();
    await reported.evaluate((el) => el.scrollIntoView({ block: "center" }));
    expect(await reported.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe("none");
    const line = await reported.evaluate((el) => {
      const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(line.x, line.y);
    await expect
      .poll(() => reported.evaluate((el) => getComputedStyle(el).textDecorationLine))
      .toBe("underline");

    // A quote whose badge is not a mark: pointed at, its badge shows, and a click on it opens the panel.
    const quote = page.locator("article .para--body .q:has(> button.q-badge:not(.q-badge--mark))").first();
    const badge = quote.locator(":scope > button.q-badge");
    expect(await badge.evaluate((el) => getComputedStyle(el).opacity)).toBe("0");
    await quote.evaluate((el) => el.scrollIntoView({ block: "center" }));
    // Pointed at on its first line (a quote over several lines has gaps in its bounding box).
    const words = await quote.evaluate((el) => {
      const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(words.x, words.y);
    await expect.poll(() => badge.evaluate((el) => getComputedStyle(el).opacity)).toBe("1");
    const at = await badge.boundingBox();
    await page.mouse.move((at?.x ?? 0) + (at?.width ?? 0) / 2, (at?.y ?? 0) + (at?.height ?? 0) / 2, {
      steps: 4,
    });
    await page.mouse.down();
    await page.mouse.up();
    await expect(page.getByRole("dialog").getByRole("button", { name: "Copy link" })).toBeFocused();
    await page.keyboard.press("Escape");

    // From the keyboard, a hidden badge shows when it is focused.
    await expect(badge).toBeFocused();
    await page.mouse.move(5, 5);
    await expect.poll(() => badge.evaluate((el) => getComputedStyle(el).opacity)).toBe("1");
  });

  test("“Mark every quote” brings back every badge and line", async ({ page }) => {
    await openSeed(page, `/a/${SEED_ID}`);
    await page.getByRole("button", { name: "Reading settings" }).click();
    await page.getByRole("checkbox", { name: /Mark every quote/ }).check();
    await page.keyboard.press("Escape");
    await expect(page.locator("html")).toHaveAttribute("data-marks", "all");
    expect(await decoratedShare(page)).toBeGreaterThan(0.8);
    const hidden = await page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>("button.q-badge")].filter(
          (b) => getComputedStyle(b).opacity === "0",
        ).length,
    );
    expect(hidden).toBe(0);
    // Remembered on the next visit.
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("data-marks", "all");
  });
});

test.describe("when the connection drops, or a deploy replaces the app's files", () => {
  /** The browser's own log lines for requests that could not go out or were refused. */
  const networkNoise = (problem: string) =>
    /Failed to load resource|ERR_INTERNET_DISCONNECTED|ERR_FAILED|Failed to fetch dynamically imported module/.test(
      problem,
    );
  test.afterEach(({ problems }) => {
    problems.splice(0, problems.length, ...problems.filter((p) => !networkNoise(p)));
  });
  // Pages here reload and are held to the scroll offset they had: both loads read in the same font
  // (the reading font, `font-display: optional`, may come in time for one load and not the other,
  // and the reading place is kept by paragraph, so the offset would differ with the font).
  test.beforeEach(async ({ page }) => {
    await page.route("**/*.ttf", (route) => route.abort());
  });

  /** Whether the page has fetched a part's files: its script and, if it has one, its stylesheet. */
  const fetched = (page: Page, name: string) =>
    page.evaluate((prefix) => {
      const names = performance.getEntriesByType("resource").map((e) => e.name);
      const css = [...document.querySelectorAll<HTMLLinkElement>("link[rel=stylesheet]")].filter((l) =>
        l.href.includes(`/assets/${prefix}-`),
      );
      return (
        names.some((n) => n.includes(`/assets/${prefix}-`) && n.endsWith(".js")) &&
        css.every((l) => l.sheet !== null)
      );
    }, name);

  /** Clicks the header's Library link where it is drawn (at the top of the page). */
  async function clickLibrary(page: Page) {
    await scrollTo(page, 0);
    const at = await page.getByRole("link", { name: "Library" }).boundingBox();
    if (!at) throw new Error("no Library link");
    await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);
  }

  test("a page loaded before the connection dropped still opens a quote's panel and the library", async ({
    page,
    context,
  }) => {
    await openSeed(page, `/a/${SEED_ID}`);
    // Fetched while the page was idle: the parts' files, then the files they import (requested
    // once a part's own file has come), before the connection drops.
    await expect.poll(() => fetched(page, "QuoteActions")).toBe(true);
    await expect.poll(() => fetched(page, "LibraryPage")).toBe(true);
    await page.waitForLoadState("networkidle");
    await context.setOffline(true);
    await scrollTo(page, 1200);
    const badge = await badgeOnScreen(page);
    await page.mouse.click(badge.x, badge.y);
    await expectPanelInPlace(page, 1200);
    await page.keyboard.press("Escape");
    await clickLibrary(page);
    await expect(page.getByRole("heading", { level: 1, name: "Library" })).toBeVisible();
  });

  test("a quote's panel that cannot load says so next to its badge, the place stays, and Retry opens it there", async ({
    page,
    context,
  }) => {
    let offline = true;
    await page.route("**/assets/QuoteActions-*.js", (route) =>
      offline ? route.abort("internetdisconnected") : route.continue(),
    );
    // The panel's stylesheet fails with its script while the connection is down (the page is not
    // left idle long enough to fetch them before), and back online it comes a moment after the
    // script, as on a slow connection.
    let cssDown = false;
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    await page.route("**/assets/popover-*.css", async (route) => {
      if (cssDown) return route.abort("internetdisconnected");
      if (!offline) await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await openSeed(page, `/a/${SEED_ID}`);
    // The side panels are drawn with the page, then made live: their files have come.
    await expect.poll(() => fetched(page, "Sidebar")).toBe(true);
    await context.setOffline(true);
    cssDown = true;
    await scrollTo(page, 1200);
    const badge = await badgeOnScreen(page);
    await page.mouse.click(badge.x, badge.y);
    const message = page.getByRole("alert").filter({ hasText: "Couldn’t load the link panel" });
    await expect(message).toContainText("check your connection");
    await expect(message.getByRole("button", { name: "Retry" })).toBeFocused();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("No war, no negotiations");
    expect(await page.evaluate(() => window.scrollY)).toBe(1200);
    const box = await message.boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(page.viewportSize()?.height ?? 0);
    // Escape closes it and returns focus to the badge, as the panel would.
    await page.keyboard.press("Escape");
    await expect(message).toHaveCount(0);
    await expect(page.locator(`button.q-badge[data-q="${badge.quoteId}"]`)).toBeFocused();

    // Back online, the reader opens it again and retries.
    await context.setOffline(false);
    offline = false;
    cssDown = false;
    await page.mouse.click(badge.x, badge.y);
    const reload = new Promise<boolean>((resolve) => page.once("load", () => resolve(true)));
    const panel = page.getByRole("dialog").filter({ hasText: "Copy link" });
    await page.getByRole("button", { name: "Retry" }).press("Enter");
    // Where the browser keeps a failed file for the page's life, the page is fetched afresh, at the same place.
    if (await Promise.race([reload, panel.waitFor().then(() => false)])) {
      await expect(page.getByRole("heading", { level: 1 })).toContainText("No war, no negotiations");
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(1200);
      const again = await badgeOnScreen(page);
      expect(again.quoteId).toBe(badge.quoteId);
      await page.mouse.click(again.x, again.y);
    }
    await expectPanelInPlace(page, 1200);
    // With its styles.
    expect(await page.getByRole("dialog").evaluate((el) => getComputedStyle(el).position)).toBe("absolute");
  });

  test("the library that cannot load says so in the page's place; Back returns to the article; Retry opens it", async ({
    page,
    context,
  }) => {
    let offline = true;
    await page.route("**/assets/LibraryPage-*.js", (route) =>
      offline ? route.abort("internetdisconnected") : route.continue(),
    );
    await openSeed(page, `/a/${SEED_ID}`);
    await expect.poll(() => fetched(page, "Sidebar")).toBe(true);
    await context.setOffline(true);
    await clickLibrary(page);
    const message = page.getByRole("alert").filter({ hasText: "Couldn’t load the library" });
    await expect(message).toContainText("check your connection");
    await expect(page.getByText("Something went wrong")).toHaveCount(0);
    await page.goBack();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("No war, no negotiations");
    await page.goForward();
    await expect(message).toBeVisible();
    await context.setOffline(false);
    offline = false;
    await page.getByRole("button", { name: "Retry" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Library" })).toBeVisible();
  });

  test("after a deploy, a part whose file is gone is fetched with a fresh page, once, at the same place", async ({
    page,
  }) => {
    let deployed = false;
    await page.route("**/assets/QuoteActions-*.js", (route) =>
      deployed ? route.continue() : route.fulfill({ status: 404, body: "" }),
    );
    await openSeed(page, `/a/${SEED_ID}`);
    await scrollTo(page, 1200);
    const badge = await badgeOnScreen(page);
    page.once("framenavigated", () => {
      deployed = true;
    });
    const reloaded = page.waitForEvent("load");
    await page.mouse.click(badge.x, badge.y);
    await reloaded;
    await expect(page.getByRole("heading", { level: 1 })).toContainText("No war, no negotiations");
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(1200);
    const again = await badgeOnScreen(page);
    await page.mouse.click(again.x, again.y);
    await expectPanelInPlace(page, 1200);
  });
});
