import "@testing-library/jest-dom/vitest";
import "fake-indexeddb/auto";
import { cleanup } from "@testing-library/react";
import { afterEach, vi } from "vitest";
import { closeStore } from "../../src/library/store";
import { FakeIngestWorker } from "./fake-worker";

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
window.Worker = FakeIngestWorker as unknown as typeof Worker;
// Downloads: jsdom has no object URLs.
URL.createObjectURL = vi.fn(() => "blob:download");
URL.revokeObjectURL = vi.fn();

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.clearAllMocks();
  window.localStorage.clear();
  document.documentElement.removeAttribute("data-theme");
  // Each test starts with an empty library.
  closeStore();
  indexedDB.deleteDatabase("attributed");
});
