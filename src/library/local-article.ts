/** Opening and correcting an article kept in this browser; loaded only when one is opened. */

import { type Article, type ParsedArticle, parseArticle } from "../article";
import { type ArticleEdit, applyEdit, describeEdit } from "../article/edit";
import { ArticleLoadError } from "../load/article-load";
import { getLocal, putLocal, StorageError } from "./store";

/** An article from this browser's library, checked like any article. */
export async function loadLocalArticle(articleId: string): Promise<ParsedArticle> {
  let record: Awaited<ReturnType<typeof getLocal>>;
  try {
    record = await getLocal(articleId);
  } catch (error) {
    throw new ArticleLoadError("network", error instanceof StorageError ? error.message : String(error));
  }
  if (!record)
    throw new ArticleLoadError(
      "not-found",
      `There is no article “${articleId}” in this browser’s library. Articles you open yourself are kept in the browser you opened them in.`,
      404,
    );
  const result = parseArticle(record.article);
  if (!result.ok)
    throw new ArticleLoadError(
      "invalid",
      `The stored article does not match the article format: ${result.problems[0]?.path}: ${result.problems[0]?.message}`,
      undefined,
      result.problems,
    );
  return result;
}

/** A correction applied in memory, for showing before it is stored; null when it would not check. */
export function previewEdit(article: Article, edit: ArticleEdit): ParsedArticle | null {
  const parsed = parseArticle(applyEdit(article, edit));
  return parsed.ok ? parsed : null;
}

/** Puts a stored article back as it was before a correction (undo). */
export async function restoreLocalArticle(articleId: string, article: Article): Promise<ParsedArticle> {
  const parsed = parseArticle(article);
  if (!parsed.ok) throw new Error(`The earlier version cannot be restored (${parsed.problems[0]?.message}).`);
  const record = await getLocal(articleId);
  if (!record) throw new Error("This article is no longer in the library.");
  await putLocal({ ...record, article, editedAt: new Date().toISOString() });
  return parsed;
}

/** Applies a correction to a stored article: checked, saved, and described for a status message. */
export async function editLocalArticle(
  articleId: string,
  article: Article,
  edit: ArticleEdit,
): Promise<{ parsed: ParsedArticle; message: string }> {
  const next = applyEdit(article, edit);
  const parsed = parseArticle(next);
  if (!parsed.ok) throw new Error(`That change would break the article (${parsed.problems[0]?.message}).`);
  const record = await getLocal(articleId);
  if (!record) throw new Error("This article is no longer in the library.");
  await putLocal({ ...record, article: next, editedAt: new Date().toISOString() });
  return { parsed, message: describeEdit(article, edit) };
}
