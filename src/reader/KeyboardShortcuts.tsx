import { type RefObject, useEffect, useState } from "react";
import KeyboardHelp from "./KeyboardHelp";
import { SHORTCUTS, shortcutFor } from "./keyboard";
import { shortcutsOn } from "./settings";
import { runShortcut, type ShortcutContext } from "./shortcuts";

export interface KeyboardShortcutsProps {
  /** The reader's layout: shortcuts act while focus is inside it, or nowhere yet. */
  container: RefObject<HTMLElement | null>;
  /** The reader as it is now (read at each key press). */
  reader: RefObject<Omit<ShortcutContext, "openHelp"> | null>;
  /** A key pressed before the shortcuts loaded (the press that loaded them): run once, on arrival. */
  firstKey?: RefObject<FirstKey | null>;
}

/** What a key press that came early needs to be run later. */
export type FirstKey = Parameters<typeof shortcutFor>[0];

/** The shortcuts in `aria-keyshortcuts` syntax: "J" is "Shift+J". */
const KEYSHORTCUTS = SHORTCUTS.flatMap((s) => s.keys)
  .map((key) => (key === "?" ? "Shift+?" : key !== key.toLowerCase() ? `Shift+${key}` : key))
  .join(" ");

/**
 * The reader's single-key shortcuts (j/k and the rest, see keyboard.ts) and their help dialog.
 * Loaded when the page is idle after the article shows, or at the first key press (which it then
 * runs): it draws nothing until someone presses `?`.
 */
export default function KeyboardShortcuts({ container, reader, firstKey }: KeyboardShortcutsProps) {
  const [helpOpen, setHelpOpen] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `container` is a ref.
  useEffect(() => {
    const layout = container.current;
    if (!layout) return;
    /** Runs the shortcut of a key press; true when it was one. */
    const run = (event: FirstKey) => {
      // Inside the reader, or on a page where nothing has focus yet (a freshly loaded page): never
      // in the header's controls or a dialog elsewhere.
      const target = event.target as Node;
      if (!layout.contains(target) && target !== document.body && target !== document.documentElement)
        return false;
      const action = shortcutFor(event);
      const context = reader.current;
      if (!action || !context || !shortcutsOn()) return false;
      runShortcut(action, { ...context, openHelp: () => setHelpOpen(true) });
      return true;
    };
    const onKey = (event: KeyboardEvent) => {
      if (run(event)) event.preventDefault();
    };
    const early = firstKey?.current;
    if (early && firstKey) {
      firstKey.current = null;
      run(early);
    }
    document.addEventListener("keydown", onKey);
    // Assistive technology can tell people the shortcuts exist, while they are on.
    const declare = () => {
      if (shortcutsOn()) layout.setAttribute("aria-keyshortcuts", KEYSHORTCUTS);
      else layout.removeAttribute("aria-keyshortcuts");
    };
    declare();
    const setting = new MutationObserver(declare);
    setting.observe(document.documentElement, { attributes: true, attributeFilter: ["data-shortcuts"] });
    return () => {
      document.removeEventListener("keydown", onKey);
      layout.removeAttribute("aria-keyshortcuts");
      setting.disconnect();
    };
  }, [reader, firstKey]);
  return helpOpen ? <KeyboardHelp onClose={() => setHelpOpen(false)} /> : null;
}
