import { Suspense, useEffect, useId, useRef, useState } from "react";
import { LazySettingsPanel } from "./lazy";
import { PartBoundary } from "./lazy-part";

/**
 * The "Reading settings" button and its panel: theme, text size, line width. The settings themselves
 * are read when the panel opens (the page's first script applied them before the first paint).
 */
export function SettingsMenu() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  // The panel arrives lazily; move focus into it once its checked option exists.
  useEffect(() => {
    if (!open) return;
    const focusChecked = () => root.current?.querySelector<HTMLInputElement>("input:checked")?.focus();
    if (root.current?.querySelector("input:checked")) return void focusChecked();
    const observer = new MutationObserver(() => {
      if (root.current?.querySelector("input:checked")) {
        focusChecked();
        observer.disconnect();
      }
    });
    if (root.current) observer.observe(root.current, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [open]);

  return (
    <div className="settings" ref={root}>
      <button
        ref={button}
        type="button"
        className="button-quiet"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">Aa</span> Reading settings
      </button>
      {open && (
        <PartBoundary what="the reading settings" parts={[LazySettingsPanel]}>
          <Suspense fallback={null}>
            <LazySettingsPanel id={panelId} onDone={() => setOpen(false)} />
          </Suspense>
        </PartBoundary>
      )}
    </div>
  );
}
