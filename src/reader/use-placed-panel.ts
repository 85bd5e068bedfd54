import { type RefObject, useLayoutEffect } from "react";
import { panelPosition } from "./panel-position";
import { useDismissal } from "./use-dismissal";

/**
 * The mechanics of a small panel opened from a control (a quote's link panel, or the message that it
 * could not load): placed next to the control before focus moves in, focused without scrolling (the
 * page stays where the reader was), placed again when its content grows, and closed by a press
 * anywhere else or by Escape.
 */
export function usePlacedPanel(
  panel: RefObject<HTMLElement | null>,
  anchor: HTMLElement,
  container: RefObject<HTMLElement | null>,
  onClose: (returnFocus: boolean) => void,
) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `panel` and `container` are refs.
  useLayoutEffect(() => {
    const el = panel.current;
    const box = container.current;
    if (!el || !box) return;
    const place = () => {
      const next = panelPosition(
        anchor.getBoundingClientRect(),
        box.getBoundingClientRect(),
        { width: el.offsetWidth, height: el.offsetHeight },
        window.innerHeight,
      );
      el.style.top = next.top === undefined ? "" : `${next.top}px`;
      el.style.bottom = next.bottom === undefined ? "" : `${next.bottom}px`;
      el.style.left = `${next.left}px`;
    };
    place();
    el.querySelector<HTMLElement>("button, input")?.focus({ preventScroll: true });
    // Content that arrives later (the card's link, the manual-copy box) may no longer fit where it was.
    if (typeof ResizeObserver === "undefined") return;
    let first = true;
    const observer = new ResizeObserver(() => {
      if (!first) place();
      first = false;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [anchor]);

  useDismissal(panel, onClose, { also: anchor });
}
