/** Words, punctuation and quotations of a sentence, with their offsets in the block. */
import type { MarkedQuote } from "./quote-marks";
import { MASK } from "./sentences";

/** One token of a sentence. */
export interface Token {
  text: string;
  /** Lower-case text, for lexicon look-ups. */
  lower: string;
  start: number;
  end: number;
  kind: "word" | "punct" | "quote";
  /** The quotation this token stands for (kind "quote"). */
  quote?: MarkedQuote;
}

/**
 * Words keep the full stop of an initial or a title ("C. Eugene Steuerle", "Mr. Warner", "Sen."), so
 * that names are read whole; any other full stop is punctuation.
 */
const TOKEN = new RegExp(
  `(${MASK}+)|((?:\\p{Lu}\\.(?=\\s\\p{Lu})|(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Rev|Hon|St|Jr|Sr)\\.(?=\\s)|[\\p{L}\\p{N}]+(?:[-'’‘.][\\p{L}\\p{N}]+)*(?:['’]s?)?))|([^\\s\\p{L}\\p{N}${MASK}])`,
  "gu",
);

/** Tokens of `masked.slice(start, end)`; `quotes` are the block's quotations. */
export function tokenize(
  masked: string,
  start: number,
  end: number,
  quotes: readonly MarkedQuote[],
): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = start;
  const slice = masked.slice(0, end);
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const text = m[0];
    const at = m.index;
    if (m[1]) {
      const quote = quotes.find(
        (q) => q.open === at || (q.open < at && (q.close ?? Number.POSITIVE_INFINITY) >= at),
      );
      tokens.push({
        text,
        lower: text,
        start: at,
        end: at + text.length,
        kind: "quote",
        ...(quote ? { quote } : {}),
      });
    } else
      tokens.push({
        text,
        lower: text.toLowerCase(),
        start: at,
        end: at + text.length,
        kind: m[2] ? "word" : "punct",
      });
  }
  return tokens;
}

/** Starts with a capital letter (or is a name particle joined to one: `al-Sisi`). */
export function isCapitalised(token: Token | undefined): boolean {
  if (token?.kind !== "word") return false;
  return /^\p{Lu}/u.test(token.text) || /^(?:al|el|ad|ash|as|bin|ibn)-\p{Lu}/u.test(token.text);
}

/** `Iran’s`, `BBC's`, `Americans’`. */
export function isPossessive(token: Token | undefined): boolean {
  return !!token && token.kind === "word" && /(?:['’‘]s|s['’])$/.test(token.text);
}

/** The word without a possessive ending. */
export function withoutPossessive(word: string): string {
  return word.replace(/['’‘]s$/, "").replace(/s['’]$/, "s");
}
