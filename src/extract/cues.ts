/**
 * Speech cues in a sentence: a speech verb and the phrase that names its subject, `according to X`,
 * and passives with an agent (`described as “heartbreaking” by the conservation department`).
 */

import {
  afterTimeOfSaying,
  asksAnonymity,
  closesSentence,
  governedInfinitive,
  hasComplement,
  inComplement,
  inOpeningClauseOfWhen,
  negated,
  notYetSaid,
  refusesToSpeak,
  titleCase,
  titleCaseLine,
} from "./cue-senses";
import { descriptionAt } from "./descriptions";
import { givenName } from "./given-names";
import {
  DOCUMENT_HEADS,
  FINITE_AUXILIARIES,
  FUNCTION_WORDS,
  GROUP_QUALIFIERS,
  ORGANISATION_WORDS,
  PRONOUNS,
  SPEECH_VERBS,
  speechVerbLemma,
  VERB_PRECURSORS,
} from "./lexicon";
import { mayBeSpeechNoun, nominalCue } from "./nominal-cues";
import {
  DETERMINERS,
  isComma,
  isGroupHead,
  isHeadNoun,
  isTitle,
  PERSON_NOUN,
  phraseEndingAt,
  phraseStartingAt,
  precursorAt,
  printedBetween,
  RELATIVES,
  readPhrase,
  type SpeakerPhrase,
} from "./noun-phrases";
import { subjectLeftOf, subjectRightOf } from "./subjects";
import { isCapitalised, isPossessive, opensPhraseAfterQuote, type Token } from "./tokens";

/** A speech cue and who it names. */
export interface Cue {
  /** Index of the cue's verb (or of `according`) in the sentence's tokens. */
  index: number;
  /** Offset of that word in the block (where a description is resolved from). */
  start: number;
  /** The verb's lemma ("say"), or "according to". */
  lemma: string;
  /** The speaker phrase, when the sentence names one. */
  subject: SpeakerPhrase | null;
  /** A role given in an aside next to the subject ("a member of Ennahda’s general secretariat"). */
  appositive?: string;
  /** How the subject was found; `inherit` means "same subject as the previous cue" (`and said`, `saying`). */
  how: "left" | "right" | "agent" | "according" | "inherit" | "none";
}

const NOUN_MARKERS = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "his",
  "her",
  "its",
  "their",
  "our",
  "my",
  "your",
  "another",
  "each",
  "every",
  "any",
  "some",
  "no",
  "one",
  "first",
  "last",
  "latest",
  "recent",
  "whose",
]);
const BE = new Set(["is", "was", "were", "are", "been", "being", "be", "has", "have", "had", "get", "got"]);
/** Forms of "be" and "get" that make a passive ("has been criticised", "got told"); not "has", "had". */
const PASSIVE_AUXILIARIES = new Set([
  "is",
  "was",
  "were",
  "are",
  "been",
  "being",
  "be",
  "get",
  "got",
  "gets",
]);
const PASSIVE_SPEECH = new Set([
  "described",
  "called",
  "labelled",
  "labeled",
  "branded",
  "dubbed",
  "criticised",
  "criticized",
  "condemned",
  "praised",
  "quoted",
  "cited",
  "denounced",
  "hailed",
  "accused",
  "told",
  "warned",
  "urged",
]);

const isQuote = (t: Token | undefined) => t?.kind === "quote";
const isPunct = (t: Token | undefined, chars = ",:") => t?.kind === "punct" && chars.includes(t.text);

/** Conjunctions that open a clause of its own. */
export const OWN_CLAUSE_OPENERS = new Set(
  "before after when while because if unless until since although though whereas once".split(" "),
);

/** Words after which a quotation is part of a phrase: an article, a possessive, a preposition. */
const WOVEN_AFTER = new Set(
  "the a an this that these those its their his her our of for about against over".split(" "),
);

/** Whether the verb at `i` stands right after a quotation (`“…,” said X` / `“…,” X said`). */
function followsQuote(tokens: readonly Token[], i: number): boolean {
  // ("“…” to hold up their plans, Indyk said": an infinitive is no attribution.)
  if (tokens[i - 1]?.lower === "to") return false;
  // ("“software engineering,” later led the team that wrote the software": the verb of a relative
  // clause is what its noun did, not the quotation's attribution.)
  if (["that", "which", "who"].includes(tokens[i - 1]?.lower ?? "")) return false;
  let j = i - 1;
  while (j >= 0 && (isPunct(tokens[j]) || tokens[j]?.kind === "word")) {
    // ("“deliver” before the administration would agree": a verb in a clause of its own, which a
    // conjunction opens, is no attribution of the quotation.)
    if (OWN_CLAUSE_OPENERS.has(tokens[j]?.lower ?? "")) return false;
    // ("“…” and the system can respond to that, Dr. Wen said": a clause joined on with a subject of
    // its own; "“…,” he said and added" has none.)
    if (
      (tokens[j]?.lower === "and" || tokens[j]?.lower === "but") &&
      j < i - 1 &&
      isQuote(tokens[j - 1]) &&
      !isQuote(tokens[j + 1])
    )
      return false;
    // ("“weeping with despair” as figures showed 311,000 people were waiting": "as" with a verb
    // that has a clause of its own; "“…,” as Ruiz said on Monday" attributes the quotation.)
    if (tokens[j]?.lower === "as" && clauseAfter(tokens, i)) return false;
    // ("instead of the “cheaper fares” the council had promised": words quoted after an article or
    // a preposition are part of a phrase, not a quotation the verb attributes.)
    if (
      isQuote(tokens[j - 1]) &&
      WOVEN_AFTER.has(tokens[j - 2]?.lower ?? "") &&
      opensPhraseAfterQuote(tokens, j)
    )
      return false;
    if (isQuote(tokens[j - 1]) || (isPunct(tokens[j - 1]) && isQuote(tokens[j - 2]))) return i - j <= 7;
    if (tokens[j]?.kind === "word" && VERB_PRECURSORS.has(tokens[j]?.lower ?? "")) {
      j--;
      continue;
    }
    j--;
    if (i - j > 7) return false;
  }
  // ("his “Nazi” comment": words quoted between a possessive or an article and its noun qualify
  // the noun, which is no verb.)
  if (isQuote(tokens[i - 1]) && ARTICLES.has(tokens[i - 2]?.lower ?? "")) return false;
  return isQuote(tokens[i - 1]);
}

/**
 * Whether the passive at `i` is only supposed: a modal before its auxiliary ("could be challenged",
 * "would be confirmed"), or a condition opening its clause ("If the findings are confirmed by").
 */
function supposedPassive(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== "word") return false;
    if (SUPPOSING_MODALS.has(t.lower) && BE.has(tokens[k + 1]?.lower ?? "")) return true;
    if (CONDITIONAL.has(t.lower)) return true;
  }
  return false;
}
const SUPPOSING_MODALS = new Set(["could", "would", "might", "may"]);
/** Participles that, after a noun and before "by", report words: "the £7.4m announced by Brown". */
const REDUCED_PASSIVES = new Set(
  "announced proposed suggested recommended criticised criticized condemned welcomed demanded unveiled promised pledged".split(
    " ",
  ),
);
/** Ways a message is sent, after "by": "announced by email". */
const MEDIA = new Set([
  "email",
  "e-mail",
  "phone",
  "telephone",
  "video",
  "text",
  "letter",
  "post",
  "fax",
  "radio",
]);

/** Whether the verb at `i` has a clause after it, before any punctuation: "showed 311 people were". */
function clauseAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 8; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word") return false;
    if (CLAUSE_VERBS.has(t.lower) || t.lower === "that") return true;
  }
  return false;
}

/**
 * The phrase a relative clause hangs on, when the clause (", which …", ", who …") runs up to `end`
 * with no other punctuation: "the Harbour Party" in "the Harbour Party, which tried to rally support by".
 */
function relativeAntecedent(tokens: readonly Token[], end: number): SpeakerPhrase | null {
  for (let k = end - 1; k >= 1 && end - k <= 12; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== "word") return null;
    if ((t.lower === "which" || t.lower === "who") && isPunct(tokens[k - 1], ",")) {
      const phrase = readPhrase(phraseEndingAt(tokens, k - 1));
      return phrase && phrase.type !== "pronoun" && phrase.type !== "document" ? phrase : null;
    }
  }
  return null;
}

/** Participles of writing a text out, which name its author after "by". */
const AUTHORED_BY = new Set([
  "written",
  "issued",
  "released",
  "published",
  "signed",
  "sent",
  "posted",
  "drafted",
]);

/** Whether "made clear that" or "made it clear that" at `i` states something: "the letter made clear that …". */
function makingClear(tokens: readonly Token[], i: number): boolean {
  if (!/^(?:make|makes|made|making)$/.test(tokens[i]?.lower ?? "")) return false;
  const clear = tokens[i + 1]?.lower === "it" ? i + 2 : i + 1;
  // (Past when: "made clear last week that".)
  return tokens[clear]?.lower === "clear" && tokens[afterTimeOfSaying(tokens, clear + 1)]?.lower === "that";
}

