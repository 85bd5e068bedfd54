/**
 * Speakers the article only describes: "“…,” said the retired schoolteacher", "Refugee advocates
 * say", "A volunteer at the Eastgate shelter, who asked not to be named, described …". Read only
 * where a speaker must stand, since the head noun may be any noun.
 */
import { DOCUMENT_HEADS, ORGANISATION_HEADS, PRONOUNS, SPEECH_VERBS } from "./lexicon";
import {
  AFFILIATION,
  CLAUSE_WORDS,
  isComma,
  isFunctionWord,
  isGroupHead,
  isRoleNoun,
  isRolePlural,
  PERSON_NOUN,
  printedBetween,
  RELATIVES,
  roleTextOf,
  SOURCE_KNOWING,
  type SpeakerPhrase,
  skipPrecursors,
} from "./noun-phrases";
import { isCapitalised, isPossessive, type Token } from "./tokens";

/** Words that open a description of someone the article does not name ("the retired teacher"). */
const DESCRIPTION_OPENERS = new Set(
  "the a an my our his her their your one another some many several most two three four five".split(" "),
);

/** Words that start a sentence or clause before its subject ("But the nurse said", "while advertisers claim"). */
const LEADING_CONJUNCTIONS = new Set([
  "but",
  "and",
  "so",
  "yet",
  "still",
  "now",
  "then",
  "while",
  "when",
  "because",
  "although",
  "though",
  "since",
  "if",
  "whereas",
]);

/** Whether a noun names people: a known role or group, or a word shaped like one. */
const namesPeople = (head: Token) =>
  isRoleNoun(head) ||
  isRolePlural(head.lower) ||
  isGroupHead(head.text, head.lower) ||
  (PERSON_NOUN.test(head.lower) && !ORGANISATION_HEADS.has(head.lower) && !DOCUMENT_HEADS.has(head.lower));

/**
 * Someone the article only describes, standing where a speaker stands: "“…,” said the retired
 * schoolteacher", "“…,” the Riverside shopkeeper said", "says my two-year-old", "Refugee advocates
 * say". The lexicon cannot know every trade, so the head may be any noun when the description
 * stands right next to a quotation (`nextToQuote`); elsewhere it must be the whole subject of the
 * sentence and name people ("the rookie defenceman said"; not "One idea holds"). A plural head
 * makes a group. Null when the words there are no such description.
 */
