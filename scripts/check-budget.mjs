#!/usr/bin/env node
// Fails when the reader's first paint needs more than the budget: the gzip size of the JavaScript and
// CSS that a page loads up front (its first script and stylesheet, both inline, the app's entry and
// the chunks it imports, which the first script requests, any linked stylesheet), for the front page
// (dist/index.html), the app shell (dist/app.html) and a prerendered article page (vite.config.ts,
// pageHead; scripts/prerender.mjs).
// Lazy chunks (side panels, link panel, error pages, the extractor…) are not counted: the article
// shows without them. Run after `vite build`.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/** The budget, in kB (1 kB = 1000 bytes, as Vite reports sizes). */
export const BUDGET_KB = 95;

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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // The front page, the app shell, and one prerendered article page when the build has them (they all
  // load the same).
  const pages = ["index.html", ...(existsSync(join(dist, "app.html")) ? ["app.html"] : [])];
  const articles = join(dist, "articles", "index.json");
  const first = existsSync(articles) ? JSON.parse(readFileSync(articles, "utf8")).articles?.[0]?.id : null;
  if (first && existsSync(join(dist, "a", `${first}.html`))) pages.push(`a/${first}.html`);
  let over = false;
  for (const page of pages) {
    const assets = initialAssets(dist, page);
    const total = assets.reduce((n, a) => n + a.gzip, 0);
    console.log(`${page}:`);
    for (const a of assets)
      console.log(`  ${a.file.padEnd(40)} ${(a.gzip / 1000).toFixed(1).padStart(6)} kB gzip`);
    console.log(
      `  ${"first paint, JS + CSS".padEnd(40)} ${(total / 1000).toFixed(1).padStart(6)} kB gzip (budget ${BUDGET_KB} kB)`,
    );
    if (total > BUDGET_KB * 1000) {
      console.error(
        `${page} is over budget by ${((total - BUDGET_KB * 1000) / 1000).toFixed(1)} kB: load more of the reader lazily.`,
      );
      over = true;
    }
  }
  if (over) process.exit(1);
}
