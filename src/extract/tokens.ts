/** Words, punctuation and quotations of a sentence, with their offsets in the block. */
import { firstOpeningFrom, type MarkedQuote } from "./quote-marks";
import { MASK } from "./sentences";
import { lowerCase } from "./text";

/** One token of a sentence. */
export interface Token {
  text: string;
  /** Lower-case text, for lexicon look-ups. */
  lower: string;
  start: number;
  end: number;
  kind: "word" | "punct" | "quote";
  /**
   * A capitalised word that is a common noun here: a sentence's first word that the article also
   * prints in lower case ("Lenders say …" beside "most lenders"). Read as if in lower case.
   */
  common: boolean;
  /** The quotation this token stands for (kind "quote"). */
  quote: MarkedQuote | undefined;
}

/**
 * One token, at the position the search is at (a sticky pattern). Words keep the full stop of an
 * initial, initials, a title or a firm's legal form ("C. Eugene Steuerle", "J.C. Chandor", "a U.S. study", "Mr. Warner", "Sen.", "Inc."), so that names are read whole, as
 * do a number's thousands ("1,313 people"), capitals joined by "&" ("PG&E", "AT&T") and a politician's party and state ("D-Calif.", "R-N.Y."); any
 * other full stop is punctuation. Every character but white space starts a token.
 */
const TOKEN = new RegExp(
  `(${MASK}+)|((?:(?:\\p{Lu}\\.){1,3}(?=\\s\\p{Lu})|(?:\\p{Lu}\\.){2,3}(?=\\s\\p{Ll})|(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Rev|Hon|St|Jr|Sr|Inc|Corp|Co|Ltd|Bros|Dept|Univ|Assn|Govt)\\.(?=[\\s,])|\\p{Lu}+&\\p{Lu}+\\b|[DRI]-\\p{Lu}[\\p{L}.]*\\.(?=[,)])|\\p{N}{1,3}(?:,\\p{N}{3})+(?![\\p{N}])|[\\p{L}\\p{N}]+(?:[-'’‘.][\\p{L}\\p{N}]+)*(?:['’]s?)?))|([^\\s\\p{L}\\p{N}${MASK}])`,
  "uy",
);

const isAsciiLetterOrDigit = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The length of the token at `at` when it is plain ASCII that TOKEN would read the same way, else 0
 * (and TOKEN decides). Most tokens are: a run of ASCII letters and digits that nothing can extend
 * (the next character is ASCII, and not a letter, digit, hyphen, apostrophe or dot), or one ASCII
 * punctuation mark, read no further than `limit`. A quick check, as most of the cost of reading a token
 * is in calling the pattern.
 */
function plainTokenLength(text: string, at: number, limit: number): number {
  const c = text.charCodeAt(at);
  if (c >= 128) return 0;
  if (!isAsciiLetterOrDigit(c)) {
    // White space (tab to carriage return, space) is no token; anything else ASCII is one mark.
    return (c >= 9 && c <= 13) || c === 32 ? 0 : 1;
  }
  let end = at + 1;
  while (end < limit && isAsciiLetterOrDigit(text.charCodeAt(end))) end++;
  if (end === limit) return end - at;
  const next = text.charCodeAt(end);
  // 44 ",": a number's thousands ("1,313") go on; TOKEN reads them.
  if (next === 44 && c >= 48 && c <= 57 && end - at <= 3 && /^,\d{3}(?!\d)/.test(text.slice(end, end + 5)))
    return 0;
  // 45 "-", 39 "'", 46 ".", 38 "&": the word may go on ("well-known", "don't", "U.S.", "PG&E"), or
  // be a title.
  return next < 128 && next !== 45 && next !== 39 && next !== 46 && next !== 38 ? end - at : 0;
}

