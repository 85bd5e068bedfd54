/** Taking a reader to a place in the article: scroll, highlight, focus. */

/** Marks an element as the current target (styled by `[data-target]`), clearing the previous ones. */
export function markTargets(elements: readonly Element[]) {
  for (const el of document.querySelectorAll("[data-target]")) el.removeAttribute("data-target");
  for (const el of elements) el.setAttribute("data-target", "");
}

/**
 * Scrolls an element to the middle of the screen and focuses it without a second scroll. Deep links
 * jump (the page has only just appeared); moves inside a page animate unless the reader has asked
 * for reduced motion.
 */
export function bringIntoView(el: HTMLElement, how: "jump" | "glide") {
  const reduced = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
  centreOnScreen(el, how === "glide" && !reduced ? "smooth" : "auto");
  el.focus({ preventScroll: true });
}

/**
 * Scrolls an element to the middle of the screen where it will stay. Paragraphs off screen skip
 * their layout (`content-visibility: auto`, reader.css) and count as six lines each until drawn
 * once, so a scroll computed over them lands where the estimate puts the element; the browser then
 * draws the paragraphs it passed, at their real heights, and moves the element again, over one or
 * several frames. For the scroll, every paragraph is laid out at its real height
 * (`data-placing` on the root), and two frames later skipping resumes, each paragraph keeping the
 * height it was drawn at.
 */
export function centreOnScreen(el: Element, behavior: ScrollBehavior = "auto") {
  const root = document.documentElement;
  root.dataset.placing = "";
  el.scrollIntoView({ block: "center", behavior });
  const done = () => delete root.dataset.placing;
  if (document.visibilityState === "hidden") done();
  else requestAnimationFrame(() => requestAnimationFrame(done));
}

/**
 * Scrolls the panel an element is in (the side panel's own scroll box) just enough to show it on
 * screen, and never the page: a reader who clicked in the article keeps their place in it.
 */
export function revealInPanel(el: HTMLElement) {
  let box = el.parentElement;
  while (box && !/(auto|scroll)/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
  if (!box || box === document.scrollingElement) return;
  const margin = 8;
  const area = box.getBoundingClientRect();
  const top = Math.max(area.top, 0) + margin;
  const bottom = Math.min(area.bottom, window.innerHeight) - margin;
  const at = el.getBoundingClientRect();
  if (at.bottom > bottom) box.scrollTop += Math.min(at.bottom - bottom, at.top - top);
  else if (at.top < top) box.scrollTop -= top - at.top;
}

/** DOM id of a quote's first span. */
export const quoteDomId = (quoteId: string) => `quote-${quoteId}`;
/** DOM id of a paragraph. */
export const paragraphDomId = (paragraphId: string) => `para-${paragraphId}`;
/** DOM id of a claim in the claims list. */
export const claimDomId = (claimId: string) => `claim-${claimId}`;
