/**
 * Whether quoted words are speech, and of which kind. Titles of works ("Rez Infinite"), terms
 * ("substantially all"), nicknames, scare quotes ("wins") and imagined words ("as if to say") are
 * quoted too, but nobody said them.
 */
import type { QuoteKind } from "../article";
import { OPENING_MARKS } from "../article/quote-marks";
import { TERM_MARKERS } from "./lexicon";
import type { MarkedQuote } from "./quote-marks";
import { opensWithAttribution } from "./sentences";

/** Small words a title keeps in lower case. */
const MINOR = new Set(
  "a an the of in on at to for and or but nor with from by vs via per as into onto".split(" "),
);

/** Words of a quotation, without punctuation. */
const wordsIn = (text: string) => text.match(WORD) ?? [];
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/**
 * How many words `wordsIn` would find, counting no further than `upTo`: a long quotation is not
 * read to its end when only "none", "a few" or "more than a few" matters.
 */
export function countWords(text: string, upTo: number): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (n < upTo && WORD.exec(text) !== null) n++;
  WORD.lastIndex = 0;
  return n;
}

/** Title Case throughout (or ALL CAPS), as names of games, films, books and places are printed. */
export function isTitleCase(text: string): boolean {
  // Quoted words that quote a title ("It’s ‘Showtime at the Apollo.’") are speech about the title.
  if (/[“"‘'«]/.test(text.slice(1))) return false;
  const count = countWords(text, 9);
  if (count === 0 || count > 8) return false;
  const words = wordsIn(text);
  const significant = words.filter((w, i) => i === 0 || !MINOR.has(w.toLowerCase()));
  return significant.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

/** Whether the quotation's own words read as a sentence someone could say (not a label). */
export function isSentenceLike(text: string): boolean {
  const count = countWords(text, 3);
  return (count >= 3 && /\p{Ll}/u.test(text)) || (count >= 2 && /[.!?…,]$/.test(text.trim()));
}

/** Why quoted words are not speech, judged from the words just before them; null when nothing says so. */
export function termMarkerBefore(before: string, after: string): "term" | "imagined" | null {
  const m = TERM_MARKERS.exec(before.replace(/\s+$/, " ").trimEnd());
  if (!m) return null;
  if (/as if to say/i.test(m[0])) return "imagined";
  // "Called a “violent rhythm game” by its creators": a passive with an agent reports speech.
  if (/called|labell?ed|branded|dubbed/i.test(m[0]) && /^\s*(?:[,.]\s*)?by\b/i.test(after)) return null;
  return "term";
}

/** Direct (whole sentences) or partial (words woven into the writer's sentence). */

export function quoteKind(
  text: string,
  quote: MarkedQuote,
  sentenceStart: number,
  sentenceEnd: number,
  cueBefore: boolean,
): QuoteKind {
  const words = text.slice(quote.start, quote.end);
  if (!/^[\p{Lu}\p{N}([¿¡]/u.test(words) && !OPENING_MARKS.has(words[0] ?? "")) return "partial";
  const before = text.slice(sentenceStart, quote.open).trim();
  const afterEnd = quote.close === null ? text.length : quote.close + 1;
  const after = text.slice(afterEnd, sentenceEnd).trim();
  // (“… take in a week ” Vasquez said: the comma before the attribution left out.)
  const endsClause =
    /[,.!?…:;-]$/.test(words) || after === "" || /^[,.!?…;]/.test(after) || opensWithAttribution(after);
  if ((before === "" || (cueBefore && /[,:]$/.test(before))) && endsClause) return "direct";
  if (cueBefore && /[,:]$/.test(before) && after.replace(/[.!?…]+$/, "") === "") return "direct";
  return "partial";
}
