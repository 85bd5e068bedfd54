import { createHash } from "node:crypto";
import { parseHTML } from "linkedom";
import { expect, SEED_ID, test } from "./fixtures";

test.afterEach(({ problems }) => {
  expect(problems, "console errors, uncaught exceptions or CSP violations").toEqual([]);
});

/** Addresses people (and link mangling) produce: each must give a page with a heading, never a blank one. */
const ADDRESSES: [string, RegExp][] = [
  ["/a/no-such-article", /Page not found/],
  [`/a/${SEED_ID}/q/no-such-quote`, /No war, no negotiations/],
  [`/a/${SEED_ID}/p/${"p".repeat(3000)}`, /No war, no negotiations/],
  [`/a/${SEED_ID}?speaker=${encodeURIComponent('<script>alert(1)</script>"')}`, /No war, no negotiations/],
  [`/a/${SEED_ID}?speaker=${"zarif,".repeat(2000)}`, /No war, no negotiations/],
  [`/a/${SEED_ID}?speaker=zarif&view=only&text=${"%E2%80".repeat(50)}`, /No war, no negotiations/],
  // Long, but within what servers accept in a request line (16 kB for Node's).
  [`/a/${SEED_ID}?text=${"x".repeat(8000)}`, /No war, no negotiations/],
  [`/a/${SEED_ID}%2Fq%2Fq1`, /Page not found/],
  // (Malformed percent-encoding never reaches the app from this server; parseRoute's tests cover it.)
  ["/a/%F0%9F%98%80", /Page not found/],
  [`/a/${SEED_ID}/q/q1/extra`, /Page not found/],
  ["/a/UPPER-CASE", /Page not found/],
  ["/a/javascript:alert(1)", /Page not found/],
];

for (const [address, heading] of ADDRESSES)
  test(`a working page at ${address.length > 70 ? `${address.slice(0, 70)}…` : address}`, async ({
    page,
  }) => {
    await page.goto(address);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
    await expect(page.getByRole("link", { name: /Attributed/ })).toBeVisible();
  });

test("the page runs under a Content Security Policy: no eval, no inline script or style but its own", async ({
  page,
}) => {
  for (const address of ["/", `/a/${SEED_ID}`]) {
    // The policy and what it allows are read from the page as served: the live document changes
    // under the test once the app starts (it hydrates the page and adds its own nodes).
    const response = await page.goto(address);
    const { document } = parseHTML((await response?.text()) ?? "");
    const policy = document
      .querySelector('meta[http-equiv="Content-Security-Policy"]')
      ?.getAttribute("content");
    expect(policy).toBeTruthy();
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    // One inline script, the page's first, allowed by its hash and by nothing wider.
    const inline = [...document.querySelectorAll("script")].filter((s) => !s.hasAttribute("src"));
    expect(inline).toHaveLength(1);
    const hash = createHash("sha256")
      .update(inline[0]?.textContent ?? "")
      .digest("base64");
    expect(policy).toContain(`script-src 'self' 'sha256-${hash}';`);
    // The stylesheet is inline too (and a prerendered page's speaker rules), each allowed by its hash:
    // a style the policy refused would leave the page unstyled.
    const styles = [...document.querySelectorAll("head style")].map((s) => s.textContent ?? "");
    expect(styles.length).toBeGreaterThan(0);
    const styleSources = policy?.match(/style-src ([^;]*)/)?.[1] ?? "";
    for (const css of styles)
      expect(styleSources).toContain(`'sha256-${createHash("sha256").update(css).digest("base64")}'`);
    // And the live page is styled and whole (a refused script or style would be a reported violation).
    await expect(page.getByRole("heading", { level: 1 })).toContainText("No war");
    await expect(page.locator(".reader")).toHaveCSS("display", "grid");
  }
});
