#!/usr/bin/env node
// Regenerates tests/fixtures/<case>/expected.json by running the ingest command on each input
// (input.txt or input.html), with the case name as the article id. Review the diff like code:
// every change in an expected file is a change in what readers will see.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const fixtures = join(root, "tests", "fixtures");
const only = process.argv.slice(2);
for (const name of readdirSync(fixtures).sort()) {
  if (only.length > 0 && !only.includes(name)) continue;
  const dir = join(fixtures, name);
  const input = ["input.txt", "input.html"].map((f) => join(dir, f)).find(existsSync);
  if (!input) continue;
  const run = spawnSync(
    process.execPath,
    [join(root, "cli", "ingest.cjs"), input, "--id", name, "-o", join(dir, "expected.json")],
    {
      encoding: "utf8",
    },
  );
  if (run.status !== 0) {
    console.error(`${name}: ${run.stderr.trim()}`);
    process.exitCode = 1;
  } else console.log(`${name}: expected.json written`);
}
