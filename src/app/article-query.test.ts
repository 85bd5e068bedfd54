import { afterEach, describe, expect, it, vi } from "vitest";
import article from "../../tests/fixtures/articles/seed-annotated.json";
import { ArticleLoadError, forgetArticles, loadArticle } from "./article-query";

const ok = () =>
  new Response(JSON.stringify(article), { status: 200, headers: { "content-type": "application/json" } });
const status = (n: number) => new Response("", { status: n });

afterEach(() => {
  forgetArticles();
  vi.unstubAllGlobals();
});

describe("loadArticle", () => {
  it("loads an article once and keeps it for the session", async () => {
    const fetch = vi.fn(async () => ok());
    vi.stubGlobal("fetch", fetch);
    const a = await loadArticle("seed", []);
    const b = await loadArticle("seed", []);
    expect(a.article.title).toBe(article.title);
    expect(b).toBe(a);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("retries failures that may recover, then succeeds", async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(status(503))
      .mockRejectedValueOnce(new TypeError("offline"))
      .mockResolvedValue(ok());
    vi.stubGlobal("fetch", fetch);
    const loaded = await loadArticle("seed", [1, 1]);
    expect(loaded.article.id).toBe(article.id);
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it("does not retry what cannot recover, and forgets the failure", async () => {
    const fetch = vi.fn().mockResolvedValueOnce(status(404)).mockResolvedValue(ok());
    vi.stubGlobal("fetch", fetch);
    await expect(loadArticle("seed", [1, 1])).rejects.toMatchObject({ kind: "not-found" });
    expect(fetch).toHaveBeenCalledTimes(1);
    // The next attempt fetches again.
    expect((await loadArticle("seed", [])).article.id).toBe(article.id);
  });

  it("gives up after the last retry with the last error", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => status(500)),
    );
    const error = await loadArticle("seed", [1]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArticleLoadError);
    expect((error as ArticleLoadError).status).toBe(500);
  });
});
