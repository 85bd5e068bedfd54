#!/usr/bin/env node
// Launcher for the ingest command. The command is TypeScript (cli/main.ts and src/); Node 20 cannot
// run it directly, and compiling on every call would cost more than the extraction. So the first run
// (and any run after a source file changes) bundles it with esbuild into node_modules/.cache, and
// every other run starts that bundle straight away.
//
// CommonJS, launcher and bundle alike: an ES module entry makes Node load its module loader first,
// about 20 ms of a command that takes 0.2 s.
"use strict";
const { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");
const { setFlagsFromString } = require("node:v8");

// One run of the command uses each of the extractor's regular expressions a few times. By default
// V8 first compiles a pattern for its interpreter and compiles it again to machine code once it is
// used; going straight to machine code halves a short article's cold extraction (the seed: about
// 100 ms to 50 ms). Flags for regular expressions apply to the patterns compiled after this line.
setFlagsFromString("--no-regexp-tier-up");

const root = join(__dirname, "..");
const outdir = join(root, "node_modules", ".cache", "attributed");
const bundle = join(outdir, "main.cjs");
// Which checkout the bundles were built from: two checkouts sharing one node_modules (a worktree
// with a link to it) would otherwise each take the other's bundle as fresh.
const builtFrom = join(outdir, "built-from.txt");

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(?:ts|cjs)$/.test(entry.name) && !entry.name.endsWith(".test.ts"))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function isStale() {
  let built;
  try {
    built = Math.min(statSync(bundle).mtimeMs, statSync(join(outdir, "html.cjs")).mtimeMs);
    if (readFileSync(builtFrom, "utf8") !== root) return true;
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

/**
 * Two bundles: the command, and apart from it the HTML reader (linkedom and Readability, most of the
 * code), which plain-text input never loads.
 */
async function build() {
  const esbuild = require("esbuild");
  mkdirSync(outdir, { recursive: true });
  const options = {
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    logLevel: "error",
    banner: { js: "// Built by cli/ingest.cjs from cli/main.ts; do not edit." },
  };
  const htmlModule = join(root, "src", "ingest", "html.ts");
  await Promise.all([
    esbuild.build({
      ...options,
      entryPoints: [join(root, "cli", "main.ts")],
      outfile: bundle,
      plugins: [
        {
          name: "html-apart",
          setup(build) {
            build.onResolve({ filter: /^\.\/html$/ }, (args) =>
              join(args.resolveDir, "html.ts") === htmlModule
                ? { path: "./html.cjs", external: true }
                : undefined,
            );
          },
        },
      ],
    }),
    esbuild.build({ ...options, entryPoints: [htmlModule], outfile: join(outdir, "html.cjs") }),
  ]);
  writeFileSync(builtFrom, root);
}

async function run() {
  if (isStale()) await build();
  const { main } = require(bundle);
  process.exitCode = await main(process.argv.slice(2));
}

run();
