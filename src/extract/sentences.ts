/**
 * Sentence boundaries, with quotations treated as solid: `“A. B. C,” Khamenei continued.` is one
 * sentence, while `“A,” he said. “B.”` is two. Abbreviations (`Mr.`, `U.S.`, `Jan.`) and initials do
 * not end sentences.
 */
import { OPENING_MARKS } from "../article/quote-marks";
import { speechVerbLemma } from "./lexicon";
import type { MarkedQuote } from "./quote-marks";
import { isSpaceAt, lowerCase } from "./text";

/** A sentence of a block: `text.slice(start, end)`. */
export interface Sentence {
  block: number;
  start: number;
  end: number;
}

/** Stands in for quoted characters in masked text, so no rule ever looks inside a quotation. */
export const MASK = "\uE000";

/** The block's text with every quotation (marks included) replaced by MASK characters. */
export function maskQuotes(text: string, quotes: readonly MarkedQuote[]): string {
  let out = "";
  let pos = 0;
  for (const q of quotes) {
    const to = q.close === null ? text.length : q.close + 1;
    out += text.slice(pos, q.open) + MASK.repeat(to - q.open);
    pos = to;
  }
  return out + text.slice(pos);
}

const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof st jr sr gen sen rep gov lt col capt sgt maj cmdr adm rev hon messrs mt ft " +
    "inc ltd co corp bros vs etc al approx dept univ assn govt est fig no nos vol op cf ca jan feb mar apr jun jul aug sep " +
    "sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ave blvd rd"
  ).split(" "),
);

/** A letter or a dot (one character, or one surrogate pair). */
const LETTER_OR_DOT = /^[\p{L}.]$/u;

/**
 * The run of letters and dots ending just before `end`, looking back at most 20 characters. (A loop,
 * not a regular expression: one anchored at the end is tried at every position, and stops are many.)
 */
function lettersBefore(text: string, end: number): string {
  const from = Math.max(0, end - 20);
  let k = end;
  while (k > from) {
    const c = text.charCodeAt(k - 1);
    // ASCII, the common case: only A–Z, a–z and the dot belong.
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46) k--;
      else break;
      continue;
    }
    // A letter outside the Basic Multilingual Plane is a surrogate pair, both halves in the window.
    const size = k - 2 >= from && /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text.slice(k - 2, k)) ? 2 : 1;
    if (!LETTER_OR_DOT.test(text.slice(k - size, k))) break;
    k -= size;
  }
  return text.slice(k, end);
}

/** Whether the word ending just before `dot` is an abbreviation, an initial or a dotted acronym. */
function isAbbreviation(text: string, dot: number): boolean {
  const before = lettersBefore(text, dot);
  const word = before.replace(/^\.+/, "");
  if (!word) return false;
  // An initial ("J. K. Rowling"), but not a unit after a number ("in native 4K. Google confirmed").
  if (/^\p{Lu}$/u.test(word)) return !/\d/.test(text.charAt(dot - before.length - 1));
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "a.m", "e.g"
  return ABBREVIATIONS.has(lowerCase(word));
}

/**
 * Whether `text` (what follows a quotation) opens with an attribution: "Vasquez said", "she added",
 * "said Lotfi Azzouz"; and with any other verb of saying when the attribution ends there or goes on
 * with when, where or how it was said: "Vasquez tweeted.", "she conceded on Monday", "boasted
 * Vasquez" (a verb that may take an object of its own, "Vasquez announced the fares", opens a new
 * sentence).
 */
export const opensWithAttribution = (text: string) => {
  const t = /^\s/.test(text) ? text : ` ${text}`;
  if (ATTRIBUTION_AFTER.test(t)) return true;
  const m = ANY_ATTRIBUTION_AFTER.exec(t);
  const verb = m?.[1] ?? m?.[2];
  // (Only an attribution that ends its sentence soon, never before a colon: "Points raised in the
  // report included:" opens a list.)
  const rest = m ? /^[^.!?:]{0,60}[.!?]/.exec(t.slice(m.index + m[0].length)) : null;
  return verb !== undefined && rest !== null && isFiniteSpeechVerb(verb);
};

const ATTRIBUTION_AFTER = new RegExp(
  `^\\s+(?:(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4}|(?:he|she|they|it|we|I)\\s+)(?:\\w+ly\\s+)?(?:${["said", "says", "added", "adds", "asked", "asks", "told", "tells", "continued", "replied", "insisted", "explained", "wrote", "writes", "noted", "argued", "warned", "declared", "responded", "shouted", "cried", "wondered", "joked", "recalled"].join("|")})\\b|^\\s+(?:said|says|added|asked|wrote|replied|continued)\\s+\\p{Lu}`,
  "u",
);
/** Words that say when, where or how something was said, after its verb ("tweeted on Monday"). */
const CIRCUMSTANCE =
  "on|in|at|to|with|from|after|before|during|by|via|through|while|when|as|yesterday|today|tonight|later|earlier|last|recently|afterwards|then|again|once|twice|quietly|simply|flatly|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
/**
 * A subject and a verb, ending the sentence or followed by its circumstances; or a verb before a
 * capitalised subject ("boasted Vasquez"). The verb is told a verb of saying by the lexicon.
 */
