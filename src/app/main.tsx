import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { applySettings, loadSettings, PartLoadError } from "../reader";
import { App } from "./App";
import { dropEarlyClicks, replayEarlyClicks } from "./early-clicks";
import { articleQuery, createQueryClient } from "./queries";
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
const queryClient = createQueryClient();
const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>
);

if (root) {
  const { prerendered, article } = root.dataset;
  if (prerendered && article && appPathOf(window.location.pathname) === prerendered) {
    // A prerendered page (`npm run build` writes one per bundled article) is on screen: load its
    // article into the query client, then hydrate what is there (the route finds it loaded, and
    // renders what the prerenderer did).
    setPrerenderedLocation(prerendered);
    queryClient.fetchQuery(articleQuery("bundled", article)).then(
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
