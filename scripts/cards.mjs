// Quote cards: a 1200×630 PNG per quote (and one per article) for link previews and "Download card".
// Laid out by satori from a template, in Source Serif 4 from its npm package (so a card looks the same
// on every machine that builds it, whatever fonts it has), and rasterised by resvg.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";

const require = createRequire(import.meta.url);
const fontDir = dirname(require.resolve("@expo-google-fonts/source-serif-4/package.json"));
const FONTS = [
  { name: "Source Serif", weight: 400, style: "normal", file: "400Regular/SourceSerif4_400Regular.ttf" },
  {
    name: "Source Serif",
    weight: 400,
    style: "italic",
    file: "400Regular_Italic/SourceSerif4_400Regular_Italic.ttf",
  },
  { name: "Source Serif", weight: 600, style: "normal", file: "600SemiBold/SourceSerif4_600SemiBold.ttf" },
].map((f) => ({ ...f, data: readFileSync(join(fontDir, f.file)) }));

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const BACKGROUND = "#fcfcfa";
const INK = "#1b1c1e";
const MUTED = "#53555a";

/** sRGB hex of an OKLCH colour (the reader's speaker colours are OKLCH; images need sRGB). */
export function oklchToHex(l, c, hue) {
  const h = (hue * Math.PI) / 180;
  const a = c * Math.cos(h);
  const b = c * Math.sin(h);
  const l_ = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m_ = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s_ = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const linear = [
    4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_,
    -1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_,
    -0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_,
  ];
  return `#${linear
    .map((v) => {
      const x = Math.min(1, Math.max(0, v));
      const srgb = x <= 0.0031308 ? 12.92 * x : 1.055 * x ** (1 / 2.4) - 0.055;
      return Math.round(srgb * 255)
        .toString(16)
        .padStart(2, "0");
    })
    .join("")}`;
}

const el = (type, style, children) => ({ type, props: { style, children } });

/**
 * The quote's size: a few words fill the card, long quotes get smaller type, so every card fits
 * without being cut mid-word.
 */
const quoteSize = (text) =>
  text.length <= 50 ? 76 : text.length <= 110 ? 58 : text.length <= 180 ? 48 : text.length <= 260 ? 40 : 34;

/**
 * A card as PNG bytes. `words` is the quote as cited (or the headline for an article card), `who`
 * the speaker (or null), `role` their role, `footer` the article and source, `hue` the speaker's hue.
 */
export async function renderCard({ words, who, role, footer, hue, italic = false }) {
  const accent = hue === null || hue === undefined ? "#1d4c9c" : oklchToHex(0.45, 0.13, hue);
  const tree = el(
    "div",
    {
      display: "flex",
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      background: BACKGROUND,
      fontFamily: "Source Serif",
      color: INK,
    },
    [
      el("div", { width: 18, height: CARD_HEIGHT, background: accent }),
      el(
        "div",
        {
          display: "flex",
          flexDirection: "column",
          width: CARD_WIDTH - 18 - 128,
          height: CARD_HEIGHT - 112,
          margin: "56px 64px",
        },
        [
          el(
            "div",
            {
              display: "flex",
              fontSize: quoteSize(words),
              lineHeight: 1.22,
              fontStyle: italic ? "italic" : "normal",
            },
            words,
          ),
          el("div", { display: "flex", flexDirection: "column", marginTop: "auto" }, [
            ...(who ? [el("div", { fontSize: 34, fontWeight: 600, color: accent }, who)] : []),
            ...(role ? [el("div", { fontSize: 26, color: MUTED, marginTop: 4 }, role)] : []),
            el(
              "div",
              {
                display: "flex",
                justifyContent: "space-between",
                marginTop: 22,
                paddingTop: 16,
                borderTop: `2px solid #d3d3cd`,
                fontSize: 22,
                color: MUTED,
              },
              [
                el("div", { display: "flex", maxWidth: 820 }, footer),
                el("div", { fontWeight: 600, color: INK }, "“ Attributed"),
              ],
            ),
          ]),
        ],
      ),
    ],
  );
  const svg = await satori(tree, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: FONTS.map(({ name, data, weight, style }) => ({ name, data, weight, style })),
  });
  return new Resvg(svg, { fitTo: { mode: "original" } }).render().asPng();
}
