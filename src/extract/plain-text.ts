/**
 * Plain text in: the first line is the headline, then one paragraph per line (or per blank-line
 * separated block when the text is hard-wrapped, as e-mails and terminals wrap it).
 */
import type { SourceDocument } from "./source";
import { collapseSpaces } from "./text";

/** Lines per block and line lengths that say "this text was wrapped at a fixed width". */
function isHardWrapped(blocks: string[][]): boolean {
  const multi = blocks.filter((b) => b.length > 1);
  if (multi.length === 0 || multi.length < blocks.length * 0.3) return false;
  const inner = multi.flatMap((b) => b.slice(0, -1));
  const unfinished = inner.filter((l) => !/[.!?:;”"’')\]]$/.test(l)).length;
  const lengths = inner.map((l) => l.length).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  return unfinished / inner.length > 0.6 && median >= 40 && median <= 100;
}

/** Normalises line breaks and strips what no reader wants: a byte-order mark, control characters. */
function cleanText(text: string): string {
  // Most text has nothing to clean: one search tells, where each replacement below is a search of
  // the whole text.
  if (!text.startsWith("\uFEFF") && !UNCLEAN.test(text)) return text;
  return (
    text
      .replace(/^\uFEFF/, "")
      .replace(/\r\n?/g, "\n")
      // C0/C1 controls other than tab and newline never belong in an article.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, "")
      .replace(/\u2028|\u2029/g, "\n")
      .replace(/[ \t\u00A0]+$/gm, "")
  );
}

/**
 * Anything `cleanText` changes, in a text without a byte-order mark: a carriage return, a control
 * character, a line or paragraph separator, spaces at the end of a line (without those, a line ends
 * at "\n" or at the end).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point.
const UNCLEAN = /[\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]|[ \t\u00A0](?:\n|$)/;

/** Splits plain text into a document: the first non-empty line is the title. */
export function parsePlainText(text: string): SourceDocument {
  const lines = cleanText(text).split("\n");
  const blocks: string[][] = [[]];
  for (const raw of lines) {
    const line = collapseSpaces(raw);
    const current = blocks[blocks.length - 1] as string[];
    if (!line.trim()) {
      if (current.length > 0) blocks.push([]);
    } else current.push(line);
  }
  const nonEmpty = blocks.filter((b) => b.length > 0);
  const paragraphs = isHardWrapped(nonEmpty) ? nonEmpty.map((b) => b.join(" ")) : nonEmpty.flat();
  return { blocks: paragraphs.map((t) => ({ text: t, kind: "text" as const })), collapsed: true };
}