/** Whether "put it" at `i` is said of words, after "as" and its subject: "as the mayor put it". */
function puttingIt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if ((t.lower !== "put" && t.lower !== "puts") || tokens[i + 1]?.lower !== "it") return false;
  for (let k = i - 2; k >= Math.max(0, i - 8); k--) {
    const w = tokens[k] as Token;
    if (w.kind !== "word") return false;
    if (w.lower === "as") return true;
  }
  return false;
}

/** Words after which a participle shares the sentence's subject: "and saying", "before adding". */
const PARTICIPLE_LINKS = new Set([
  "and",
  "but",
  "or",
  "then",
  "while",
  "before",
  "after",
  "by",
  "without",
  "when",
  "also",
]);

/**
 * The word a participle at `i` hangs on past adverbs in -ly and a participle joined with "or"
 * ("are briefly mentioned", "were shown or mentioned"), when there is such a word between.
 */
function auxiliaryBefore(tokens: readonly Token[], i: number): Token | undefined {
  let k = i - 1;
  let skipped = false;
  // (Only "or": "was arrested and said he was innocent" goes on with a verb of its own.)
  if (tokens[k]?.lower === "or" && PARTICIPLE_FORM.test(tokens[k - 1]?.lower ?? "")) {
    k -= 2;
    skipped = true;
  }
  while (
    k > i - 5 &&
    /^\p{Ll}+ly$/u.test(tokens[k]?.text ?? "") &&
    !LY_ADJECTIVES.has(tokens[k]?.lower ?? "")
  ) {
    k--;
    skipped = true;
  }
  return skipped ? tokens[k] : undefined;
}
/** A past participle's shape: "shown", "mentioned", "seen" (not "when", "then", "often"). */
const PARTICIPLE_FORM = /^(?:\p{Ll}{2,}ed|\p{Ll}+[^eh]en|\p{Ll}+own|seen|done|gone)$/u;
/** Adjectives in -ly, which a verb may follow: "Residents who are elderly said". */
const LY_ADJECTIVES = new Set(
  "elderly friendly unfriendly lonely costly likely unlikely early daily weekly monthly yearly hourly lively lovely ugly silly holy deadly orderly kindly sickly timely untimely scholarly worldly only".split(
    " ",
  ),
);

/**
 * A passive speech participle's agent: `described as “…” by X` → X. Naming verbs need the quoted
 * words between: "called a “violent rhythm game” by its creators" reports speech, "as it is called
 * by Māori" only reports a name.
 */
function agentAfter(tokens: readonly Token[], i: number): ReturnType<typeof phraseStartingAt> {
  const naming = /^(?:called|labell?ed|branded|dubbed)$/.test(tokens[i]?.lower ?? "");
  let quoted = false;
  for (let j = i + 1; j < Math.min(tokens.length, i + 10); j++) {
    const t = tokens[j] as Token;
    if (t.kind === "quote") quoted = true;
    if (t.kind === "punct" && t.text !== ",") break;
    if (t.lower === "by") {
      if (naming && !quoted) return null;
      const found = phraseStartingAt(tokens, j + 1);
      // ("questioned by Plaid Cymru's former President, Dafydd Wigley, about …": a role, then the
      // name of who holds it between commas, is that person.)
      if (found?.phrase.type === "role") {
        const after = tokens.findIndex((x) => x.start >= found.phrase.end);
        const named = isPunct(tokens[after], ",") ? phraseStartingAt(tokens, after + 1) : null;
        const end = named ? tokens.findIndex((x) => x.start >= named.phrase.end) : -1;
        if (
          named?.phrase.type === "name" &&
          /\s/.test(named.phrase.name ?? "") &&
          !ORGANISATION_WORDS.has((named.phrase.name ?? "").split(" ").at(-1) ?? "") &&
          (end < 0 || isPunct(tokens[end], ",."))
        )
          return { phrase: named.phrase, appositive: found.phrase.text };
      }
      return found;
    }
  }
  return null;
}

/**
 * Verbs whose object comes right after them, so a name after "…, called" is who was called
 * something, not an inverted subject ("…, called Omar a “traitor” and said …").
 */
const OBJECT_FIRST = new Set(
  "call urge accuse praise thank blame criticise criticize slam blast label brand dub describe remind assure reassure inform persuade convince challenge mock cite quote".split(
    " ",
  ),
);

/**
 * "Toll voiced her support", "Pike defended his record": a possessive right after the verb is the
 * subject's own, so a name with nothing else to tell its kind is a person's, of that gender.
 */
function withOwnPronoun(phrase: SpeakerPhrase, tokens: readonly Token[], verb: number): SpeakerPhrase {
  if (phrase.type !== "name" || phrase.gender || /\s/.test(phrase.name ?? "")) return phrase;
  for (let k = verb + 1; k <= verb + 2; k++) {
    const w = tokens[k]?.lower;
    if (w === "her" || w === "herself") return { ...phrase, gender: "f" };
    if (w === "his" || w === "himself") return { ...phrase, gender: "m" };
  }
  return phrase;
}

/** Passives after which a participle's words are the subject's: "was quoted calling", "was heard saying". */
const HEARD = new Set(["quoted", "heard", "overheard", "recorded", "filmed"]);

/** "Doherty was quoted calling the mayor a “failed” leader": the passive's subject speaks. */
function quotedSubject(
  tokens: readonly Token[],
  j: number,
  participle: boolean,
): { phrase: SpeakerPhrase; appositive?: string } | null {
  if (!participle || !HEARD.has(tokens[j - 1]?.lower ?? "") || !BE.has(tokens[j - 2]?.lower ?? ""))
    return null;
  return subjectLeftOf(tokens, j - 2);
}

/** Nouns of saying in a fixed pair after another noun: "supply and demand", "question and answer". */
const PAIRED_NOUNS: Readonly<Record<string, string>> = Object.assign(Object.create(null), {
  demand: "supply",
  answer: "question",
  answers: "questions",
});

/** Forms of "be" and "have" that agree with a plural subject. */
const FINITE_BE = new Set(["are", "were", "have", "had"]);

const QUESTION_WORDS = new Set(
  "what why how when where who whom did does do would could should will has have had is was were".split(" "),
);
const QUESTION_AUXILIARIES = new Set(
  "did does do will would could can should has have had is was were".split(" "),
);

/** A question opening with a question word and an auxiliary ("What did …?", "Did …?"). */
function asksAboutSpeech(tokens: readonly Token[]): boolean {
  const first = tokens[0]?.lower ?? "";
  if (!QUESTION_WORDS.has(first) || tokens.at(-1)?.text !== "?") return false;
  return QUESTION_AUXILIARIES.has(first) || QUESTION_AUXILIARIES.has(tokens[1]?.lower ?? "");
}

/** Quantifiers that stand alone for unnamed people as a clause's subject: "Some said …". */
const UNNAMED_MANY = new Set(["many", "some", "several", "others", "most"]);

/**
 * "Some said they felt let down", "But many have voiced concerns that …": a quantifier alone
 * opening its clause is unnamed people ("Few said" names no one).
 */
function quantifierSubject(
  tokens: readonly Token[],
  j: number,
): { phrase: SpeakerPhrase; appositive?: string } | null {
  const q = tokens[j - 1];
  if (!q || !UNNAMED_MANY.has(q.lower)) return null;
  const before = tokens[j - 2];
  if (before && !isPunct(before) && !["but", "and", "while", "yet"].includes(before.lower)) return null;
  return { phrase: { type: "group", text: q.text, start: q.start, end: q.end, head: q.lower } };
}

/** Articles and possessives that open a noun phrase. */
const ARTICLES = new Set(["a", "an", "the", "its", "their", "his", "her", "our"]);
/** Words after a plural that make it a noun: "the tax claims and debts", "the claims of". */
const NOUN_FOLLOWERS = new Set(["and", "or", "of", "against", "from", "over", "owed", "made", "filed"]);

/**
 * Whether a pronoun subject at `start` and its verb at `i` are a relative clause without "that":
 * a plural noun in small letters just before the pronoun, and after the verb no clause, only where
 * or when ("the rules she announced last year", "guidelines he proposed in September").
 */
function zeroRelative(tokens: readonly Token[], start: number, i: number): boolean {
  const k = tokens.findIndex((t) => t.start === start);
  const noun = tokens[k - 1];
  if (
    k !== i - 1 ||
    noun?.kind !== "word" ||
    isCapitalised(noun) ||
    !/[^s]s$/.test(noun.lower) ||
    FUNCTION_WORDS.has(noun.text) ||
    speechVerbLemma(noun.lower) !== undefined
  )
    return false;
  const next = tokens[i + 1];
  return !next || isPunct(next, ".;") || RELATIVE_TAILS.has(next.lower);
}
/** What follows a verb in a relative clause without "that": where or when it happened. */
const RELATIVE_TAILS = new Set([
  "in",
  "on",
  "at",
  "last",
  "this",
  "earlier",
  "during",
  "before",
  "after",
  "to",
]);

/** Verbs of judging whose quoted words follow the one judged: "thanked her for a “fair review”". */
const QUOTED_JUDGEMENTS = new Set([
  "thank",
  "praise",
  "accuse",
  "criticise",
  "condemn",
  "blame",
  "hail",
  "refute",
]);

