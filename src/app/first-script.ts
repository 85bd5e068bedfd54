/**
 * Every built page's first script: a small classic script, inline at the top of the page's <head>
 * (vite.config.ts, pageHead), allowed by its hash. Start-up, in the order a page lives it:
 *
 *   HTML parsed ─▶ settings applied ─▶ first paint ─▶ article JSON requested ─▶ React's code runs ─▶ a frame
 *   (text, colours      (before paint: no      (the text is    + the app's entry and its
 *    already in the      light flash for a      on screen; a    chunks requested together
 *    prerendered page)   dark-theme reader)     quote's link
 *                                               at its quote)
 *     ─▶ the app's code runs ─▶ app hydrates the page, in slices, and replays held clicks (main.tsx)
 *
 * Article pages and the front page are prerendered (scripts/prerender.mjs), so their text paints
 * before any JavaScript runs; buttons pressed before the app arrives are held, and a speaker's
 * button in the legend is answered at once (early-clicks.ts). The
 * app shell (app.html: the library, imported articles, addresses the app does not have) has nothing
 * to paint first, so it starts the app at once. Why: docs/decisions/003-one-start-up-path.md.
 *
 * The page neither runs nor preloads the app's JavaScript before the first paint: compiling it takes
 * the main thread for as long as laying out the article's first screen. The entry's URL and those of
 * the chunks it imports are filled in at build time.
 */
import "./settings-boot";
import { startEarlyLoad } from "../load/early-load";
import { holdEarlyClicks } from "./early-clicks";
import { landAtLinkTarget } from "./land-at-target";

declare const __APP_ENTRY__: string;
declare const __APP_CHUNKS__: readonly string[];
declare const __APP_REACT__: string;

/**
 * Runs the app's entry module with the chunks it imports requested alongside it, in two tasks:
 * React's own code first, then the app's, which finds React's evaluated. As one module graph they
 * were one task (~170 ms with the CPU 4× slower), and a click on a speaker's button in that time
 * waited for all of it before the page could answer it (early-clicks.ts); between the two, the
 * browser handles what the reader did and shows its answer.
 */
function startApp() {
  for (const href of __APP_CHUNKS__) {
    const link = document.createElement("link");
    link.rel = "modulepreload";
    link.crossOrigin = "";
    link.href = href;
    document.head.append(link);
  }
  // A frame between the two, so that a button answered meanwhile shows pressed before the app's
  // code runs. (If React's chunk fails, the entry, which imports it, meets the same failure and
  // reports it.)
  runModule(__APP_REACT__, () => afterFrame(() => runModule(__APP_ENTRY__)));
}

/** Runs a module script, and `then` once it has run (or failed). */
function runModule(src: string, then?: () => void) {
  const script = document.createElement("script");
  script.type = "module";
  script.crossOrigin = "";
  script.src = src;
  if (then) script.onload = script.onerror = () => then();
  document.head.append(script);
}

/**
 * Runs `then` once the page has painted and the frame is on screen: at the start of the frame after
 * it (at once in a hidden tab, which paints nothing).
 */
function afterPaint(then: () => void) {
  if (document.visibilityState === "hidden") then();
  else requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(then, 0)));
}

/** Runs `then` after the next frame is rendered (at once in a hidden tab, which renders none). */
function afterFrame(then: () => void) {
  if (document.visibilityState === "hidden") then();
  else requestAnimationFrame(() => setTimeout(then, 0));
}

/** Runs `then` once the page's HTML is parsed. */
function whenParsed(then: () => void) {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", then);
  else then();
}

// A link to a quote opens at the quote from the first paint (land-at-target.ts).
landAtLinkTarget();
// The page's buttons show before the app can answer them; their clicks wait for it (early-clicks.ts).
holdEarlyClicks();

whenParsed(() => {
  const articleId = document.getElementById("root")?.dataset.article;
  if (!articleId) return startApp();
  afterPaint(() => {
    startEarlyLoad(articleId);
    startApp();
  });
});
