/** `renderWithArticle`: the whole app at a URL, with `fetch` answering from fixtures. */
import { QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { vi } from "vitest";
import { App } from "../../src/app/App";
import { createQueryClient } from "../../src/app/queries";
import type { Article } from "../../src/article";
// A hand-annotated copy of the seed: reader tests stay put when the extractor improves.
import seedJson from "../fixtures/articles/seed-annotated.json";

/** The bundled seed article, as the server sends it. */
export const seed = seedJson as Article;
/** The seed's id (the default article). */
export const SEED_ID = seed.id;

/** A fake response: an article (served as JSON) or a raw status and body. */
export type FakeResponse =
  | Article
  | { status: number; body?: string; contentType?: string; headers?: Record<string, string> }
  | "network-error";

/** Deep copy, so a test can break an article without touching the fixture. */
export const cloneArticle = (article: Article = seed): Article => structuredClone(article);

/**
 * Renders the app at `url`. `articles` maps article ids to what the server answers; by default the
 * seed is served under its id, and anything else is a 404.
 */
export function renderWithArticle(
  url = "/",
  articles: Record<string, FakeResponse | FakeResponse[]> = { [SEED_ID]: seed },
) {
  window.history.replaceState(null, "", url);
  const calls = new Map<string, number>();
  const fetch = vi.fn(async (input: RequestInfo | URL) => {
    const path = String(input);
    if (path.endsWith("/articles/index.json"))
      return new Response(
        JSON.stringify({
          articles: Object.entries(articles).flatMap(([id, a]) =>
            typeof a === "object" && "paragraphs" in a
              ? [{ id, title: a.title, speakers: a.speakers.length, quotes: a.quotes.length }]
              : [],
          ),
        }),
        {
          status: 200,
          headers: { "content-type": "application/json" },
        },
      );
    const id = /\/articles\/(.+)\.json$/.exec(path)?.[1] ?? "";
    const n = calls.get(id) ?? 0;
    calls.set(id, n + 1);
    const entry = articles[id];
    const answer = Array.isArray(entry) ? entry[Math.min(n, entry.length - 1)] : entry;
    if (answer === undefined) return new Response("Not found", { status: 404 });
    if (answer === "network-error") throw new TypeError("Failed to fetch");
    if ("status" in answer)
      return new Response(answer.body ?? "", {
        status: answer.status,
        headers: { "content-type": answer.contentType ?? "application/json", ...answer.headers },
      });
    return new Response(JSON.stringify(answer), {
      status: 200,
      headers: { "content-type": "application/json" },
    });
  });
  vi.stubGlobal("fetch", fetch);
  const user = userEvent.setup();
  // A client of its own, retries off: a test of a failure sees it at once (the retry policy has
  // its own tests, src/app/queries.test.ts).
  const client = createQueryClient({ retry: false });
  return {
    ...render(
      <QueryClientProvider client={client}>
        <App />
      </QueryClientProvider>,
    ),
    user,
    fetch,
    client,
  };
}

/** The current URL's path and query. */
export const currentUrl = () => window.location.pathname + window.location.search;

/** The body paragraph whose text matches, however its quotes split it into elements. */
export function getParagraph(text: RegExp): HTMLElement {
  const found = [...document.querySelectorAll<HTMLElement>("p.para")].filter((p) =>
    text.test(p.textContent ?? ""),
  );
  const [only, ...more] = found;
  if (!only || more.length > 0)
    throw new Error(`expected one paragraph matching ${text}, found ${found.length}`);
  return only;
}

/** Waits until the reader is fully drawn: the article and its (lazily loaded) side panels. */
export async function readerReady() {
  const { screen } = await import("@testing-library/react");
  await screen.findByRole("heading", { level: 1 });
  await screen.findByRole("complementary", { name: "Speakers" });
  // The key claims come a moment after the legend (a prerendered page is printed without them).
  await screen.findByRole("complementary", { name: "Key claims" });
}
