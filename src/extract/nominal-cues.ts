/**
 * Nouns of speech with whose speech they are: "In her words, …", "in Dr. Shadlen’s words", "in the
 * words of Mayor Ada Lind",
 * "Kerr’s warning that …", "his vow that …".
 */
import { descriptionAt } from "./descriptions";
import { phraseStartingAt, readPhrase, type SpeakerPhrase } from "./noun-phrases";
import { isCapitalised, isPossessive, type Token, withoutPossessive } from "./tokens";

/** Nouns that report what their owner said, when "that" follows: "his vow that", "Kerr’s warning that". */
const SPEECH_NOUNS = new Set(
  "warning warnings vow promise pledge claim claims assertion insistence argument admission threat suggestion announcement declaration assurance denial accusation allegation complaint view belief".split(
    " ",
  ),
);
const POSSESSIVE_PRONOUN: Readonly<Record<string, string>> = Object.assign(Object.create(null), {
  her: "she",
  his: "he",
  their: "they",
  its: "it",
});

/**
 * Whether the word at `i` may be a noun of speech: asked of every word, so told by the cheapest
 * test first ("that" after it, or "words").
 */
export const mayBeSpeechNoun = (tokens: readonly Token[], i: number) =>
  tokens[i + 1]?.lower === "that"
    ? SPEECH_NOUNS.has((tokens[i] as Token).lower)
    : tokens[i]?.lower === "words" || (ANSWER_NOUNS.has((tokens[i] as Token).lower) && colonAfter(tokens, i));

/** Nouns of what someone said that a colon may open: "Ruiz’s message was simple: “…”". */
const ANSWER_NOUNS = new Set(
  "message answer reply response retort verdict advice reaction explanation words warning view".split(" "),
);

/**
 * Whether a colon closes the clause a few words after `i`: "message: “…”", "answer was blunt: “…”",
 * "message to customers was blunt: “…”" (to whom, in three words at most, before the verb).
 */
function colonAfter(tokens: readonly Token[], i: number): boolean {
  let k = i;
  if (tokens[k + 1]?.lower === "to" || tokens[k + 1]?.lower === "for") {
    let j = k + 2;
    while (j < k + 5 && tokens[j]?.kind === "word" && tokens[j]?.lower !== "was" && tokens[j]?.lower !== "is")
      j++;
    if (tokens[j]?.lower === "was" || tokens[j]?.lower === "is") k = j - 1;
  }
  const be = tokens[k + 1]?.lower;
  let colon = k + 1;
  // ("was simple:", "was just as short:": a few words saying how it was put.)
  if (be === "was" || be === "is")
    for (colon = k + 2; colon < k + 6 && tokens[colon]?.kind === "word"; colon++);
  return tokens[colon]?.text === ":" && tokens[colon + 1]?.kind === "quote";
}

/**
 * A noun of speech at `i` and its owner: "In her words, …" (the owner of "words" after "in"), or
 * "Kerr’s warning that …", "his vow that …". Null when the word is no such noun here.
 */
export function nominalCue(tokens: readonly Token[], i: number): SpeakerPhrase | null {
  const t = tokens[i] as Token;
  // (Asked of every word: most are neither noun, which is told first.)
  if (t.lower !== "words" && !SPEECH_NOUNS.has(t.lower) && !ANSWER_NOUNS.has(t.lower)) return null;
  // "in the words of Mayor Ada Lind, “…”", "in the words of one trader": the owner after "of".
  if (
    t.lower === "words" &&
    tokens[i - 1]?.lower === "the" &&
    tokens[i - 2]?.lower === "in" &&
    tokens[i + 1]?.lower === "of"
  )
    return phraseStartingAt(tokens, i + 2)?.phrase ?? descriptionAt(tokens, i + 1, "right", false);
  // "in her words", "in Dr. Shadlen's words": "in" before the owner.
  let ownerStart = i - 1;
  if (isCapitalised(tokens[i - 1]) && isPossessive(tokens[i - 1]))
    while (
      ownerStart > 0 &&
      isCapitalised(tokens[ownerStart - 1]) &&
      !isPossessive(tokens[ownerStart - 1]) &&
      tokens[ownerStart - 1]?.lower !== "in"
    )
      ownerStart--;
  const inWords = t.lower === "words" && tokens[ownerStart - 1]?.lower === "in";
  const answer = ANSWER_NOUNS.has(t.lower) && colonAfter(tokens, i);
  if (!inWords && !answer && !(SPEECH_NOUNS.has(t.lower) && tokens[i + 1]?.lower === "that")) return null;
  const owner = tokens[i - 1];
  if (owner?.kind !== "word") return null;
  const pronoun = POSSESSIVE_PRONOUN[owner.lower];
  if (pronoun) {
    const gender = pronoun === "she" ? "f" : pronoun === "he" ? "m" : undefined;
    return {
      type: "pronoun",
      text: pronoun,
      start: owner.start,
      end: owner.end,
      pronoun,
      ...(gender ? { gender } : {}),
    };
  }
  if (!isPossessive(owner) || !isCapitalised(owner)) return null;
  // The capitalised words ending in the possessive ("Rob Kerr’s"), read as a name phrase with the
  // possessive dropped: "Dr. Shadlen’s" is Dr. Shadlen.
  const first = ownerStart;
  const bare = tokens
    .slice(first, i)
    .map((w, k, all) =>
      k === all.length - 1 ? { ...w, text: withoutPossessive(w.text), lower: withoutPossessive(w.lower) } : w,
    );
  if (FUNCTION_WORD_OPENERS.has(bare[0]?.text ?? "")) return null;
  return readPhrase(bare);
}
/** Capitalised words that open a sentence and are never a name's first word. */
const FUNCTION_WORD_OPENERS = new Set(["The", "A", "An", "This", "That", "But", "And", "In", "On"]);
