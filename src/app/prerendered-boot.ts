/**
 * The first script of a prerendered article page (scripts/prerender.mjs), inline at the top of its
 * head. The article's text is in the page already, so the script holds the parser only to apply the
 * reader's settings (a dark-theme reader never sees a light flash); once the page has painted, it
 * requests the article's JSON and starts the app, which hydrates the text on screen.
 *
 * index.html, which has no text of its own, starts with boot.ts instead.
 */
import "./settings-boot";
import { startEarlyLoad } from "./early-load";
import { afterPaint, startApp, whenParsed } from "./start-app";

whenParsed(() =>
  afterPaint(() => {
    const articleId = document.getElementById("root")?.dataset.article;
    if (articleId) startEarlyLoad(articleId);
    startApp();
  }),
);
