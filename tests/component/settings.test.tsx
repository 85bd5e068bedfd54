import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { SETTINGS_KEY } from "../../src/reader/settings";
import { readerReady, renderWithArticle } from "./render";

/** Runs the page's first script (settings-boot.ts), as the built page does before anything paints. */
async function runFirstScript() {
  vi.resetModules();
  await import("../../src/app/settings-boot");
}

describe("reading settings", () => {
  it("follows the system theme by default", async () => {
    await runFirstScript();
    expect(document.documentElement.dataset.theme).toBe("system");
    const { user } = renderWithArticle("/");
    await readerReady();
    await user.click(screen.getByRole("button", { name: /Reading settings/ }));
    expect(await screen.findByRole("radio", { name: "Match system" })).toBeChecked();
  });

  it("changes theme, text size and line width, and remembers them", async () => {
    const { user } = renderWithArticle("/");
    await readerReady();
    const toggle = screen.getByRole("button", { name: /Reading settings/ });
    await user.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    await user.click(await screen.findByRole("radio", { name: "Sepia" }));
    await user.click(screen.getByRole("radio", { name: "Extra large" }));
    await user.click(screen.getByRole("radio", { name: "Narrow" }));
    expect(document.documentElement.dataset.theme).toBe("sepia");
    expect(document.documentElement.style.getPropertyValue("--text-scale")).toBe("1.4");
    expect(document.documentElement.style.getPropertyValue("--measure")).toBe("56ch");
    expect(JSON.parse(window.localStorage.getItem(SETTINGS_KEY) ?? "{}")).toEqual({
      theme: "sepia",
      textSize: "xl",
      lineWidth: "narrow",
      shortcuts: true,
      markEveryQuote: false,
    });
    await user.keyboard("{Escape}");
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(toggle).toHaveFocus();
  });

  it("starts from stored settings", async () => {
    window.localStorage.setItem(
      SETTINGS_KEY,
      JSON.stringify({ theme: "dark", textSize: "l", lineWidth: "wide" }),
    );
    await runFirstScript();
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(document.documentElement.style.getPropertyValue("--measure")).toBe("84ch");
    const { user } = renderWithArticle("/");
    await readerReady();
    await user.click(screen.getByRole("button", { name: /Reading settings/ }));
    expect(await screen.findByRole("radio", { name: "Dark" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "Large" })).toBeChecked();
  });
});
