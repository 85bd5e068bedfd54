#!/usr/bin/env node
// Fails when the reader's first paint needs more than the budget: the gzip size of the JavaScript and
// CSS that dist/index.html loads up front (its first script, its entry, the chunks it preloads, its
// stylesheets).
// Lazy chunks (side panels, link panel, error pages, the extractor…) are not counted: the article
// shows without them. Run after `vite build`.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/** The budget, in kB (1 kB = 1000 bytes, as Vite reports sizes). */
export const BUDGET_KB = 95;

const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");

/** The files index.html makes the browser load before any code runs, and their gzip sizes. */
export function initialAssets(distDir = dist) {
  const html = readFileSync(join(distDir, "index.html"), "utf8");
  const refs = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1]);
  return [...new Set(refs)].map((ref) => {
    const bytes = readFileSync(join(distDir, ref.replace(/^\//, "")));
    return { file: ref, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const assets = initialAssets();
  const total = assets.reduce((n, a) => n + a.gzip, 0);
  for (const a of assets)
    console.log(`  ${a.file.padEnd(40)} ${(a.gzip / 1000).toFixed(1).padStart(6)} kB gzip`);
  console.log(
    `  ${"first paint, JS + CSS".padEnd(40)} ${(total / 1000).toFixed(1).padStart(6)} kB gzip (budget ${BUDGET_KB} kB)`,
  );
  if (total > BUDGET_KB * 1000) {
    console.error(
      `Over budget by ${((total - BUDGET_KB * 1000) / 1000).toFixed(1)} kB: load more of the reader lazily.`,
    );
    process.exit(1);
  }
}
