import { useEffect, useId, useRef, useState } from "react";
import { SHORTCUTS } from "./keyboard";
import { applySettings, loadSettings, saveSettings } from "./settings";
import "./popover.css";

/**
 * The keyboard shortcuts, and the switch that turns them off. A dialog: focus moves into it, Escape
 * or "Close" closes it and focus returns to where it was. Loaded the first time someone presses `?`.
 */
export default function KeyboardHelp({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const [on, setOn] = useState(() => loadSettings().shortcuts);

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    dialog.current?.querySelector<HTMLElement>("button, input")?.focus();
    return () => before?.focus?.({ preventScroll: true });
  }, []);

  const toggle = (shortcuts: boolean) => {
    const settings = { ...loadSettings(), shortcuts };
    saveSettings(settings);
    applySettings(settings);
    setOn(shortcuts);
  };

  return (
    <div
      ref={dialog}
      className="popover keyboard-help"
      role="dialog"
      aria-modal="false"
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <h2 id={headingId} className="popover-title">
        Keyboard shortcuts
      </h2>
      <p className="popover-detail">In the article or its panels, without Ctrl, Alt or Cmd.</p>
      <dl className="shortcut-list">
        {SHORTCUTS.map((s) => (
          <div key={s.action}>
            <dt>
              {s.keys.map((k) => (
                <kbd key={k}>{k === k.toUpperCase() && k !== "?" ? `Shift ${k}` : k}</kbd>
              ))}
            </dt>
            <dd>{s.does}</dd>
          </div>
        ))}
      </dl>
      <label className="switch">
        <input type="checkbox" checked={on} onChange={(e) => toggle(e.currentTarget.checked)} />
        <span>Use single-key shortcuts</span>
      </label>
      <div className="popover-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
