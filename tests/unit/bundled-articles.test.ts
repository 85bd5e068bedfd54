import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));

describe("bundled articles", () => {
  it("are what the ingest command makes of articles/*/ (run `npm run articles` after changing the extractor)", () => {
    const run = spawnSync(process.execPath, ["scripts/build-articles.mjs", "--check"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  }, 60_000);
});
