#!/usr/bin/env node
// `npm test`: everything CI runs, in order, stopping at the first failure. Node built-ins only.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureDependencies } from "./bootstrap.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => join(root, "node_modules", ".bin", name);

const steps = [
  ["Type check", bin("tsc"), ["-p", "tsconfig.json"]],
  ["Type check (article contract: no DOM, no Node)", bin("tsc"), ["-p", "src/article/tsconfig.json"]],
  ["Type check (extractor: no DOM, no Node)", bin("tsc"), ["-p", "src/extract/tsconfig.json"]],
  ["Lint and format", bin("biome"), ["ci", "."]],
  ["Unit and component tests", bin("vitest"), ["run", "--project", "unit", "--project", "component"]],
  ["Build", bin("vite"), ["build", "--logLevel", "warn"]],
  [
    "Prerender the bundled articles, their quote pages and cards",
    process.execPath,
    [join(root, "scripts", "prerender.mjs")],
  ],
  ["What the build writes (link-preview pages, cards)", bin("vitest"), ["run", "--project", "build"]],
  [
    "Bundle budget (first paint ≤ 10 kB, app start ≤ 110 kB gzip)",
    process.execPath,
    [join(root, "scripts", "check-budget.mjs")],
  ],
  ["Chromium for browser tests", process.execPath, [join(root, "scripts", "ensure-chromium.mjs")]],
  ["Browser tests", bin("playwright"), ["test"]],
];

ensureDependencies();
const started = Date.now();
for (const [title, command, args] of steps) {
  const t = Date.now();
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, FORCE_COLOR: "1" },
  });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed${result.error ? `: ${result.error.message}` : ""}.`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${title} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
