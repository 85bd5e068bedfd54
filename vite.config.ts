/// <reference types="vitest/config" />

import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { build } from "esbuild";
import { defineConfig, loadEnv, type Plugin } from "vite";
import { parseOrigins } from "./src/app/origins.ts";

/**
 * The Content Security Policy of the built app: no inline script and no eval, scripts and data only
 * from our own origin. Injected at build time only, because the dev server relies on inline scripts
 * for hot reload. (Styles set through the CSSOM, as React's `style` prop does, are not inline styles
 * under CSP; a prerendered page adds the hash of its one <style>, see scripts/prerender.mjs.)
 */
export function contentSecurityPolicy(articleOrigins: readonly string[] = []) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    ["connect-src 'self'", ...articleOrigins].join(" "),
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

const escapeAttribute = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/**
 * The built page's head: the Content Security Policy, then the page's first script (src/app/boot.ts:
 * settings, the early article request, the first screen, and starting the app after the first
 * paint), a small classic script that runs before the body is parsed. The app's entry is no longer a
 * script tag but a modulepreload, so it downloads at once and runs when the first script says.
 */
function pageHead(articleOrigins: readonly string[]): Plugin {
  let base = "/";
  let boot: { fileName: string; code: string } | null = null;
  return {
    name: "attributed:page-head",
    apply: "build",
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: "post",
      handler: async (html) => {
        const entryTag = /<script type="module" crossorigin src="([^"]+)"><\/script>\n?/;
        const entry = html.match(entryTag)?.[1];
        if (!entry) throw new Error("index.html: the app's entry script was not found");
        const result = await build({
          entryPoints: [fileURLToPath(new URL("src/app/boot.ts", import.meta.url))],
          bundle: true,
          minify: true,
          format: "iife",
          target: "es2022",
          write: false,
          logLevel: "error",
          define: { __APP_ENTRY__: JSON.stringify(entry), "import.meta.env.BASE_URL": JSON.stringify(base) },
        });
        const code = result.outputFiles[0]?.text ?? "";
        const hash = createHash("sha256").update(code).digest("base64url").slice(0, 8);
        boot = { fileName: `assets/boot-${hash}.js`, code };
        const csp = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(articleOrigins))}">`;
        return html
          .replace(entryTag, `<link rel="modulepreload" crossorigin href="${entry}">\n`)
          .replace("<head>", `<head>\n    ${csp}\n    <script src="${base}${boot.fileName}"></script>`);
      },
    },
    writeBundle(options) {
      if (!boot || !options.dir) return;
      mkdirSync(join(options.dir, "assets"), { recursive: true });
      writeFileSync(join(options.dir, boot.fileName), boot.code);
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), pageHead(parseOrigins(loadEnv(mode, process.cwd(), "VITE_").VITE_ARTICLE_SOURCES))],
  worker: { format: "es" },
  build: {
    target: "es2022",
    sourcemap: true,
    modulePreload: { polyfill: false },
    // Small modules that the reader and a lazy page share stay in the reader's chunk rather than
    // becoming files of their own: every file the first paint needs costs a request and its own
    // compression dictionary.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: "index",
              test: /src[\\/](app|article)[\\/](early-load|article-index|runs|ids|selector|links)\.ts$|jsx-runtime/,
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
    ],
  },
}));
