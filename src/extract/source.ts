/**
 * The extractor's input, whatever it came from: a headline, metadata, and the blocks of text in
 * reading order. Plain text becomes this in `plain-text.ts`; HTML becomes it where a DOM is available
 * (the command line uses linkedom and Readability). Everything after works on this shape only.
 */

/** What a block of text is on the page, as far as the input tells. */
export type BlockKind = "text" | "heading" | "caption" | "list-item" | "blockquote";

/** One block of text in reading order. */
export interface SourceBlock {
  text: string;
  /** What the input says the block is; plain text says "text" and lets the layout rules decide. */
  kind: BlockKind;
}

/** An article before extraction. */
export interface SourceDocument {
  /** The headline, if the input marks it (HTML does; plain text leaves it as the first block). */
  title?: string;
  /** A summary under the headline, if the input marks it. */
  standfirst?: string;
  byline?: string;
  siteName?: string;
  /** ISO 8601 date, if known. */
  publishedAt?: string;
  /** Where the article came from, if known. */
  url?: string;
  language?: string;
  blocks: SourceBlock[];
  /** Set when every block's white space is already one space between words (plain text's is). */
  collapsed?: boolean;
}
