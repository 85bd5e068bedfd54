/**
 * The beginning of an article while its JSON is still arriving: everything before its `paragraphs`
 * and the paragraphs complete so far, as JSON that parses. A long article's first screen can then be
 * shown when its first kilobytes arrive, as a browser shows a long HTML page, instead of after the
 * whole file (boot.ts). Text is fed as it comes; the scanner never looks at a character twice.
 */
export class ArticlePrefixScanner {
  private text = "";
  private pos = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private stringStart = -1;
  /** The last string that ended directly inside the top-level object: the current member's key. */
  private lastKey = "";
  private inParagraphs = false;
  /** Where the last complete paragraph ends, and how many there are. */
  private end = -1;
  private count = 0;
  private closed = false;

  /** Complete paragraphs seen so far. */
  get paragraphs(): number {
    return this.count;
  }

  /** Whether the paragraphs array has ended (every paragraph is in the prefix). */
  get complete(): boolean {
    return this.closed;
  }

  /**
   * Adds the next piece of the file, and reads on until `paragraphs` paragraphs are complete (what
   * is left is read by the next call).
   */
  push(chunk: string, paragraphs = Number.POSITIVE_INFINITY) {
    this.text += chunk;
    const text = this.text;
    let i = this.pos;
    for (; i < text.length && !this.closed && this.count < paragraphs; i++) {
      const c = text.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 0x5c /* \ */) this.escaped = true;
        else if (c === 0x22 /* " */) {
          this.inString = false;
          if (this.depth === 1) this.lastKey = text.slice(this.stringStart + 1, i);
        }
      } else if (c === 0x22) {
        this.inString = true;
        this.stringStart = i;
      } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
        this.depth++;
        if (c === 0x5b && this.depth === 2 && this.lastKey === "paragraphs") this.inParagraphs = true;
      } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
        this.depth--;
        if (this.inParagraphs && this.depth === 2 && c === 0x7d) {
          this.end = i + 1;
          this.count++;
        } else if (this.inParagraphs && this.depth === 1) {
          this.closed = true;
          this.end = i;
        }
      }
    }
    this.pos = i;
  }

  /**
   * The article so far, parsed: its members before `paragraphs`, and the complete paragraphs. Null
   * until the paragraphs have begun, or when the prefix does not parse (not an article's JSON).
   */
  prefix(): unknown {
    if (this.end < 0) return null;
    try {
      return JSON.parse(`${this.text.slice(0, this.end)}]}`);
    } catch {
      return null;
    }
  }
}