/**
 * "The study by a group of researchers from around the U.S. and in Sweden finds": a study opening
 * the sentence, with who made it after "by" or "from" and no verb before the verb at `j`, is the
 * subject, however long what follows it.
 */
function studyOpening(
  tokens: readonly Token[],
  j: number,
): { phrase: SpeakerPhrase; appositive?: string } | null {
  const head = ["the", "a", "an"].includes(tokens[0]?.lower ?? "")
    ? tokens[1]?.kind === "word" && !STUDIES_OPENING.has(tokens[1].lower)
      ? 2
      : 1
    : -1;
  if (
    head < 1 ||
    !STUDIES_OPENING.has(tokens[head]?.lower ?? "") ||
    !["by", "from"].includes(tokens[head + 1]?.lower ?? "")
  )
    return null;
  for (let k = head + 2; k < j; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" && t.text !== "." && t.text !== "-") return null;
    if (t.kind === "word" && (FINITE_AUXILIARIES.has(t.lower) || speechVerbLemma(t.lower) !== undefined))
      return null;
  }
  if (readPhrase(tokens.slice(0, head + 1))?.type !== "document") return null;
  // (Its makers, named after "by" or "from", are who speak: "a group of researchers from around
  // the U.S. and in Sweden", as printed up to the verb.)
  const makers = phraseStartingAt(tokens, head + 2)?.phrase;
  const last = tokens[j - 1] as Token;
  if (makers?.type === "group" || makers?.type === "role")
    return { phrase: { ...makers, text: printedBetween(tokens, makers.start, last.end), end: last.end } };
  // (Otherwise as the verb's own subject reads: "A report by the Commons … committee called for".)
  return null;
}
/** Nouns of research that speak for what they found: "The study by … finds". */
const STUDIES_OPENING = new Set(["study", "survey", "review", "analysis", "paper", "report", "trial"]);

/** Words that count a noun: "all claims would be processed". */
const QUANTIFIERS = new Set("all some many most no these those such other any every each both".split(" "));

/** Participles that give a name or title: "a film called “…”". */
const NAMING_PARTICIPLES = new Set([
  "called",
  "dubbed",
  "titled",
  "entitled",
  "labelled",
  "labeled",
  "branded",
]);

/** Verbs of saying that are nouns too, as in "the Kestrel list", "the Harbour report". */
const NOUNS_OF_SAYING = new Set([
  "list",
  "report",
  "post",
  "tweet",
  "note",
  "comment",
  "claim",
  "reply",
  "answer",
]);
/**
 * Words before a subject that open its clause, join it to another or put it after its auxiliary
 * ("and the Pentagon confirm", "did the Pentagon confirm", "after the Harbour Group warn").
 */
const SUBJECT_OPENERS = new Set(
  "and or nor but yet so both & do does did that which while when whenever if because as although though whether where after before since until then once unless".split(
    " ",
  ),
);
/** Prepositions before a gerund that is the object of a verb or an adjective: "guilty to threatening". */
const GERUND_PREPOSITIONS = new Set(["to", "of", "with", "at", "about", "against", "from", "for"]);

/** Words after a participle that point back in the text: "mentioned above", "cited earlier". */
const POINTING_BACK = new Set(["above", "below", "earlier", "previously", "before", "here"]);

/** Words before a sentence-opening "asked": "When asked …,", "If asked …,". */
const ASKED_OPENERS = new Set(["when", "if", "once", "after", "as", "before", "while"]);

/** Every speech cue in a sentence, in order, with the phrase naming its speaker where there is one. */
/**
 * "his aunt, Jane Starner," at `at`: a possessive and a lower-case word or two for how the source is
 * related to someone, then their full name between commas (or before a quotation). Null otherwise.
 */
function namedAfterRelation(
  tokens: readonly Token[],
  at: number,
): { subject: SpeakerPhrase; appositive: string } | null {
  if (!["his", "her", "their", "its", "the"].includes(tokens[at]?.lower ?? "")) return null;
  let k = at + 1;
  while (k < at + 4 && tokens[k]?.kind === "word" && !isCapitalised(tokens[k])) k++;
  if (k === at + 1 || !isPunct(tokens[k], ",")) return null;
  const named = phraseStartingAt(tokens, k + 1)?.phrase;
  const end = named ? tokens.findIndex((t) => t.start >= named.end) : -1;
  if (named?.type !== "name" || !/\s/.test(named.name ?? "") || end < 0) return null;
  if (!isPunct(tokens[end], ",") && !isQuote(tokens[end])) return null;
  return {
    subject: named,
    appositive: printedBetween(tokens, (tokens[at] as Token).start, (tokens[k - 1] as Token).end),
  };
}

/** Whether a line has one word and no more ("Claim", "Update:"). */
function oneWord(tokens: readonly Token[]): boolean {
  let words = 0;
  for (const t of tokens) if (t.kind === "word" && ++words > 1) return false;
  return words === 1;
}

/** Whether the aside after a phrase ending at `end` (", the mayor,") closes with a comma. */
function asideClosed(tokens: readonly Token[], end: number): boolean {
  let k = tokens.findIndex((t) => t.start >= end);
  if (k < 0 || !isPunct(tokens[k], ",")) return false;
  for (k++; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (isPunct(t, ",")) return true;
    if (t.kind !== "word") return false;
  }
  return false;
}

