/**
 * A link to a quote opens there. The quote's page is prerendered, so its text paints before the
 * app's JavaScript runs; without this the reader saw the top of the article first and, half a second
 * later (CPU 4× slower), the page jump to the quote once the app had started. The page's first
 * script scrolls the printed quote to the middle of the screen before the frame that shows the text
 * is drawn, where the app will put it (focus.ts, `bringIntoView`); the app then highlights and
 * focuses it without moving the page. (A paragraph's link has no printed page: the app takes the
 * reader there.)
 *
 * Not after a reload the app made itself (it puts the reader back where they were, place.ts).
 */
import { centreOnScreen, quoteDomId } from "../reader/focus";
import { hasRememberedPlace } from "../reader/place-key";

/** The printed element a quote's link (`…/q/<quoteId>`) points to, or null. */
export function linkTargetDomId(pathname: string): string | null {
  const id = /\/q\/([\w-]+)\/?$/.exec(pathname)?.[1];
  return id ? quoteDomId(id) : null;
}

/** Scrolls the link's printed quote into the middle of the screen before the text is drawn. */
export function landAtLinkTarget(): void {
  const id = linkTargetDomId(window.location.pathname);
  if (!id || hasRememberedPlace()) return;
  // Tried before each frame until the quote has been read (a frame may be drawn, blank, before the
  // page's body has arrived).
  const land = () => {
    const target = document.getElementById(id);
    if (target) centreOnScreen(target);
    else if (document.readyState === "loading") requestAnimationFrame(land);
  };
  requestAnimationFrame(land);
}
