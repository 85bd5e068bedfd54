/**
 * Speech cues in a sentence: a speech verb and the phrase that names its subject, `according to X`,
 * and passives with an agent (`described as “heartbreaking” by the conservation department`).
 */
import { NEEDS_COMPLEMENT, PRONOUNS, SPEECH_VERBS, VERB_PRECURSORS } from "./lexicon";
import {
  descriptionAt,
  phraseStartingAt,
  readPhrase,
  type SpeakerPhrase,
  subjectLeftOf,
  subjectRightOf,
} from "./noun-phrases";
import { isCapitalised, isPossessive, type Token, withoutPossessive } from "./tokens";

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

/** Whether the verb at `i` stands right after a quotation (`“…,” said X` / `“…,” X said`). */
function followsQuote(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (isPunct(tokens[j]) || tokens[j]?.kind === "word")) {
    if (isQuote(tokens[j - 1]) || (isPunct(tokens[j - 1]) && isQuote(tokens[j - 2]))) return i - j <= 7;
    if (tokens[j]?.kind === "word" && VERB_PRECURSORS.has(tokens[j]?.lower ?? "")) {
      j--;
      continue;
    }
    j--;
    if (i - j > 7) return false;
  }
  return isQuote(tokens[i - 1]);
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

/** Prepositions that open a phrase between a verb and what it reports ("stated in a post that"). */
const PHRASE_OPENERS = new Set([
  "in",
  "on",
  "at",
  "during",
  "to",
  "with",
  "after",
  "before",
  "from",
  "through",
  "via",
]);
/** Verbs whose object is the person addressed, before what was said: "reminded protesters that". */
const OBJECT_THEN_THAT = new Set([
  "remind",
  "tell",
  "warn",
  "assure",
  "inform",
  "convince",
  "persuade",
  "caution",
]);

/** Whether a speech verb at `i` is followed by what its sense requires ("held that", "ruled out"). */
function hasComplement(tokens: readonly Token[], i: number, lemma: string): boolean {
  // "wrote to the minister", "wrote for a website": a letter or an article, not yet what it said.
  if (lemma === "write" && ["to", "for", "back"].includes(tokens[i + 1]?.lower ?? ""))
    return tokens
      .slice(i + 2, i + 10)
      .some((t) => t.lower === "that" || t.text === ":" || t.kind === "quote");
  // "noted for its gardens": known for, not said; "Kerr noted the two are close" is said.
  if (lemma === "note" && ["for", "as"].includes(tokens[i + 1]?.lower ?? "")) return false;
  if (tokens[i]?.lower === "noted") return true;
  // "remind yourself": a note to self.
  if (/(?:self|selves)$/.test(tokens[i + 1]?.lower ?? "")) return false;
  const wanted = NEEDS_COMPLEMENT[lemma];
  if (!wanted) return true;
  // "expressed anti-Trump sentiment", "voiced deep concern": the object after a modifier or two.
  if (
    (lemma === "express" || lemma === "voice") &&
    tokens.slice(i + 1, i + 4).some((t) => wanted.includes(t.lower))
  )
    return true;
  // "…, adds Abbott.": an inversion closing the sentence has its subject for a complement.
  if (isPunct(tokens[i - 1], ",") && isCapitalised(tokens[i + 1]) && tokens.length - i <= 8) return true;
  // "stated in a blog post that", "reminded protesters that": "that" after a phrase, or after the
  // person told.
  const following = tokens[i + 1]?.lower ?? "";
  if (wanted.includes("that") && (PHRASE_OPENERS.has(following) || OBJECT_THEN_THAT.has(lemma))) {
    for (let k = i + 1; k < Math.min(tokens.length, i + 8); k++) {
      const t = tokens[k] as Token;
      if (t.lower === "that") return true;
      if (t.kind !== "word") break;
    }
  }
  let j = i + 1;
  while (tokens[j] && VERB_PRECURSORS.has(tokens[j]?.lower ?? "")) j++;
  const next = tokens[j];
  if (!next) return wanted.includes(".");
  if (wanted.includes(next.lower)) return true;
  // "described as" may come as "described it as".
  return lemma === "describe" && tokens[j + 1]?.lower === "as";
}

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
    if (t.lower === "by") return naming && !quoted ? null : phraseStartingAt(tokens, j + 1);
  }
  return null;
}

