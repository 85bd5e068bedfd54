/** Reading preferences: what they can be, and how they are stored (localStorage, one JSON value). */

/** The colour themes; `system` follows the operating system's light or dark setting. */
export const THEMES = ["system", "light", "dark", "sepia"] as const;
/** Text sizes, as a multiple of the browser's default size (which already respects user zoom). */
export const TEXT_SIZES = [
  { id: "s", label: "Small", scale: 0.9 },
  { id: "m", label: "Medium", scale: 1.05 },
  { id: "l", label: "Large", scale: 1.2 },
  { id: "xl", label: "Extra large", scale: 1.4 },
] as const;
/** Line widths, in characters. */
export const LINE_WIDTHS = [
  { id: "narrow", label: "Narrow", ch: 56 },
  { id: "medium", label: "Medium", ch: 68 },
  { id: "wide", label: "Wide", ch: 84 },
] as const;

/** One person's reading preferences. */
export interface ReadingSettings {
  theme: (typeof THEMES)[number];
  textSize: (typeof TEXT_SIZES)[number]["id"];
  lineWidth: (typeof LINE_WIDTHS)[number]["id"];
  /** Single-key shortcuts in the reader (j, k, …); they can be switched off (WCAG 2.1.4). */
  shortcuts: boolean;
  /**
   * Every quote underlined or tinted, with its speaker's badge. Off by default: a calm page marks each
   * paragraph's speaker once, tints direct quotes lightly and leaves reported speech plain until its
   * speaker is chosen or it is pointed at.
   */
  markEveryQuote: boolean;
}

/** What a first visit gets. */
export const DEFAULT_SETTINGS: ReadingSettings = {
  theme: "system",
  textSize: "m",
  lineWidth: "medium",
  shortcuts: true,
  markEveryQuote: false,
};

/** The localStorage key. */
export const SETTINGS_KEY = "attributed:reading-settings";

const oneOf = <T extends string>(values: readonly T[], value: unknown, fallback: T): T =>
  values.includes(value as T) ? (value as T) : fallback;

/** Reads stored settings, falling back per field, so a stale or tampered value never breaks reading. */
export function parseSettings(raw: string | null): ReadingSettings {
  let data: Record<string, unknown> = {};
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === "object") data = parsed as Record<string, unknown>;
  } catch {
    // A corrupt value is the same as none.
  }
  return {
    theme: oneOf(THEMES, data.theme, DEFAULT_SETTINGS.theme),
    textSize: oneOf(
      TEXT_SIZES.map((s) => s.id),
      data.textSize,
      DEFAULT_SETTINGS.textSize,
    ),
    lineWidth: oneOf(
      LINE_WIDTHS.map((w) => w.id),
      data.lineWidth,
      DEFAULT_SETTINGS.lineWidth,
    ),
    shortcuts: typeof data.shortcuts === "boolean" ? data.shortcuts : DEFAULT_SETTINGS.shortcuts,
    markEveryQuote:
      typeof data.markEveryQuote === "boolean" ? data.markEveryQuote : DEFAULT_SETTINGS.markEveryQuote,
  };
}

/** Reads the stored settings; storage can be unavailable (private modes, blocked cookies). */
export function loadSettings(): ReadingSettings {
  try {
    return parseSettings(window.localStorage.getItem(SETTINGS_KEY));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Stores the settings, silently keeping them for this page only when storage is unavailable. */
export function saveSettings(settings: ReadingSettings) {
  try {
    window.localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Nothing to do: the settings still apply until the page closes.
  }
}

/** Puts the settings on the root element, where the stylesheet reads them. */
export function applySettings(settings: ReadingSettings, root: HTMLElement = document.documentElement) {
  root.dataset.theme = settings.theme;
  const size = TEXT_SIZES.find((s) => s.id === settings.textSize) ?? TEXT_SIZES[1];
  const width = LINE_WIDTHS.find((w) => w.id === settings.lineWidth) ?? LINE_WIDTHS[1];
  root.style.setProperty("--text-scale", String(size.scale));
  root.style.setProperty("--measure", `${width.ch}ch`);
  root.dataset.shortcuts = settings.shortcuts ? "on" : "off";
  root.dataset.marks = settings.markEveryQuote ? "all" : "calm";
}

/** Whether single-key shortcuts are on (the reader checks at each key press). */
export function shortcutsOn(root: HTMLElement = document.documentElement): boolean {
  return root.dataset.shortcuts !== "off";
}
