/**
 * The prerenderer run again on a built site, as the benchmark does to add its long article
 * (`--only <id>`): the app shell stays the shell, and each page keeps its own article.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");
const dist = join(root, "dist");
const read = (file: string) => readFileSync(join(dist, file), "utf8");
/** A page's root element, as a parser reads it. */
const rootOf = (page: string) => parseHTML(page).document.getElementById("root");

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
    const shell = rootOf(read("app.html"));
    expect(shell?.childNodes.length).toBe(0);
    expect(shell?.hasAttribute("data-prerendered")).toBe(false);
    for (const [file, path] of [
      [`a/${id}.html`, `/a/${id}`],
      ["index.html", "/"],
    ]) {
      const page = rootOf(read(file as string));
      expect(page?.getAttribute("data-prerendered"), file).toBe(path);
      expect(page?.getAttribute("data-article"), file).toBe(id);
      expect(page?.querySelector("article")).not.toBeNull();
    }
  }, 30_000);
});
