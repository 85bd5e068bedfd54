/**
 * The reading font: Source Serif 4 (the cards' font, from @expo-google-fonts/source-serif-4), its
 * regular and bold cut down to the letters news in Latin scripts uses (harfbuzz's subsetter), and
 * written to src/app/fonts/ for the stylesheet (src/app/base.css) to load. vite.config.ts writes them
 * before every build and dev server; they are build output, not committed. 330 kB a weight becomes
 * 61 kB (29 kB gzip).
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "src", "app", "fonts");

/** What the subset keeps: Latin (with Latin-1 and Extended-A), Romanian's comma letters, punctuation, € ™ −. */
export const UNICODE_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x218, 0x21b],
  [0x2010, 0x2027],
  [0x2030, 0x2030],
  [0x2032, 0x2033],
  [0x2039, 0x203a],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2212, 0x2212],
];

/** The same, as CSS `unicode-range` (base.css's @font-face rules carry it; a test keeps them equal). */
export const UNICODE_RANGE_CSS = UNICODE_RANGES.map(([a, b]) =>
  a === b ? `U+${a.toString(16)}` : `U+${a.toString(16)}-${b.toString(16)}`,
).join(", ");

const WEIGHTS = {
  400: "400Regular/SourceSerif4_400Regular.ttf",
  700: "700Bold/SourceSerif4_700Bold.ttf",
} as const;

/** The parts of harfbuzz's subsetter (WebAssembly) used here. */
interface HarfBuzzSubset {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codepoint: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

/** Cuts a TrueType font down to the code points above. */
async function subset(font: Uint8Array): Promise<Uint8Array> {
  const wasm = readFileSync(join(dirname(require.resolve("harfbuzzjs/package.json")), "hb-subset.wasm"));
  const { instance } = await WebAssembly.instantiate(wasm);
  const hb = instance.exports as unknown as HarfBuzzSubset;
  const pointer = hb.malloc(font.byteLength);
  new Uint8Array(hb.memory.buffer).set(font, pointer);
  const blob = hb.hb_blob_create(pointer, font.byteLength, 2, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  const input = hb.hb_subset_input_create_or_fail();
  const unicodes = hb.hb_subset_input_unicode_set(input);
  for (const [a, b] of UNICODE_RANGES) for (let c = a; c <= b; c++) hb.hb_set_add(unicodes, c);
  const result = hb.hb_subset_or_fail(face, input);
  hb.hb_subset_input_destroy(input);
  if (!result) throw new Error("the reading font could not be subset");
  const resultBlob = hb.hb_face_reference_blob(result);
  const offset = hb.hb_blob_get_data(resultBlob, 0);
  const length = hb.hb_blob_get_length(resultBlob);
  // (Read after the subset: memory may have grown, and an old view would be detached.)
  const bytes = new Uint8Array(hb.memory.buffer).slice(offset, offset + length);
  hb.hb_blob_destroy(resultBlob);
  hb.hb_face_destroy(result);
  hb.hb_face_destroy(face);
  hb.free(pointer);
  if (length === 0) throw new Error("the reading font's subset is empty");
  return bytes;
}

/** Writes the subsets that are missing or older than this file. */
export async function writeReadingFonts(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const fontDir = dirname(require.resolve("@expo-google-fonts/source-serif-4/package.json"));
  const made = statSync(fileURLToPath(import.meta.url)).mtimeMs;
  for (const [weight, file] of Object.entries(WEIGHTS)) {
    const target = join(out, `source-serif-4-${weight}.ttf`);
    if (existsSync(target) && statSync(target).mtimeMs > made) continue;
    writeFileSync(target, await subset(readFileSync(join(fontDir, file))));
  }
}
