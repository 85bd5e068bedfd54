/**
 * The prerenderer run again on a built site, as the benchmark does to add its long article
 * (`--only <id>`): the app shell stays the shell, and each page keeps its own article.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");
const dist = join(root, "dist");
const read = (file: string) => readFileSync(join(dist, file), "utf8");

describe("prerendering again", () => {
  it("keeps app.html the empty shell and each article page its own article", () => {
    const { articles } = JSON.parse(read("articles/index.json")) as { articles: { id: string }[] };
    const id = articles[0]?.id as string;
    const run = spawnSync(
      process.execPath,
      [join(root, "scripts", "prerender.mjs"), "--only", id, "--no-quote-pages"],
      { encoding: "utf8" },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(read("app.html")).toContain('<div id="root"></div>');
    expect(read(`a/${id}.html`)).toContain(`data-prerendered="/a/${id}" data-article="${id}"`);
    expect(read("index.html")).toContain(`data-prerendered="/" data-article="${id}"`);
  }, 30_000);
});
