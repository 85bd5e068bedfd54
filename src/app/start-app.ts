/**
 * Starting the app from a page's first script (boot.ts, prerendered-boot.ts): its entry is a module
 * the page preloads but does not run, so that the page paints before the app's JavaScript runs.
 * The entry's URL is filled in at build time (vite.config.ts, pageHead).
 */
declare const __APP_ENTRY__: string;

let started = false;

/** Whether startApp has run. */
export const appStarted = () => started;

/** Runs the app's entry module, once. */
export function startApp() {
  if (started) return;
  started = true;
  const script = document.createElement("script");
  script.type = "module";
  script.crossOrigin = "";
  script.src = __APP_ENTRY__;
  document.head.append(script);
}

/**
 * Runs `then` once the page has painted and the frame is on screen: at the start of the frame after
 * it (at once in a hidden tab, which paints nothing).
 */
export function afterPaint(then: () => void) {
  if (document.visibilityState === "hidden") then();
  else requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(then, 0)));
}

/** Runs `then` once the page's HTML is parsed. */
export function whenParsed(then: () => void) {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", then);
  else then();
}
