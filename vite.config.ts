/// <reference types="vitest/config" />

import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { build } from "esbuild";
import { parseHTML } from "linkedom";
import type { OutputBundle, OutputChunk } from "rolldown";
import { defineConfig, loadEnv, type Plugin } from "vite";
import { writeReadingFonts } from "./scripts/reading-font.ts";
import { parseOrigins } from "./src/load/origins.ts";

/**
 * The Content Security Policy of the built app: no eval, and no inline script but the page's first
 * (`inlineScripts`: each one's hash), scripts and data only from our own origin. Injected at build
 * time only, because the dev server relies on inline scripts for hot reload. (Styles set through the CSSOM, as React's `style` prop does, are not inline styles
 * under CSP; a prerendered page adds the hash of its one <style>, see scripts/prerender.mjs.)
 */
export function contentSecurityPolicy(
  articleOrigins: readonly string[] = [],
  inlineScripts: readonly string[] = [],
  inlineStyles: readonly string[] = [],
) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inlineScripts].join(" "),
    ["style-src 'self'", ...inlineStyles].join(" "),
    "img-src 'self' data:",
    "font-src 'self'",
    ["connect-src 'self'", ...articleOrigins].join(" "),
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** A page's first script, inline, and the Content Security Policy source that allows it. */
interface InlineScript {
  code: string;
  source: string;
}

/**
 * The chunks a chunk imports, and theirs, in the order they are met: what must be fetched before it
 * runs. (Vite's own preload tags and helper are off: see `modulePreload` below.)
 */
function staticImports(bundle: OutputBundle, chunk: OutputChunk): string[] {
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const imported = bundle[file];
    if (imported?.type === "chunk") for (const next of imported.imports) visit(next);
  };
  for (const file of chunk.imports) visit(file);
  return [...files];
}

/**
 * The built page's head: its character set, the Content Security Policy, then the page's first
 * script, inline (src/app/first-script.ts: the reader's settings, held clicks, and starting the app
 * after the first paint): a classic script run before the body is parsed, with no request of its own
 * to wait for, allowed by its hash. The stylesheet is inline too, allowed by its hash. The app's entry
 * and the chunks it imports are neither script tags nor modulepreloads: the first script requests
 * them when it starts the app. scripts/prerender.mjs turns this page into the app shell (app.html) and
 * the prerendered pages, the front page included.
 */
function pageHead(articleOrigins: readonly string[]): Plugin {
  let base = "/";
  const inlineScript = async (entry: string, define: Record<string, string>): Promise<InlineScript> => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL(`src/app/${entry}.ts`, import.meta.url))],
      bundle: true,
      minify: true,
      format: "iife",
      target: "es2022",
      write: false,
      logLevel: "error",
      define,
    });
    const code = (result.outputFiles[0]?.text ?? "").trim();
    // Inside <script>, these would end the element or change how the parser reads it.
    if (/<\/script|<!--/i.test(code)) throw new Error(`src/app/${entry}.ts: its code cannot be inline`);
    return { code, source: `'sha256-${createHash("sha256").update(code).digest("base64")}'` };
  };
  return {
    name: "attributed:page-head",
    apply: "build",
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: "post",
      handler: async (html, ctx) => {
        const { document } = parseHTML(html);
        const entryScript = document.querySelector('script[type="module"][src]');
        const entry = entryScript?.getAttribute("src");
        if (!entryScript || !entry) throw new Error("index.html: the app's entry script was not found");
        const charset = document.querySelector("meta[charset]");
        if (!charset) throw new Error("index.html: <meta charset> was not found");
        const preloads = [...document.querySelectorAll('link[rel="modulepreload"]')];
        const entryChunk = ctx.bundle?.[entry.slice(base.length)];
        if (entryChunk?.type !== "chunk")
          throw new Error(`index.html: the app's entry ${entry} was not built`);
        const chunks = staticImports(ctx.bundle ?? {}, entryChunk).map((file) => base + file);
        const react = Object.values(ctx.bundle ?? {}).find(
          (file) => file.type === "chunk" && file.name === "react",
        );
        if (!react || !chunks.includes(base + react.fileName)) throw new Error("React's chunk was not built");
        const define = {
          __APP_ENTRY__: JSON.stringify(entry),
          __APP_CHUNKS__: JSON.stringify(chunks),
          __APP_REACT__: JSON.stringify(base + react.fileName),
          "import.meta.env.BASE_URL": JSON.stringify(base),
        };
        const first = await inlineScript("first-script", define);
        // The stylesheet goes inline too. A page with a Content Security Policy in a <meta> gets no
        // early requests from Chromium's look-ahead (it waits for the parser to apply the policy), so
        // a linked stylesheet was requested ~50 ms later (CPU 4× slower) than on a page without one,
        // and the first paint waits for it. Inline, it costs no request at all (2.8 kB gzip).
        const styleSources: string[] = [];
        for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
          const href = link.getAttribute("href") ?? "";
          const asset = ctx.bundle?.[href.slice(base.length)];
          if (asset?.type !== "asset") throw new Error(`index.html: the stylesheet ${href} was not built`);
          const css = (
            typeof asset.source === "string" ? asset.source : new TextDecoder().decode(asset.source)
          ).trim();
          // (A <style>'s text is printed as it is: nothing in it may end the element.)
          if (/<\/style/i.test(css)) throw new Error(`${href}: its rules cannot be inline`);
          styleSources.push(`'sha256-${createHash("sha256").update(css).digest("base64")}'`);
          const style = document.createElement("style");
          style.textContent = css;
          link.replaceWith(style);
        }
        // The page's tags, edited as a document: the entry and its chunks are requested by the first
        // script, not by tags; the character set first (the parser reads no further before it knows
        // it), then the policy and the first script.
        for (const tag of [entryScript, ...preloads, charset]) {
          if (tag.previousSibling?.nodeType === 3) tag.previousSibling.remove();
          tag.remove();
        }
        const csp = document.createElement("meta");
        csp.setAttribute("http-equiv", "Content-Security-Policy");
        csp.setAttribute("content", contentSecurityPolicy(articleOrigins, [first.source], styleSources));
        const script = document.createElement("script");
        script.textContent = first.code;
        document.head.prepend("\n    ", charset, "\n    ", csp, "\n    ", script);
        return document.toString();
      },
    },
  };
}

