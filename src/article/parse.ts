/**
 * Turns untrusted JSON into an `Article` the reader can show, or into a list of problems precise enough
 * to fix the file by (`quotes[3].spans[0].end: beyond the paragraph …`).
 */
import type * as z from "zod/mini";
import { type ArticleProblem, checkIntegrity } from "./integrity";
import { type Article, ArticleSchema } from "./schema";

/** A readable article, possibly with items that had to be dropped. */
export interface ParsedArticle {
  ok: true;
  /** The article, with broken quotes, mentions and claims removed. */
  article: Article;
  /** What was dropped or repaired, by path. */
  warnings: ArticleProblem[];
}

/** An article that cannot be shown, and why. */
export interface RejectedArticle {
  ok: false;
  /** Every problem found, by path; the first is the one to show if there is room for one. */
  problems: ArticleProblem[];
}

/** The result of `parseArticle`. */
export type ArticleParseResult = ParsedArticle | RejectedArticle;

/** `["quotes", 3, "spans", 0, "end"]` → `quotes[3].spans[0].end`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(the document)";
}

/** Words for a zod issue that are clearer than its default message for people editing JSON by hand. */
function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") {
    const input = (issue as { input?: unknown }).input;
    if (input === undefined) return `missing (expected ${issue.expected})`;
    const got = input === null ? "null" : Array.isArray(input) ? "array" : typeof input;
    return `expected ${issue.expected}, got ${got}`;
  }
  if (issue.code === "invalid_value" && "values" in issue)
    return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  if (issue.code === "unrecognized_keys") return issue.message;
  return issue.message;
}

/** Validates untrusted data against the article format and its cross-reference rules. */
export function parseArticle(data: unknown): ArticleParseResult {
  const parsed = ArticleSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issueMessage(issue),
    }));
    return { ok: false, problems };
  }
  const { article, errors, warnings } = checkIntegrity(parsed.data);
  if (errors.length > 0) return { ok: false, problems: errors };
  return { ok: true, article, warnings };
}

/** One line per problem: `path: message`. */
export function describeProblems(problems: readonly ArticleProblem[]): string[] {
  return problems.map((p) => `${p.path}: ${p.message}`);
}
