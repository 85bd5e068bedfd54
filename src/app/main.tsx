import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { applySettings, loadSettings } from "../reader";
import { App } from "./App";
import { loadArticle } from "./article-query";
import { dropEarlyClicks, replayEarlyClicks } from "./early-clicks";
import { appPathOf, setPrerenderedLocation } from "./router";
import "./base.css";

// The built page's first script (boot.ts) has done this already; the dev server has no such script.
if (import.meta.env.DEV) applySettings(loadSettings());

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
        hydrateRoot(root, app);
        replayEarlyClicks();
      },
      () => {
        dropEarlyClicks();
        createRoot(root).render(app);
      },
    );
  } else {
    // The app shell (app.html), or a prerendered page opened at another address: rendered afresh,
    // its held clicks are moot.
    dropEarlyClicks();
    createRoot(root).render(app);
  }
}
