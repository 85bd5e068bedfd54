import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import article from "../../tests/fixtures/articles/seed-annotated.json";
import { parseRoute } from "../article";
import { ArticleLoadError, fetchArticle, forgetArticles, loadArticle } from "./article-query";
import { articleUrl } from "./early-load";

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

describe("fetchArticle's limits", () => {
  it("stops reading a body that grows past the limit, whatever length it claimed", async () => {
    const megabyte = new Uint8Array(1024 * 1024).fill(0x20);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent++;
        controller.enqueue(megabyte);
      },
    });
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(body, { status: 200, headers: { "content-type": "application/json" } })),
    );
    const error = await fetchArticle("endless").catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "too-large" });
    expect((error as Error).message).toBe(
      "The article file is too large to open (over 32 MB); this reader opens articles of up to 32 MB.",
    );
    // It read just past the limit, and no further.
    expect(sent).toBeLessThan(36);
  });

  it("only ever asks its own origin, whatever the address holds", () => {
    fc.assert(
      fc.property(fc.webPath(), fc.string(), (path, noise) => {
        for (const candidate of [path, `/a/${noise}`, `/a/${encodeURIComponent(noise)}`]) {
          const route = parseRoute(candidate);
          if (route.name !== "article" || route.articleId === null) continue;
          const url = new URL(articleUrl(route.articleId), "https://reader.example/");
          expect(url.origin).toBe("https://reader.example");
          expect(url.pathname).toBe(`/articles/${route.articleId}.json`);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
