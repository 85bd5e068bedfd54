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
import react from "@vitejs/plugin-react";
import { parseHTML } from "linkedom";
import { build } from "vite";
import { renderCard } from "./cards.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const cache = join(root, "node_modules", ".cache", "attributed-prerender");

// The server entry, built by Vite's own SSR build (the app's code as the browser build reads it:
// CSS imports are no-ops, dependencies stay in node_modules).
await build({
  configFile: false,
  root,
  logLevel: "error",
  plugins: [react()],
  build: {
    ssr: join(root, "src/app/prerender.tsx"),
    outDir: cache,
    emptyOutDir: true,
    copyPublicDir: false,
    minify: false,
    rolldownOptions: { output: { entryFileNames: "prerender.mjs", format: "es" } },
  },
});

const { DEFAULT_ARTICLE_ID, escapeHtml, renderArticlePage, sharePages } = await import(
  pathToFileURL(join(cache, "prerender.mjs")).href
);
// The shell is the page Vite built, its root empty; on a second run (the benchmark's `--only`),
// index.html is the prerendered front page already and the shell is app.html.
const isShell = (html) => {
  const app = parseHTML(html).document.getElementById("root");
  return !!app && app.childNodes.length === 0 && !app.hasAttribute("data-prerendered");
};
const built = readFileSync(join(dist, "index.html"), "utf8");
const template = isShell(built) ? built : readFileSync(join(dist, "app.html"), "utf8");
if (!isShell(template)) throw new Error("no app shell with an empty root: run `vite build` first");
writeFileSync(join(dist, "app.html"), template);
const { articles } = JSON.parse(readFileSync(join(dist, "articles", "index.json"), "utf8"));
const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** Adds a source to one directive of the page's Content Security Policy (the <meta> Vite wrote). */
function allow(document, directive, source) {
  const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
  const policy = meta?.getAttribute("content") ?? "";
  const before = `${directive} 'self'`;
  if (!policy.includes(before))
    throw new Error(`index.html has no "${directive} 'self'" in its Content Security Policy`);
  meta.setAttribute("content", policy.replace(before, `${before} ${source}`));
}

// Absolute addresses in link previews need the site's own: `SITE_URL=https://… npm run build`.
// Without it the tags hold paths, which the app's own pages resolve but crawlers may not.
const siteUrl = process.env.SITE_URL?.trim() || undefined;
if (siteUrl && !/^https?:\/\/[^\s/]+/.test(siteUrl))
  throw new Error(`SITE_URL must be an http(s) address, not "${siteUrl}"`);

/** Where the app's markup goes in a page being edited (a text no article or page holds). */
const MARKUP = `attributed-markup-${createHash("sha256").update(template).digest("hex")}`;

/** One page: the app's markup at `path`, its speaker rules, title and link-preview tags. */
async function writePage(id, json, share) {
  const { html, css } = await renderArticlePage(share.path, id, json);
  // The page is edited as a document (linkedom), the shell Vite built as its start.
  const { document } = parseHTML(template);
  const title = document.querySelector("title");
  if (!title) throw new Error("index.html has no <title>");
  // (linkedom prints a <title>'s text as it is, so it is given escaped: the browser reads entities
  // there, and an article's title is data.)
  title.textContent = escapeHtml(`${share.title} · Attributed`);
  const description = document.querySelector('meta[name="description"]');
  if (description?.previousSibling?.nodeType === 3) description.previousSibling.remove();
  description?.remove();
  // The article's speaker rules (hues and dimming) go inline, allowed by their hash, as the
  // stylesheet does (vite.config.ts, pageHead): the first paint waits for no request.
  const style = document.createElement("style");
  style.textContent = css;
  document.head.insertAdjacentHTML("beforeend", `  ${share.tags}\n    `);
  document.head.append(style, "\n  ");
  allow(document, "style-src", sha256(css));
  const noscript = document.querySelector("noscript");
  if (noscript)
    noscript.textContent = "Filtering by speaker, following claims and linking to quotes need JavaScript.";
  const app = document.getElementById("root");
  if (!app) throw new Error("index.html has no root element");
  app.setAttribute("data-prerendered", share.path);
  app.setAttribute("data-article", id);
  // (React's markup goes in as the renderer wrote it, byte for byte, for hydration: in place of a
  // text node the serialised document holds once.)
  app.textContent = MARKUP;
  const page = document.toString().replace(MARKUP, () => html);
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
