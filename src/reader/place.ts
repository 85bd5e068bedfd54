/**
 * The reading position across a reload the app makes itself (a part whose file is gone after a
 * deploy): the paragraph at the top of the screen and how far down the screen it was. A scroll offset
 * alone would not do: paragraphs off screen are laid out at an estimated height until they are drawn.
 * Loaded only when it is needed (lazy-part.ts before such a reload, the reader after it); the page's
 * first code holds only `hasRememberedPlace`.
 */
/** The same key as lazy-part.ts's PLACE_KEY (not imported: this chunk stands alone). */
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
 * long article draws its paragraphs in chunks): looked for at each frame, for a few seconds.
 */
export function restorePlace() {
  let saved: [string, string, number] | null = null;
  try {
    const raw = sessionStorage.getItem(PLACE_KEY);
    sessionStorage.removeItem(PLACE_KEY);
    history.scrollRestoration = "auto";
    saved = raw ? JSON.parse(raw) : null;
  } catch {
    return;
  }
  if (!saved || saved[0] !== window.location.href || typeof saved[1] !== "string") return;
  const [, id, top] = saved;
  const until = performance.now() + 5000;
  const attempt = () => {
    const el = document.getElementById(id);
    if (el)
      window.scrollBy({ top: el.getBoundingClientRect().top - (Number(top) || 0), behavior: "instant" });
    else if (performance.now() < until) requestAnimationFrame(attempt);
  };
  attempt();
}
