import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ErrorBoundary } from "../../src/app/ErrorBoundary";

function Broken(): never {
  throw new Error("render exploded");
}

describe("error boundary", () => {
  it("replaces a crashed page with a message and ways on, instead of a blank page", () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    render(
      <ErrorBoundary resetKey="/a" homeHref="/">
        <Broken />
      </ErrorBoundary>,
    );
    expect(
      screen.getByRole("heading", { name: "Something went wrong showing this page" }),
    ).toBeInTheDocument();
    expect(screen.getByText("render exploded")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Reload" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Go to the front page" })).toHaveAttribute("href", "/");
    spy.mockRestore();
  });

  it("recovers when the URL changes", () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const { rerender } = render(
      <ErrorBoundary resetKey="/a" homeHref="/">
        <Broken />
      </ErrorBoundary>,
    );
    rerender(
      <ErrorBoundary resetKey="/b" homeHref="/">
        <p>fine again</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText("fine again")).toBeInTheDocument();
    spy.mockRestore();
  });
});