/** Every speech cue in a sentence, in order, with the phrase naming its speaker where there is one. */
export function findCues(tokens: readonly Token[]): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "word") continue;
    if (t.lower === "according" && tokens[i + 1]?.lower === "to") {
      const found = phraseStartingAt(tokens, i + 2);
      cues.push({
        index: i,
        start: t.start,
        lemma: "according to",
        subject: found?.phrase ?? null,
        ...(found?.appositive ? { appositive: found.appositive } : {}),
        how: found ? "according" : "none",
      });
      continue;
    }
    // "In her words, …", "Kerr’s warning that …": nouns of speech with whose speech they are.
    const nominal = nominalCue(tokens, i);
    if (nominal) {
      cues.push({ index: i, start: t.start, lemma: "say", subject: nominal, how: "left" });
      continue;
    }
    const lemma = SPEECH_VERBS.get(t.lower);
    if (!lemma) continue;
    const before = tokens[i - 1];
    // "the United States hopes", "no Palestinian state": a capitalised word inside a name, or a word
    // after a nationality, is a noun (a headline in title case excepted).
    if (
      (isCapitalised(t) && isCapitalised(before) && !titleCase(tokens)) ||
      (NOUN_MARKERS.has(tokens[i - 2]?.lower ?? "") &&
        /^\p{Lu}\p{Ll}+(?:an|ese|ish)$/u.test(before?.text ?? ""))
    )
      continue;
    // "another post", "the report", "his comments", "the engineers' report": nouns, not verbs.
    // ("an article that claimed": "that" before a past tense is a relative pronoun.)
    if (
      before &&
      (NOUN_MARKERS.has(before.lower) || /['’]s$|s['’]$/.test(before.text)) &&
      before.kind === "word" &&
      !(before.lower === "that" && t.lower !== lemma && /(?:ed|old|aid|ote)$/.test(t.lower))
    )
      continue;
    // "the annual report said", "a UN report found": a bare form followed by a verb that is
    // inflected is the subject's noun ("said talks would resume" keeps its verb: it is inflected).
    const after = tokens[i + 1];
    const afterLemma = after?.kind === "word" ? SPEECH_VERBS.get(after.lower) : undefined;
    if (t.lower === lemma && afterLemma && afterLemma !== after?.lower) continue;
    // "as if to say": imagined words.
    if (lemma === "say" && before?.lower === "to" && tokens[i - 2]?.lower === "if") continue;

    // "was described as", "Lorenz, described as “the father of chaos”": a passive. (After a comma
    // only when "as", "by" or the quotation follows: "X, who asked …, described the nights as" is active.)
    // Any past participle after "was", "were", "been" … is a passive too ("Residents were denied access").
    const pastParticiple =
      PASSIVE_SPEECH.has(t.lower) || (t.lower !== lemma && /(?:ed|en|wn|ld|id)$/.test(t.lower));
    const passive =
      pastParticiple &&
      (PASSIVE_SPEECH.has(t.lower) || PASSIVE_AUXILIARIES.has(before?.lower ?? "")) &&
      (i === 0 ||
        BE.has(before?.lower ?? "") ||
        (isPunct(before) && (["as", "by"].includes(after?.lower ?? "") || isQuote(after))));
    if (passive) {
      const agent = agentAfter(tokens, i);
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
      if (PASSIVE_AUXILIARIES.has(before?.lower ?? "") && lemma !== "quote") continue;
    }

    const adjacent = followsQuote(tokens, i);
    // "whose name she would not reveal", "did not respond to calls", "who asked not to be named",
    // "declined to confirm": a speech verb negated, or governed by a verb that says nothing was
    // said, reports nothing.
    if (!adjacent && (negated(tokens, i) || governedInfinitive(tokens, i) || asksAnonymity(tokens, i)))
      continue;
    // "As Lorenz later recalled, …": a parenthetical "as X said" reports speech whatever the verb.
    const asClause = /^as$/i.test(tokens[skipBack(tokens, i) - 2]?.text ?? "") && isPunct(tokens[i + 1]);
    // "called the debt “the transcendent issue of our era”": a naming verb with quoted words.
    const quotedObject =
      ["call", "describe", "label", "brand", "dub"].includes(lemma) &&
      tokens.slice(i + 1, i + 7).some(isQuote);
    if (!adjacent && !asClause && !quotedObject && !hasComplement(tokens, i, lemma)) continue;

    const previous = cues[cues.length - 1];
    const j = skipBack(tokens, i);
    const coordinated = tokens[j - 1] && ["and", "but", "or", "then"].includes(tokens[j - 1]?.lower ?? "");
    const participle = /ing$/.test(t.lower);
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
    const left =
      isQuote(tokens[j - 1]) || (isPunct(tokens[j - 1]) && isQuote(tokens[j - 2]))
        ? null
        : subjectLeftOf(tokens, i);
    if (left && !adjacent && inComplement(tokens, cues, left.phrase.start)) continue;
    if (left) {
      cues.push({
        index: i,
        start: t.start,
        lemma,
        subject: left.phrase,
        ...(left.appositive ? { appositive: left.appositive } : {}),
        how: "left",
      });
      continue;
    }
    // Inversion after a quotation, or at the end of a clause: "said Lotfi Azzouz", "says Parata".
    // ("saying it would …" is not an inversion: a participle's object clause has its own subject.)
    if (adjacent || (isPunct(tokens[j - 1]) && !participle)) {
      const right = subjectRightOf(tokens, i);
      if (
        right &&
        (adjacent || right.phrase.type !== "pronoun") &&
        PRONOUNS[right.phrase.pronoun ?? ""] !== "self"
      ) {
        cues.push({
          index: i,
          start: t.start,
          lemma,
          subject: right.phrase,
          ...(right.appositive ? { appositive: right.appositive } : {}),
          how: "right",
        });
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
          ? descriptionAt(tokens, i, "right", true)
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
    cues.push({
      index: i,
      start: t.start,
      lemma,
      subject: described,
      how: described ? "left" : (participle && !afterNoun) || coordinated ? "inherit" : "none",
    });
  }
  return cues;
}

