import type { Article } from "../article";

/** An article's file in the public format: pretty JSON, named by its id. */
function articleFile(article: Article): { name: string; text: string } {
  return { name: `${article.id}.json`, text: `${JSON.stringify(article, null, 2)}\n` };
}

/** Offers an article's JSON as a download. */
export function downloadArticle(article: Article) {
  const { name, text } = articleFile(article);
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // After the browser has taken the file.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
