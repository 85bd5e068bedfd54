import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Suspense } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ErrorBoundary } from "../../src/app/ErrorBoundary";
import { lazyPart, PartBoundary } from "../../src/reader/lazy-part";

function Broken(): never {
  throw new Error("render exploded");
}

function Panel({ label }: { label: string }) {
  return <p>{label}</p>;
}

/** A part whose file fails to load until `online` is set, as a dropped connection does. */
function flakyPart() {
  const state = { online: false, loads: 0 };
  const Part = lazyPart<{ label: string }>(() => {
    state.loads += 1;
    return state.online
      ? Promise.resolve({ default: Panel })
      : Promise.reject(new TypeError("Failed to fetch dynamically imported module: /assets/Panel-x.js"));
  });
  return { Part, state };
}

describe("a part that loads on first use", () => {
  afterEach(() => vi.restoreAllMocks());

  it("offline, says so in its place with a retry, and the rest of the page stays", async () => {
    vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { Part, state } = flakyPart();
    render(
      <ErrorBoundary resetKey="/" homeHref="/">
        <p>The article</p>
        <PartBoundary what="the link panel" parts={[Part]}>
          <Suspense fallback={null}>
            <Part label="Copy link" />
          </Suspense>
        </PartBoundary>
      </ErrorBoundary>,
    );
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Couldn’t load the link panel — check your connection.",
    );
    expect(screen.getByText("The article")).toBeInTheDocument();
    expect(screen.queryByText(/Something went wrong/)).toBeNull();

    state.online = true;
    await userEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(await screen.findByText("Copy link")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(state.loads).toBe(2);
  });

  it("a silent part (a hover tip) shows nothing when it cannot load", async () => {
    vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { Part } = flakyPart();
    const { container } = render(
      <PartBoundary what="the speaker tips" parts={[Part]} place={() => null}>
        <Suspense fallback={null}>
          <Part label="tip" />
        </Suspense>
      </PartBoundary>,
    );
    await act(async () => {});
    expect(container).toBeEmptyDOMElement();
  });

  it("passes any other error on to the page's boundary", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    render(
      <ErrorBoundary resetKey="/" homeHref="/">
        <PartBoundary what="the link panel" parts={[]}>
          <Broken />
        </PartBoundary>
      </ErrorBoundary>,
    );
    expect(
      screen.getByRole("heading", { name: "Something went wrong showing this page" }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("once fetched ahead (preload), is drawn in the same render, as hydrating a printed part needs", async () => {
    const Part = lazyPart<{ label: string }>(() => Promise.resolve({ default: Panel }));
    expect(await Part.preload()).toBe(true);
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Part label="Speakers" />
      </Suspense>,
    );
    // No fallback first: the part is there as soon as the render is.
    expect(screen.getByText("Speakers")).toBeInTheDocument();
    expect(screen.queryByText("Loading")).toBeNull();
  });

  it("says so when it could not be fetched ahead, and is still fetched when drawn", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { Part, state } = flakyPart();
    expect(await Part.preload()).toBe(false);
    state.online = true;
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Part label="Speakers" />
      </Suspense>,
    );
    expect(await screen.findByText("Speakers")).toBeInTheDocument();
    expect(state.loads).toBe(2);
  });
});
