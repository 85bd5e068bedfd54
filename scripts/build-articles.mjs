#!/usr/bin/env node
// Regenerates the bundled articles: runs the ingest command on every articles/<id>/input.* with the
// metadata in its meta.json, writes public/articles/<id>.json and the list public/articles/index.json.
// `--check` writes nothing and fails when a generated file differs (used by the tests).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sources = join(root, "articles");
const target = join(root, "public", "articles");
const check = process.argv.includes("--check");
const out = check ? mkdtempSync(join(tmpdir(), "articles-")) : target;

/** The app's article validator (TypeScript), bundled for this script. */
async function loadValidator() {
  const result = await build({
    entryPoints: [join(root, "src", "article", "parse.ts")],
    bundle: true,
    format: "esm",
    platform: "node",
    write: false,
    logLevel: "error",
  });
  const code = result.outputFiles[0]?.text ?? "";
  return import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}

/** Generates one article into `dir`; returns its JSON text. */
function generate(id, dir) {
  const folder = join(sources, id);
  const input = ["input.txt", "input.html"].map((f) => join(folder, f)).find(existsSync);
  if (!input) throw new Error(`${folder} has no input.txt or input.html`);
  const meta = existsSync(join(folder, "meta.json"))
    ? JSON.parse(readFileSync(join(folder, "meta.json"), "utf8"))
    : {};
  const args = [join(root, "cli", "ingest.cjs"), input, "--id", id, "-o", join(dir, `${id}.json`)];
  if (meta.published) args.push("--published", meta.published);
  if (meta.source) args.push("--source", meta.source);
  if (meta.url) args.push("--url", meta.url);
  const run = spawnSync(process.execPath, args, { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`ingest failed for ${id}: ${run.stderr.trim()}`);
  return { meta, json: readFileSync(join(dir, `${id}.json`), "utf8") };
}

const ids = readdirSync(sources, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const index = [];
const stale = [];
for (const id of ids) {
  const { meta, json } = generate(id, out);
  const article = JSON.parse(json);
  index.push({
    id,
    title: article.title,
    ...(article.source.name ? { source: article.source.name } : {}),
    ...(article.source.publishedAt ? { publishedAt: article.source.publishedAt } : {}),
    speakers: article.speakers.length,
    quotes: article.quotes.length,
    ...(meta.default ? { default: true } : {}),
  });
  if (check && readFileSync(join(target, `${id}.json`), "utf8") !== json)
    stale.push(`public/articles/${id}.json`);
}
// Articles placed in public/articles/ as JSON, without a source here (one downloaded from the
// library, say), are listed too, after the same check the reader makes.
const { parseArticle } = await loadValidator();
for (const file of readdirSync(target)
  .filter((f) => f.endsWith(".json") && f !== "index.json")
  .sort()) {
  const id = file.slice(0, -".json".length);
  if (ids.includes(id)) continue;
  const article = JSON.parse(readFileSync(join(target, file), "utf8"));
  if (article.id !== id)
    throw new Error(`public/articles/${file} holds the article "${article.id}": name it ${article.id}.json`);
  const checked = parseArticle(article);
  if (!checked.ok)
    throw new Error(
      `public/articles/${file} is not a valid article: ${checked.problems[0]?.path}: ${checked.problems[0]?.message}`,
    );
  index.push({
    id,
    title: article.title,
    ...(article.source?.name ? { source: article.source.name } : {}),
    ...(article.source?.publishedAt ? { publishedAt: article.source.publishedAt } : {}),
    speakers: article.speakers.length,
    quotes: article.quotes.length,
  });
}
const indexJson = `${JSON.stringify({ articles: index }, null, 2)}\n`;
if (check) {
  if (
    !existsSync(join(target, "index.json")) ||
    readFileSync(join(target, "index.json"), "utf8") !== indexJson
  )
    stale.push("public/articles/index.json");
  rmSync(out, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(`out of date (run \`npm run articles\`): ${stale.join(", ")}`);
    process.exit(1);
  }
  console.log(`${ids.length} bundled article(s) up to date`);
} else {
  writeFileSync(join(target, "index.json"), indexJson);
  console.log(`wrote ${ids.length} article(s) and public/articles/index.json`);
}
