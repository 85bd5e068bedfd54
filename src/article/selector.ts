/**
 * The syntax of a link's text selector (`prefix-,start,end,-suffix`, as in URL text fragments). Kept
 * apart from the matching in anchor.ts: every page reads links, only link targets need matching.
 */

/** A text selector: the text runs from `start` to `end` (or is exactly `start`), between the contexts. */
export interface TextSelector {
  /** The first words of the text (the whole text when short). */
  start: string;
  /** The last words of the text, when the text was too long to carry whole. */
  end?: string;
  /** A few words just before the text. */
  prefix?: string;
  /** A few words just after the text. */
  suffix?: string;
}

const encodePart = (s: string) => encodeURIComponent(s).replace(/-/g, "%2D");

/** `prefix-,start,end,-suffix`, each part percent-encoded (commas and hyphens included). */
export function formatSelector(selector: TextSelector): string {
  const parts: string[] = [];
  if (selector.prefix) parts.push(`${encodePart(selector.prefix)}-`);
  parts.push(encodePart(selector.start));
  if (selector.end) parts.push(encodePart(selector.end));
  if (selector.suffix) parts.push(`-${encodePart(selector.suffix)}`);
  return parts.join(",");
}

/** Parses `formatSelector`'s output; null for anything malformed (a hand-edited or truncated link). */
export function parseSelector(raw: string): TextSelector | null {
  if (!raw || raw.length > 2000) return null;
  const parts = raw.split(",");
  try {
    let prefix: string | undefined;
    let suffix: string | undefined;
    const first = parts[0];
    if (first?.endsWith("-") && parts.length > 1) {
      prefix = decodeURIComponent(first.slice(0, -1));
      parts.shift();
    }
    const last = parts[parts.length - 1];
    if (last?.startsWith("-") && parts.length > 1) {
      suffix = decodeURIComponent(last.slice(1));
      parts.pop();
    }
    // formatSelector encodes every hyphen, so a raw one left at either end of a text part is malformed.
    if (parts.length < 1 || parts.length > 2 || parts.some((p) => p.startsWith("-") || p.endsWith("-")))
      return null;
    const start = decodeURIComponent(parts[0] ?? "");
    if (!start.trim()) return null;
    const selector: TextSelector = { start };
    if (parts.length === 2) selector.end = decodeURIComponent(parts[1] ?? "");
    if (prefix) selector.prefix = prefix;
    if (suffix) selector.suffix = suffix;
    return selector;
  } catch {
    return null;
  }
}
