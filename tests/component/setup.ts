import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, vi } from "vitest";
import { forgetArticles } from "../../src/app/article-query";

// jsdom has no layout: these are the browser APIs the reader calls that jsdom lacks.
Element.prototype.scrollIntoView = vi.fn();

function matchMedia(query: string): MediaQueryList {
  return {
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  };
}
window.matchMedia = matchMedia;

afterEach(() => {
  cleanup();
  forgetArticles();
  vi.unstubAllGlobals();
  vi.clearAllMocks();
  window.localStorage.clear();
  document.documentElement.removeAttribute("data-theme");
});
