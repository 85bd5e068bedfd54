import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { articleJsonSchema } from "../../src/article/json-schema";

describe("generated files are current", () => {
  it("public/article.schema.json matches the zod schema (run `npm run schema` after changing it)", () => {
    const onDisk = readFileSync(new URL("../../public/article.schema.json", import.meta.url), "utf8");
    expect(JSON.parse(onDisk)).toEqual(articleJsonSchema());
  });
});