export function descriptionAt(
  tokens: readonly Token[],
  verb: number,
  side: "left" | "right",
  nextToQuote: boolean,
  /** Where the description ends on the left, when asides stand between it and the verb. */
  endOfDescription?: number,
): SpeakerPhrase | null {
  const words: Token[] = [];
  if (side === "right") {
    for (let k = verb + 1; k < tokens.length && words.length < 8; k++) {
      const t = tokens[k] as Token;
      // ("a person familiar with the talks", "an official close to the negotiations": how a source
      // knows, a preposition and what it is about, up to four words.)
      const knowing = words.findIndex((w) => SOURCE_KNOWING.has(w.lower));
      if (t.kind !== "word") break;
      if (knowing >= 0) {
        if (words.length - knowing > 4 || RELATIVES.has(t.lower)) break;
      } else if (
        words.length >= 6 ||
        (words.length > 0 && (CLAUSE_WORDS.has(t.lower) || SPEECH_VERBS.has(t.lower)))
      )
        break;
      words.push(t);
    }
    if (!DESCRIPTION_OPENERS.has(words[0]?.lower ?? "")) return null;
  } else {
    const j = skipPrecursors(tokens, verb);
    // "The participants were asked": a passive's subject did not speak.
    for (let k = j; k < verb; k++) if (BE_WORDS.has((tokens[k] as Token).lower)) return null;
    const end = endOfDescription ?? j;
    let k = end - 1;
    for (; k >= 0 && words.length < 10; k--) {
      const t = tokens[k] as Token;
      // "A volunteer at the Eastgate shelter": a workplace after the head belongs to the description.
      const tail = AFFILIATION.has(t.lower) && words.length > 0;
      if (DESCRIPTION_OPENERS.has(t.lower) && t.kind === "word") {
        words.unshift(t);
        if (AFFILIATION.has(tokens[k - 1]?.lower ?? "")) continue;
        break;
      }
      if (
        t.kind !== "word" ||
        (CLAUSE_WORDS.has(t.lower) && !tail) ||
        SPEECH_VERBS.has(t.lower) ||
        PRONOUNS[t.lower] !== undefined ||
        isFunctionWord(t)
      )
        break;
      words.unshift(t);
    }
    // A workplace never opens a description ("from the email mentioned above").
    while (words.length > 0 && AFFILIATION.has((words[0] as Token).lower)) words.shift();
    // What stands before the description: nothing, or a conjunction; or the quotation it closes
    // (`“…,” the shopkeeper said`); or, after an opener, an opening phrase's comma.
    const opened = DESCRIPTION_OPENERS.has(words[0]?.lower ?? "");
    let before = words[0] ? tokens.indexOf(words[0]) - 1 : k;
    while (before >= 0 && LEADING_CONJUNCTIONS.has((tokens[before] as Token).lower)) before--;
    const edge = tokens[before];
    const afterQuote = edge?.kind === "quote" || (edge?.kind === "punct" && isQuoteAt(tokens, before));
    // ("On one Facebook page a poster wrote …": after a short opening phrase with no comma.)
    const afterOpening =
      opened &&
      before >= 1 &&
      before <= 5 &&
      OPENING_PREPOSITIONS.has((tokens[0] as Token).lower) &&
      tokens.slice(1, before + 1).every((t) => t.kind === "word" && !SPEECH_VERBS.has(t.lower));
    const atEdge =
      before < 0 || (nextToQuote ? afterQuote : opened && (afterQuote || isComma(edge) || afterOpening));
    if (!atEdge) return null;
    while (words.length > 0 && LEADING_CONJUNCTIONS.has((words[0] as Token).lower)) words.shift();
  }
  // The head comes before a workplace ("volunteer" in "a volunteer at the shelter"); an opener
  // must start a description that has one.
  const cut = words.findIndex((w, i) => i > 0 && AFFILIATION.has(w.lower));
  // "People arrested at the protest … said": a subject that opens with its head noun keeps what
  // follows it (a participle, a workplace).
  const openingHead =
    side === "left" &&
    words[0] &&
    !DESCRIPTION_OPENERS.has(words[0].lower) &&
    isGroupHead(words[0].text, words[0].lower)
      ? words[0]
      : undefined;
  let cutAt = cut;
  if (cut > 0 && !openingHead && !DESCRIPTION_OPENERS.has(words[0]?.lower ?? "")) {
    words.splice(0, cut + 1);
    // (What is left may hold a workplace of its own: "for the has said …" in generated text.)
    cutAt = words.findIndex((w, i) => i > 0 && AFFILIATION.has(w.lower));
  }
  const first = words[0];
  // "a group representing local fishermen": a participle after the head begins what it does.
  const doing = side === "right" ? words.findIndex((w, i) => i > 1 && /ing$/.test(w.lower)) : -1;
  // ("a person familiar with the matter": the noun before an adjective and its preposition.)
  const beforeCut = (): Token | undefined => {
    for (let k = cutAt - 1; k >= 1; k--) if (namesPeople(words[k] as Token)) return words[k];
    return words[cutAt - 1];
  };
  const head =
    openingHead ??
    (doing > 1
      ? words[doing - 1]
      : cutAt > 0 && words[0] && DESCRIPTION_OPENERS.has(words[0].lower)
        ? beforeCut()
        : words.at(-1));
  const last = words.at(-1);
  if (!first || !last || !head || ["no", "none"].includes(first.lower)) return null;
  // A name, a number or a possessive is not a description ("Sony’s PlayStation 4 Pro shows").
  if (words.some((w, i) => /^\d+$/.test(w.text) || (i > 0 && isPossessive(w)))) return null;
  // (One word alone must be a plural of people: "officials", "advertisers".)
  const lonePlural =
    words.length === 1 &&
    /[^s']s$/.test(head.lower) &&
    (PERSON_NOUN.test(head.lower) || isRolePlural(head.lower));
  if (
    (isCapitalised(head) && head !== openingHead) ||
    (words.length === 1 && !isGroupHead(head.text, head.lower) && !lonePlural)
  )
    return null;
  // "a group representing local fishermen": a body described by whom it represents or what it does
  // is a group of people here, never the organisation the story is about.
  const doingBody = doing > 1 && ORGANISATION_HEADS.has(head.lower);
  if (!nextToQuote && !namesPeople(head) && !doingBody) return null;
  const printed = printedBetween(tokens, first.start, last.end);
  const plural =
    doingBody ||
    (/[^s']s$/.test(head.lower) && head.lower.length > 3) ||
    /(?:men|people|children)$/.test(head.lower) ||
    isGroupHead(head.text, head.lower);
  const type = plural ? "group" : "role";
  const role = roleTextOf(words);
  return { type, text: printed, start: first.start, end: last.end, role, head: head.lower, described: true };
}

/** Prepositions that open a sentence with a phrase of where or when ("On one page", "In a post"). */
const OPENING_PREPOSITIONS = new Set([
  "on",
  "in",
  "at",
  "after",
  "during",
  "before",
  "under",
  "outside",
  "inside",
]);

/** Forms of "be" that make a passive ("were asked"). */
const BE_WORDS = new Set(["is", "was", "were", "are", "been", "being", "be"]);

/** Whether the punctuation at `k` closes a quotation (`“…,” the nurse said`). */
const isQuoteAt = (tokens: readonly Token[], k: number) => tokens[k - 1]?.kind === "quote";
