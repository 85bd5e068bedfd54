/**
 * Speaker colours are generated (one hue per speaker, any number of speakers), so their contrast is
 * checked for every hue, not just the few the seed article happens to use. The colours are read
 * from the stylesheet itself, so the test and the CSS cannot drift apart.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const css = readFileSync(new URL("./reader.css", import.meta.url), "utf8");
const base = readFileSync(new URL("../app/base.css", import.meta.url), "utf8");

/** `oklch(L C var(--h))` pairs of a `light-dark()` custom property in reader.css. */
function oklchPair(property: string): [[number, number], [number, number]] {
  const m = new RegExp(
    `${property}:\\s*light-dark\\(oklch\\(([\\d.]+) ([\\d.]+) var\\(--h\\)\\),\\s*oklch\\(([\\d.]+) ([\\d.]+) var\\(--h\\)\\)\\)`,
  ).exec(css);
  if (!m) throw new Error(`${property} not found in reader.css`);
  return [
    [Number(m[1]), Number(m[2])],
    [Number(m[3]), Number(m[4])],
  ];
}

/** A hex colour from a `light-dark(#light, #dark)` token in base.css. */
function token(name: string, scheme: "light" | "dark"): string {
  const m = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`).exec(base);
  if (!m?.[1] || !m[2]) throw new Error(`--${name} not found in base.css`);
  return scheme === "light" ? m[1] : m[2];
}

/** OKLCH → linear sRGB (clipped to the gamut, as a browser without gamut mapping shows it). */
function oklchToLinearRgb(l: number, c: number, hDeg: number): [number, number, number] {
  const h = (hDeg * Math.PI) / 180;
  const a = c * Math.cos(h);
  const b = c * Math.sin(h);
  const l_ = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m_ = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s_ = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const clip = (v: number) => Math.min(1, Math.max(0, v));
  return [
    clip(4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_),
    clip(-1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_),
    clip(-0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_),
  ];
}

const luminanceOfLinear = ([r, g, b]: [number, number, number]) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
function luminanceOfHex(hex: string): number {
  const channel = (i: number) => {
    const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return luminanceOfLinear([channel(1), channel(3), channel(5)]);
}
const contrast = (x: number, y: number) => (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
const hues = Array.from({ length: 360 }, (_, h) => h);

describe("speaker colours", () => {
  const badge = oklchPair("--badge-bg");
  const tint = oklchPair("--q-bg");

  it("give badge initials at least 4.5:1 contrast for every hue, light and dark", () => {
    for (const h of hues) {
      const light = luminanceOfLinear(oklchToLinearRgb(badge[0][0], badge[0][1], h));
      const dark = luminanceOfLinear(oklchToLinearRgb(badge[1][0], badge[1][1], h));
      expect(contrast(light, luminanceOfHex("#ffffff")), `light badge, hue ${h}`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(dark, luminanceOfHex("#111111")), `dark badge, hue ${h}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("keep quoted text at least 4.5:1 on its tint for every hue, light, dark and sepia", () => {
    const sepiaText =
      /--fg:\s*(#[0-9a-f]{6})/.exec(base.slice(base.indexOf('[data-theme="sepia"]')))?.[1] ?? "";
    for (const h of hues) {
      const light = luminanceOfLinear(oklchToLinearRgb(tint[0][0], tint[0][1], h));
      const dark = luminanceOfLinear(oklchToLinearRgb(tint[1][0], tint[1][1], h));
      expect(
        contrast(light, luminanceOfHex(token("fg", "light"))),
        `light tint, hue ${h}`,
      ).toBeGreaterThanOrEqual(4.5);
      expect(
        contrast(dark, luminanceOfHex(token("fg", "dark"))),
        `dark tint, hue ${h}`,
      ).toBeGreaterThanOrEqual(4.5);
      expect(contrast(light, luminanceOfHex(sepiaText)), `sepia tint, hue ${h}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
