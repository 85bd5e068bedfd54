import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseArticleLink } from "../article";
import { fetchArticle } from "./article-load";
import { articleUrl } from "./early-load";

afterEach(() => {
  vi.unstubAllGlobals();
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
          const link = parseArticleLink(candidate);
          if (!link?.articleId) continue;
          const url = new URL(articleUrl(link.articleId), "https://reader.example/");
          expect(url.origin).toBe("https://reader.example");
          expect(url.pathname).toBe(`/articles/${link.articleId}.json`);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
