/** The article format as JSON Schema (draft 2020-12), for tools that do not run our TypeScript. */
import * as z from "zod/mini";
import { ArticleSchema } from "./schema";

/** Where the schema is published, relative to the app. */
const ARTICLE_SCHEMA_PATH = "article.schema.json";

/** The JSON Schema document for an article file. */
export function articleJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ArticleSchema, { target: "draft-2020-12", io: "input" }) as Record<
    string,
    unknown
  >;
  return {
    $schema: schema.$schema,
    $id: ARTICLE_SCHEMA_PATH,
    title: "Attributed article",
    description:
      "A news article with its speakers, quotes (direct, partial, reported), mentions and key claims. Span offsets are UTF-16 code units into the paragraph text, end exclusive. Cross-references (ids that must resolve, offsets within their paragraph) are checked by the reader beyond this schema.",
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== "$schema")),
  };
}
