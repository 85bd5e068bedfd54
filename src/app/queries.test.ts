import { afterEach, describe, expect, it, vi } from "vitest";
import article from "../../tests/fixtures/articles/seed-annotated.json";
import { ArticleLoadError } from "../load/article-load";
import { articleQuery, createQueryClient, RETRY_DELAYS_MS, retryLoad } from "./queries";

const ok = () =>
  new Response(JSON.stringify(article), { status: 200, headers: { "content-type": "application/json" } });
const status = (n: number) => new Response("", { status: n });

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("the retry policy", () => {
  it("retries the network and server errors, twice, and nothing else", () => {
    const network = new ArticleLoadError("network", "offline");
    const server = new ArticleLoadError("http", "HTTP 503", 503);
    expect([0, 1, 2].map((n) => retryLoad(n, network))).toEqual([true, true, false]);
    expect(retryLoad(0, server)).toBe(true);
    for (const kind of ["not-found", "not-json", "invalid", "empty", "too-large"] as const)
      expect(retryLoad(0, new ArticleLoadError(kind, kind, kind === "not-found" ? 404 : undefined))).toBe(
        false,
      );
    expect(retryLoad(0, new ArticleLoadError("http", "HTTP 403", 403))).toBe(false);
    expect(retryLoad(0, new Error("a bug"))).toBe(false);
  });

  it("waits 1 s, then 2 s, then gives up with the last error", async () => {
    vi.useFakeTimers();
    const fetch = vi.fn(async () => status(503));
    vi.stubGlobal("fetch", fetch);
    const load = createQueryClient()
      .fetchQuery(articleQuery("bundled", "seed"))
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(0);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0] as number);
    expect(fetch).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[1] as number);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(await load).toMatchObject({ kind: "http", status: 503 });
  });
});

describe("articles in the query client", () => {
  it("loads an article once and keeps it for the session", async () => {
    const fetch = vi.fn(async () => ok());
    vi.stubGlobal("fetch", fetch);
    const client = createQueryClient({ retry: false });
    const a = await client.fetchQuery(articleQuery("bundled", "seed"));
    const b = await client.fetchQuery(articleQuery("bundled", "seed"));
    expect(a.article.title).toBe(article.title);
    expect(b).toBe(a);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("recovers from a failure that may recover, and fetches again after one that did not", async () => {
    vi.useFakeTimers();
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(status(503))
      .mockRejectedValueOnce(new TypeError("offline"))
      .mockResolvedValueOnce(status(404))
      .mockResolvedValue(ok());
    vi.stubGlobal("fetch", fetch);
    const client = createQueryClient();
    const first = client.fetchQuery(articleQuery("bundled", "seed")).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(5000);
    // Two failures that may recover, then one that cannot: not retried.
    expect(await first).toMatchObject({ kind: "not-found" });
    expect(fetch).toHaveBeenCalledTimes(3);
    // The failure is not kept: the next attempt fetches again.
    const second = await client.fetchQuery(articleQuery("bundled", "seed"));
    expect(second.article.id).toBe(article.id);
  });

  it("keeps bundled and imported articles of the same id apart", () => {
    expect(articleQuery("bundled", "x").queryKey).not.toEqual(articleQuery("local", "x").queryKey);
  });
});
