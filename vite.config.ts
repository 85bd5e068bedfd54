/// <reference types="vitest/config" />

import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { build } from "esbuild";
import { defineConfig, type Plugin } from "vite";

/**
 * The Content Security Policy of the built app: no eval, no inline script or style but what the build
 * itself inlines (allowed by hash), data only from our own origin. Injected at build time only,
 * because the dev server relies on inline scripts for hot reload. (Styles set through the CSSOM, as
 * React's `style` prop does, are not inline styles under CSP.)
 */
export function contentSecurityPolicy(scriptHashes: readonly string[] = []) {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes.map((h) => `'${h}'`)].join(" "),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

const escapeAttribute = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/**
 * The built page's head: the Content Security Policy, then the page's first script (src/app/boot.ts:
 * settings, the early article request, and starting the app after the first paint), inline and
 * allowed by its hash. The app's entry is no longer a script tag but a modulepreload, so it
 * downloads at once and runs when the first script says.
 */
function pageHead(): Plugin {
  let base = "/";
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
        const boot = (result.outputFiles[0]?.text ?? "").trim().replace(/<\/script/gi, "<\\/script");
        const hash = `sha256-${createHash("sha256").update(boot, "utf8").digest("base64")}`;
        const csp = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy([hash]))}">`;
        return html
          .replace(entryTag, `<link rel="modulepreload" crossorigin href="${entry}">\n`)
          .replace("<head>", `<head>\n    ${csp}\n    <script>${boot}</script>`);
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), pageHead()],
  build: { target: "es2022", sourcemap: true, modulePreload: { polyfill: false } },
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
});
