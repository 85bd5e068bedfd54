/**
 * The parts of the reader that are not needed to show the article: each is a chunk of its own,
 * loaded when first drawn, so the article's first paint waits for none of them. One that cannot
 * load says so in its place (`PartBoundary`).
 */
import { lazyPart } from "./lazy-part";

/** Speakers and key claims panels. */
export const LazySidebar = lazyPart(() => import("./Sidebar"));
/** The link panel of a quote or paragraph. */
export const LazyQuoteActions = lazyPart(() => import("./QuoteActions"));
/** Notices about links and data. */
export const LazyNotices = lazyPart(() => import("./Notices"));
/** The speaker name shown on hover. */
export const LazySpeakerTip = lazyPart(() => import("./SpeakerTip"));
/** The reading settings panel. */
export const LazySettingsPanel = lazyPart(() => import("./SettingsPanel"));
/** The single-key shortcuts and their help. */
export const LazyKeyboardShortcuts = lazyPart(() => import("./KeyboardShortcuts"));

/**
 * Fetches the panels a reader opens next (a quote's, the settings, a notice): called when the page
 * is idle, so they open at once, and still open if the connection drops later.
 */
export function prefetchReaderParts() {
  if (navigator.onLine) import("./place").catch(() => {});
  LazyQuoteActions.prefetch();
  LazySettingsPanel.prefetch();
  LazyNotices.prefetch();
}
