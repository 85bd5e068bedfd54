/**
 * The reading position across a reload the app makes itself (a part whose file is gone after a
 * deploy): the paragraph at the top of the screen and how far down the screen it was. A scroll offset
 * alone would not do: paragraphs off screen are laid out at an estimated height until they are drawn.
 * Loaded only when it is needed (lazy-part.ts before such a reload, the reader after it); the page's
 * first code holds only `hasRememberedPlace`.
 */
/** The same key as place-key.ts's PLACE_KEY (not imported: this chunk stands alone). */
const PLACE_KEY = "attributed:place";

/** Writes down where the reader is, and asks the browser not to restore its own offset over it. */
export function rememberPlace() {
  for (const el of document.querySelectorAll<HTMLElement>("[data-p]")) {
    const { top, bottom } = el.getBoundingClientRect();
    if (bottom <= 0) continue;
    try {
      sessionStorage.setItem(PLACE_KEY, JSON.stringify([window.location.href, el.id, top]));
      history.scrollRestoration = "manual";
    } catch {
      // Without session storage the browser's own restoration is the next best thing.
    }
    return;
  }
}

/**
 * Puts the reader back at the place written down for this address, once its paragraph is drawn (a
 * long article draws its paragraphs in chunks): looked for at each frame, for a few seconds. Then
 * kept there while the page settles (paragraphs above it laid out at their real height, the app
 * taking the page over), until the reader scrolls or presses a key themselves.
 */
export function restorePlace() {
  let saved: [string, string, number] | null = null;
  try {
    const raw = sessionStorage.getItem(PLACE_KEY);
    sessionStorage.removeItem(PLACE_KEY);
    saved = raw ? JSON.parse(raw) : null;
  } catch {
    return;
  }
  // (The browser's own restoring of the offset stays off until the place is settled.)
  const restoreAuto = () => {
    try {
      history.scrollRestoration = "auto";
    } catch {
      // Nothing to put back.
    }
  };
  if (!saved || saved[0] !== window.location.href || typeof saved[1] !== "string") return restoreAuto();
  const [, id, top] = saved;
  const wanted = Number(top) || 0;
  const until = performance.now() + 5000;
  let settleUntil = 0;
  let readerMoved = false;
  const moved = () => {
    readerMoved = true;
  };
  const events = ["wheel", "touchstart", "keydown", "pointerdown"] as const;
  for (const type of events) window.addEventListener(type, moved, { capture: true, passive: true });
  const stop = () => {
    for (const type of events) window.removeEventListener(type, moved, { capture: true });
    restoreAuto();
  };
  const attempt = () => {
    if (readerMoved) return stop();
    const el = document.getElementById(id);
    if (el) {
      const drift = el.getBoundingClientRect().top - wanted;
      if (Math.abs(drift) >= 1) window.scrollBy({ top: drift, behavior: "instant" });
      settleUntil ||= performance.now() + SETTLING_MS;
      if (performance.now() < settleUntil) requestAnimationFrame(attempt);
      else stop();
    } else if (performance.now() < until) requestAnimationFrame(attempt);
    else stop();
  };
  attempt();
}

/** How long the place is kept while the page settles after it was restored. */
const SETTLING_MS = 2500;
