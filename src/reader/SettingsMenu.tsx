import { useEffect, useId, useRef, useState } from "react";
import { LINE_WIDTHS, type ReadingSettings, TEXT_SIZES, THEMES } from "./settings";
import { useReadingSettings } from "./use-reading-settings";

const THEME_LABELS: Record<ReadingSettings["theme"], string> = {
  system: "Match system",
  light: "Light",
  dark: "Dark",
  sepia: "Sepia",
};

function Choice<T extends string>(props: {
  legend: string;
  name: string;
  options: readonly { id: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="choice">
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.id}>
          <input
            type="radio"
            name={props.name}
            value={o.id}
            checked={props.value === o.id}
            onChange={() => props.onChange(o.id)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** The "Reading settings" button and its panel: theme, text size, line width. */
export function SettingsMenu() {
  const [settings, update] = useReadingSettings();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLInputElement>("input:checked")?.focus();
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

  return (
    <div className="settings" ref={root}>
      <button
        ref={button}
        type="button"
        className="button-quiet"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true">Aa</span> Reading settings
      </button>
      <div id={panelId} className="popover settings-panel" hidden={!open}>
        <Choice
          legend="Theme"
          name="theme"
          options={THEMES.map((t) => ({ id: t, label: THEME_LABELS[t] }))}
          value={settings.theme}
          onChange={(theme) => update({ theme })}
        />
        <Choice
          legend="Text size"
          name="text-size"
          options={TEXT_SIZES}
          value={settings.textSize}
          onChange={(textSize) => update({ textSize })}
        />
        <Choice
          legend="Line width"
          name="line-width"
          options={LINE_WIDTHS}
          value={settings.lineWidth}
          onChange={(lineWidth) => update({ lineWidth })}
        />
        <button type="button" className="button-quiet" onClick={() => setOpen(false)}>
          Done
        </button>
      </div>
    </div>
  );
}
