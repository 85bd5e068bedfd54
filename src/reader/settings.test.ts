import { describe, expect, it } from "vitest";
import {
  applySettings,
  DEFAULT_SETTINGS,
  LINE_WIDTHS,
  parseSettings,
  type ReadingSettings,
  SETTINGS_KEY,
  TEXT_SIZES,
  THEMES,
} from "./settings";

/** The parts of an element that applySettings touches. */
function fakeRoot() {
  const properties = new Map<string, string>();
  const root = {
    dataset: {} as Record<string, string>,
    style: {
      setProperty: (name: string, value: string) => {
        properties.set(name, value);
      },
    },
  };
  return { element: root as unknown as HTMLElement, dataset: root.dataset, properties };
}

describe("settings constants", () => {
  it("defaults to the system theme, medium text and medium width, and a calm page", () => {
    expect(DEFAULT_SETTINGS).toEqual({
      theme: "system",
      textSize: "m",
      lineWidth: "medium",
      shortcuts: true,
      markEveryQuote: false,
    });
    expect(SETTINGS_KEY).toBe("attributed:reading-settings");
  });

  it("offers the defaults among the choices, with sizes and widths growing", () => {
    expect(THEMES).toContain(DEFAULT_SETTINGS.theme);
    expect(TEXT_SIZES.map((s) => s.id)).toContain(DEFAULT_SETTINGS.textSize);
    expect(LINE_WIDTHS.map((w) => w.id)).toContain(DEFAULT_SETTINGS.lineWidth);
    const scales = TEXT_SIZES.map((s) => s.scale);
    expect([...scales].sort((a, b) => a - b)).toEqual(scales);
    const widths = LINE_WIDTHS.map((w) => w.ch);
    expect([...widths].sort((a, b) => a - b)).toEqual(widths);
  });
});

describe("parseSettings", () => {
  it.each([
    ["nothing stored", null],
    ["an empty string", ""],
    ["corrupt JSON", "{theme: dark"],
    ["JSON null", "null"],
    ["a JSON string", '"dark"'],
    ["a JSON number", "42"],
    ["a JSON array", '["dark","xl","wide"]'],
    ["an empty object", "{}"],
  ])("gives the defaults for %s", (_label, raw) => {
    expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it("reads every valid combination back", () => {
    for (const theme of THEMES)
      for (const size of TEXT_SIZES)
        for (const width of LINE_WIDTHS) {
          for (const shortcuts of [true, false])
            for (const markEveryQuote of [true, false]) {
              const settings: ReadingSettings = {
                theme,
                textSize: size.id,
                lineWidth: width.id,
                shortcuts,
                markEveryQuote,
              };
              expect(parseSettings(JSON.stringify(settings))).toEqual(settings);
            }
        }
  });

  it("falls back field by field, keeping the valid fields", () => {
    expect(parseSettings('{"theme":"neon","textSize":"xl","lineWidth":"wide"}')).toEqual({
      theme: "system",
      textSize: "xl",
      lineWidth: "wide",
      shortcuts: true,
      markEveryQuote: false,
    });
    expect(parseSettings('{"theme":"sepia","textSize":"huge","lineWidth":"wide"}')).toEqual({
      theme: "sepia",
      textSize: "m",
      lineWidth: "wide",
      shortcuts: true,
      markEveryQuote: false,
    });
    expect(parseSettings('{"theme":"dark","textSize":"s","lineWidth":42}')).toEqual({
      theme: "dark",
      textSize: "s",
      lineWidth: "medium",
      shortcuts: true,
      markEveryQuote: false,
    });
    expect(parseSettings('{"shortcuts":"no"}').shortcuts).toBe(true);
    expect(parseSettings('{"shortcuts":false}').shortcuts).toBe(false);
  });

  it("refuses values of the wrong type or case", () => {
    expect(parseSettings('{"theme":["dark"],"textSize":1.2,"lineWidth":null}')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{"theme":"Dark","textSize":"XL","lineWidth":"Wide"}')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{"theme":"dark ","textSize":" l"}')).toEqual(DEFAULT_SETTINGS);
  });

  it("does not take a size's label or scale for its id", () => {
    expect(parseSettings('{"textSize":"Large","lineWidth":"84"}')).toEqual(DEFAULT_SETTINGS);
  });

  it("ignores unknown fields and inherited names", () => {
    expect(parseSettings('{"theme":"light","fontFamily":"Comic Sans"}')).toEqual({
      ...DEFAULT_SETTINGS,
      theme: "light",
    });
    expect(parseSettings('{"theme":"toString","textSize":"constructor"}')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('{"__proto__":{"theme":"dark","textSize":"xl"}}')).toEqual(DEFAULT_SETTINGS);
  });

  it("returns a fresh object, so callers cannot change the defaults", () => {
    const settings = parseSettings(null);
    expect(settings).not.toBe(DEFAULT_SETTINGS);
    settings.theme = "dark";
    expect(DEFAULT_SETTINGS.theme).toBe("system");
  });
});

describe("applySettings", () => {
  it("puts the theme, text scale and measure on the element", () => {
    const root = fakeRoot();
    applySettings(
      { theme: "sepia", textSize: "xl", lineWidth: "wide", shortcuts: false, markEveryQuote: true },
      root.element,
    );
    expect(root.dataset.theme).toBe("sepia");
    expect(root.dataset.shortcuts).toBe("off");
    expect(root.dataset.marks).toBe("all");
    expect(Object.fromEntries(root.properties)).toEqual({ "--text-scale": "1.4", "--measure": "84ch" });
  });

  it("applies each size and width from the tables", () => {
    for (const size of TEXT_SIZES)
      for (const width of LINE_WIDTHS) {
        const root = fakeRoot();
        applySettings(
          { theme: "light", textSize: size.id, lineWidth: width.id, shortcuts: true, markEveryQuote: false },
          root.element,
        );
        expect(root.properties.get("--text-scale")).toBe(String(size.scale));
        expect(root.properties.get("--measure")).toBe(`${width.ch}ch`);
      }
  });

  it("falls back to medium for a size or width it does not know", () => {
    const root = fakeRoot();
    const stale = { theme: "dark", textSize: "xxl", lineWidth: "huge" } as unknown as ReadingSettings;
    applySettings(stale, root.element);
    expect(root.dataset.theme).toBe("dark");
    expect(root.properties.get("--text-scale")).toBe("1.05");
    expect(root.properties.get("--measure")).toBe("68ch");
  });
});
