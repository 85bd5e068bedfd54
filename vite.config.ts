/// <reference types="vitest/config" />

import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
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

/** Where the build says which early scripts a prerendered page uses (scripts/prerender.mjs reads it). */
export const PAGE_SCRIPTS_FILE = ".vite/page-scripts.json";

/**
 * The built page's head: the Content Security Policy, a preload of the stylesheet, then the page's
 * first script (src/app/boot.ts: the reader's settings, the early article request, the first screen,
 * and starting the app after the first paint), a small classic script that runs before the body is
 * parsed. The app's entry is no longer a script tag but a modulepreload, so it downloads at once and
 * runs when the first script says.
 *
 * A prerendered page has its text already, so nothing it does early is worth holding the parser for
 * but the settings: it gets src/app/settings-boot.ts as its first script and the rest of boot.ts
 * deferred (written to PAGE_SCRIPTS_FILE for scripts/prerender.mjs).
 */
function pageHead(articleOrigins: readonly string[]): Plugin {
  let base = "/";
  const scripts: { fileName: string; code: string }[] = [];
  let pageScripts: { blocking: string; settings: string; deferred: string } | null = null;
  const bundleScript = async (entry: string, name: string, define: Record<string, string>) => {
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
    const code = result.outputFiles[0]?.text ?? "";
    const hash = createHash("sha256").update(code).digest("base64url").slice(0, 8);
    const script = { fileName: `assets/${name}-${hash}.js`, code };
    scripts.push(script);
    return `${base}${script.fileName}`;
  };
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
        const define = {
          __APP_ENTRY__: JSON.stringify(entry),
          "import.meta.env.BASE_URL": JSON.stringify(base),
        };
        pageScripts = {
          blocking: await bundleScript("boot", "boot", { ...define, __APPLY_SETTINGS__: "true" }),
          settings: await bundleScript("settings-boot", "settings-boot", {}),
          deferred: await bundleScript("boot", "boot-deferred", { ...define, __APPLY_SETTINGS__: "false" }),
        };
        const csp = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(articleOrigins))}">`;
        // The stylesheet is requested before the first script, which holds the parser (and, it turns
        // out, Chromium's look-ahead for resources) until it has run: the page's first paint waits
        // for the stylesheet, so it should be on its way while the script loads.
        const styles = [...html.matchAll(/<link rel="stylesheet" crossorigin href="([^"]+)">/g)]
          .map((m) => `\n    <link rel="preload" as="style" crossorigin href="${m[1]}">`)
          .join("");
        return html
          .replace(entryTag, `<link rel="modulepreload" crossorigin href="${entry}">\n`)
          .replace(
            "<head>",
            `<head>\n    ${csp}${styles}\n    <script src="${pageScripts.blocking}"></script>`,
          );
      },
    },
    writeBundle(options) {
      if (!options.dir) return;
      mkdirSync(join(options.dir, "assets"), { recursive: true });
      for (const script of scripts) writeFileSync(join(options.dir, script.fileName), script.code);
      mkdirSync(dirname(join(options.dir, PAGE_SCRIPTS_FILE)), { recursive: true });
      writeFileSync(join(options.dir, PAGE_SCRIPTS_FILE), JSON.stringify(pageScripts));
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
