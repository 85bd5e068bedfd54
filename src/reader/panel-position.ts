/** Where a small panel opened from a control goes: next to the control, on screen, without moving the page. */

/** A box in viewport coordinates (what `getBoundingClientRect` gives). */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  width: number;
}

/**
 * Offsets inside the container, as CSS `top`/`bottom` and `left`. A panel above its control is
 * held by its bottom edge, so that growing (a "Download card" link that appears once the card is
 * found) moves its top up and never covers the control.
 */
export type PanelPlace = { left: number } & (
  | { top: number; bottom?: never }
  | { bottom: number; top?: never }
);

/** Space kept between the panel and the control, and between the panel and the screen's edges. */
const GAP = 6;
const MARGIN = 8;

/**
 * The panel's offset inside its positioned container. Below the control when it fits on screen
 * there, above it when only that fits, and otherwise on whichever side has more room: the page
 * never scrolls to show it (a reader who opened a quote's panel keeps their place). Horizontally it
 * starts at the control and stays inside the container.
 */
export function panelPosition(
  anchor: Box,
  container: Box,
  panel: { width: number; height: number },
  viewportHeight: number,
): PanelPlace {
  const below = viewportHeight - anchor.bottom - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const placeAbove = panel.height > below && (panel.height <= above || above > below);
  const maxLeft = Math.max(MARGIN, container.width - panel.width - MARGIN);
  const left = Math.min(Math.max(MARGIN, anchor.left - container.left), maxLeft);
  return placeAbove
    ? { bottom: container.bottom - (anchor.top - GAP), left }
    : { top: anchor.bottom + GAP - container.top, left };
}
