#!/usr/bin/env node
// Launcher for the ingest command. The command is TypeScript (cli/main.ts and src/); Node 20 cannot
// run it directly, and compiling on every call would cost more than the extraction. So the first run
// (and any run after a source file changes) bundles it with esbuild into node_modules/.cache, and
// every other run starts that bundle straight away.
import { mkdirSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";

// One run of the command uses each of the extractor's regular expressions a few times. By default
// V8 first compiles a pattern for its interpreter and compiles it again to machine code once it is
// used; going straight to machine code halves a short article's cold extraction (the seed: about
// 100 ms to 50 ms). Flags for regular expressions apply to the patterns compiled after this line.
setFlagsFromString("--no-regexp-tier-up");

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outdir = join(root, "node_modules", ".cache", "attributed");
const bundle = join(outdir, "main.js");

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(?:ts|mjs)$/.test(entry.name) && !entry.name.endsWith(".test.ts"))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function isStale() {
  let built;
  try {
    built = statSync(bundle).mtimeMs;
  } catch {
    return true;
  }
  const sources = Math.max(
    newestSource(join(root, "cli")),
    newestSource(join(root, "src", "article")),
    newestSource(join(root, "src", "extract")),
    newestSource(join(root, "src", "ingest")),
    statSync(join(root, "package-lock.json")).mtimeMs,
  );
  return sources > built;
}

if (isStale()) {
  const { build } = await import("esbuild");
  mkdirSync(outdir, { recursive: true });
  // One bundle for the command and, split off, a chunk for HTML input: plain text never loads the DOM.
  await build({
    entryPoints: [join(root, "cli", "main.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outdir,
    splitting: true,
    outExtension: { ".js": ".js" },
    logLevel: "error",
    banner: {
      js: "// Built by cli/ingest.mjs from cli/main.ts; do not edit.\nimport { createRequire as __attributedRequire } from 'node:module'; const require = __attributedRequire(import.meta.url);",
    },
  });
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
