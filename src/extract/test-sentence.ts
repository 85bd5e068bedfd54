/** Tokens of one sentence of text, quotations marked as the extractor marks them (for unit tests). */
import { findQuotesInBlock } from "./quote-marks";
import { maskQuotes } from "./sentences";
import { type Token, tokenize } from "./tokens";

/** The sentence's tokens, with its quotations as single tokens. */
export function tokensOf(text: string): Token[] {
  const quotes = findQuotesInBlock(text, 0);
  return tokenize(maskQuotes(text, quotes), 0, text.length, quotes);
}

/** The index of the first token whose lower-case text is `word`. */
export function indexOf(tokens: readonly Token[], word: string): number {
  const i = tokens.findIndex((t) => t.lower === word);
  if (i < 0) throw new Error(`no “${word}” in the sentence`);
  return i;
}