/** Tokens of `masked.slice(start, end)`; `quotes` are the block's quotations. */
export function tokenize(
  masked: string,
  start: number,
  end: number,
  quotes: readonly MarkedQuote[],
): Token[] {
  const tokens: Token[] = [];
  const slice = masked.slice(0, end);
  // Step over white space here (plain spaces without asking the pattern, which is slow to fail):
  // a search for the next token would try the pattern at every space.
  let at = start;
  // A start inside a surrogate pair means the whole character (as a search from there would take it).
  if (at > 0 && /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(slice.slice(at - 1, at + 1))) at--;
  while (at < end) {
    if (masked.charCodeAt(at) === 32) {
      at++;
      continue;
    }
    const plain = plainTokenLength(masked, at, end);
    if (plain > 0) {
      const text = masked.slice(at, at + plain);
      const word = isAsciiLetterOrDigit(text.charCodeAt(0));
      tokens.push({
        text,
        lower: lowerCase(text),
        start: at,
        end: at + plain,
        kind: word ? "word" : "punct",
        common: false,
        quote: undefined,
      });
      at += plain;
      continue;
    }
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(slice);
    if (!m) {
      at++;
      continue;
    }
    const text = m[0];
    if (m[1]) {
      const quote = quoteAt(quotes, at);
      tokens.push({
        text,
        lower: text,
        start: at,
        end: at + text.length,
        kind: "quote",
        common: false,
        quote,
      });
    } else
      tokens.push({
        text,
        lower: lowerCase(text),
        start: at,
        end: at + text.length,
        kind: m[2] ? "word" : "punct",
        common: false,
        quote: undefined,
      });
    at += text.length;
  }
  return tokens;
}

/**
 * The quotation whose masked run includes `at`. (Not a `find` callback in `tokenize`: capturing
 * `at` would put it in a heap-allocated scope, read and written through memory on every token.)
 */
function quoteAt(quotes: readonly MarkedQuote[], at: number): MarkedQuote | undefined {
  // Mostly the quotation that opens there.
  const opening = quotes[firstOpeningFrom(quotes, at)];
  if (opening?.open === at) return opening;
  for (const q of quotes)
    if (q.open === at || (q.open < at && (q.close ?? Number.POSITIVE_INFINITY) >= at)) return q;
  return undefined;
}

/** Starts with a capital letter (or is a name particle joined to one: `al-Sisi`). */
export function isCapitalised(token: Token | undefined): boolean {
  if (token?.kind !== "word" || token.common) return false;
  // Most words start with an ASCII letter, and then the first character mostly decides.
  const c = token.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122 && !token.text.includes("-")) return false;
  return CAPITALISED.test(token.text);
}
const CAPITALISED = /^(?:\p{Lu}|(?:al|el|ad|ash|as|bin|ibn)-\p{Lu})/u;

/** `Iran’s`, `BBC's`, `Americans’`. */
export function isPossessive(token: Token | undefined): boolean {
  if (token?.kind !== "word") return false;
  // The last two characters, compared as codes (no pattern to run on every word):
  // 39 "'", 0x2019 "’", 0x2018 "‘", 115 "s".
  const text = token.text;
  const last = text.charCodeAt(text.length - 1);
  const previous = text.charCodeAt(text.length - 2);
  if (last === 115) return previous === 39 || previous === 0x2019 || previous === 0x2018;
  return previous === 115 && (last === 39 || last === 0x2019);
}

/** The word without a possessive ending. */
export function withoutPossessive(word: string): string {
  return word.replace(/['’‘]s$/, "").replace(/s['’]$/, "s");
}

/**
 * Whether the word at `k`, just after a quotation, opens a noun phrase of its own: an article or a
 * capital ("instead of the “cheaper fares” the council had promised", "… “bonfire of quangos” New
 * Labour had promised"), not a clause going on ("a “breakthrough,” two trials have found").
 */
export function opensPhraseAfterQuote(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t?.kind === "word" && (isCapitalised(t) || t.lower === "the" || t.lower === "a" || t.lower === "an");
}
