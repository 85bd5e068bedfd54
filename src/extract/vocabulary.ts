/**
 * Telling a capitalised common noun from a name by what the rest of the article prints. A sentence's
 * first word is capitalised whatever it is: "Lenders say …" is the lenders of "most lenders now …",
 * a group, not an organisation called Lenders; "Banks said …" after "Mary Banks" is her, though the
 * story also prints "the banks".
 */
import { FUNCTION_WORDS, GROUP_HEADS, ORGANISATION_HEADS, ROLE_NOUNS } from "./lexicon";
import type { Token } from "./tokens";
import { isCapitalised } from "./tokens";

/** The words of the article's body (its headline and captions aside), searched on demand. */
export class BodyWords {
  private text: string | null = null;
  private readonly answers = new Map<string, boolean>();

  constructor(private readonly bodyTexts: () => readonly string[]) {}

  /**
   * Whether a word that opens a sentence is a common one: the body prints it in lower case as a
   * word of its own, and never capitalised inside a sentence (as a name is).
   */
  isCommonNoun(word: string): boolean {
    let answer = this.answers.get(word);
    if (answer === undefined) {
      this.text ??= this.bodyTexts().join("\n");
      // (Each search stops at its first find: a name is mostly printed as one early, a common word
      // in lower case early; asked in this order, most searches end soon.)
      const lower = word.toLowerCase();
      answer =
        !printedAsName(this.text, word) && (isPluralOfABody(lower) || printedInLowerCase(this.text, lower));
      this.answers.set(word, answer);
    }
    return answer;
  }

  /**
   * Whether a word in -ing that opens a sentence is a gerund or participle ("Waiting lists grew",
   * "Speaking to reporters, …"), not a name: the body never prints it as a name inside a sentence
   * (as "Rick Fleming" or "said Fleming" do).
   */
  isGerund(word: string): boolean {
    let answer = this.gerunds.get(word);
    if (answer === undefined) {
      this.text ??= this.bodyTexts().join("\n");
      answer = !printedAsName(this.text, word);
      this.gerunds.set(word, answer);
    }
    return answer;
  }
  private readonly gerunds = new Map<string, boolean>();
}

/**
 * A plural noun for people or bodies that speak ("Universities say …", "Carriers said …"): a group,
 * though the article never prints the word in lower case.
 */
function isPluralOfABody(lower: string): boolean {
  if (GROUP_HEADS.has(lower)) return true;
  if (!lower.endsWith("s")) return false;
  const singular = lower.endsWith("ies") ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
  return ORGANISATION_HEADS.has(singular) || ROLE_NOUNS.has(singular);
}

/** A common word's shape: "Lenders", "Job" (not "US", "McDonald", "Reuters'"). */
const COMMON_SHAPE = /^\p{Lu}\p{Ll}+$/u;
/** A gerund's or participle's shape: "Waiting", "Speaking" (and the name "Fleming"). */
const GERUND = /^\p{Lu}\p{Ll}+ing$/u;

/**
 * Marks a sentence's first word as a common word (see `Token.common`) when, before a lower-case
 * word, the body prints it in lower case elsewhere ("Lenders say …", "Job creation has …"), or when
 * it ends in -ing, before a lower-case word or a comma, and the body never prints it as a name.
 */
export function markCommonOpening(tokens: readonly Token[], words: BodyWords): void {
  const first = tokens[0];
  const next = tokens[1];
  if (first?.kind !== "word" || !next || isCapitalised(next) || !isCapitalised(first)) return;
  if (FUNCTION_WORDS.has(first.text)) return;
  if ((next.kind === "word" || next.text === ",") && GERUND.test(first.text))
    first.common = words.isGerund(first.text);
  else if (next.kind === "word" && COMMON_SHAPE.test(first.text))
    first.common = words.isCommonNoun(first.text);
}

const isWordCharacter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}'’-]/u.test(c);

/** Whether `lower` occurs in `text` as a word of its own, as printed (so in lower case). */
function printedInLowerCase(text: string, lower: string): boolean {
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1))
    if (!isWordCharacter(text[at - 1]) && !isWordCharacter(text[at + lower.length])) return true;
  return false;
}

/**
 * Whether `word` is printed capitalised inside a sentence, as a name is: after a lower-case word, a
 * digit, a comma or a title ("said Banks", "Mary Banks", "Dr. Banks").
 */
function printedAsName(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (isWordCharacter(text[at + word.length])) continue;
    if (AFTER_A_WORD.test(text.slice(Math.max(0, at - 6), at))) return true;
  }
  return false;
}
const AFTER_A_WORD = /(?:[\p{Ll}\p{N},]|\b(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?) $/u;