/**
 * Speech verbs whose negation means nothing was said: "would not reveal", "did not respond", "never
 * said". ("did not deny" and "would not rule out" still report a position.)
 */
const SILENT_WHEN_NEGATED = new Set(
  "say tell reveal respond comment confirm disclose specify elaborate explain answer reply speak talk discuss mention return identify name".split(
    " ",
  ),
);

/** Whether the verb at `i` is negated and so reports silence. */
function negated(tokens: readonly Token[], i: number): boolean {
  if (!SILENT_WHEN_NEGATED.has(SPEECH_VERBS.get(tokens[i]?.lower ?? "") ?? "")) return false;
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
    const t = tokens[k] as Token;
    if (t.lower === "not" || t.lower === "never" || /n[’']t$/.test(t.lower)) return true;
    if (!VERB_PRECURSORS.has(t.lower)) return false;
  }
  return false;
}

/** "asked not to be named", "asked not to be identified": a source's condition, not its words. */
const asksAnonymity = (tokens: readonly Token[], i: number) =>
  /^ask/.test(tokens[i]?.lower ?? "") && tokens[i + 1]?.lower === "not" && tokens[i + 2]?.lower === "to";

/**
 * Verbs after which "to" + a speech verb reports no speech: "declined to confirm", "refused to
 * comment", "wanted to say" ("went on to say", "proceeded to explain" do report it).
 */
const NON_SPEECH_GOVERNORS = new Set(
  "decline declined declines declining refuse refused refuses refusing fail failed fails want wanted wants try tried tries seek sought hope hoped plan planned plans expect expected expects able unable reluctant afraid allowed permitted forced invited called urged asked told agreed agree agrees declining hesitant likely unlikely set due scheduled going safe fair hard true needless suffice difficult easy impossible important worth".split(
    " ",
  ),
);

/** Whether the speech verb at `i` is an infinitive governed by a verb that says it was not spoken. */
function governedInfinitive(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && ["not", "never", "also", "publicly", "immediately"].includes(tokens[k]?.lower ?? "")) k--;
  if (tokens[k]?.lower !== "to") return false;
  return NON_SPEECH_GOVERNORS.has(tokens[k - 1]?.lower ?? "");
}

/** Words that join a new main clause, which may have an attribution of its own. */
const CLAUSE_JOINERS = new Set([
  "but",
  "and",
  "while",
  "whereas",
  "though",
  "although",
  "yet",
  "however",
  "as",
  "after",
  "when",
]);
/** Cues too weak to hold another inside what they report: "Hicks found that many people told her". */
const WEAK_CUES = new Set(["find", "hold", "rule"]);

/**
 * Whether a speech verb whose subject starts at offset `subjectStart` stands inside what an earlier
 * cue reports ("Vos said his cabinet would pay nothing unless the council agreed"): one attribution
 * per sentence comes from its main clause. A quotation, a semicolon or a joined clause ("…, but
 * Jansen said") between them starts a new one.
 */
function inComplement(tokens: readonly Token[], cues: readonly Cue[], subjectStart: number): boolean {
  const previous = cues.findLast((c) => c.subject !== null && c.how !== "inherit" && !WEAK_CUES.has(c.lemma));
  // "As Mashable reports, the company announced …": a parenthetical cue holds no clause of its own.
  if (!previous || isPunct(tokens[previous.index + 1])) return false;
  let subjectIndex = tokens.findIndex((t) => t.start >= subjectStart);
  if (subjectIndex < 0) subjectIndex = tokens.length;
  for (let k = previous.index + 1; k < subjectIndex; k++) {
    const t = tokens[k] as Token;
    if (t.kind === "quote" || (t.kind === "punct" && (t.text === ";" || t.text === ":"))) return false;
  }
  return !CLAUSE_JOINERS.has(tokens[subjectIndex - 1]?.lower ?? "");
}

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
 * A noun of speech at `i` and its owner: "In her words, …" (the owner of "words" after "in"), or
 * "Kerr’s warning that …", "his vow that …". Null when the word is no such noun here.
 */
function nominalCue(tokens: readonly Token[], i: number): SpeakerPhrase | null {
  const t = tokens[i] as Token;
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
  if (!inWords && !(SPEECH_NOUNS.has(t.lower) && tokens[i + 1]?.lower === "that")) return null;
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

/** Whether a sentence is set in title case, as headlines are (few lower-case words beyond small ones). */
function titleCase(tokens: readonly Token[]): boolean {
  let lower = 0;
  for (const t of tokens) if (t.kind === "word" && !isCapitalised(t) && t.text.length > 3) lower++;
  return lower < 2;
}

function skipBack(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j > 0 && VERB_PRECURSORS.has(tokens[j - 1]?.lower ?? "")) j--;
  return j;
}
