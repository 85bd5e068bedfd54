/** The list of bundled articles (`articles/index.json`, written with them by `npm run articles`). */
import type { ArticleSummary } from "./store";

export const articleIndexUrl = () => `${import.meta.env.BASE_URL}articles/index.json`;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** The bundled articles; an entry that does not look like one is left out. */
export async function loadArticleList(): Promise<ArticleSummary[]> {
  const response = await fetch(articleIndexUrl(), { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const data: unknown = await response.json();
  const list = isRecord(data) && Array.isArray(data.articles) ? data.articles : [];
  return list.flatMap((a): ArticleSummary[] =>
    isRecord(a) && typeof a.id === "string" && typeof a.title === "string"
      ? [
          {
            id: a.id,
            title: a.title,
            ...(typeof a.source === "string" ? { source: a.source } : {}),
            ...(typeof a.publishedAt === "string" ? { publishedAt: a.publishedAt } : {}),
            speakers: typeof a.speakers === "number" ? a.speakers : 0,
            quotes: typeof a.quotes === "number" ? a.quotes : 0,
          },
        ]
      : [],
  );
}
