import { type RefObject, useEffect, useState } from "react";
import KeyboardHelp from "./KeyboardHelp";
import { SHORTCUTS, shortcutFor } from "./keyboard";
import { shortcutsOn } from "./settings";
import { runShortcut, type ShortcutContext } from "./shortcuts";

export interface KeyboardShortcutsProps {
  /** The reader's layout: shortcuts act while focus is inside it, or nowhere yet. */
  container: HTMLElement | null;
  /** The reader as it is now (read at each key press). */
  reader: RefObject<Omit<ShortcutContext, "openHelp"> | null>;
}

/** The shortcuts in `aria-keyshortcuts` syntax: "J" is "Shift+J". */
const KEYSHORTCUTS = SHORTCUTS.flatMap((s) => s.keys)
  .map((key) => (key === "?" ? "Shift+?" : key !== key.toLowerCase() ? `Shift+${key}` : key))
  .join(" ");

/**
 * The reader's single-key shortcuts (j/k and the rest, see keyboard.ts) and their help dialog.
 * Loaded just after the article shows: it draws nothing until someone presses `?`.
 */
export default function KeyboardShortcuts({ container, reader }: KeyboardShortcutsProps) {
  const [helpOpen, setHelpOpen] = useState(false);
  useEffect(() => {
    if (!container) return;
    const onKey = (event: KeyboardEvent) => {
      // Inside the reader, or on a page where nothing has focus yet (a freshly loaded page): never
      // in the header's controls or a dialog elsewhere.
      const target = event.target as Node;
      if (!container.contains(target) && target !== document.body && target !== document.documentElement)
        return;
      const action = shortcutFor(event);
      const context = reader.current;
      if (!action || !context || !shortcutsOn()) return;
      event.preventDefault();
      runShortcut(action, { ...context, openHelp: () => setHelpOpen(true) });
    };
    document.addEventListener("keydown", onKey);
    // Assistive technology can tell people the shortcuts exist, while they are on.
    const declare = () => {
      if (shortcutsOn()) container.setAttribute("aria-keyshortcuts", KEYSHORTCUTS);
      else container.removeAttribute("aria-keyshortcuts");
    };
    declare();
    const setting = new MutationObserver(declare);
    setting.observe(document.documentElement, { attributes: true, attributeFilter: ["data-shortcuts"] });
    return () => {
      document.removeEventListener("keydown", onKey);
      container.removeAttribute("aria-keyshortcuts");
      setting.disconnect();
    };
  }, [container, reader]);
  return helpOpen ? <KeyboardHelp onClose={() => setHelpOpen(false)} /> : null;
}
