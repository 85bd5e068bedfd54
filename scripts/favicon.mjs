#!/usr/bin/env node
// Renders the site icon (scripts/favicon.svg, its one source) into the PNGs the pages link to:
// public/favicon.png (32×32) and public/apple-touch-icon.png (180×180). A bitmap rather than the SVG
// itself, because Chromium draws an SVG icon as a small document of its own on the page's main thread
// (with its text and fonts), right when the page is painting its first screen; a PNG is decoded off it.
// The glyph is drawn in Source Serif 4 (as the quote cards are), so every machine renders the same
// icon. Run after changing the SVG: `node scripts/favicon.mjs`.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Resvg } from "@resvg/resvg-js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const fontDir = dirname(require.resolve("@expo-google-fonts/source-serif-4/package.json"));
const svg = readFileSync(join(root, "scripts", "favicon.svg"), "utf8");

for (const [file, size] of [
  ["favicon.png", 32],
  ["apple-touch-icon.png", 180],
]) {
  const png = new Resvg(svg, {
    fitTo: { mode: "width", value: size },
    font: {
      fontFiles: [join(fontDir, "600SemiBold", "SourceSerif4_600SemiBold.ttf")],
      loadSystemFonts: false,
      defaultFontFamily: "Source Serif 4",
      serifFamily: "Source Serif 4",
    },
  })
    .render()
    .asPng();
  writeFileSync(join(root, "public", file), png);
  console.log(`public/${file}: ${size}×${size}, ${png.length} bytes`);
}