export function findCues(tokens: readonly Token[]): Cue[] {
  const cues: Cue[] = [];
  // "What did Suh say after the play?", "Did the mayor tell them?": the writer's question about
  // what was said reports nothing.
  if (asksAboutSpeech(tokens)) return cues;
  // "Claim", "Update:": a one-word line is a label, no one's speech.
  if (oneWord(tokens)) return cues;
  /** "X declined to comment": a cue only when the sentence reports nothing else. */
  let refusal: Cue | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "word") continue;
    if (!refusal && refusesToSpeak(tokens, i)) {
      const left = subjectLeftOf(tokens, i);
      if (left)
        refusal = {
          index: i,
          start: t.start,
          lemma: "decline",
          subject: left.phrase,
          ...(left.appositive ? { appositive: left.appositive } : {}),
          how: "left",
        };
    }
    // (The words refused, "comment" in "declined comment", are no cue of their own.)
    if (refusal && i > refusal.index && i <= refusal.index + 2) continue;
    // "according to X", and "per X" between commas (", per the Coastguard, has been closed").
    const per =
      t.lower === "per" &&
      isPunct(tokens[i - 1]) &&
      (isCapitalised(tokens[i + 1]) || (tokens[i + 1]?.lower === "the" && isCapitalised(tokens[i + 2])));
    if ((t.lower === "according" && tokens[i + 1]?.lower === "to") || per) {
      const at = per ? i + 1 : i + 2;
      const found = phraseStartingAt(tokens, at);
      // "according to a senior engineer", "according to a group representing local fishermen": a
      // source the article only describes speaks as described.
      const description =
        found?.phrase.type === "name" ? null : descriptionAt(tokens, at - 1, "right", false);
      const described =
        description && (!found || description.text.length > found.phrase.text.length) ? description : null;
      // "According to his aunt, Jane Starner, “…”": the name in the aside after a relation.
      const named = found?.phrase.type === "name" ? null : namedAfterRelation(tokens, at);
      if (named) {
        cues.push({ index: i, start: t.start, lemma: "according to", ...named, how: "according" });
        continue;
      }
      // ("according to figures from the aviation regulator": figures are their source's, named
      // after them or before them, "according to Labor Department figures".)
      const data =
        found?.phrase.type === "document" &&
        DATA_NOUNS.has(found.phrase.head ?? "") &&
        !/\p{Lu}/u.test(found.phrase.text);
      const subject = withQualifier(
        tokens,
        described ?? (data ? sourceOfData(tokens, at) : (found?.phrase ?? sourceOfData(tokens, at))),
      );
      // ("According to Reuters, the base is closed.": the words after the comma are what the source
      // says, no role; "according to Ana Ruiz, the mayor, fares will rise" closes the role.)
      const closed = found ? asideClosed(tokens, found.phrase.end) : false;
      cues.push({
        index: i,
        start: t.start,
        lemma: "according to",
        subject,
        ...(!described && closed && found?.appositive ? { appositive: found.appositive } : {}),
        how: subject ? "according" : "none",
      });
      continue;
    }
    // "Experts are of the view that …", "the board is of the opinion that …": a position stated.
    if (
      (t.lower === "view" || t.lower === "opinion") &&
      tokens[i + 1]?.lower === "that" &&
      tokens[i - 1]?.lower === "the" &&
      tokens[i - 2]?.lower === "of" &&
      BE.has(tokens[i - 3]?.lower ?? "")
    ) {
      const holder = subjectLeftOf(tokens, i - 3)?.phrase ?? descriptionAt(tokens, i - 3, "left", false);
      cues.push({ index: i, start: t.start, lemma: "say", subject: holder, how: holder ? "left" : "none" });
      continue;
    }
    // "In her words, …", "Kerr’s warning that …": nouns of speech with whose speech they are.
    const nominal = mayBeSpeechNoun(tokens, i) ? nominalCue(tokens, i) : null;
    if (nominal) {
      cues.push({ index: i, start: t.start, lemma: "say", subject: nominal, how: "left" });
      continue;
    }
    // "…, as one commuter put it": a way of saying it.
    const lemma = puttingIt(tokens, i) || makingClear(tokens, i) ? "say" : speechVerbLemma(t.lower);
    if (!lemma) continue;
    // "a film called “White Zombie”", "a campaign dubbed ‘Ashby First’": a title given, not words said
    // ("called the plan “a disaster”" has its object first).
    if (NAMING_PARTICIPLES.has(t.lower) && tokens[i + 1]?.kind === "quote") continue;
    // "The report, written by Harbour Surveys, said …": who wrote a text, not what was said.
    if (AUTHORED_BY.has(t.lower) && tokens[i + 1]?.lower === "by") continue;
    // "Speaking of layouts, …", "Talking of money, …": a change of subject, not speech.
    if (/^(?:speaking|talking)$/.test(t.lower) && tokens[i + 1]?.lower === "of" && skipBack(tokens, i) === 0)
      continue;
    // "the email mentioned above", "the study cited earlier": a text pointed back to, not speech.
    if (/^(?:mentioned|cited|quoted|noted)$/.test(t.lower) && POINTING_BACK.has(tokens[i + 1]?.lower ?? ""))
      continue;
    // "Experts have argued over why.", "Officials disagree about whether.": that they talked, not
    // what they said.
    if (
      ["over", "about", "on"].includes(tokens[i + 1]?.lower ?? "") &&
      ["why", "whether", "how", "what", "when"].includes(tokens[i + 2]?.lower ?? "") &&
      isPunct(tokens[i + 3], ".!?")
    )
      continue;
    // ("Blair told to double overseas aid": a headline's passive, "was" left out; whoever is told
    // to do something says nothing.)
    if (
      (t.lower === "told" || t.lower === "urged" || t.lower === "asked") &&
      tokens[i + 1]?.lower === "to" &&
      tokens[i + 2]?.kind === "word" &&
      !isCapitalised(tokens[i + 2]) &&
      !DETERMINERS.has(tokens[i + 2]?.lower ?? "") &&
      !ARTICLES.has(tokens[i + 2]?.lower ?? "")
    )
      continue;
    // ("the harder question is whether …": a determiner and a word before it, a verb of being or an
    // auxiliary after it; the word is a noun. Not "what Palestinian officials said was", "critics
    // claim would".)
    if (
      FINITE_AUXILIARIES.has(tokens[i + 1]?.lower ?? "") &&
      (ARTICLES.has(tokens[i - 1]?.lower ?? "") ||
        QUANTIFIERS.has(tokens[i - 1]?.lower ?? "") ||
        (ARTICLES.has(tokens[i - 2]?.lower ?? "") &&
          tokens[i - 1]?.kind === "word" &&
          !isCapitalised(tokens[i - 1])))
    )
      continue;
    // "one or two variables — say, the latitude of the winds —", "in, say, ten years": for instance.
    if (
      t.lower === "say" &&
      isPunct(tokens[i + 1], ",") &&
      (isPunct(tokens[i - 1], ",") || ["—", "–", "("].includes(tokens[i - 1]?.text ?? ""))
    )
      continue;
    // "the company continued to sign up subscribers", "struggled to contend with demand": going on
    // with a deed, and coping with something, are no speech ("“…,” she continued." is).
    if (
      (lemma === "continue" && ["to", "with"].includes(tokens[i + 1]?.lower ?? "")) ||
      (lemma === "contend" && ["with", "for"].includes(tokens[i + 1]?.lower ?? ""))
    )
      continue;
    // "Islamist leaders accused of atrocities": "accused of" is always passive, said of the accused.
    if (t.lower === "accused" && tokens[i + 1]?.lower === "of") continue;
    // "A woman described as a former official told …", "He is described as 5ft 9ins tall": so is
    // "described as" with nothing between, said of the one described by someone unnamed (not with
    // its agent after it, "described as “heartbreaking” by the department", nor with its object
    // before it, "what Rowe described as a “pronounced improvement”").
    if (
      t.lower === "described" &&
      tokens[i + 1]?.lower === "as" &&
      !tokens.slice(i + 2).some((x) => x.lower === "by") &&
      !tokens.slice(Math.max(0, i - 4), i).some((x) => RELATIVES.has(x.lower) || x.lower === "what")
    )
      continue;
    // "Asked about fares, Ruiz was blunt: “…”", "When asked why, she said": the question put to the
    // one who answers is no speech of anyone's.
    if (t.lower === "asked" && (i === 0 || (i === 1 && ASKED_OPENERS.has(tokens[0]?.lower ?? "")))) continue;
    // "Claims that the depot is unsafe do not stand up": a plural opening the sentence is its noun.
    if (i === 0 && t.lower === `${lemma}s` && tokens[1]?.lower === "that") continue;
    const before = tokens[i - 1];
    // "the Russian and Syrian claims are false", "warnings were ignored": a plural before a verb of
    // being is that verb's subject, a noun.
    if (t.lower === `${lemma}s` && FINITE_BE.has(tokens[i + 1]?.lower ?? "")) continue;
    // "let supply and demand dictate", "a question and answer session": fixed pairs of nouns.
    if (before?.lower === "and" && PAIRED_NOUNS[t.lower] === tokens[i - 2]?.lower) continue;
    // "“Star Wars,” Marvel Studios …": a capitalised form before another capitalised word, in a
    // sentence that is no title-case line, is a name's first word.
    if (i > 0 && isCapitalised(t) && isCapitalised(tokens[i + 1]) && !titleCase(tokens)) continue;
    // "Beijing Tariff Demands May Expand Deal", "in Landmark Hong Kong Listing": in a title-case line,
    // a form before a modal, or in -ing after a name's word, is a noun.
    if (
      isCapitalised(t) &&
      isCapitalised(before) &&
      PRONOUNS[before?.lower ?? ""] === undefined &&
      (MODALS.has(tokens[i + 1]?.lower ?? "") || /ing$/.test(t.lower)) &&
      titleCaseLine(tokens)
    )
      continue;
    // "the United States hopes", "no Palestinian state": a capitalised word inside a name, or a word
    // after a nationality, is a noun (a headline in title case excepted).
    if (
      (isCapitalised(t) && isCapitalised(before) && !titleCase(tokens)) ||
      ((NOUN_MARKERS.has(tokens[i - 2]?.lower ?? "") || t.lower === lemma) &&
        /^\p{Lu}\p{Ll}+(?:an|ese|ish)$/u.test(before?.text ?? ""))
    )
      continue;
    // "another post", "the report", "his comments", "the engineers' report": nouns, not verbs.
    // ("an article that claimed": "that" before a past tense is a relative pronoun.)
    if (
      before &&
      (NOUN_MARKERS.has(before.lower) || /['’]s$|s['’]$/.test(before.text)) &&
      before.kind === "word" &&
      // ("Some said they felt let down": a past tense after a quantifier is its verb.)
      !(
        before.lower === "some" &&
        t.lower !== lemma &&
        t.lower !== `${lemma}s` &&
        /(?:ed|aid|old|ote)$/.test(t.lower)
      ) &&
      !(before.lower === "that" && t.lower !== lemma && /(?:ed|old|aid|ote)$/.test(t.lower))
    )
      continue;
    // "the annual report said", "a UN report found": a bare form followed by a verb that is
    // inflected is the subject's noun ("said talks would resume" keeps its verb: it is inflected).
    const after = tokens[i + 1];
    const afterLemma = after?.kind === "word" ? SPEECH_VERBS.get(after.lower) : undefined;
    if (t.lower === lemma && afterLemma && afterLemma !== after?.lower) continue;
    // "from an original estimate of", "the latest report": a bare form after an article and an
    // adjective is a noun.
    if (
      t.lower === lemma &&
      tokens[i + 1]?.lower === "of" &&
      !["speak", "talk", "warn", "complain", "boast", "think"].includes(lemma) &&
      ARTICLES.has(tokens[i - 2]?.lower ?? "") &&
      before?.kind === "word" &&
      !isCapitalised(before) &&
      !/ly$/.test(before.lower)
    )
      continue;
    // ("recover some of the tax claims and debts": a plural after an article and a noun that names
    // no one who could speak is a noun; "the company claims" keeps its verb.)
    if (
      t.lower === `${lemma}s` &&
      ARTICLES.has(tokens[i - 2]?.lower ?? "") &&
      before?.kind === "word" &&
      !isCapitalised(before) &&
      !/ly$/.test(before.lower) &&
      !isHeadNoun(before) &&
      !PERSON_NOUN.test(before.lower) &&
      !/s$/.test(before.lower) &&
      // (And what follows is a noun's: "claims and debts", "claims of", not a clause.)
      (after === undefined || after.kind === "punct" || NOUN_FOLLOWERS.has(after.lower))
    )
      continue;
    // "did not respond to calls", "in response to claims", "asked for comment": a noun after "to" or "for".
    if (
      (before?.lower === "to" && t.lower !== lemma && t.lower === `${lemma}s`) ||
      (before?.lower === "for" && t.lower === "comment")
    )
      continue;
    // "as if to say": imagined words.
    if (lemma === "say" && before?.lower === "to" && tokens[i - 2]?.lower === "if") continue;
    // "…, grind our way to the end, then repeat.": a bare verb after "then" that ends the sentence
    // goes on with what came before; it names no one who speaks.
    if (
      t.lower === lemma &&
      before?.lower === "then" &&
      (!after || (after.kind === "punct" && after.text === ".")) &&
      !isQuote(tokens[i - 2]) &&
      !tokens.slice(0, i).some(isQuote)
    )
      continue;
    // "sticky, repeating, or dead keys": a participle in a list of words before a noun describes it.
    if (
      /ing$/.test(t.lower) &&
      isComma(before) &&
      tokens[i - 2]?.kind === "word" &&
      !isCapitalised(tokens[i - 2]) &&
      isComma(after) &&
      ["or", "and"].includes(tokens[i + 2]?.lower ?? "") &&
      tokens[i + 3]?.kind === "word" &&
      !isCapitalised(tokens[i + 3]) &&
      // (Not an aside after the verb: "warning, and in blunt terms, that", "adding, and with a smile,".)
      !LIST_BREAKERS.has(tokens[i + 3]?.lower ?? "") &&
      tokens[i + 4]?.kind === "word"
    )
      continue;

    // "was described as", "Lorenz, described as “the father of chaos”": a passive. (After a comma
    // only when "as", "by" or the quotation follows: "X, who asked …, described the nights as" is active.)
    // Any past participle after "was", "were", "been" … is a passive too ("Residents were denied access").
    const pastParticiple =
      PASSIVE_SPEECH.has(t.lower) || (t.lower !== lemma && /(?:ed|en|wn|ld|id)$/.test(t.lower));
    // ("are briefly mentioned", "are shown or mentioned": the auxiliary past an adverb or a
    // participle joined on is a passive's too.)
    const auxiliary =
      pastParticiple && !PASSIVE_AUXILIARIES.has(before?.lower ?? "")
        ? (auxiliaryBefore(tokens, i) ?? before)
        : before;
    // ("the £7.4m from the Treasury announced by Chancellor Gordon Brown": a participle right after
    // a noun, with its agent next, is a passive that describes the noun.)
    // (Only verbs of putting something forward or judging it: not what is "reported by patients",
    // a count's source, nor a pilot "Remembered by His Family".)
    const reduced =
      REDUCED_PASSIVES.has(t.lower) &&
      after?.lower === "by" &&
      before?.kind === "word" &&
      !BE.has(before.lower) &&
      !PASSIVE_AUXILIARIES.has(before.lower) &&
      !/^(?:has|have|had)$/.test(before.lower) &&
      !["pronoun", "document"].includes(agentAfter(tokens, i)?.phrase.type ?? "pronoun") &&
      !MEDIA.has(tokens[i + 2]?.lower ?? "");
    const passive =
      reduced ||
      (pastParticiple &&
        (PASSIVE_SPEECH.has(t.lower) || PASSIVE_AUXILIARIES.has(auxiliary?.lower ?? "")) &&
        (i === 0 ||
          BE.has(auxiliary?.lower ?? "") ||
          (isPunct(before) && (["as", "by"].includes(after?.lower ?? "") || isQuote(after)))));
    // ("his passport would not be issued … by the US": a document issued, not words; "hostages held
    // by the rebels": people kept, not words.)
    if (passive && (lemma === "issue" || lemma === "hold")) continue;
    // ("The plan could be challenged by doctors", "If the findings are confirmed by larger studies,
    // …": a passive only supposed, after a modal or in a condition, reports nothing.)
    if (passive && supposedPassive(tokens, i)) continue;
    // ("is threatened by a deadly campaign", "was rejected by the Commons": a threat or a vote, no
    // words, unless what was said follows.)
    if (passive && (lemma === "threaten" || lemma === "reject") && !clauseAfter(tokens, i)) continue;
    if (passive) {
      const agent = agentAfter(tokens, i);
      // "Vindman said he was told by John Bolton to go …": a passive inside what another cue
      // reports is part of its report.
      if (agent && inComplement(tokens, cues, t.start)) continue;
      if (agent) {
        cues.push({
          index: i,
          start: t.start,
          lemma,
          subject: agent.phrase,
          ...(agent.appositive ? { appositive: agent.appositive } : {}),
          how: "agent",
        });
        continue;
      }
      if (lemma === "describe" && hasComplement(tokens, i, lemma)) {
        cues.push({ index: i, start: t.start, lemma, subject: null, how: "none" });
        continue;
      }
      // "Northway has been criticised for delays", "she was told": a passive's subject is who the
      // words were about or for, not who spoke them ("he was quoted as saying" excepted).
      if (PASSIVE_AUXILIARIES.has(auxiliary?.lower ?? "") && lemma !== "quote") continue;
    }

    const adjacent = followsQuote(tokens, i);
    // "whose name she would not reveal", "did not respond to calls", "who asked not to be named",
    // "declined to confirm": a speech verb negated, or governed by a verb that says nothing was
    // said, reports nothing.
    if (
      !adjacent &&
      (negated(tokens, i) ||
        governedInfinitive(tokens, i) ||
        asksAnonymity(tokens, i) ||
        notYetSaid(tokens, i))
    )
      continue;
    // "pleaded guilty to threatening", "balking at committing to", "accused of lying": a gerund
    // after a preposition names an act the sentence is about, not words it reports.
    if (!adjacent && GERUND_PREPOSITIONS.has(before?.lower ?? "") && /ing$/.test(t.lower)) continue;
    // "As Lorenz later recalled, …": a parenthetical "as X said" reports speech whatever the verb.
    const asClause =
      (/^as$/i.test(tokens[skipBack(tokens, i) - 2]?.text ?? "") && isPunct(tokens[i + 1])) ||
      asParenthetical(tokens, i);
    // "called the debt “the transcendent issue of our era”": a naming verb with quoted words.
    // ("thanked Ellingstad for conducting a “thorough … review”", "praised the plan as “bold”": a
    // verb of judging whose quoted words follow its object.)
    const quotedObject =
      (["call", "describe", "label", "brand", "dub"].includes(lemma) &&
        tokens.slice(i + 1, i + 7).some(isQuote)) ||
      (QUOTED_JUDGEMENTS.has(lemma) &&
        tokens
          .slice(i + 1, i + 9)
          .some((x, n, after) => isQuote(x) && after.slice(0, n).every((w) => w.kind === "word")));
    // ("Added Quist: “…”": a verb opening the sentence, its subject and then the quotation.)
    const opensInversion = i === 0 && /^\p{Lu}/u.test(t.text) && tokens.slice(i + 1, i + 9).some(isQuote);
    if (!adjacent && !asClause && !quotedObject && !opensInversion && !hasComplement(tokens, i, lemma))
      continue;

    const previous = cues[cues.length - 1];
    const j = skipBack(tokens, i);
    const coordinated = tokens[j - 1] && ["and", "but", "or", "then"].includes(tokens[j - 1]?.lower ?? "");
    const participle = /ing$/.test(t.lower);
    // "the Harbour Party, which tried to rally support by saying that …": a participle in a relative
    // clause has the clause's antecedent for its subject.
    if (participle && PARTICIPLE_LINKS.has(tokens[j - 1]?.lower ?? "")) {
      const antecedent = relativeAntecedent(tokens, j - 1);
      if (antecedent) {
        cues.push({ index: i, start: t.start, lemma, subject: antecedent, how: "left" });
        continue;
      }
    }
    if (
      previous?.subject &&
      (coordinated ||
        (participle && (isPunct(tokens[j - 1]) || !tokens[j - 1] || tokens[j - 1]?.kind === "word")))
    ) {
      cues.push({
        index: i,
        start: t.start,
        lemma,
        subject: previous.subject,
        ...(previous.appositive ? { appositive: previous.appositive } : {}),
        how: "inherit",
      });
      continue;
    }
    // (A quotation just before "told" is no quotation it attributes: "told" has its addressee after
    // it, "A woman described as a “former official” told the website".)
    const left =
      (isQuote(tokens[j - 1]) && lemma !== "tell") || (isPunct(tokens[j - 1]) && isQuote(tokens[j - 2]))
        ? null
        : (studyOpening(tokens, j) ??
          subjectLeftOf(tokens, i) ??
          quantifierSubject(tokens, j) ??
          quotedSubject(tokens, j, participle));
    // "… written to two of the men freed from Kestrel Point telling them …", "sent a message to Ada
    // Lind saying …": a participle after a preposition's object is not that object's; it shares the
    // sentence's subject. (But "a letter from the union saying …": a document speaks for its author.)
    // "Morrison was the third witness testifying …": a description after "was" is its subject's.
    if (left && participle && !adjacent && left.phrase.type === "role") {
      const k = tokens.findIndex((x) => x.start >= (left?.phrase.start ?? 0));
      const copula = k - 1;
      if (COPULA.has(tokens[copula]?.lower ?? "")) {
        const owner = subjectLeftOf(tokens, copula);
        if (owner) {
          cues.push({ index: i, start: t.start, lemma, subject: owner.phrase, how: "left" });
          continue;
        }
      }
    }
    if (
      left &&
      participle &&
      !adjacent &&
      (objectOfPreposition(tokens, left.phrase.start) || objectOfVerb(tokens, left.phrase.start))
    ) {
      const governing = governingSubject(tokens, left.phrase.start);
      cues.push(
        governing
          ? { index: i, start: t.start, lemma, subject: governing.phrase, how: "left" }
          : { index: i, start: t.start, lemma, subject: null, how: "inherit" },
      );
      continue;
    }
    // ("… recalled that he said, “I'll …”": a cue that opens a quotation frames it, wherever it stands.)
    const opensQuote = isQuote(tokens[i + 1]) || (isPunct(tokens[i + 1]) && isQuote(tokens[i + 2]));
    if (
      left &&
      !adjacent &&
      !opensQuote &&
      inComplement(tokens, cues, left.phrase.start) &&
      !closesSentence(tokens, i)
    )
      continue;
    // "… and will update this post if company officials respond": speech only supposed.
    if (left && !adjacent && CONDITIONAL.has(tokenBefore(tokens, left.phrase.start)?.lower ?? "")) continue;
    // ("to abandon draft guidelines he proposed in September": a relative clause without "that",
    // whose object is the noun before its subject, reports nothing of its own.)
    if (left?.phrase.type === "pronoun" && !adjacent && zeroRelative(tokens, left.phrase.start, i)) continue;
    // ("If confirmed, the report would suggest a direct link": so is a modal's, in a condition.)
    if (
      left &&
      !adjacent &&
      tokens.slice(Math.max(0, j - 1), i).some((x) => SUPPOSING_MODALS.has(x.lower)) &&
      tokens.slice(0, j).some((x) => CONDITIONAL.has(x.lower))
    )
      continue;
    // "… Is A Big Wake-Up Call For Investors": in a title-case line, a bare verb after one name
    // (no "and", no auxiliary between) does not agree with it: a noun ("Police Say" agrees).
    if (
      left &&
      t.lower === lemma &&
      j === i &&
      left.phrase.type === "name" &&
      titleCaseLine(tokens) &&
      !/\s(?:and|&)\s|,/.test(left.phrase.text) &&
      !isGroupHead(tokens[j - 1]?.text ?? "") &&
      !PLURAL_BODIES.has(tokens[j - 1]?.lower ?? "")
    )
      continue;
    // "Focus on building your email list.", "raised on the Kestrel list", "the nominee list": a bare
    // form right after one text in the singular, or a noun of saying after one person's word or
    // after a name that is some word's object, does not agree with it, so the two words are one
    // noun ("the memos list" would be the verb; "the statement read" is a past tense; "After the
    // storm, the Government say …", "the memo and the letter say" and "Only then did the Pentagon
    // confirm" keep theirs).
    if (left && j === i && t.lower === lemma && lemma !== "read" && !/s$/i.test(left.phrase.text)) {
      const opening = tokens[tokens.findIndex((x) => x.start === left.phrase.start) - 1];
      const ofObject =
        !!opening &&
        opening.kind === "word" &&
        !isCapitalised(opening) &&
        !SUBJECT_OPENERS.has(opening.lower) &&
        NOUNS_OF_SAYING.has(lemma) &&
        /^(?:the|a|an)\s/i.test(left.phrase.text);
      if (
        !SUBJECT_OPENERS.has(opening?.lower ?? "") &&
        ((left.phrase.type === "document" && !/\s(?:and|or|&)\s/.test(left.phrase.text)) ||
          (left.phrase.type === "name" && ofObject) ||
          (left.phrase.type === "role" && NOUNS_OF_SAYING.has(lemma)))
      )
        continue;
    }
    // "Officers arrested Ana Ruiz, of Eighth St., after finding …, said Lt. Tom Hale": asides after
    // a verb's object lead to an attribution that names its speaker after the verb, not to the object.
    if (left && isComma(tokens[j - 1]) && inObjectPosition(tokens, left.phrase.start)) {
      const right = subjectRightOf(tokens, i);
      // (The name closes the sentence or an aside follows it: "said Tom Hale was wrong" is what
      // was said.)
      const next = right ? tokens.find((x) => x.start >= right.phrase.end) : undefined;
      if (right?.phrase.type === "name" && (!next || next.kind === "punct")) {
        cues.push(rightCue(i, t.start, lemma, right));
        continue;
      }
    }
    if (left) {
      cues.push({
        index: i,
        start: t.start,
        lemma,
        subject: withOwnPronoun(left.phrase, tokens, i),
        ...(left.appositive ? { appositive: left.appositive } : {}),
        how: "left",
      });
      continue;
    }
    // Inversion after a quotation, or at the end of a clause: "said Lotfi Azzouz", "says Parata".
    // ("saying it would …" is not an inversion: a participle's object clause has its own subject.)
    // ("“…” and says it is …": after a conjunction the verb shares the sentence's subject.)
    // ("The mayor, Lind said, told the council …": "told" has its addressee after it, never its subject.)
    // ("Says Ana Ruiz: “…”", "Added Brandt, “…”": a verb opening the sentence before its subject.)
    const opening = j === 0 && /^\p{Lu}/u.test(t.text);
    if (
      ((adjacent && !coordinated) ||
        opening ||
        (isPunct(tokens[j - 1]) && !participle && !OBJECT_FIRST.has(lemma))) &&
      lemma !== "tell"
    ) {
      const right = subjectRightOf(tokens, i);
      const introduces = (phrase: { end: number }) => {
        const next = tokens.find((x) => x.start >= phrase.end);
        return next?.kind === "quote" || next?.text === ":" || next?.text === ",";
      };
      if (
        right &&
        (!opening || adjacent || introduces(right.phrase)) &&
        // ("Ana Lind, …, said ministers should expect it", "“…” as figures showed 311 people were
        // waiting": a verb after the phrase makes it the subject of what was said, not of the cue.)
        unlessAVerbFollows(tokens, right.phrase) !== null &&
        // ("…, says the Duke group's results may …": a name before more of its noun phrase is a
        // modifier in what was said, not an inverted subject.)
        !isPossessive(tokens.find((x) => x.start >= right.phrase.end)) &&
        (adjacent || right.phrase.type !== "pronoun") &&
        PRONOUNS[right.phrase.pronoun ?? ""] !== "self"
      ) {
        cues.push(rightCue(i, t.start, lemma, right));
        continue;
      }
    }
    // "“…,” said the retired schoolteacher", "Refugee advocates say": someone only described.
    const nextToQuote = isQuote(tokens[j - 1]) || (isPunct(tokens[j - 1]) && isQuote(tokens[j - 2]));
    const closesQuote = !nextToQuote && adjacent;
    const described =
      participle || coordinated
        ? null
        : nextToQuote
          ? // ("… “former official” told the Jezebel website": "told" has its addressee after it.)
            lemma === "tell"
            ? null
            : unlessAVerbFollows(tokens, descriptionAt(tokens, i, "right", true))
          : descriptionAt(tokens, i, "left", closesQuote);
    // "equations that described the motion": a relative clause whose antecedent is no speaker.
    if (!described && ["that", "which"].includes(tokens[j - 1]?.lower ?? "")) continue;
    // "“…,” reads one": a text's words only when the text is named.
    if (lemma === "read" && !described) continue;
    // "signs pointing out the benefits": a participle right after a noun describes that noun.
    const wordBefore = tokens[j - 1]?.kind === "word" ? (tokens[j - 1]?.lower ?? "") : "";
    const afterNoun =
      participle &&
      wordBefore !== "" &&
      !PARTICIPLE_LINKS.has(wordBefore) &&
      !BE.has(wordBefore) &&
      !/ly$/.test(wordBefore);
    // "Brandvold spoke before councillors defending the strike": the same after an object that is
    // no speaker's name.
    if (afterNoun && !described && !left && !DEGREE.has(wordBefore) && !/['’]s$/.test(wordBefore)) {
      const object = objectEndingBefore(tokens, j);
      if (object !== undefined) {
        const governing = governingSubject(tokens, object);
        cues.push(
          governing
            ? { index: i, start: t.start, lemma, subject: governing.phrase, how: "left" }
            : { index: i, start: t.start, lemma, subject: null, how: "inherit" },
        );
        continue;
      }
    }
    // "…, with many saying it was unfair", "some arguing …": a bare quantifier stands for unnamed
    // people (not for the sentence's subject); "with few saying so" names no one.
    const opensClause = j < 2 || tokens[j - 2]?.lower === "with" || isPunct(tokens[j - 2]);
    if (participle && !described && wordBefore === "few" && opensClause) continue;
    if (participle && !described && UNNAMED_MANY.has(wordBefore) && opensClause) {
      const many = tokens[j - 1] as Token;
      cues.push({
        index: i,
        start: t.start,
        lemma,
        subject: { type: "group", text: many.text, start: many.start, end: many.end, head: many.lower },
        how: "left",
      });
      continue;
    }
    // "despite flood warning": a word in -ing after a noun, with nothing after it, is a noun too.
    if (afterNoun && !described && (!tokens[i + 1] || tokens[i + 1]?.kind === "punct")) continue;
    cues.push({
      index: i,
      start: t.start,
      lemma,
      subject: described,
      // ("…, going so far as to call the play “ridiculous.”": an infinitive whose subject is out of
      // reach is the sentence's subject's.)
      how: described
        ? "left"
        : (participle && !afterNoun) || coordinated || infinitiveInParticipleClause(tokens, j)
          ? "inherit"
          : "none",
    });
  }
  // "His partner, he says, told him …": a cue between commas inside another's subject and verb
  // reports the whole sentence; the other verb is part of what it reports.
  for (let k = cues.length - 1; k >= 0; k--) {
    const c = cues[k] as Cue;
    if (c.how !== "left" || !c.subject) continue;
    const subjectEnd = c.subject.end;
    if (cues.some((p) => p !== c && p.start > subjectEnd && p.start < c.start && parenthetical(tokens, p)))
      cues.splice(k, 1);
  }
  // "…, but investors have been told the price is likely to be final, Reuters reported.": a closing
  // attribution reports the whole sentence; the cues before it are part of what it reports.
  // (The last before any participles that share its subject: "…, he said, urging voters to …".)
  let closer = cues.length - 1;
  while (closer > 0 && (cues[closer] as Cue).how === "inherit") closer--;
  const last = cues[closer];
  // ("Ruiz said in a memo that …, the Eastport Herald reported.": a report of what someone said is
  // the channel, and what they said stays theirs; see reading's reportSpeech.)
  const reportsSpeech =
    last?.lemma === "report" &&
    cues.some(
      (c) =>
        c !== last && c.subject && c.subject.type !== "pronoun" && (c.how === "left" || c.how === "right"),
    );
  if (last && closingAttribution(tokens, last) && !reportsSpeech) {
    for (let k = closer - 1; k >= 0; k--) {
      const c = cues[k] as Cue;
      if (c.lemma !== "according to" && !followsQuote(tokens, c.index)) cues.splice(k, 1);
    }
    // ("…, the U.S. Attorney’s Office for the Western District of New York announced": the whole
    // organisation's name from the comma, when the subject read was only its end.)
    if (last.how === "left") last.subject = wholeNameAfterComma(tokens, last) ?? last.subject;
  }
  // "As Emily Feng reports for NPR, the first cases came to light when authorities announced …":
  // what follows the opening "as" clause is what it reports, a "when" clause's speech included.
  const opening = cues[0];
  if (opening && asParenthetical(tokens, opening.index))
    for (let k = cues.length - 1; k >= 1; k--) {
      const c = cues[k] as Cue;
      const first = c.subject ? tokens.findIndex((t) => t.start === c.subject?.start) : -1;
      if (first > 0 && SUBORDINATORS.has(tokens[first - 1]?.lower ?? "")) cues.splice(k, 1);
    }
  // "When visitors asked him about the storms, he would answer, “…”": a question put in an opening
  // clause of time is the occasion of the answer the main clause gives, not speech of its own
  // ("After Lind said the ferries would stop, the union said …" keeps both).
  const main = cues.findLast(
    (c) => c.subject && c.how !== "according" && !inOpeningClauseOfWhen(tokens, c.index),
  );
  if (main)
    for (let k = cues.length - 1; k >= 0; k--) {
      const c = cues[k] as Cue;
      if (c.lemma === "ask" && c.index < main.index && inOpeningClauseOfWhen(tokens, c.index))
        cues.splice(k, 1);
    }
  // "In a letter calling for the vote, Lund said …": the letter is where its author said it.
  const openingSubject = cues[0]?.subject;
  if (
    openingSubject?.type === "document" &&
    tokens[tokens.findIndex((t) => t.start === openingSubject.start) - 1]?.lower === "in" &&
    cues.some((c) => c.subject && c.subject.type !== "document")
  )
    cues.shift();
  // ("Asked whether …, Lind refused to say": the refusal is the answer to the question.)
  if (refusal && !cues.some((c) => c.subject)) return [refusal];
  return cues;
}

