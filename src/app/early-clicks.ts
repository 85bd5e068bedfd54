/**
 * Clicks on a prerendered page before the app has taken it over. The page shows its text, buttons
 * included, before the app's JavaScript arrives (first-script.ts); a reader who clicks a quote's
 * badge, a claim marker or the reading settings in that moment would otherwise see nothing happen. The page's first
 * script holds those clicks, and the app replays them, in order, once it has hydrated the page. Links
 * are left alone: they work without JavaScript.
 *
 * The two halves run in different bundles (the inline first script and the app), so they meet on
 * `window`.
 */

/** Enough for a burst of clicks; a reader who clicks more while waiting is not asking for all of them. */
const MAX_HELD = 8;

interface HeldClicks {
  /** Stops holding clicks and hands over those held so far. */
  release(): HTMLElement[];
}

declare global {
  interface Window {
    __attributedHeldClicks?: HeldClicks;
  }
}

/** Starts holding clicks on buttons inside `#root`. Called by the page's first script. */
export function holdEarlyClicks() {
  const held: HTMLElement[] = [];
  const onClick = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest("button") : null;
    if (!button || button.disabled || !button.closest("#root")) return;
    event.preventDefault();
    if (held.length < MAX_HELD) held.push(button);
    // The pointer shows that the click was taken and its answer is on the way (base.css).
    document.documentElement.dataset.clickHeld = "";
  };
  document.addEventListener("click", onClick, true);
  window.__attributedHeldClicks = {
    release() {
      document.removeEventListener("click", onClick, true);
      delete document.documentElement.dataset.clickHeld;
      window.__attributedHeldClicks = undefined;
      return held;
    },
  };
}

/**
 * Stops holding clicks and replays those held on the buttons still on the page. Called right after
 * the app has started hydrating: React hydrates at once to handle a click.
 */
export function replayEarlyClicks() {
  for (const button of window.__attributedHeldClicks?.release() ?? []) if (button.isConnected) button.click();
}

/** Forgets held clicks: the page was rendered afresh, and the buttons clicked are gone. */
export function dropEarlyClicks() {
  window.__attributedHeldClicks?.release();
}
