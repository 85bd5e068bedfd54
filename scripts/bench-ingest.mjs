#!/usr/bin/env node
// `npm run bench:ingest`: extraction throughput (MB/s of text on one core, after warm-up) over every
// plain-text article the repo has (tests/fixtures, articles/) plus the shared corpus when present,
// and the cold-command time for the seed. Prints a table and writes bench-results/ingest.json.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "bench-results");
mkdirSync(outDir, { recursive: true });

// The library as the browser and the command line run it: one bundle of src/extract.
const bundle = join(outDir, ".extract-bench.mjs");
await build({
  entryPoints: [join(root, "src/extract/index.ts")],
  bundle: true,
  format: "esm",
  platform: "neutral",
  outfile: bundle,
  logLevel: "error",
});
const { extractFromText } = await import(pathToFileURL(bundle).href);

const inputs = [];
const collect = (dir) => {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name, "input.txt");
    if (existsSync(file))
      inputs.push({ name: `${dir.split("/").at(-1)}/${name}`, text: readFileSync(file, "utf8") });
  }
};
collect(join(root, "tests", "fixtures"));
collect(join(root, "articles"));
collect(join(root, "..", "shared", "corpus"));
const bytes = inputs.reduce((n, i) => n + Buffer.byteLength(i.text), 0);

// Warm up (JIT), then time whole passes over every input.
for (let i = 0; i < 20; i++) for (const { text } of inputs) extractFromText(text);
const passes = [];
const until = performance.now() + 3000;
while (performance.now() < until || passes.length < 5) {
  const t = performance.now();
  for (const { text } of inputs) extractFromText(text);
  passes.push(performance.now() - t);
}
passes.sort((a, b) => a - b);
const medianPass = passes[Math.floor(passes.length / 2)];
// Where the time goes: a few more passes with the extractor's stage timings on.
const timings = { now: () => performance.now(), layout: 0, attribution: 0, claims: 0, assembly: 0 };
for (let i = 0; i < 20; i++) for (const { text } of inputs) extractFromText(text, { timings });
const staged = timings.layout + timings.attribution + timings.claims + timings.assembly;
const shares = Object.fromEntries(
  ["layout", "attribution", "claims", "assembly"].map((k) => [k, Number((timings[k] / staged).toFixed(3))]),
);
// MB as the rest of the project counts (1 MB = 10^6 bytes); MiB printed beside it.
const throughput = bytes / 1e6 / (medianPass / 1000);

// Length: one paragraph of reported and quoted speech, short and 16 times as long. Equal rates
// mean the cost grows with the length alone (a paragraph of 0.8 MB once took 12 times the rate's
// time: a pattern tried over the whole paragraph for each of its sentences).
const paragraphOf = (n) =>
  `A long paragraph\n\n${Array.from(
    { length: n },
    (_, i) =>
      `"We will see ${i}," said Ana Ruiz. She said the fares would fall by ${i} percent, according to officials.`,
  ).join(" ")}`;
const lengthRates = [500, 8000].map((n) => {
  const text = paragraphOf(n);
  extractFromText(text);
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    extractFromText(text);
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  return {
    bytes: Buffer.byteLength(text),
    MBps: Number((Buffer.byteLength(text) / 1e6 / (runs[1] / 1000)).toFixed(2)),
  };
});

// Cold commands: the whole process, as a user starts it.
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (cmd, args, runs = 7) => {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const run = spawnSync(cmd, args, { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
    if (run.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed: ${run.stderr}`);
    times.push(performance.now() - t);
  }
  return median(times);
};
const seed = join(root, "articles", "irans-khamenei-no-war-no-negotiations-with-trump", "input.txt");
spawnSync(process.execPath, [join(root, "cli", "ingest.cjs"), seed]); // build the command once
const nodeBaseline = time(process.execPath, ["-e", "0"]);
const direct = time(process.execPath, [join(root, "cli", "ingest.cjs"), seed]);
const viaNpm = time("npm", ["run", "--silent", "ingest", "--", seed]);

const result = {
  date: new Date().toISOString(),
  node: process.version,
  articles: inputs.length,
  bytes,
  medianPassMs: Number(medianPass.toFixed(2)),
  throughputMBps: Number(throughput.toFixed(2)),
  stageShares: shares,
  oneLongParagraph: lengthRates,
  cold: {
    nodeBaselineMs: Math.round(nodeBaseline),
    ingestMs: Math.round(direct),
    npmRunIngestMs: Math.round(viaNpm),
  },
};
writeFileSync(join(outDir, "ingest.json"), `${JSON.stringify(result, null, 2)}\n`);
console.log(`Ingest benchmark (${inputs.length} articles, ${(bytes / 1000).toFixed(0)} kB of text)`);
console.log(
  `  throughput, one core, warm      ${result.throughputMBps} MB/s = ${(throughput / 1.048576).toFixed(2)} MiB/s   (median pass ${result.medianPassMs} ms)`,
);
console.log(
  `  time by stage                   ${Object.entries(shares)
    .map(([k, v]) => `${k} ${(v * 100).toFixed(0)}%`)
    .join(", ")}`,
);
console.log(
  `  one paragraph, ${lengthRates.map((r) => `${(r.bytes / 1e6).toFixed(2)} MB: ${r.MBps} MB/s`).join(", ")}`,
);
console.log(
  `  seed, cold: node cli/ingest.cjs  ${result.cold.ingestMs} ms   (node -e 0 alone: ${result.cold.nodeBaselineMs} ms)`,
);
console.log(
  `  seed, cold: npm run ingest       ${result.cold.npmRunIngestMs} ms   (npm's own start-up included)`,
);