/**
 * Whether the verb whose words start at `j` is an infinitive in a participle clause after a comma:
 * "…, going so far as to call", "…, choosing instead to describe" (not "is to blame").
 */
function infinitiveInParticipleClause(tokens: readonly Token[], j: number): boolean {
  if (tokens[j - 1]?.lower !== "to") return false;
  for (let k = j - 2; k >= 1 && j - k <= 8; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== "word") return false;
    if (isPunct(tokens[k - 1], ",")) return /ing$/.test(t.lower);
  }
  return false;
}

/** Words that may close a sentence after its closing attribution: "…, Reuters reported on Monday." */
const CLOSING_WORDS = new Set(
  "on in at late early last this yesterday today tonight monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night week weekend a statement an interview email briefing conference news release call".split(
    " ",
  ),
);

/**
 * Whether a cue closes its sentence as its attribution: after a comma, with its subject ("…,
 * Reuters reported.", "…, people familiar with the talks say.") or after it ("…, said the
 * official."), and only a time or a place of saying after the verb ("announced Monday").
 */
function closingAttribution(tokens: readonly Token[], cue: Cue): boolean {
  if (!cue.subject || (cue.how !== "left" && cue.how !== "right")) return false;
  if (cue.how === "left" && closesSentence(tokens, cue.index)) return true;
  // (The subject read may be only the end of an organisation's name that opens after the comma:
  // "…, the U.S. Attorney’s Office for the Western District said in a statement.")
  const whole = cue.how === "left" ? wholeNameAfterComma(tokens, cue) : null;
  const first = tokens.findIndex((t) => t.start === (whole ?? cue.subject)?.start);
  const opens = cue.how === "left" ? first : skipBack(tokens, cue.index);
  if (opens < 2 || !isPunct(tokens[opens - 1], ",")) return false;
  let end = cue.how === "right" ? tokens.findIndex((t) => t.start >= (cue.subject?.end ?? 0)) : cue.index + 1;
  if (end < 0) end = tokens.length;
  let words = 0;
  for (let k = end; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind === "punct" && (t.text === "." || t.text === "!" || t.text === "?")) continue;
    if (t.kind !== "word" || ++words > 4) return false;
    if (!CLOSING_WORDS.has(t.lower) && !/ly$/.test(t.lower) && !isCapitalised(t)) return false;
  }
  return true;
}

