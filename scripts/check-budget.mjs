#!/usr/bin/env node
// Fails when a page needs more than its budget, in gzip bytes, for the front page (dist/index.html),
// the app shell (dist/app.html) and a prerendered article page (vite.config.ts, pageHead;
// scripts/prerender.mjs):
// - first paint: what the page paints with, its inline stylesheet and first script (a prerendered
//   page shows its text before any other JavaScript runs);
// - app start: that, and every script the first script requests up front (the app's entry and its
//   chunks, TanStack Query in them), which take over the page.
// Lazy chunks (side panels, link panel, error pages, the extractor…) are not counted here; what the
// reader fetches until it is usable is measured in the browser (tests/e2e/budget.spec.ts).
// Run after `vite build`.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/** The budgets, in kB (1 kB = 1000 bytes, as Vite reports sizes). */
export const FIRST_PAINT_KB = 10;
export const APP_START_KB = 110;

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");

/** The files a page (index.html unless said) makes the browser load up front, and their gzip sizes. */
export function initialAssets(distDir = dist, page = "index.html") {
  const html = readFileSync(join(distDir, page), "utf8");
  const refs = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1]);
  const size = (file, bytes) => ({ file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  // Scripts inline in the page (its first script) count as much as those it requests, and so do the
  // scripts it requests: the app's entry and its chunks (src/app/first-script.ts).
  const inlineCode = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
  const inline = inlineCode.map((code, i) => size(`(inline script ${i + 1})`, Buffer.from(code, "utf8")));
  // So do its inline styles: the stylesheet (vite.config.ts, pageHead) and a prerendered page's
  // speaker rules.
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m, i) =>
    size(`(inline style ${i + 1})`, Buffer.from(m[1] ?? "", "utf8")),
  );
  for (const code of inlineCode) refs.push(...[...code.matchAll(/"([^"]+\.js)"/g)].map((m) => m[1]));
  return [
    ...inline,
    ...styles,
    ...[...new Set(refs)].map((ref) => size(ref, readFileSync(join(distDir, ref.replace(/^\//, ""))))),
  ];
}

/** Whether an asset is part of the first paint: inline in the page, or a stylesheet it links. */
export const paints = (asset) => asset.file.startsWith("(inline") || asset.file.endsWith(".css");

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // The front page, the app shell, and one prerendered article page when the build has them (they all
  // load the same).
  const pages = ["index.html", ...(existsSync(join(dist, "app.html")) ? ["app.html"] : [])];
  const articles = join(dist, "articles", "index.json");
  const first = existsSync(articles) ? JSON.parse(readFileSync(articles, "utf8")).articles?.[0]?.id : null;
  if (first && existsSync(join(dist, "a", `${first}.html`))) pages.push(`a/${first}.html`);
  let over = false;
  const check = (page, what, bytes, budget, advice) => {
    console.log(
      `  ${what.padEnd(40)} ${(bytes / 1000).toFixed(1).padStart(6)} kB gzip (budget ${budget} kB)`,
    );
    if (bytes <= budget * 1000) return;
    console.error(
      `${page}: ${what} is over budget by ${((bytes - budget * 1000) / 1000).toFixed(1)} kB: ${advice}`,
    );
    over = true;
  };
  for (const page of pages) {
    const assets = initialAssets(dist, page);
    console.log(`${page}:`);
    for (const a of assets)
      console.log(`  ${a.file.padEnd(40)} ${(a.gzip / 1000).toFixed(1).padStart(6)} kB gzip`);
    const firstPaint = assets.filter(paints).reduce((n, a) => n + a.gzip, 0);
    const appStart = assets.reduce((n, a) => n + a.gzip, 0);
    check(
      page,
      "first paint, CSS + first script",
      firstPaint,
      FIRST_PAINT_KB,
      "keep the page's own styles small.",
    );
    check(page, "app start, JS + CSS", appStart, APP_START_KB, "load more of the app lazily.");
  }
  if (over) process.exit(1);
}