/**
 * `vite preview` serves the build as a static host should be set up: an address with a page of its
 * own gets that page (`/`, `/a/<id>`, a quote's page, a file), and any other page address gets the
 * app shell, `app.html` (the library, an imported article, an address the app does not have), never
 * the front page and its article.
 */
function appShellFallback(): Plugin {
  return {
    name: "attributed:app-shell",
    configurePreviewServer(server) {
      const dist = resolve(server.config.root, server.config.build.outDir);
      const base = server.config.base;
      server.middlewares.use((req, _res, next) => {
        const wantsPage =
          (req.method === "GET" || req.method === "HEAD") && req.headers.accept?.includes("text/html");
        if (wantsPage && req.url) {
          let path = "";
          try {
            path = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
          } catch {
            // A malformed address has no page of its own.
          }
          const name = path.startsWith(base) ? path.slice(base.length).replace(/\/+$/, "") : null;
          const isFile = (file: string) => {
            try {
              return statSync(join(dist, file)).isFile();
            } catch {
              return false; // missing, or a path through a file ("page.html/index.html")
            }
          };
          const hasPage =
            name === "" ||
            (name !== null &&
              !name.split("/").includes("..") &&
              [`${name}.html`, join(name, "index.html"), name].some(isFile));
          if (!hasPage) req.url = `${base}app.html`;
        }
        next();
      });
    },
  };
}

/** The reading font's subsets (scripts/reading-font.ts), written before anything loads base.css. */
function readingFont(): Plugin {
  return { name: "reading-font", buildStart: writeReadingFonts };
}

export default defineConfig(({ mode }) => ({
  plugins: [
    readingFont(),
    react(),
    pageHead(parseOrigins(loadEnv(mode, process.cwd(), "VITE_").VITE_ARTICLE_SOURCES)),
    appShellFallback(),
  ],
  worker: { format: "es" },
  build: {
    target: "es2022",
    sourcemap: true,
    // No preload tags or helper from Vite: the page's first script requests the app's chunks itself
    // (pageHead), and a part loaded later (a panel, the library) is prefetched while the page is
    // idle, its own imports with it. The helper's list of every part's files cost ~0.5 kB gzip of
    // the app's start. (Vite still loads a part's stylesheet with it.)
    modulePreload: false,
    // Small modules that the reader and a lazy page share stay in the reader's chunk rather than
    // becoming files of their own: every file the first paint needs costs a request and its own
    // compression dictionary.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: "index",
              test: /src[\\/](load|article)[\\/](early-load|article-index|runs|ids|selector|links)\.ts$|jsx-runtime/,
            },
            // React's own code, which the page's first script runs a task before the app's
            // (src/app/first-script.ts): the two were one task of ~170 ms with the CPU 4× slower.
            {
              name: "react",
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]|src[\\/]app[\\/]react-first\.ts$/,
            },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["src/**/*.test.ts", "tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "component",
          include: ["tests/component/**/*.test.tsx"],
          environment: "jsdom",
          setupFiles: ["tests/component/setup.ts"],
        },
      },
      // What the build writes (link-preview pages, cards): run after `npm run build`, by `npm test`.
      {
        extends: true,
        test: { name: "build", include: ["tests/build/**/*.test.ts"], environment: "node" },
      },
    ],
  },
}));
