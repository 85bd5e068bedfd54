/**
 * The parts of the reader that are not needed to show the article: each is a chunk of its own,
 * loaded when first drawn, so the article's first paint waits for none of them.
 */
import { lazy } from "react";

/** Speakers and key claims panels. */
export const LazySidebar = lazy(() => import("./Sidebar"));
/** The link panel of a quote or paragraph. */
export const LazyQuoteActions = lazy(() => import("./QuoteActions"));
/** Notices about links and data. */
export const LazyNotices = lazy(() => import("./Notices"));
/** The speaker name shown on hover. */
export const LazySpeakerTip = lazy(() => import("./SpeakerTip"));
/** The reading settings panel. */
export const LazySettingsPanel = lazy(() => import("./SettingsPanel"));
/** The single-key shortcuts and their help. */
export const LazyKeyboardShortcuts = lazy(() => import("./KeyboardShortcuts"));
