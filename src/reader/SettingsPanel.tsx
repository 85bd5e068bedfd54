import { type RefObject, useEffect, useRef } from "react";
import { LINE_WIDTHS, type ReadingSettings, TEXT_SIZES, THEMES } from "./settings";
import { useReadingSettings } from "./use-reading-settings";
import "./popover.css";
import { useDismissal } from "./use-dismissal";

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

/** One on/off setting under its own heading. */
function Toggle(props: { legend: string; label: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <fieldset className="choice">
      <legend>{props.legend}</legend>
      <label>
        <input
          type="checkbox"
          checked={props.checked}
          onChange={(e) => props.onChange(e.currentTarget.checked)}
        />
        <span>{props.label}</span>
      </label>
    </fieldset>
  );
}

export interface SettingsPanelProps {
  id: string;
  /** The menu holding the button and the panel: a press outside it closes the panel. */
  menu: RefObject<HTMLElement | null>;
  /** Closes the panel; `refocus` returns focus to the button (Escape, Done). */
  onDone: (refocus: boolean) => void;
}

/** Theme, text size, line width, how quotes are marked and keyboard shortcuts. Loaded the first time the panel opens. */
export default function SettingsPanel({ id, menu, onDone }: SettingsPanelProps) {
  const [settings, update] = useReadingSettings();
  const panel = useRef<HTMLDivElement>(null);
  // Focus goes to the checked option of the first choice; a press outside the menu or Escape closes.
  useEffect(() => {
    panel.current?.querySelector<HTMLInputElement>("input:checked")?.focus();
  }, []);
  useDismissal(menu, onDone, { escapeFrom: "anywhere" });
  return (
    <div id={id} className="popover settings-panel" ref={panel}>
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
      <Toggle
        legend="Quotes"
        label="Mark every quote (each with its speaker’s badge, reported speech underlined)"
        checked={settings.markEveryQuote}
        onChange={(markEveryQuote) => update({ markEveryQuote })}
      />
      <Toggle
        legend="Keyboard"
        label="Single-key shortcuts (press ? in an article for the list)"
        checked={settings.shortcuts}
        onChange={(shortcuts) => update({ shortcuts })}
      />
      <button type="button" className="button-quiet" onClick={() => onDone(true)}>
        Done
      </button>
    </div>
  );
}
