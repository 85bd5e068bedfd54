/**
 * The first script of a prerendered article page (scripts/prerender.mjs), inline at the top of its
 * head. The article's text is in the page already, so the script holds the parser only to apply the
 * reader's settings (a dark-theme reader never sees a light flash); once the page has painted, it
 * requests the article's JSON and starts the app, which hydrates the text on screen and replays any
 * button clicked in the meantime.
 *
 * index.html, which has no text of its own, starts with boot.ts instead.
 */
import "./settings-boot";
import { holdEarlyClicks } from "./early-clicks";
import { startEarlyLoad } from "./early-load";
import { afterPaint, startApp, whenParsed } from "./start-app";

// The page's buttons show before the app can answer them; their clicks wait for it (early-clicks.ts).
holdEarlyClicks();

whenParsed(() =>
  afterPaint(() => {
    const articleId = document.getElementById("root")?.dataset.article;
    if (articleId) startEarlyLoad(articleId);
    startApp();
  }),
);
