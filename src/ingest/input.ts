/**
 * What the command line and the library accept as an article's input, checked the same way in both:
 * UTF-8 text (or HTML) of at most 10 MB. Each refusal has a reason; the caller words it for its
 * reader (an exit code and a line on stderr, or a sentence next to the box that caused it).
 */

/** The largest input accepted: hearing transcripts are about 1 MB and a whole book about 5 MB. */
export const MAX_INPUT_MB = 10;
export const MAX_INPUT_BYTES = MAX_INPUT_MB * 1024 * 1024;

/** Why an input was refused. */
export type InputRefusal = "empty" | "too-large" | "binary" | "not-utf8";

/** An input's bytes decoded as UTF-8, strictly (a binary file or another encoding is refused). */
export function decodeInput(bytes: Uint8Array): { text: string } | { refused: InputRefusal } {
  if (bytes.length === 0) return { refused: "empty" };
  if (bytes.length > MAX_INPUT_BYTES) return { refused: "too-large" };
  // A NUL byte in the first 8 kB: no text file has one.
  if (bytes.subarray(0, 8192).includes(0)) return { refused: "binary" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { refused: "not-utf8" };
  }
}

/** The kinds of file an article can come in, by their names' extensions. */
export const FILE_EXTENSIONS = {
  html: [".html", ".htm", ".xhtml"],
  text: [".txt", ".text", ".md"],
  json: [".json"],
} as const;

/** A file's kind by its name, or undefined when the name does not say. */
export function fileKind(name: string | undefined): keyof typeof FILE_EXTENSIONS | undefined {
  const ext = /\.[a-z0-9]+$/i.exec(name ?? "")?.[0].toLowerCase() ?? "";
  for (const kind of ["html", "text", "json"] as const)
    if ((FILE_EXTENSIONS[kind] as readonly string[]).includes(ext)) return kind;
  return undefined;
}

/** Megabytes as the refusals say them: "12 MB". */
export const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
