import "./react-first";
import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode, startTransition, useEffect } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { applySettings, LazySidebar, loadSettings, PartLoadError } from "../reader";
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

/**
 * Hands the clicks the page's first script held over to the app, once the app has hydrated the page
 * (its first commit): until then that script keeps them, and answers the speakers' buttons itself.
 */
function ReplayHeldClicks() {
  useEffect(() => {
    void replayEarlyClicks();
  }, []);
  return null;
}

const root = document.getElementById("root");
const queryClient = createQueryClient();
const app = (
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
      <ReplayHeldClicks />
    </QueryClientProvider>
  </StrictMode>
);

if (root) {
  const { prerendered, article } = root.dataset;
  if (prerendered && article && appPathOf(window.location.pathname) === prerendered) {
    // A prerendered page (`npm run build` writes one per bundled article) is on screen: load its
    // article into the query client, and the side panels' code (the page was printed with them),
    // then hydrate what is there (the route finds it loaded, and renders what the prerenderer did).
    setPrerenderedLocation(prerendered);
    Promise.all([queryClient.fetchQuery(articleQuery("bundled", article)), LazySidebar.preload()]).then(
      ([, panels]) => {
        // Without their code the panels stay as printed, and a click on a speaker could not be
        // replayed: the page's own answers to them are taken back.
        if (!panels) dropEarlyClicks();
        // As a transition, hydration yields to the browser every few milliseconds (at the default
        // priority it is one long task), so the page goes on answering while it runs: the first
        // script holds the buttons' events from React until it is done (early-clicks.ts), so that no
        // press makes React hydrate the whole page at once first.
        startTransition(() => {
          hydrateRoot(root, app, rootOptions);
        });
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
