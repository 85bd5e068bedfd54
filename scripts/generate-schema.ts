/**
 * Writes `public/article.schema.json`, the article format as JSON Schema, from the zod schema that the
 * reader validates with. `npm run schema` regenerates it; a unit test fails when it is out of date.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { articleJsonSchema } from "../src/article/json-schema";

const target = fileURLToPath(new URL("../public/article.schema.json", import.meta.url));
writeFileSync(target, `${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