/**
 * The organisation's name from the comma before a closing cue to its verb, when the subject read is
 * only its end ("the U.S. Attorney’s Office for the Western District of New York"); null otherwise.
 */
function wholeNameAfterComma(tokens: readonly Token[], cue: Cue): SpeakerPhrase | null {
  const first = tokens.findIndex((t) => t.start === cue.subject?.start);
  let k = first;
  while (k > 0 && tokens[k - 1]?.kind === "word") k--;
  if (k === first || !isPunct(tokens[k - 1], ",")) return null;
  const words = tokens.slice(k, cue.index);
  const named = words[0]?.lower === "the" ? words.slice(1) : words;
  if (!named.some((w) => ORGANISATION_WORDS.has(w.text.replace(/['’]s$/, "")) && isCapitalised(w)))
    return null;
  if (!named.every((w) => isCapitalised(w) || ["of", "for", "and", "on", "the"].includes(w.lower)))
    return null;
  // ("…, Harbour Steel and the Kestrel Workers Union said", "…, Mayor Ana Ruiz and the Harbour
  // Institute said": two speakers joined, or a person among them, are no one organisation's name.)
  // (A title before a body's field stays: "the Office of the Governor of Kestrel".)
  const personFirst =
    givenName(named[0]?.text ?? "") !== undefined ||
    (isTitle(named[0]?.text ?? "") && givenName(named[1]?.text ?? "") !== undefined);
  if (
    personFirst ||
    named.some((w, k) => (w.lower === "and" || w.text === "&") && named[k + 1]?.lower === "the")
  )
    return null;
  const start = (words[0] as Token).start;
  const end = (words[words.length - 1] as Token).end;
  const text = words.map((w) => w.text).join(" ");
  return { type: "name", text, start, end, name: named.map((w) => w.text).join(" ") };
}

/** Words for figures whose source follows them: "data from MarketAxess", "figures released by". */
const DATA_NOUNS = new Set(
  "data figures records documents estimates statistics numbers filings polling research".split(" "),
);

/**
 * "according to data from MarketAxess", "according to figures released by the council": the source
 * named after the figures (null when none is, or when they were only compiled by someone).
 */
function sourceOfData(tokens: readonly Token[], at: number): SpeakerPhrase | null {
  let k = at;
  while (k < at + 4 && tokens[k]?.kind === "word" && !DATA_NOUNS.has(tokens[k]?.lower ?? "")) k++;
  if (!DATA_NOUNS.has(tokens[k]?.lower ?? "")) return null;
  k++;
  // (Figures "compiled by" a newsroom are its work on others' figures, not its statement.)
  const issued = ["released", "published", "provided", "issued"].includes(tokens[k]?.lower ?? "");
  if (issued) k++;
  if (tokens[k]?.lower !== "from" && !(issued && tokens[k]?.lower === "by")) return null;
  const found = phraseStartingAt(tokens, k + 1);
  return found && found.phrase.type !== "pronoun" ? found.phrase : null;
}

/**
 * A group with what says which people it is, up to the clause's end: "according to two people
 * familiar with the matter, …", "according to officials close to the talks." (the phrase alone if
 * no such words follow it).
 */
function withQualifier(tokens: readonly Token[], phrase: SpeakerPhrase | null): SpeakerPhrase | null {
  if (phrase?.type !== "group") return phrase;
  let k = tokens.findIndex((t) => t.start >= phrase.end);
  if (k < 0 || !GROUP_QUALIFIERS.has(tokens[k]?.lower ?? "")) return phrase;
  const from = k;
  while (k < tokens.length && tokens[k]?.kind === "word" && k - from < 8) k++;
  const last = tokens[k - 1] as Token;
  if (k - from >= 8 || (tokens[k] && !isPunct(tokens[k], ",.;:"))) return phrase;
  return {
    ...phrase,
    text: `${phrase.text} ${tokens
      .slice(from, k)
      .map((t) => t.text)
      .join(" ")}`,
    end: last.end,
  };
}

/** Words that open a clause subordinate to the sentence's: "when authorities announced". */
const SUBORDINATORS = new Set([
  "when",
  "after",
  "before",
  "while",
  "since",
  "because",
  "until",
  "as",
  "where",
]);

/**
 * Whether the verb at `i` is an opening "As Emily Feng reports for NPR," (or "As Lorenz recalled,"):
 * "as" opens the sentence, a short subject, the verb, then a comma (a short phrase may come first).
 */
function asParenthetical(tokens: readonly Token[], i: number): boolean {
  const j = skipBack(tokens, i);
  let k = j - 1;
  while (k > 0 && j - k <= 5 && tokens[k]?.kind === "word" && tokens[k]?.lower !== "as") k--;
  if (tokens[k]?.lower !== "as" || k !== 0 || k === j - 1) return false;
  let m = i + 1;
  if (["for", "to", "in", "on", "at"].includes(tokens[m]?.lower ?? ""))
    while (m < tokens.length && m - i <= 5 && tokens[m]?.kind === "word") m++;
  return isPunct(tokens[m], ",");
}

/** Whether a cue stands between commas with its subject just before it: ", he says,". */
function parenthetical(tokens: readonly Token[], cue: Cue): boolean {
  if (cue.how !== "left" || !cue.subject) return false;
  const first = tokens.findIndex((t) => t.start === cue.subject?.start);
  return isPunct(tokens[first - 1], ",") && isPunct(tokens[cue.index + 1], ",") && cue.index - first <= 4;
}

/** Modals and forms of "be" that follow a subject: "Tariff Demands May Expand". */
const MODALS = new Set("may might will would could can should must is are was were".split(" "));

/** Singular words for bodies that take a plural verb: "Police Say", "Staff Warn". */
const PLURAL_BODIES = new Set(["police", "people", "staff", "crew", "personnel", "cattle"]);

/** Words that make what follows a supposition: "if officials respond", "unless the council agrees". */
const CONDITIONAL = new Set(["if", "unless"]);

/** The token just before offset `start` (where a phrase begins), if any. */
/** Prepositions whose object a participle after it never has for its subject ("with" has: "with Lind saying …"). */
const PLACE_AND_ADDRESS = new Set(
  "to from of at in on for before after near outside inside into onto about among between toward towards over under around across throughout through along".split(
    " ",
  ),
);

/**
 * Whether the phrase starting at `start` is a preposition's object ("to Ada Lind", "from Kestrel
 * Point"), other than a document's author ("a letter from the union").
 */
function objectOfPreposition(tokens: readonly Token[], start: number): boolean {
  const k = tokens.findIndex((t) => t.start >= start);
  const preposition = tokens[k - 1];
  if (preposition?.kind !== "word" || !PLACE_AND_ADDRESS.has(preposition.lower)) return false;
  const before = tokens[k - 2];
  return !(preposition.lower === "from" && before && DOCUMENT_HEADS.has(before.lower));
}

/**
 * Whether the phrase at `start` is a name right after a verb in the past that is no verb of saying
 * ("left UKIP saying", "quit the Harbour Party saying"): the verb's object, whom a participle after
 * it does not have for its subject.
 */
function objectOfVerb(tokens: readonly Token[], start: number): boolean {
  const k = tokens.findIndex((t) => t.start >= start);
  const verb = tokens[k - 1];
  return (
    verb?.kind === "word" &&
    !isCapitalised(verb) &&
    (OBJECT_TAKING_PAST.has(verb.lower) || (/ed$/.test(verb.lower) && !BE.has(tokens[k - 2]?.lower ?? ""))) &&
    speechVerbLemma(verb.lower) === undefined &&
    isCapitalised(tokens[tokens[k]?.lower === "the" ? k + 1 : k])
  );
}
/** Irregular past forms that take an object: "left UKIP", "quit the party". */
const OBJECT_TAKING_PAST = new Set([
  "left",
  "quit",
  "met",
  "joined",
  "led",
  "won",
  "lost",
  "took",
  "beat",
  "hit",
]);

/**
 * The start of a preposition's object that ends just before `j` ("before councillors", "to the
 * city's councillors"): up to three plain words after the preposition. Undefined when there is none.
 */
function objectEndingBefore(tokens: readonly Token[], j: number): number | undefined {
  for (let m = j - 1; m >= 0 && m >= j - 4; m--) {
    const t = tokens[m] as Token;
    if (t.kind !== "word") return undefined;
    if (m < j - 1 && PLACE_AND_ADDRESS.has(t.lower)) {
      const before = tokens[m - 1];
      return t.lower === "from" && before && DOCUMENT_HEADS.has(before.lower)
        ? undefined
        : tokens[m + 1]?.start;
    }
  }
  return undefined;
}

/** Verbs that follow a clause's subject: "were", "would", "had". */
const CLAUSE_VERBS = new Set(
  "is are was were has have had will would can could should may might must do does did".split(" "),
);

/**
 * A description read after "“…,” said" is no inverted subject when a verb follows it: "Pike, author
 * of “The Harbour Years,” said the ferries were doomed" reports what the ferries were, said by the
 * sentence's subject. Null then; the phrase otherwise.
 */
function unlessAVerbFollows(tokens: readonly Token[], phrase: SpeakerPhrase | null): SpeakerPhrase | null {
  if (!phrase) return null;
  const after = tokens.find((t) => t.start >= phrase.end);
  return after && CLAUSE_VERBS.has(after.lower) ? null : phrase;
}

/** The verb "to be", whose subject a description after it is. */
const COPULA = new Set(["is", "was", "were", "are", "been"]);

/** Words of degree before an adjective in -ing: "Africa's most promising states". */
const DEGREE = new Set("most more less least very so too quite rather highly".split(" "));

/** A verb in the past that a preposition's phrase may hang on: "spoke before", "has written to". */
const PAST_FORM =
  /ed$|^(?:spoke|spoken|wrote|written|sent|told|met|went|came|gave|given|took|taken|stood|sat|ran|led|held|brought|shown)$/;

/**
 * The subject of the verb that the preposition's phrase starting at `start` hangs on ("Bosma spoke
 * before lawmakers", "The government has written to two of the men freed from …"), looked for
 * within the clause: none past a comma, a quotation or a clause's opening word.
 */
function governingSubject(tokens: readonly Token[], start: number): ReturnType<typeof subjectLeftOf> {
  const k = tokens.findIndex((t) => t.start >= start);
  for (let m = k - 2; m >= 0 && m >= k - 16; m--) {
    const t = tokens[m] as Token;
    if (t.kind !== "word" || ["that", "which", "who", "whom", "whose"].includes(t.lower)) return null;
    if (isCapitalised(t) || !PAST_FORM.test(t.lower)) continue;
    const found = subjectLeftOf(tokens, m);
    // ("… to three of the ferry crews sent home from …": a phrase after a preposition is its object,
    // and the participle after it describes it.)
    if (found && !objectOfPreposition(tokens, found.phrase.start)) return found;
  }
  return null;
}

/** A cue whose speaker is named after its verb ("said Lt. Tom Hale, a police spokesman"). */
const rightCue = (
  index: number,
  start: number,
  lemma: string,
  found: { phrase: SpeakerPhrase; appositive?: string },
): Cue => ({
  index,
  start,
  lemma,
  subject: found.phrase,
  ...(found.appositive ? { appositive: found.appositive } : {}),
  how: "right",
});

/**
 * Whether the phrase at `start` stands where no subject does: after a verb in the past ("arrested
 * Ana Ruiz"), a number ("1119 Eighth St.") or a preposition ("of Eighth St.").
 */
function inObjectPosition(tokens: readonly Token[], start: number): boolean {
  const before = tokenBefore(tokens, start);
  if (before?.kind !== "word" || isCapitalised(before)) return false;
  return (
    /^\d/.test(before.text) ||
    ["of", "at", "in", "from", "near", "on", "to", "with"].includes(before.lower) ||
    (PAST_FORM.test(before.lower) && !SPEECH_VERBS.has(before.lower))
  );
}

/** Words after "and" that begin an aside, never a list's next describing word. */
const LIST_BREAKERS = new Set(
  "in with at on by for from to then also again later even still just only as so yet not".split(" "),
);

function tokenBefore(tokens: readonly Token[], start: number): Token | undefined {
  for (let k = tokens.length - 1; k >= 0; k--) if ((tokens[k] as Token).start < start) return tokens[k];
  return undefined;
}

function skipBack(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j > 0 && precursorAt(tokens, j - 1)) j--;
  return j;
}
