import { type RefObject, useEffect } from "react";

/**
 * How a panel or popover is dismissed, the same everywhere: a press anywhere outside it (and outside
 * `also`, the control that opened it) closes it and leaves focus where the press put it; Escape
 * closes it and returns focus to its control. `escapeFrom: "inside"` hears Escape only within the panel
 * (and stops it there, so nothing behind closes too); `"anywhere"` hears it on the whole page.
 */
export function useDismissal(
  within: RefObject<HTMLElement | null>,
  onClose: (returnFocus: boolean) => void,
  { also = null, escapeFrom = "inside" }: { also?: Node | null; escapeFrom?: "inside" | "anywhere" } = {},
) {
  useEffect(() => {
    const el = within.current;
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!el?.contains(target) && !also?.contains(target)) onClose(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      if (escapeFrom === "inside") event.stopPropagation();
      onClose(true);
    };
    const keys: HTMLElement | Document | null = escapeFrom === "inside" ? el : document;
    document.addEventListener("pointerdown", onPointer);
    keys?.addEventListener("keydown", onKey as EventListener);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      keys?.removeEventListener("keydown", onKey as EventListener);
    };
  }, [within, onClose, also, escapeFrom]);
}
