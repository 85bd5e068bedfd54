import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { applySettings, loadSettings, PartLoadError } from "../reader";
import { App } from "./App";
import { loadArticle } from "./article-query";
import { dropEarlyClicks, replayEarlyClicks } from "./early-clicks";
import { appPathOf, setPrerenderedLocation } from "./router";
import "./base.css";

// The built page's first script (first-script.ts) has done this already; the dev server has no such script.
if (import.meta.env.DEV) applySettings(loadSettings());

/**
 * A part that could not load (offline) says so on the page, with a retry: not an error for the
 * console. Anything else a boundary caught is an error, reported as React would.
 */
const rootOptions = {
  onCaughtError(error: unknown) {
    if (error instanceof PartLoadError) return;
    console.error(error);
  },
};

const root = document.getElementById("root");
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

if (root) {
  const { prerendered, article } = root.dataset;
  if (prerendered && article && appPathOf(window.location.pathname) === prerendered) {
    // A prerendered page (`npm run build` writes one per bundled article) is on screen: load its
    // article, then hydrate what is there.
    setPrerenderedLocation(prerendered);
    loadArticle(article).then(
      () => {
        hydrateRoot(root, app, rootOptions);
        replayEarlyClicks();
      },
      () => {
        dropEarlyClicks();
        createRoot(root, rootOptions).render(app);
      },
    );
  } else {
    // The app shell (app.html), or a prerendered page opened at another address: rendered afresh,
    // its held clicks are moot.
    dropEarlyClicks();
    createRoot(root, rootOptions).render(app);
  }
}
