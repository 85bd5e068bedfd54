/**
 * Starting the app from a page's first script (boot.ts, prerendered-boot.ts). The page neither runs
 * nor preloads the app's JavaScript: compiling it takes the main thread for as long as laying out the
 * article's first screen, so a page that preloads it paints its text later. The first script requests
 * it when the page has painted (or at once where there is nothing to paint first). The entry's URL and
 * those of the chunks it imports are filled in at build time (vite.config.ts, pageHead).
 */
declare const __APP_ENTRY__: string;
declare const __APP_CHUNKS__: readonly string[];

let started = false;

/** Whether startApp has run. */
export const appStarted = () => started;

/** Runs the app's entry module, once, with the chunks it imports requested alongside it. */
export function startApp() {
  if (started) return;
  started = true;
  for (const href of __APP_CHUNKS__) {
    const link = document.createElement("link");
    link.rel = "modulepreload";
    link.crossOrigin = "";
    link.href = href;
    document.head.append(link);
  }
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
