import { Suspense, useId, useRef, useState } from "react";
import { LazySettingsPanel } from "./lazy";
import { PartBoundary } from "./lazy-part";

/**
 * The "Reading settings" button and its panel: theme, text size, line width. The settings themselves
 * are read when the panel opens (the page's first script applied them before the first paint); the
 * panel, loaded then, brings its own focus and dismissal, so the page's first code holds only this.
 */
export function SettingsMenu() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

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
            <LazySettingsPanel
              id={panelId}
              menu={root}
              onDone={(refocus) => {
                setOpen(false);
                if (refocus) button.current?.focus();
              }}
            />
          </Suspense>
        </PartBoundary>
      )}
    </div>
  );
}
