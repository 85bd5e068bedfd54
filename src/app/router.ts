/**
 * A few lines of History API instead of a router library: the app has four routes and the link
 * format is our own (src/article/links.ts), so a dependency would add bytes and no capability.
 */
import { useSyncExternalStore } from "react";

/** The app's base path without its trailing slash ("" when served at the root). */
export const BASE_PATH = import.meta.env.BASE_URL.replace(/\/$/, "");

const NAVIGATE_EVENT = "attributed:navigate";

/** Where the app is, relative to its base path. */
export interface AppLocation {
  /** Path inside the app: `/a/seed/q/q3`. */
  path: string;
  /** The raw query string, `?` included, or "". */
  search: string;
}

/** The current location's path inside the app. */
export function appPathOf(pathname: string): string {
  return BASE_PATH && pathname.startsWith(BASE_PATH) ? pathname.slice(BASE_PATH.length) || "/" : pathname;
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

/** The current location; re-renders on navigation and on back/forward. */
export function useAppLocation(): AppLocation {
  const href = useSyncExternalStore(subscribe, snapshot, snapshot);
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
