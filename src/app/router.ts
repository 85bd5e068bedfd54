/**
 * A few lines of History API instead of a router library: the app has four routes and the link
 * format is our own (src/article/links.ts), so a dependency would add bytes and no capability.
 */
import { useSyncExternalStore } from "react";

import { appPathOf, BASE_PATH } from "./base-path";

export { appPathOf, BASE_PATH };

const NAVIGATE_EVENT = "attributed:navigate";

/** Where the app is, relative to its base path. */
export interface AppLocation {
  /** Path inside the app: `/a/seed/q/q3`. */
  path: string;
  /** The raw query string, `?` included, or "". */
  search: string;
}

function subscribe(onChange: () => void) {
  window.addEventListener("popstate", onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

// Snapshots must be stable between changes, so the href (a string) is the snapshot.
const snapshot = () => window.location.pathname + window.location.search;

/**
 * The location a page was prerendered for. On the server it is the page being rendered; in the
 * browser, hydration must first render that same location (the address may carry more, such as a
 * speaker filter), and useSyncExternalStore then moves to the real one.
 */
let prerenderedHref: string | null = null;

/** Sets the location that prerendering (on the server) and hydration (in the browser) render. */
export function setPrerenderedLocation(href: string | null) {
  prerenderedHref = href;
}

const serverSnapshot = () => prerenderedHref ?? snapshot();

/** The current location; re-renders on navigation and on back/forward. */
export function useAppLocation(): AppLocation {
  const href = useSyncExternalStore(subscribe, snapshot, serverSnapshot);
  const q = href.indexOf("?");
  const pathname = q < 0 ? href : href.slice(0, q);
  return { path: appPathOf(pathname), search: q < 0 ? "" : href.slice(q) };
}

/** An absolute URL path for an app path (adds the base path). */
export function hrefFor(appPath: string): string {
  return `${BASE_PATH}${appPath}`;
}

/** Goes to an app path (with query); `replace` keeps the history entry, for state that is not a step. */
export function navigate(appPathAndSearch: string, options: { replace?: boolean } = {}) {
  const url = hrefFor(appPathAndSearch);
  if (url === snapshot()) return;
  if (options.replace) window.history.replaceState(null, "", url);
  else window.history.pushState(null, "", url);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}
