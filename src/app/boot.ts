/**
 * index.html's first script: a small classic script at the top of the page's <head>, run before the
 * body is parsed, so before anything paints. It
 *
 * 1. on an article's address, starts downloading the article at once (early-load.ts), alongside the
 *    app's JavaScript instead of after it;
 * 2. applies the reader's stored settings, so a dark-theme reader never sees a light flash;
 * 3. shows the article's first screen as soon as its first paragraphs have arrived (preview.ts), the
 *    way a browser shows a long HTML page before the end of it has loaded;
 * 4. starts the app — after the page's first paint, so that the preview shows before the app's
 *    JavaScript runs, not after.
 *
 * The build puts it inline in index.html (vite.config.ts, pageHead), so it runs without a request of
 * its own. A prerendered page has its text already and starts with prerendered-boot.ts instead.
 */
import { parseRoute } from "../article/links";
import { applySettings, loadSettings } from "../reader/settings";
import { appPathOf } from "./base-path";
import { DEFAULT_ARTICLE_ID } from "./config";
import { startEarlyLoad } from "./early-load";
import { ArticlePrefixScanner } from "./json-prefix";
import { PREVIEW_PARAGRAPHS, paintPreview, paintShell } from "./preview";
import { afterPaint, appStarted, startApp, whenParsed } from "./start-app";

/** How long the page may stay blank waiting for the article's first screen before its frame shows. */
const SHELL_DELAY_MS = 300;

const route = parseRoute(appPathOf(window.location.pathname));
// Only bundled articles come from the server; an imported one is in this browser's storage.
const articleId =
  route.name === "article" && route.collection === "bundled" ? (route.articleId ?? DEFAULT_ARTICLE_ID) : null;
const params = new URLSearchParams(window.location.search);
// A preview shows the article's beginning, so not for a link to a place further on, nor for "show
// only", where the app hides paragraphs the preview would show.
const previewable =
  articleId !== null &&
  route.name === "article" &&
  route.target === null &&
  !params.has("text") &&
  params.get("view") !== "only";

/** "waiting" for enough of the article to preview, then "painted", or "none" (none to show). */
let preview: "waiting" | "painted" | "none" = previewable ? "waiting" : "none";
const scanner = new ArticlePrefixScanner();

/**
 * Paints the preview if enough of the article is here and the page is ready for it. Returns whether
 * it did.
 */
function tryPreview(): boolean {
  const root = document.getElementById("root");
  if (preview !== "waiting" || !root || document.readyState === "loading") return false;
  if (root.hasChildNodes() && root.dataset.shell === undefined) {
    preview = "none";
    return false;
  }
  // The first screen: the frame (title, standfirst, caption) and the reader's first paragraphs.
  if (!scanner.complete && scanner.paragraphs < PREVIEW_PARAGRAPHS + 3) return false;
  preview = "none";
  if (!paintPreview(root, scanner.prefix(), import.meta.env.BASE_URL, scanner.complete) || !articleId)
    return false;
  root.dataset.preview = articleId;
  delete root.dataset.shell;
  preview = "painted";
  afterPaint(startApp);
  return true;
}

applySettings(loadSettings());

const early = articleId
  ? startEarlyLoad(articleId, (piece) => {
      if (preview !== "waiting") return false;
      scanner.push(piece, PREVIEW_PARAGRAPHS + 3);
      // Painted: the rest of the article is read after the page has shown it.
      return tryPreview();
    })
  : null;

function onParsed() {
  const root = document.getElementById("root");
  if (!early) return afterPaint(startApp);
  if (!previewable) return startApp();
  tryPreview();
  // The page's frame (header, an empty article) if the preview is slow to come: on a fast
  // connection the preview itself is the first paint, as a static page's text would be.
  if (preview === "waiting" && root && !root.hasChildNodes())
    setTimeout(() => {
      if (preview !== "waiting" || appStarted() || root.hasChildNodes()) return;
      paintShell(root, import.meta.env.BASE_URL);
      root.dataset.shell = "";
    }, SHELL_DELAY_MS);
  // Waiting for a preview, the app starts after it, so that its start-up does not hold the preview
  // back; if there is none (a short article shows in full when it has all arrived; a failed request
  // has nothing to show), when the download ends.
  const startWithoutPreview = () => {
    if (preview === "painted") return;
    // The app replaces the shell with its own loading or error screen.
    if (root?.dataset.shell !== undefined) {
      delete root.dataset.shell;
      root.removeAttribute("aria-busy");
      root.inert = false;
    }
    startApp();
  };
  early.response.then(startWithoutPreview, startWithoutPreview);
}

whenParsed(onParsed);
