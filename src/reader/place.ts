/**
 * The reading position across a reload the app makes itself (a part whose file is gone after a
 * deploy): the paragraph at the top of the screen and how far down the screen it was. A scroll offset
 * alone would not do: paragraphs off screen are laid out at an estimated height until they are drawn.
 */
import { useEffect, useState } from "react";

const KEY = "attributed:place";

/** Writes down where the reader is, and asks the browser not to restore its own offset over it. */
export function rememberPlace() {
  for (const el of document.querySelectorAll<HTMLElement>("[data-p]")) {
    const { top, bottom } = el.getBoundingClientRect();
    if (bottom <= 0) continue;
    try {
      sessionStorage.setItem(KEY, JSON.stringify([window.location.href, el.id, top]));
      history.scrollRestoration = "manual";
    } catch {
      // Without session storage the browser's own restoration is the next best thing.
    }
    return;
  }
}

/** The place written down for this address, once: [element id, its top on screen]. */
function takePlace(): [string, number] | null {
  try {
    const saved = sessionStorage.getItem(KEY);
    if (saved === null) return null;
    sessionStorage.removeItem(KEY);
    history.scrollRestoration = "auto";
    const [href, id, top] = JSON.parse(saved);
    return href === window.location.href && typeof id === "string" ? [id, Number(top) || 0] : null;
  } catch {
    return null;
  }
}

/**
 * Puts the reader back at a remembered place once its paragraph is drawn (`drawn` changes as more of
 * a long article is). Returns whether there was one, so a link's own target does not take over.
 */
export function useRememberedPlace(drawn: unknown): boolean {
  const [place, setPlace] = useState(takePlace);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-checked whenever more is drawn.
  useEffect(() => {
    const el = place && document.getElementById(place[0]);
    if (!place || !el) return;
    window.scrollBy({ top: el.getBoundingClientRect().top - place[1], behavior: "instant" });
    setPlace(null);
  }, [place, drawn]);
  return place !== null;
}
