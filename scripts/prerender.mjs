#!/usr/bin/env node
// After `vite build`: writes dist/a/<id>.html (and a/<id>/index.html) for every bundled article, with
// the article's HTML already in it (React's prerender), so its text paints before any JavaScript
// runs; the app then hydrates it. The page keeps index.html's first script (src/app/boot.ts), which
// applies the reader's settings before the first paint and starts the app after it.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const cache = join(root, "node_modules", ".cache", "attributed-prerender");
mkdirSync(cache, { recursive: true });

await build({
  bundle: true,
  logLevel: "error",
  jsx: "automatic",
  define: { "import.meta.env.BASE_URL": '"/"' },
  loader: { ".css": "empty" },
  entryPoints: [join(root, "src/app/prerender.tsx")],
  platform: "node",
  format: "esm",
  outfile: join(cache, "prerender.mjs"),
  external: ["react", "react-dom"],
});

const { renderArticlePage } = await import(pathToFileURL(join(cache, "prerender.mjs")).href);
const template = readFileSync(join(dist, "index.html"), "utf8");
const { articles } = JSON.parse(readFileSync(join(dist, "articles", "index.json"), "utf8"));
const escapeHtml = (s) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** Adds a source to one directive of the page's Content Security Policy (the <meta> Vite wrote). */
function allow(page, directive, source) {
  const before = `${directive} &#39;self&#39;`;
  if (!page.includes(before))
    throw new Error(`index.html has no "${directive} 'self'" in its Content Security Policy`);
  return page.replace(before, `${before} ${source.replace(/'/g, "&#39;")}`);
}

for (const { id } of articles) {
  const path = `/a/${id}`;
  const json = JSON.parse(readFileSync(join(dist, "articles", `${id}.json`), "utf8"));
  const { html, css, title } = await renderArticlePage(path, id, json);
  // The article's speaker rules (hues and dimming) go inline, allowed by their hash, so the first
  // paint waits for no request but the stylesheet.
  let page = template
    .replace('<html lang="en">', '<html lang="en" data-prerendered>')
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)} · Attributed</title>`)
    .replace("</head>", `    <style>${css}</style>\n  </head>`)
    .replace(
      /<noscript>[^<]*<\/noscript>/,
      "<noscript>Filtering by speaker, following claims and linking to quotes need JavaScript.</noscript>",
    )
    .replace(
      '<div id="root"></div>',
      `<div id="root" data-prerendered="${path}" data-article="${id}">${html}</div>`,
    );
  page = allow(page, "style-src", sha256(css));
  // `/a/<id>` is served from a/<id>.html (Vite's preview and most static hosts resolve it so), and
  // `/a/<id>/` from a/<id>/index.html.
  mkdirSync(join(dist, "a", id), { recursive: true });
  writeFileSync(join(dist, "a", `${id}.html`), page);
  writeFileSync(join(dist, "a", id, "index.html"), page);
  console.log(`prerendered ${path}`);
}
