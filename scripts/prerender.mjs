#!/usr/bin/env node
// After `vite build`: writes dist/a/<id>.html (and a/<id>/index.html) for every bundled article,
// dist/a/<id>/q/<quoteId>/index.html for each of its quotes, and the front page (dist/index.html, the
// default article at `/`), with the article's HTML already in them (React's prerender), so the text
// paints before any JavaScript runs and the app then hydrates it; each page carries link-preview tags
// (Open Graph, Twitter card) and a card image (scripts/cards.mjs) under dist/cards/, so a shared link
// looks right where no JavaScript runs. The page Vite built, with no text of its own, becomes the app
// shell, dist/app.html, which a host serves for every other address (the library, imported articles,
// addresses the app does not have).
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { renderCard } from "./cards.mjs";

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

const { DEFAULT_ARTICLE_ID, escapeHtml, renderArticlePage, sharePages } = await import(
  pathToFileURL(join(cache, "prerender.mjs")).href
);
// The shell is the page Vite built, its root empty; on a second run (the benchmark's `--only`),
// index.html is the prerendered front page already and the shell is app.html.
const EMPTY_ROOT = '<div id="root"></div>';
const built = readFileSync(join(dist, "index.html"), "utf8");
const template = built.includes(EMPTY_ROOT) ? built : readFileSync(join(dist, "app.html"), "utf8");
if (!template.includes(EMPTY_ROOT))
  throw new Error("no app shell with an empty root: run `vite build` first");
writeFileSync(join(dist, "app.html"), template);
const { articles } = JSON.parse(readFileSync(join(dist, "articles", "index.json"), "utf8"));
const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** Adds a source to one directive of the page's Content Security Policy (the <meta> Vite wrote). */
function allow(page, directive, source) {
  const before = `${directive} &#39;self&#39;`;
  if (!page.includes(before))
    throw new Error(`index.html has no "${directive} 'self'" in its Content Security Policy`);
  return page.replace(before, `${before} ${source.replace(/'/g, "&#39;")}`);
}

// Absolute addresses in link previews need the site's own: `SITE_URL=https://… npm run build`.
// Without it the tags hold paths, which the app's own pages resolve but crawlers may not.
const siteUrl = process.env.SITE_URL?.trim() || undefined;
if (siteUrl && !/^https?:\/\/[^\s/]+/.test(siteUrl))
  throw new Error(`SITE_URL must be an http(s) address, not "${siteUrl}"`);

/** One page: the app's markup at `path`, its speaker rules, title and link-preview tags. */
async function writePage(id, json, share) {
  const { html, css } = await renderArticlePage(share.path, id, json);
  // The article's speaker rules (hues and dimming) go inline, allowed by their hash, as the
  // stylesheet does (vite.config.ts, pageHead): the first paint waits for no request.
  let page = template
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(share.title)} · Attributed</title>`)
    .replace(/\s*<meta name="description"[^>]*>/, "")
    .replace("</head>", `    ${share.tags}\n    <style>${css}</style>\n  </head>`)
    .replace(
      /<noscript>[^<]*<\/noscript>/,
      "<noscript>Filtering by speaker, following claims and linking to quotes need JavaScript.</noscript>",
    )
    .replace(
      EMPTY_ROOT,
      `<div id="root" data-prerendered="${share.path}" data-article="${id}">${html}</div>`,
    );
  page = allow(page, "style-src", sha256(css));
  // `<path>/index.html` for hosts that serve a folder's index (and `<path>/`), `<path>.html` for those
  // that add the extension, as Vite's preview does; the front page is index.html.
  if (share.path === "/") writeFileSync(join(dist, "index.html"), page);
  else {
    const dir = join(dist, ...share.path.split("/").filter(Boolean));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "index.html"), page);
    writeFileSync(`${dir}.html`, page);
  }
  const card = join(dist, ...share.cardPath.split("/").filter(Boolean));
  mkdirSync(dirname(card), { recursive: true });
  writeFileSync(card, await renderCard(share.card));
}

// `--only <id>`: one article (the benchmark adds its long article after the build); `--no-quote-pages`:
// its page without a page and a card per quote.
const argv = process.argv.slice(2);
const only = argv.includes("--only") ? argv[argv.indexOf("--only") + 1] : undefined;
const quotePages = !argv.includes("--no-quote-pages");

for (const { id } of only ? [{ id: only }] : articles) {
  const json = JSON.parse(readFileSync(join(dist, "articles", `${id}.json`), "utf8"));
  const pages = sharePages(json, siteUrl, "Attributed").slice(0, quotePages ? undefined : 1);
  for (const share of pages) await writePage(id, json, share);
  // The front page: the default article at `/`, with the article page's tags (its canonical address
  // stays `/a/<id>`).
  if (id === DEFAULT_ARTICLE_ID) await writePage(id, json, { ...pages[0], path: "/" });
  console.log(
    `prerendered /a/${id}${id === DEFAULT_ARTICLE_ID ? " (and the front page)" : ""}${quotePages ? ` and its ${pages.length - 1} quote pages, with cards` : ""}`,
  );
}
