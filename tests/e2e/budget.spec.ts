/**
 * The download budget, measured as a reader's browser loads the page: every script and stylesheet
 * it asks for until the reader is usable (the speaker controls there and answering), plus what the
 * page holds inline, at their gzip sizes in the build. TanStack Query is in it.
 *
 * The page's first script answers a speaker's button before the app is there (early-clicks.ts), but
 * only the button and the article's dimming: the count of quotes shown, the key claims that follow
 * the filter, the switch and the address come with the app. So the reader counts as usable when the
 * app has answered (it writes "Showing … quotes"), as it did before the first script answered at all.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { expect, SEED_ID, test } from "./fixtures";

/** gzip bytes until the reader is usable, at most (kB of 1000 bytes, as Vite reports them). */
const USABLE_BUDGET_KB = 115;

const dist = join(import.meta.dirname, "..", "..", "dist");
const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

for (const path of ["/", `/a/${SEED_ID}`, `/a/${SEED_ID}/q/q1`]) {
  test(`at ${path}, the reader is usable after at most ${USABLE_BUDGET_KB} kB of JavaScript and CSS`, async ({
    page,
  }) => {
    // What the page fetches when idle (the library, the link panel: prefetched for later clicks)
    // comes after the reader is usable, and is held back here so as not to count.
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    const fetched = new Set<string>();
    page.on("request", (request) => {
      const { pathname } = new URL(request.url());
      if (/\.(?:js|css)$/.test(pathname)) fetched.add(pathname);
    });
    const response = await page.goto(path);
    const html = (await response?.text()) ?? "";
    // Usable: the speaker filter is there and the app answers a click.
    const speakers = page.getByRole("complementary", { name: "Speakers" });
    const zarif = speakers.getByRole("button", { name: /^Mohammad Javad Zarif/ });
    await zarif.click();
    await expect(zarif).toHaveAttribute("aria-pressed", "true");
    await expect(speakers.locator(".legend-summary")).toHaveText(/^Showing \d+ of \d+ quotes$/);
    const files = [...fetched];
    const inline = [...html.matchAll(/<(script|style)>([\s\S]*?)<\/\1>/g)].reduce(
      (sum, m) => sum + gzip(m[2] ?? ""),
      0,
    );
    const total = files.reduce((sum, file) => sum + gzip(readFileSync(join(dist, file))), inline);
    console.log(`${path}: ${(total / 1000).toFixed(1)} kB gzip until usable (${files.length} files)`);
    if (process.env.BUDGET_DETAIL)
      for (const f of files) console.log(`  ${f} ${(gzip(readFileSync(join(dist, f))) / 1000).toFixed(1)}`);
    expect(total).toBeLessThanOrEqual(USABLE_BUDGET_KB * 1000);
  });
}