const ANY_ATTRIBUTION_AFTER = new RegExp(
  `^\\s+(?:(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4}|(?:he|she|they|it|we|I)\\s+)(?:\\p{Ll}+ly\\s+)?(\\p{Ll}+)(?=\\s*[.,;!?]|\\s+(?:${CIRCUMSTANCE})\\b)|^\\s+(\\p{Ll}+)\\s+\\p{Lu}`,
  "u",
);

/**
 * `“… these issues.” Dr Tamimi said the main issues were …`: after a quotation closed by a full
 * stop, a verb of saying followed by a clause of its own opens a new sentence, not the quotation's
 * attribution (which would follow a comma: `“…,” he said`).
 */
const CLAUSE_AFTER_ATTRIBUTION = new RegExp(
  `^\\s+(?:(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4}|(?:he|she|they|we)\\s+)(\\p{Ll}+)\\s+(?:(?!(?:${CIRCUMSTANCE})\\b)\\p{L}[\\p{L}'’-]*\\s|[^.!?]{0,40}\\bthat\\s)`,
  "u",
);
/** Whether `text` opens with a subject and a verb of saying followed by a clause of its own. */
function opensWithOwnClause(text: string): boolean {
  const verb = CLAUSE_AFTER_ATTRIBUTION.exec(text)?.[1];
  return verb !== undefined && isFiniteSpeechVerb(verb);
}
/** "tweeted", "concedes": a verb of saying in a finite form (not "tweeting" nor the bare "tweet"). */
function isFiniteSpeechVerb(word: string): boolean {
  const lemma = speechVerbLemma(word);
  return lemma !== undefined && word !== lemma && !word.endsWith("ing");
}

/** What may start a new sentence: a capital, a digit, an opening quote or bracket (or a quotation). */
const SENTENCE_START = /[\p{Lu}\p{N}([\uE000]/u;
const startsSentence = (c: string) => SENTENCE_START.test(c) || OPENING_MARKS.has(c);

/**
 * The position of the first possible sentence end at or after `from` (a stop, or the last character
 * of a masked quotation), or the text's length. (A loop over character codes: a pattern's search
 * allocates a match for every stop, and stops are many.)
 */
function nextBreak(masked: string, from: number): number {
  const mask = MASK.charCodeAt(0);
  for (let i = from; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    // ".", "!", "?", "…"
    if (c === 46 || c === 33 || c === 63 || c === 0x2026) return i;
    if (c === mask) {
      while (masked.charCodeAt(i + 1) === mask) i++;
      return i;
    }
  }
  return masked.length;
}

/**
 * Splits one block into sentences. `quotes` are the block's quotations, in order; `masked` is the
 * text with them masked, when the caller has it already.
 */
export function splitSentences(
  text: string,
  block: number,
  quotes: readonly MarkedQuote[],
  masked = maskQuotes(text, quotes),
): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  // Only stops and the ends of quotations can end a sentence: the loop visits those alone.
  for (let i = nextBreak(masked, 0); i < masked.length; i = nextBreak(masked, i + 1)) {
    const c = masked[i] as string;
    let end = -1;
    if (c === "." || c === "!" || c === "?" || c === "…") {
      // Closing brackets and quotes after the stop belong to this sentence.
      let j = i + 1;
      while (j < masked.length && /[)\]”"’']/.test(masked[j] ?? "")) j++;
      if (c === "." && isAbbreviation(masked, i) && !/\s\s/.test(masked.slice(j, j + 2))) continue;
      end = j;
    } else if (c === MASK && masked[i + 1] !== MASK) {
      // The end of a quotation whose last words end a sentence: `…also “Thumper.” Called a …`.
      const q = quoteClosingAt(quotes, i);
      // …unless its attribution follows: `“Is he serious?” Zarif said.` is one sentence.
      if (
        q &&
        /[.!?…]/.test(text.slice(q.start, q.end).slice(-1)) &&
        (!opensWithAttribution(masked.slice(i + 1, i + 60)) ||
          (text[q.end - 1] === "." && opensWithOwnClause(masked.slice(i + 1, i + 80))))
      )
        end = i + 1;
    }
    if (end < 0) continue;
    // A new sentence needs white space, then what may start one.
    let next = end;
    while (isSpaceAt(masked, next)) next++;
    if (next === end || next >= masked.length || !startsSentence(masked[next] as string)) continue;
    pushTrimmed(sentences, text, block, start, end);
    start = end;
    i = end - 1;
  }
  pushTrimmed(sentences, text, block, start, text.length);
  return sentences;
}

/** Adds `text.slice(start, end)` as a sentence, without white space at either end, unless empty. */
function pushTrimmed(sentences: Sentence[], text: string, block: number, start: number, end: number) {
  let s = start;
  let e = end;
  while (s < e && isSpaceAt(text, s)) s++;
  while (e > s && isSpaceAt(text, e - 1)) e--;
  if (e > s) sentences.push({ block, start: s, end: e });
}

/** The quotation whose closing mark is at `close`. */
function quoteClosingAt(quotes: readonly MarkedQuote[], close: number): MarkedQuote | undefined {
  for (const q of quotes) if (q.close === close) return q;
  return undefined;
}
