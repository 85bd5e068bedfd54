/**
 * What each sentence's words say, read once: its speech cues, its quotations, the phrases that may
 * name its subject, and the names it prints (with the roles printed beside them). The first stage of
 * attribution: everything later works from these facts, never from the text again (but for the
 * few subjects read again on demand, see `Reading.subjectOf`).
 */
import { titleCaseLine } from "./cue-senses";
import { type Cue, findCues } from "./cues";
import type { Entity, NameSighting } from "./entities";
import { givenName } from "./given-names";
import type { LaidOutBlock } from "./layout";
import {
  COURTESY,
  DOCUMENT_HEADS,
  FINITE_AUXILIARIES,
  FUNCTION_WORDS,
  GENERIC_ORGANISATION_HEADS,
  GROUP_QUALIFIERS,
  LEGAL_FORMS,
  PRONOUNS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  SPOKESPEOPLE,
  speechVerbLemma,
  UNNAMED_SOURCE,
  VERB_PRECURSORS,
} from "./lexicon";
import {
  AFFILIATION,
  DETERMINERS,
  eachOne,
  fieldListEnd,
  isHeadNoun,
  isNameWord,
  isRoleNoun,
  isRolePlural,
  isTitle,
  looksLikeRole,
  ownerBeforeSubject,
  PARTY_TAG,
  PERSON_NOUN,
  POST_NOMINALS,
  phraseBefore,
  phraseStartingAt,
  printedBetween,
  readPhrase,
  type SpeakerPhrase,
  textOf,
} from "./noun-phrases";
import { findQuotes, type MarkedQuote } from "./quote-marks";
import { maskQuotes, type Sentence, splitSentences } from "./sentences";
import { isCapitalised, isPossessive, type Token, tokenize, withoutPossessive } from "./tokens";
import { BodyWords, markCommonOpening } from "./vocabulary";

/** Roles of the blocks that frame the story: read after the body, and never antecedents. */
export const FRAME_ROLES = new Set(["title", "standfirst", "heading", "caption"]);
/** Reading position of an offset in a block: comparable across blocks. */
export const position = (block: number, offset: number) => block * 1e6 + offset;

/** A block as the reading pass sees it. */
export interface BlockData {
  text: string;
  role: LaidOutBlock["role"];
  listItem: boolean;
  quotes: MarkedQuote[];
  sentences: Sentence[];
  /** What the reading pass needs of each sentence (same order as `sentences`). */
  facts: SentenceFacts[];
}

/**
 * What the reading pass needs of a sentence, read from its tokens while they exist. The tokens
 * themselves are not kept: held to the end of a long article, every collection of the garbage
 * collector had to copy them again, and the pass needs only these few facts.
 */
export interface SentenceFacts {
  sentence: Sentence;
  cues: Cue[];
  /** The sentence's quotations, with the index of their token (to match them with cues). */
  quotes: { quote: MarkedQuote; index: number }[];
  /** Whether the subject is a name (resolvable later) rather than a pronoun. */
  subjectIsName: boolean;
  /**
   * The phrases that may name the sentence's subject, resolved only when something asks. Read at
   * once when the subject is a pronoun (it is resolved at once); a name's are mostly never asked
   * for, and are read from the tokens again if they are (see `subjectOf`).
   */
  subject: SubjectPhrases | null;
  /** Who reports the sentence, once the reading pass has found out. */
  speaker: Entity | null;
  /** The entity the sentence is about: undefined until something asks (see `subjectEntity`). */
  subjectEntity: Entity | null | undefined;
}

/** A phrase that may name a sentence's subject, with its appositive and its offset in the block. */
export interface SubjectPhrase {
  phrase: SpeakerPhrase;
  appositive: string | undefined;
  at: number;
}

/**
 * A sentence's subject as its words give it: a name in an aside, tried first ("The chief executive
 * of Harbour Lines, Claire Dubois, apologised"), then the phrase at the subject's start.
 */
export interface SubjectPhrases {
  aside: SubjectPhrase | null;
  main: SubjectPhrase | null;
}

/**
 * Every block's sentences, each tokenized once: its names go to `sightings` (the entity registry
 * needs the whole article's before anything is resolved), the rest of what its tokens say to its
 * facts.
 */
export function readBlocks(laidOut: readonly LaidOutBlock[]): {
  blocks: BlockData[];
  sightings: NameSighting[];
  bodyWords: BodyWords;
  quotedPersons: (surname: string) => boolean;
} {
  const marked = findQuotes(laidOut.map((b) => b.text));
  const sightings: NameSighting[] = [];
  // (Asked only when a one-word name needs evidence, of the quotations that print that name.)
  const quotedAsPerson = (surname: string) => {
    for (const [i, b] of laidOut.entries())
      for (const q of marked[i] ?? []) {
        const quoted = b.text.slice(q.start, q.end);
        if (quoted.includes(surname) && personsNamedIn(quoted).has(surname)) return true;
      }
    return false;
  };
  const bodyWords = new BodyWords(() => laidOut.filter((b) => !FRAME_ROLES.has(b.role)).map((b) => b.text));
  const blocks: BlockData[] = laidOut.map((b, i) => {
    const quotes = marked[i] ?? [];
    const masked = maskQuotes(b.text, quotes);
    const sentences = splitSentences(b.text, i, quotes, masked);
    const facts = sentences.map((sentence) => {
      const tokens = tokenize(masked, sentence.start, sentence.end, quotes);
      markCommonOpening(tokens, bodyWords);
      // (A title-case line's capitalised runs are no names: "Police Say Bridge Will Reopen"; nor
      // are a headline's, shorter, once every word of it is capitalised: "Peers Back Ferry Bill".)
      const titled = titleCaseLine(tokens) || (b.role === "title" && titleCaseHeadline(tokens));
      // (A dateline's place and wire service are no one the story names: "SAN FRANCISCO (AP) —".)
      if (!titled) collectSightings(tokens.slice(datelineEnd(tokens)), i, sightings);
      return readSentence(sentence, tokens, titled);
    });
    return { text: b.text, role: b.role, listItem: !!b.listItem, quotes, sentences, facts };
  });
  return { blocks, sightings, bodyWords, quotedPersons: quotedAsPerson };
}

/** A headline of three words or more, every one capitalised (but "a", "of", "to" and the like). */
function titleCaseHeadline(tokens: readonly Token[]): boolean {
  let words = 0;
  for (const t of tokens) {
    if (t.kind !== "word") continue;
    if (!isCapitalised(t) && !FUNCTION_WORDS.has(t.text)) return false;
    words++;
  }
  return words >= 3;
}

/** A title or a given name, an editor's bracketed given name perhaps, then a surname. */
const PERSON_IN_QUOTE =
  /(\p{Lu}[\p{L}'’-]*\.?)\s+(?:\((\p{Lu}\p{Ll}+)\)\s+)?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\b/gu;

/**
 * Surnames a quotation prints as a person's ("Coach (Frank) Vogel came in", "Rick Fleming will
 * push …"): evidence that a speaker named by that one word is a person. (Quoted names are no
 * sightings: what a speaker mentions is not what the story is about.)
 */
function personsNamedIn(quoted: string): Set<string> {
  const found = new Set<string>();
  for (const m of quoted.matchAll(PERSON_IN_QUOTE)) {
    const [, before = "", bracketed, surname = ""] = m;
    if (
      bracketed !== undefined ||
      isTitle(before) ||
      COURTESY[before.toLowerCase()] !== undefined ||
      givenName(before) !== undefined
    )
      found.add(surname);
  }
  return found;
}

/** Reads what the reading pass needs of a sentence's tokens. */
function readSentence(sentence: Sentence, tokens: readonly Token[], titled: boolean): SentenceFacts {
  const quotes: SentenceFacts["quotes"] = [];
  for (let i = 0; i < tokens.length; i++) {
    const quote = (tokens[i] as Token).quote;
    if (quote) quotes.push({ quote, index: i });
  }
  // (A title-case line's capitalised run is no name, so no subject: "Player on Rudolph's Role in
  // Fight: He Asked for It".)
  const isName = !titled && subjectIsName(tokens);
  return {
    sentence,
    cues: findCues(tokens),
    quotes,
    subjectIsName: isName,
    subject: isName ? null : titled ? { aside: null, main: null } : subjectPhrases(tokens),
    speaker: null,
    subjectEntity: undefined,
  };
}

/** The phrases naming a sentence's subject (after an opening phrase), unresolved. */
/** Verbs of putting a document out: "published", "released", "issued". */
const PUBLISHING = new Set(
  "published publishes released releases issued issues unveiled unveils produced commissioned".split(" "),
);

/**
 * "Westland Railways has published a white paper …": the head of the document a name right
 * before `k` is printed publishing (an auxiliary may come between), or undefined.
 */
function publishedAfter(tokens: readonly Token[], k: number): string | undefined {
  let j = k;
  if (["has", "have", "had"].includes(tokens[j]?.lower ?? "")) j++;
  if (!PUBLISHING.has(tokens[j]?.lower ?? "")) return undefined;
  if (!["a", "an", "its", "their", "the", "his", "her"].includes(tokens[j + 1]?.lower ?? ""))
    return undefined;
  for (let m = j + 2; m < Math.min(tokens.length, j + 6); m++) {
    const t = tokens[m] as Token;
    if (t.kind !== "word") return undefined;
    if (DOCUMENT_HEADS.has(t.lower)) return t.lower;
  }
  return undefined;
}

/**
 * Where a dateline opening a sentence ends ("SIOUX FALLS, S.D. –", "ZURICH (Reuters) -"): the index
 * after its dash, or 0. A place in capitals and small letters ("Geneva - The agency said") only when
 * the dash is a word or two after it and a capital follows.
 */
function datelineEnd(tokens: readonly Token[]): number {
  // ("(CNN) Sometimes, …", "(Reuters) - Johnson & Johnson said": a wire service's credit alone,
  // in brackets, perhaps with a dash.)
  if (tokens[0]?.text === "(") {
    const close = tokens.findIndex((t, k) => k > 1 && k <= 4 && t.text === ")");
    if (close < 0 || !tokens.slice(1, close).every((t) => isCapitalised(t))) return 0;
    return isDash(tokens[close + 1]) ? close + 2 : close + 1;
  }
  if (!/^\p{Lu}[\p{Lu}'’-]+$/u.test(tokens[0]?.text ?? "")) {
    // (Not a name: "Ana Ruiz - the owner - said".)
    if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[0]?.text ?? "") || givenName(tokens[0]?.text ?? "")) return 0;
    const k = isDash(tokens[1]) ? 1 : isCapitalised(tokens[1]) && isDash(tokens[2]) ? 2 : 0;
    return k > 0 && isCapitalised(tokens[k + 1]) ? k + 1 : 0;
  }
  for (let k = 1; k < Math.min(tokens.length, 8); k++) {
    const t = tokens[k] as Token;
    if (isDash(t)) return k + 1;
    // (A state after a comma, "S.D.", "Calif.", its full stop a token of its own; a wire service's
    // credit in brackets, "(AP)".)
    const place = /^\p{Lu}[\p{Lu}'’-]+$/u.test(t.text) || /^\p{Lu}[\p{L}.]*$/u.test(t.text);
    if (!place && ![",", ".", "(", ")"].includes(t.text)) return 0;
  }
  return 0;
}

/**
 * Whether the token at `k`, after a name, is that name's number ("Number 10 said", "Transport 2000
 * said", "Channel 4 has"): one to four digits before a verb or a stop, after a name that opens with
 * no given name (not "gave Ana Ruiz 812 votes").
 */
function endsInItsNumber(tokens: readonly Token[], k: number, name: string): boolean {
  const number = tokens[k];
  const after = tokens[k + 1];
  return (
    number !== undefined &&
    /^\d{1,4}$/.test(number.text) &&
    givenName(name.split(" ")[0] ?? "") === undefined &&
    (!after ||
      after.kind === "punct" ||
      speechVerbLemma(after.lower) !== undefined ||
      BE_OR_HAVE.has(after.lower))
  );
}

/** A name phrase with the number that ends it ("Number 10"), when it has one. */
function withItsNumber(tokens: readonly Token[], phrase: SpeakerPhrase): SpeakerPhrase {
  if (phrase.type !== "name" || !phrase.name) return phrase;
  const k = tokens.findIndex((t) => t.start >= phrase.end);
  if (k < 0 || !endsInItsNumber(tokens, k, phrase.name)) return phrase;
  const number = tokens[k] as Token;
  return {
    ...phrase,
    text: `${phrase.text} ${number.text}`,
    name: `${phrase.name} ${number.text}`,
    end: number.end,
  };
}

/** Words of time or sequence that open a sentence before its subject, without a comma. */
const OPENING_TIME_WORDS = new Set([
  "earlier",
  "later",
  "meanwhile",
  "yesterday",
  "today",
  "separately",
  "elsewhere",
]);

/** Forms of "be" and "have" after a name's number: "Number 10 has said". */
const BE_OR_HAVE = new Set(["is", "was", "has", "had", "have", "are", "were", "will", "would"]);

/** A dash standing alone between words: "—", "–", or a hyphen a typewriter made one of. */
const isDash = (t: Token | undefined) =>
  t !== undefined && (t.text === "—" || t.text === "–" || t.text === "-");

/** Words that never follow a one-word name opening a sentence. */
const NOT_AFTER_A_NAME = new Set(["their", "his", "her", "its", "the", "a", "an", "yet", "of", "my", "our"]);

/**
 * Whether a sentence's capitalised first word only modifies the common nouns after it: "Conventional
 * wisdom says", "Carotid disease is …, specialists say", "Further clinical trials are required". The
 * word after a name is its verb ("Pike thinks prices are", "Pike knew prices were") or an adverb
 * ("Pike also is").
 */
function opensCommonNounPhrase(tokens: readonly Token[]): boolean {
  const next = tokens[1];
  if (
    next?.kind !== "word" ||
    isCapitalised(next) ||
    FUNCTION_WORDS.has(next.lower) ||
    FINITE_AUXILIARIES.has(next.lower) ||
    IRREGULAR_PAST.has(next.lower) ||
    speechVerbLemma(next.lower) !== undefined ||
    /(?:ed|ly)$/.test(next.lower) ||
    // ("Public figures said": a plural noun straight before the verb.)
    (/s$/.test(next.lower) && !isVerbAfterANoun(tokens[2]))
  )
    return false;
  for (let j = 2; j <= 3; j++) {
    const t = tokens[j];
    if (t?.kind !== "word" || isCapitalised(t)) return false;
    if (isVerbAfterANoun(t) && (j > 2 || !/s$/.test(next.lower) || !/s$/.test(t.lower))) return true;
    if (FUNCTION_WORDS.has(t.lower) || /ly$/.test(t.lower)) return false;
  }
  return false;
}
/** A finite verb: a form of "be" or "have", a modal, or a verb of saying ("says", "said", "showed"). */
const isVerbAfterANoun = (t: Token | undefined) =>
  t?.kind === "word" &&
  (FINITE_AUXILIARIES.has(t.lower) ||
    (/(?:s|ed|id)$/.test(t.lower) && speechVerbLemma(t.lower) !== undefined));
/** Past tenses that end in no "-ed": the verb after a name ("Pike knew", "Pike thought"). */
const IRREGULAR_PAST = new Set(
  "knew thought felt made took gave went saw found kept left held brought meant became began spoke led lost paid sent spent won sold heard met got put set let ran came grew drew chose fell rose stood understood built bought caught taught fought sought broke drove flew forgot threw wrote struck".split(
    " ",
  ),
);

/** Words for a share of a group: "some" in "some of her critics". */
const SHARES = new Set(["some", "many", "most", "several", "few", "all", "half", "both", "none"]);

/**
 * "Some of her critics", "Many of the workers": a share of a group speaks as the group does, and is
 * named with its share. Null when the words at `k` are no share of a group.
 */
function shareOf(tokens: readonly Token[], k: number): { phrase: SpeakerPhrase; appositive?: string } | null {
  if (!SHARES.has(tokens[k]?.lower ?? "") || tokens[k + 1]?.lower !== "of") return null;
  const group = phraseStartingAt(tokens, k + 2)?.phrase;
  if (group?.type !== "group") return null;
  const share = tokens[k] as Token;
  return {
    phrase: { ...group, text: printedBetween(tokens, share.start, group.end), start: share.start },
  };
}

export function subjectPhrases(tokens: readonly Token[]): SubjectPhrases {
  // (After a dateline the sentence starts anew; tokens keep their places in the text.)
  const dateline = datelineEnd(tokens);
  if (dateline > 0) return subjectPhrases(tokens.slice(dateline));
  const k = subjectStart(tokens);
  const first = tokens[0];
  // (Or someone only described: "On one page an unidentified poster … wrote".)
  const share = shareOf(tokens, k);
  const found = share ?? phraseStartingAt(tokens, k) ?? (k > 0 ? describedPerson(tokens, k) : null);
  let aside: SubjectPhrase | null = null;
  // "The chief executive of Harbour Lines, Claire Dubois, apologised": the name in the aside.
  // (The first comma after the subject's words: "The Minister of Energy, Mines and Forests, Dana
  // Pike, said" has the commas of its list.)
  const c1 = commaAfter(
    tokens,
    found
      ? Math.max(
          k,
          tokens.findIndex((t) => t.end >= found.phrase.end),
        )
      : k,
  );
  const c2 = c1 === undefined ? undefined : commaAfter(tokens, c1);
  // (Only when the comma closes the subject itself: not "Mr Blair held talks with his Israeli
  // counterpart, Ariel Sharon, and …", where the name is the object's.)
  const closesSubject =
    c1 !== undefined &&
    (!found ||
      tokens
        .slice(0, c1)
        .every(
          (t) =>
            t.start < found.phrase.end ||
            (t.kind === "word" &&
              !FINITE_AUXILIARIES.has(t.lower) &&
              !IRREGULAR_PAST.has(t.lower) &&
              !/ed$/.test(t.lower) &&
              speechVerbLemma(t.lower) === undefined),
        ));
  if (c1 !== undefined && c2 !== undefined && c1 < k + 10 && closesSubject) {
    const named = phraseStartingAt(tokens, c1 + 1);
    const asideEnd = named ? tokens.findIndex((t) => t.start >= named.phrase.end) : -1;
    // ("Rep. Ann Toll, R-Ohio, visited …": a party tag after a full name is her role, no one else.)
    const tagged = found?.phrase.type === "name" && PARTY_TAG.test(named?.phrase.text ?? "");
    // ("Mr Johnson, MP for Henley on Thames, said": the end of a place's name is no one's.)
    const placeTail = /\s(?:on|upon)$/.test(named?.phrase.role ?? "");
    if (named?.phrase.type === "name" && asideEnd === c2 && !tagged && !placeTail)
      aside = {
        phrase: named.phrase,
        appositive: found ? found.phrase.text : undefined,
        at: tokens[c1 + 1]?.start ?? 0,
      };
  }
  let main: SubjectPhrase | null = null;
  if (found?.phrase.type === "group" && k === 0) found.phrase = withWhatFollows(tokens, found.phrase);
  if (
    found &&
    // (Two named together are a subject wherever the clause opens: "In a rare move, the Tories and
    // Lib Dems have tabled".)
    (found.phrase.type !== "group" || k === 0 || share || found.phrase.head === "and") &&
    found.phrase.type !== "document" &&
    // One capitalised word opening a sentence may just be the sentence's first word.
    !(
      found.phrase.type === "name" &&
      k === 0 &&
      !/\s/.test(found.phrase.name ?? "") &&
      (FUNCTION_WORDS.has(first?.text ?? "") ||
        /(?:ing|ed)$/.test(first?.lower ?? "") ||
        // ("Finally, …" is an adverb; "Tully wants", "Kelly said" are names.)
        (/ly$/.test(first?.lower ?? "") && tokens[1]?.text === ",") ||
        // ("Whatever their history, …", "Better yet, …", "Neither of these …": a name is not
        // followed by a determiner, "yet" or "of".)
        NOT_AFTER_A_NAME.has(tokens[1]?.lower ?? "") ||
        opensCommonNounPhrase(tokens))
    )
  )
    main = {
      phrase: withItsNumber(tokens, found.phrase),
      appositive: found.appositive,
      at: tokens[k]?.start ?? 0,
    };
  return { aside, main };
}

/**
 * A group opening its sentence, with what qualifies it up to the verb: "Experts on jail suicide told",
 * "Two people familiar with the matter said". Unchanged when no verb of saying comes within a few
 * words, or a comma does first.
 */
function withWhatFollows(tokens: readonly Token[], phrase: SpeakerPhrase): SpeakerPhrase {
  let j = tokens.findIndex((t) => t.start >= phrase.end);
  if (j < 0 || !GROUP_QUALIFIERS.has(tokens[j]?.lower ?? "")) return phrase;
  const from = j;
  for (; j < tokens.length && j - from < 8; j++) {
    const t = tokens[j] as Token;
    if (t.kind !== "word") return phrase;
    // ("the talks" is a noun: a verb follows no determiner.)
    const verb =
      (SPEECH_VERBS.has(t.lower) || VERB_PRECURSORS.has(t.lower)) &&
      !DETERMINERS.has(tokens[j - 1]?.lower ?? "");
    if (verb) break;
  }
  const last = tokens[j - 1];
  if (j === from || j >= tokens.length || j - from >= 8 || !last) return phrase;

  return { ...phrase, text: `${phrase.text}${printedAfter(tokens, phrase.end, last.end)}`, end: last.end };
}

/** The text of tokens between two offsets, with single spaces where the text has any. */
function printedAfter(tokens: readonly Token[], from: number, to: number): string {
  let out = "";
  let at = from;
  for (const t of tokens) {
    if (t.start < from || t.end > to) continue;
    out += (t.start > at ? " " : "") + t.text;
    at = t.end;
  }
  return out;
}

/** Names in a sentence (outside quotations), with their printed roles, added to `sightings`. */
function collectSightings(tokens: readonly Token[], block: number, sightings: NameSighting[]) {
  for (let i = 0; i < tokens.length; i++) {
    // "Immigration, Refugees and Citizenship Canada (IRCC)": a name and the acronym it goes by.
    if (tokens[i]?.text === "(" && tokens[i + 2]?.text === ")") {
      const defined = acronymDefinition(tokens, i);
      if (defined)
        sightings.push(
          sighting(defined.name, defined.text, position(block, defined.start), { acronym: defined.acronym }),
        );
      // ("progression-free survival (PFS)": the acronym of a term printed in small letters names no
      // one.)
      else if (termAcronym(tokens, i)) {
        i += 2;
        continue;
      }
    }
    // `i` ends a run of capitalised words, or a possessive inside one ("Gov. Chris Christie’s State
    // of the State speech"): read the phrase that ends here, if it can be a name (a name word is
    // never a possessive; "Adam Curry’s show" mentions Adam Curry all the same).
    if (!isCapitalised(tokens[i])) continue;
    const possessive = isPossessive(tokens[i]);
    if (!possessive && isCapitalised(tokens[i + 1])) continue;
    if (!possessive && !isNameWord(tokens[i] as Token)) continue;
    const phrase = possessive ? possessor(tokens, i) : phraseBefore(tokens, i + 1);
    if (phrase?.type !== "name" || !phrase.name) continue;
    // ("Harbour Phones, Inc.": a firm's legal form after its name names nothing of its own.)
    if (LEGAL_FORMS.has(phrase.name.toLowerCase().replace(/\.$/, ""))) continue;
    // ("André Neu, Head of Platform Solutions for Ascom": a job's title in capitals, not a name.)
    if (jobTitleInCapitals(phrase.name)) continue;
    // ("a so-called PI3K inhibitor", "BYL719", "HER2": a code of letters and digits names a drug, a
    // gene or a model, no one who could speak.)
    if (/^\S*\p{L}\d\S*$/u.test(phrase.name)) continue;
    // ("the Harbour Phone 7", "an Ascom Myco 2": a model's name and its number, a product's; not
    // "gave Ana Ruiz 812 votes".)
    if (
      /^\d+$/.test(tokens[i + 1]?.text ?? "") &&
      (MODEL_DETERMINERS.has(phrase.text.split(" ")[0]?.toLowerCase() ?? "") ||
        MODEL_DETERMINERS.has(tokens[indexStartingAt(tokens, phrase.start) - 1]?.lower ?? ""))
    )
      continue;
    // ("Number 10 said", "Transport 2000 said": a body's name that ends in its number.)
    if (!possessive && endsInItsNumber(tokens, i + 1, phrase.name)) {
      const number = (tokens[i + 1] as Token).text;
      sightings.push(
        sighting(`${phrase.name} ${number}`, `${phrase.text} ${number}`, position(block, phrase.start), {}),
      );
      continue;
    }
    // ("told VOA Pentagon correspondent Ana Ruiz", "Reuters White House reporter"): a news outlet,
    // then the beat its journalist covers; the beat is no part of the outlet's name.
    const outlet = outletBeforeBeat(phrase.name, tokens[i + 1]);
    if (outlet) {
      sightings.push(
        sighting(outlet, outlet, position(block, phrase.start + phrase.text.indexOf(outlet)), {}),
      );
      continue;
    }
    // ("ABC News chief White House correspondent": the beat has no role of the journalist's words.)
    if (BEATS.has(phrase.name) && BEAT_JOURNALISTS.has(tokens[i + 1]?.lower ?? "")) {
      sightings.push(
        sighting(phrase.name, phrase.name, position(block, phrase.end - phrase.name.length), {}),
      );
      continue;
    }
    // A single capitalised word opening a sentence ("Union spokesman …") is no evidence of a name,
    // unless what it says shows a person ("Marlow told the league he would stay").
    const named = possessive ? undefined : pronounAfterName(tokens, i, phrase.name);
    const spokenOf = possessive ? undefined : (pronounAfterSpeech(tokens, i + 1) ?? named);
    if (
      phrase.start === tokens[0]?.start &&
      !/\s/.test(phrase.name) &&
      !phrase.role &&
      tokens[i + 1]?.kind === "word" &&
      !spokenOf
    )
      continue;
    // ("The Verge’s Stadia review": a name between an owner's possessive and a text's noun says what
    // the text is about; the owner is no role of the name's.)
    const aboutText = DOCUMENT_HEADS.has(tokens[i + 1]?.lower ?? "") && !isCapitalised(tokens[i + 1]);
    const printed = phrase.text.replace(/^the\s+/i, "").split(" ");
    const article =
      printed.length < phrase.text.split(" ").length ||
      tokens[indexStartingAt(tokens, phrase.start) - 1]?.lower === "the";
    const owner = aboutText ? ownerBeforeSubject(printed, article) : -1;
    if (owner > 0) {
      const about = printed.slice(owner).join(" ");
      sightings.push(
        sighting(about, about, position(block, phrase.start + phrase.text.lastIndexOf(about)), {}),
      );
      continue;
    }
    const printedRole = aboutText
      ? undefined
      : (phrase.role ?? asideRole(tokens, indexStartingAt(tokens, phrase.start), i));
    // ("Singer-guitarists Tom Ames and Ed Lowe": a plural role before a pair is each one's.)
    const role =
      printedRole && tokens[i + 1]?.lower === "and" && isCapitalised(tokens[i + 2])
        ? eachOne(printedRole)
        : printedRole;
    const first = indexStartingAt(tokens, phrase.start);
    sightings.push(
      sighting(phrase.name, phrase.text, position(block, phrase.start), {
        role,
        gender: phrase.gender ?? spokenOf,
        courtesy: phrase.courtesy,
        // "Okafor, who runs a shop", "Parata, 75,": printed as a person's is; so is a name a
        // pronoun of a person's follows ("Deval Patrick would stop by to introduce himself").
        // (Not a place or a body a preposition names: "… at the Henry Ford Health System in Detroit,
        // who was not involved" is the person before the aside.)
        person:
          named !== undefined ||
          (tokens[i + 1]?.text === "," &&
            (tokens[i + 2]?.lower === "who" || /^\d{1,3}$/.test(tokens[i + 2]?.text ?? "")) &&
            !AFTER_A_PREPOSITION.has(tokens[first - 1]?.lower ?? "")),
        definite: !phrase.role && tokens[first - 1]?.lower === "the",
        // ("Nintendo's new handheld console, the DS, will launch": a thing's name, in commas after
        // what it is.)
        product: productNamed(tokens, /^the\s/i.test(phrase.text) ? first + 1 : first),
        // "Harbour Freight said its ship …", "Harbour Freight, which runs …": an organisation's.
        organisation:
          !possessive &&
          phrase.name.endsWith((tokens[i] as Token).text) &&
          ((tokens[i + 1]?.text === "," && tokens[i + 2]?.lower === "which") ||
            itsFollows(tokens, i + 1) ||
            peopleAt(tokens, first)),
        age:
          tokens[i + 1]?.text === "," && /^\d{1,3}$/.test(tokens[i + 2]?.text ?? "")
            ? Number(tokens[i + 2]?.text)
            : undefined,
        published: possessive ? undefined : publishedAfter(tokens, i + 1),
      }),
    );
    // "Cara Diemont of IT firm Harbour Metrics": the organisation after the person, with its role.
    if (
      !possessive &&
      !phrase.name.endsWith((tokens[i] as Token).text) &&
      !POST_NOMINALS.test((tokens[i] as Token).text)
    ) {
      let k = first + 1;
      while (k < i && !AFFILIATION.has((tokens[k] as Token).lower)) k++;
      if (k >= i) continue;
      const rest = tokens.slice(k + 1, i + 1);
      const place = phraseBefore(rest, rest.length);
      if (place?.type === "name" && place.name)
        sightings.push(sighting(place.name, place.text, position(block, place.start), { role: place.role }));
    }
  }
}

/** Whether the name at `first` follows "the" and a comma after a product's noun ("console, the DS"). */
const productNamed = (tokens: readonly Token[], first: number) =>
  tokens[first - 1]?.lower === "the" &&
  tokens[first - 2]?.text === "," &&
  PRODUCT_NOUNS.has(tokens[first - 3]?.lower ?? "");

/** Nouns for things a firm makes, whose name in commas after them is the thing's. */
const PRODUCT_NOUNS = new Set(
  "console handheld phone smartphone handset tablet laptop computer device gadget game drug vaccine pill car vehicle aircraft jet app browser chip processor film movie album novel".split(
    " ",
  ),
);

/** Prepositions before a place or a body, whose name a "who" after it does not describe. */
const AFTER_A_PREPOSITION = new Set(["in", "at", "of", "from", "for", "with", "near"]);

/**
 * "performance analysts at Digital Foundry", "engineers at the Harbour Works": a name that people
 * work at, before the name's words at `first`, is an organisation's (or a place's).
 */
function peopleAt(tokens: readonly Token[], first: number): boolean {
  const at = tokens[first - 1]?.lower === "the" ? first - 2 : first - 1;
  const people = tokens[at - 1]?.lower ?? "";
  return tokens[at]?.lower === "at" && (isRolePlural(people) || WORKERS.has(people));
}

/** People by the work they do somewhere ("engineers at …"), not by where they stand ("fans at …"). */
const WORKERS = new Set(
  "team staff staffers employees workers engineers researchers scientists developers designers programmers technicians physicians doctors nurses lawyers economists specialists experts".split(
    " ",
  ),
);

/**
 * Whether "its" stands in the clause that starts at `k`, after a name, with no other name or "and"
 * between: "said its ship", "said on Monday that its ship" (not "… and its", "told Acme its …").
 */
function itsFollows(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < k + 6; j++) {
    const t = tokens[j];
    if (t?.kind !== "word") return false;
    if (t.lower === "its") return true;
    if (t.lower === "and" || t.lower === "or" || (isCapitalised(t) && !FUNCTION_WORDS.has(t.text)))
      return false;
  }
  return false;
}

/**
 * "Marlow told the league he would stay", "Okafor said her shop …": the gender of "he" or "she"
 * in what a name right before a verb of saying said, when no other name stands between.
 */
function pronounAfterSpeech(tokens: readonly Token[], k: number): "m" | "f" | undefined {
  if (!SPEECH_VERBS.has(tokens[k]?.lower ?? "")) return undefined;
  for (let j = k + 1; j < k + 7; j++) {
    const t = tokens[j];
    if (t?.kind !== "word" || t.lower === "and" || (isCapitalised(t) && !FUNCTION_WORDS.has(t.text)))
      return undefined;
    const gender = PRONOUNS[t.lower];
    if (gender === "m" || gender === "f") return gender;
    if (gender !== undefined) return undefined;
  }
  return undefined;
}

/**
 * "A row involving Taylor Swift, her former label and …", "Deval Marsh would stop by to introduce
 * himself": the gender of the sentence's first person named, from a reflexive a few words after
 * the full name (no other name, role or person noun, nor "who", between them), or from a pronoun
 * right after it and "and", or its comma when a list goes on; never when the sentence has a
 * pronoun of the other gender. `k` is the name's last token.
 */
function pronounAfterName(tokens: readonly Token[], k: number, name: string): "m" | "f" | undefined {
  // (The pronoun first: most names have none after them, and the checks below are dearer.)
  let j = k + 1;
  const last = Math.min(k + 13, tokens.length);
  while (j < last && GENDERED[(tokens[j] as Token).lower] === undefined) j++;
  if (j >= last) return undefined;
  const t = tokens[j] as Token;
  const gender = GENDERED[t.lower] as "m" | "f";
  // (A reflexive anywhere in reach; another pronoun only right after the name's comma or "and":
  // "Taylor Swift, her former label", "Jordan Vale and his wife"; never "… Jordan Blake had lied to
  // her", where "her" is the sentence's subject's, nor before a relation or a job: "named Jordan
  // Blake, her chief of staff".)
  const reflexive = t.lower.endsWith("self");
  // (After the comma only a list's item, "and" before the next comma: "Casey Morgan, his longtime
  // ally, as" describes Morgan by the subject.)
  let listed = false;
  for (let m = j + 1; m < j + 7 && m < tokens.length; m++) {
    const w = tokens[m] as Token;
    if (w.kind !== "word") break;
    if (w.lower === "and" || w.lower === "or") listed = true;
  }
  const joined =
    j === k + 2 &&
    ((tokens[k + 1]?.text === "," && listed) || tokens[k + 1]?.lower === "and") &&
    !tokens.slice(j + 1, j + 6).some((w) => w.kind === "word" && (isRoleNoun(w) || RELATIONS.has(w.lower)));
  if (!reflexive && !joined) return undefined;
  const words = name.split(" ");
  if (words.length < 2) return undefined;
  // (The sentence's first person named: "Ana Ruiz met Jordan Blake … and found herself" is hers.)
  const first = k - words.length + 1;
  for (let m = 0; m < first; m++) {
    const w = tokens[m] as Token;
    if (w.kind === "word" && (givenName(w.text) !== undefined || isTitle(w.text))) return undefined;
  }
  // (A name whose first word is no given name, a firm's as likely as a person's, only by a reflexive:
  // "Deval Patrick would stop by to introduce himself"; "Big Machine would not let her" says nothing.)
  if (!reflexive && givenName(words[0] ?? "") === undefined) return undefined;
  // (No one else a pronoun could mean between them: no other name, no role or person noun, no "who".)
  for (let m = k + 1; m < j; m++) {
    const w = tokens[m] as Token;
    if (
      w.kind === "quote" ||
      w.lower === "who" ||
      (isCapitalised(w) && !FUNCTION_WORDS.has(w.text)) ||
      isRoleNoun(w) ||
      PERSON_NOUN.test(w.lower)
    )
      return undefined;
  }
  // (And no pronoun of the other gender in the sentence.)
  return tokens.every((w) => GENDERED[w.lower] === undefined || GENDERED[w.lower] === gender)
    ? gender
    : undefined;
}

/** Journalists named after the beat they cover: "VOA Pentagon correspondent". */
const BEAT_JOURNALISTS = new Set(["correspondent", "reporter", "producer", "bureau", "anchor"]);

/** Words that end a news outlet's name: "The New York Times", "Reuters", "Harbour Courier". */
const PRESS_WORDS = new Set(
  "News Press Times Post Journal Herald Telegraph Guardian Reuters Bloomberg Gazette Tribune Chronicle Courier Observer Examiner Inquirer Enquirer Dispatch Bulletin Sentinel Star Radio TV Television".split(
    " ",
  ),
);

/** What a journalist covers when it is named before their job: "Pentagon correspondent". */
const BEATS = new Set(
  "Pentagon|White House|Capitol Hill|Congress|State Department|Justice Department|Supreme Court|Kremlin|Downing Street|Whitehall|Westminster|Washington|Moscow|Beijing|London|Paris|Brussels|Berlin|Tokyo|Jerusalem|Middle East|Europe|Asia|Africa|Latin America|Wall Street|Silicon Valley|Hollywood".split(
    "|",
  ),
);

/**
 * The outlet in "VOA Pentagon", "NBC News White House" or "Reuters Pentagon" before a journalist's
 * word: the words before a beat, when they are letters or end in a press word; null otherwise.
 */
function outletBeforeBeat(name: string, next: Token | undefined): string | null {
  if (!next || !BEAT_JOURNALISTS.has(next.lower)) return null;
  const words = name.split(" ");
  for (const size of [1, 2]) {
    const own = words.length - size;
    if (own < 1 || !BEATS.has(words.slice(own).join(" "))) continue;
    const outlet = words.slice(0, own);
    const last = outlet.at(-1) ?? "";
    return PRESS_WORDS.has(last) || (own === 1 && /^\p{Lu}{2,5}$/u.test(last)) ? outlet.join(" ") : null;
  }
  return null;
}

/** Words before a product's name: "the Harbour Phone 7", "an Ascom Myco 2", "its Stormbox 3". */
const MODEL_DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "my", "your"]);

/** "Head of Platform Solutions for Ascom", "Director of Sales at Harbour": a job's title, capitalised. */
function jobTitleInCapitals(name: string): boolean {
  const words = name.split(" ");
  return (
    words.length >= 3 &&
    // (One person's job: "Physicians for Human Rights", "Friends of the Earth" are bodies.)
    !/s$/.test(words[0] ?? "") &&
    ROLE_NOUNS.has((words[0] ?? "").toLowerCase()) &&
    (words[1] === "of" || words[1] === "for")
  );
}

/** Words for people by how they are related to someone. */
const RELATIONS = new Set(
  "aide aides deputy assistant colleague friend partner wife husband son daughter mother father sister brother successor predecessor boss".split(
    " ",
  ),
);

/** The gendered pronouns in every case. */
const GENDERED: Readonly<Record<string, "m" | "f">> = Object.assign(Object.create(null), {
  he: "m",
  him: "m",
  his: "m",
  himself: "m",
  she: "f",
  her: "f",
  hers: "f",
  herself: "f",
});

/**
 * A sighting with every field present, in one order (sightings are read in hot loops; objects of
 * one shape keep those loops fast).
 */
function sighting(
  name: string,
  text: string,
  at: number,
  extra: Partial<Omit<NameSighting, "name" | "text" | "position">>,
): NameSighting {
  return {
    name,
    text,
    position: at,
    role: extra.role || undefined,
    gender: extra.gender,
    courtesy: extra.courtesy,
    person: extra.person || undefined,
    definite: extra.definite || undefined,
    organisation: extra.organisation || undefined,
    product: extra.product || undefined,
    acronym: extra.acronym,
    age: extra.age,
    published: extra.published,
  };
}

/** A word printed as an acronym: "IRCC", "NATO", "U.N."; two to eight capitals. */
const ACRONYM = /^(?:\p{Lu}\.?){2,8}$/u;

/**
 * The name an acronym in brackets at `open` stands for, when the capitalised words before it have
 * its letters as initials ("Immigration, Refugees and Citizenship Canada (IRCC)"; small words and
 * commas between them do not count).
 */
function acronymDefinition(
  tokens: readonly Token[],
  open: number,
): { name: string; text: string; acronym: string; start: number } | null {
  const acronym = tokens[open + 1]?.text ?? "";
  if (!ACRONYM.test(acronym)) return null;
  const letters = acronym.replace(/\./g, "");
  let matched = letters.length;
  let k = open - 1;
  let first = -1;
  for (; k >= 0 && matched > 0; k--) {
    const t = tokens[k] as Token;
    if (t.kind === "punct" && t.text === ",") continue;
    if (t.kind !== "word") return null;
    if (!isCapitalised(t)) {
      if (["and", "of", "for", "the", "on", "in", "&"].includes(t.lower)) continue;
      return null;
    }
    if (t.text[0] !== letters[matched - 1]) return null;
    matched--;
    first = k;
  }
  if (matched > 0 || first < 0) return null;
  const start = (tokens[first] as Token).start;
  const name = tokens
    .slice(first, open)
    .map((t, i, all) => (i > 0 && (all[i - 1] as Token).end < t.start ? " " : "") + t.text)
    .join("");
  return { name, text: name, acronym: letters, start };
}

/**
 * Whether the acronym in brackets at `open` stands for the words in small letters before it, each
 * part of a hyphenated word one letter: "progression-free survival (PFS)", "gross domestic product
 * (GDP)".
 */
function termAcronym(tokens: readonly Token[], open: number): boolean {
  const acronym = tokens[open + 1]?.text ?? "";
  if (!ACRONYM.test(acronym)) return false;
  const letters = acronym.replace(/\./g, "").toLowerCase();
  const initials: string[] = [];
  for (let k = open - 1; k >= 0 && initials.length < letters.length; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== "word" || isCapitalised(t)) return false;
    for (const part of t.lower.split("-").reverse()) if (part) initials.unshift(part.charAt(0));
  }
  return initials.join("").endsWith(letters) && initials.length >= letters.length;
}

/** The name a possessive at `i` ends ("Adam Curry’s" → Adam Curry), read without the "’s". */
function possessor(tokens: readonly Token[], i: number): SpeakerPhrase | null {
  let first = i;
  while (first > 0 && isCapitalised(tokens[first - 1]) && !isPossessive(tokens[first - 1])) first--;
  const bare = tokens
    .slice(first, i + 1)
    .map((w, k, all) =>
      k === all.length - 1 ? { ...w, text: withoutPossessive(w.text), lower: withoutPossessive(w.lower) } : w,
    );
  return readPhrase(bare);
}

/**
 * The index of the token starting at `start`, or -1. (Not a `findIndex` callback in the loop above:
 * one capturing a variable of the loop's body costs an allocation on every token.)
 */
function indexStartingAt(tokens: readonly Token[], start: number): number {
  for (let i = 0; i < tokens.length; i++) if ((tokens[i] as Token).start === start) return i;
  return -1;
}

/**
 * A role printed around a name in commas: "Britain’s transport minister, Helen Marsh," or
 * "Jonas Berg, a spokesman for the port authority,".
 */
function asideRole(tokens: readonly Token[], first: number, last: number): string | undefined {
  const comma = (t: Token | undefined) => t?.kind === "punct" && t.text === ",";
  if (
    comma(tokens[first - 1]) &&
    (comma(tokens[last + 1]) || tokens[last + 1] === undefined || tokens[last + 1]?.text === ".")
  ) {
    // ("The Secretary of State for Culture, Media and Sport, Tessa Jowell": a title whose field is
    // a list; the list's first comma is the title's end.)
    let listed = first - 2;
    while (listed > 0 && (isCapitalised(tokens[listed]) || tokens[listed]?.lower === "and")) listed--;
    while (listed > 1 && comma(tokens[listed]) && fieldListEnd(tokens, listed) !== first - 1) {
      listed--;
      while (listed > 0 && isCapitalised(tokens[listed])) listed--;
    }
    const title =
      listed > 1 && comma(tokens[listed]) && fieldListEnd(tokens, listed) === first - 1
        ? phraseBefore(tokens, listed)
        : null;
    if (title?.type === "role")
      return `${title.role ?? title.text}${printedBetween(tokens, (tokens[listed] as Token).start, (tokens[first - 2] as Token).end)}`;
    const before = phraseBefore(tokens, first - 1);
    if (before && before.type === "role") {
      // ("the judgment of another witness, Ana Ruiz", "an email address for Lind’s sister, Maria
      // Fry": a thing of theirs before the role; the role is what follows "of" or "for".)
      const words = tokens.slice(
        tokens.findIndex((t) => t.start === before.start),
        last + 1,
      );
      const of = words.findIndex((t) => t.start < before.end && (t.lower === "of" || t.lower === "for"));
      const owned = words[of + 1];
      if (of > 0 && owned && !words.slice(0, of).some((t) => isRoleNoun(t) || isTitle(t.text)))
        return printedBetween(tokens, owned.start, before.end);
      return before.text;
    }
    // "the chief executive of Harbour Bank, Ana Ruiz", "the head of the union, Ana Ruiz": a job held at
    // a body, named or described.
    if (before?.job) return before.job.text;
    // "The group, Desk Workers United, formed …": a body named after what it is, which "the group"
    // later means.
    // (Opening the sentence: "The chief executive of the company, Ana Ruiz," is a chief executive.)
    if (
      before?.type === "organisation" &&
      /^the\s/i.test(before.text) &&
      GENERIC_ORGANISATION_HEADS.has(before.head ?? "") &&
      tokens.findIndex((t) => t.start === before.start) === 0
    )
      return before.text;
    const at = tokens.findIndex((t) => t.start === before?.start);
    if (before?.type === "organisation" && at >= 3 && AFFILIATION.has(tokens[at - 1]?.lower ?? "")) {
      const job = phraseBefore(tokens, at - 1);
      if (job?.type === "role" && !SPOKESPEOPLE.has(job.head ?? ""))
        return printedBetween(tokens, job.start, before.end);
    }
  }
  if (comma(tokens[last + 1])) {
    let k = last + 2;
    const aside: Token[] = [];
    while (tokens[k] && !comma(tokens[k]) && tokens[k]?.text !== "." && tokens[k]?.kind !== "quote")
      aside.push(tokens[k++] as Token);
    if (
      aside.length > 0 &&
      aside.length <= 12 &&
      // ("Tom Hale, her deputy, …": a possessive stands for an article, unless a list goes on:
      // "Lorenz, his secretary, his programmer and …" are several people.)
      (["a", "an", "the"].includes(aside[0]?.lower ?? "") ||
        (["her", "his", "its", "their"].includes(aside[0]?.lower ?? "") &&
          !LIST_GOES_ON.has(tokens[k + 1]?.lower ?? "") &&
          !aside.some((t) => t.lower === "and"))) &&
      looksLikeRole(aside) &&
      // ("…, the men's solicitor says.": the subject of an inverted verb of saying, not a role.)
      !aside.some((t) => SPEECH_VERBS.has(t.lower)) &&
      // ("Piet Brandvold, the source, told Reuters": a list ends, and an unnamed source speaks.)
      !UNNAMED_SOURCE.test(textOf(aside))
    )
      return textOf(aside);
  }
  return undefined;
}

/** Words that start a list's next item after a comma. */
const LIST_GOES_ON = new Set(["her", "his", "its", "their", "the", "a", "an", "and"]);

/** Words that may open a sentence before its subject ("But Trump …"). */
const CONJUNCTIONS = new Set(["but", "and", "however", "so", "yet"]);

/** Where a sentence's subject starts: after an opening phrase ("In recent days, Trump …"). */

/** Prepositions that open a phrase before the subject ("For Rick Dean, …, the future is …"). */
const OPENING_PREPOSITIONS = new Set([
  "for",
  "to",
  "with",
  "at",
  "from",
  "among",
  "like",
  "unlike",
  "despite",
]);

function subjectStart(tokens: readonly Token[]): number {
  // "SIOUX FALLS, S.D. – People across the nation …", "CAIRO — Gunmen …": a dateline first.
  const dateline = datelineEnd(tokens);
  if (dateline > 0) return dateline + subjectStart(tokens.slice(dateline));
  let k = 0;
  const first = tokens[0];
  // "In recent days, Trump …", "Talking about …, he said": skip the opening phrase (up to a comma
  // among the first 14 tokens, looked for only when the first word can open such a phrase).
  // ("She tried college, and then left": a pronoun opening the sentence is its subject.)
  if (first && PRONOUNS[first.lower] !== undefined) return 0;
  // "Earlier Tory leader Michael Howard sent …": a word of time or sequence opening the sentence,
  // without its comma, before a name.
  if (
    first &&
    OPENING_TIME_WORDS.has(first.lower) &&
    isCapitalised(tokens[1]) &&
    !FUNCTION_WORDS.has(tokens[1]?.text ?? "")
  )
    return 1;
  if (
    first &&
    (FUNCTION_WORDS.has(first.text) || first.lower.endsWith("ing") || first.lower.endsWith("ed"))
  ) {
    // (Past a title's list of fields: "The Minister of Energy, Mines and Forests, Dana Pike, said".)
    const firstComma = commaAfter(tokens, 0);
    const list = firstComma === undefined ? -1 : fieldListEnd(tokens, firstComma);
    const comma = list > 0 && tokens[list]?.text === "," ? list : firstComma;
    // ("The commission is frustrated with …, saying": a clause with its verb, not an opening phrase.)
    // ("The British Medical Association also backed the bill, saying …": a verb in the past, or
    // "also" before one, is a clause's too.)
    const clause =
      comma !== undefined &&
      DETERMINERS.has(first.lower) &&
      tokens
        .slice(1, comma)
        .some(
          (t, n, words) =>
            FINITE_AUXILIARIES.has(t.lower) ||
            (t.lower === "also" && words[n + 1]?.kind === "word") ||
            (n > 1 &&
              t.kind === "word" &&
              !isCapitalised(t) &&
              /[^e]ed$/.test(t.lower) &&
              isCapitalised(words[n - 1])),
        );
    if (comma !== undefined && comma < 14 && !clause) {
      k = comma + 1;
      // ("For Rick Dean, director of sales at THX, a new format is …": the role after a name the
      // opening phrase ends on is part of that phrase.)
      const next = commaAfter(tokens, k);
      if (
        next !== undefined &&
        next - k <= 15 &&
        OPENING_PREPOSITIONS.has(first.lower) &&
        isCapitalised(tokens[comma - 1]) &&
        !isCapitalised(tokens[k]) &&
        looksLikeRole(tokens.slice(k, next)) &&
        !tokens.slice(k, next).some((t) => FINITE_AUXILIARIES.has(t.lower))
      )
        k = next + 1;
    }
    // "At the meeting the mayor stood up and said …", "On one page a poster wrote …": an opening
    // phrase of where or when without its comma ends where the subject's article starts.
    else if (comma === undefined || comma >= 14) k = afterOpeningPhrase(tokens);
  } else if (first?.kind === "word") {
    // "Most recently, Shadman launched …", "Last week, Trump said", "Two days later, …": a few
    // lower-case words ending in an adverb or a word of time ("Refugee advocates, however, say" and
    // "Emery retweeted the story, saying" keep their subject).
    const comma = commaAfter(tokens, 0);
    if (
      comma !== undefined &&
      comma >= 2 &&
      comma <= 4 &&
      tokens.slice(1, comma).every(isAdverbialWord) &&
      TIME_OR_ADVERB.test(tokens[comma - 1]?.lower ?? "")
    )
      k = comma + 1;
  }
  while (tokens[k] && CONJUNCTIONS.has(tokens[k]?.lower ?? "")) k++;
  return k;
}

/**
 * "an unidentified poster", "one angry commuter": an article and a person's noun within three
 * words, starting at `k`, as a description of someone; null when the words are no such thing.
 */
function describedPerson(
  tokens: readonly Token[],
  k: number,
): { phrase: SpeakerPhrase; appositive?: string } | null {
  if (!SUBJECT_ARTICLES.has(tokens[k]?.lower ?? "")) return null;
  for (let m = k + 1; m <= k + 3; m++) {
    const t = tokens[m];
    if (t?.kind !== "word" || isCapitalised(t) || AFFILIATION.has(t.lower) || DETERMINERS.has(t.lower))
      return null;
    // ("a trainee doctor", "an employee survey": a word in -ee before another lower-case noun
    // describes it.)
    const next = tokens[m + 1];
    if (
      /ee$/.test(t.lower) &&
      next?.kind === "word" &&
      !isCapitalised(next) &&
      !SPEECH_VERBS.has(next.lower) &&
      !AFFILIATION.has(next.lower) &&
      !VERB_PRECURSORS.has(next.lower) &&
      !["who", "that", "whose"].includes(next.lower)
    )
      continue;
    // (One person: "poster", "commuter"; not "women", "officials".)
    if (isRoleNoun(t) || (PERSON_NOUN.test(t.lower) && !/[^s]s$|men$|people$/.test(t.lower))) {
      const first = tokens[k] as Token;
      const words = tokens.slice(k + 1, m + 1);
      return {
        phrase: {
          type: "role",
          text: printedBetween(tokens, first.start, t.end),
          start: first.start,
          end: t.end,
          role: words.map((w) => w.text).join(" "),
          head: t.lower,
          described: true,
        },
      };
    }
  }
  return null;
}

/** Prepositions that open a phrase of where or when before a sentence's subject. */
const PLACE_OR_TIME = new Set(["on", "in", "at", "after", "during", "before", "outside", "inside"]);
const SUBJECT_ARTICLES = new Set(["the", "a", "an", "one", "another"]);

/** Where the subject starts after an opening phrase of where or when with no comma, else 0. */
function afterOpeningPhrase(tokens: readonly Token[]): number {
  if (!PLACE_OR_TIME.has(tokens[0]?.lower ?? "")) return 0;
  for (let m = 2; m < Math.min(tokens.length, 9); m++) {
    const t = tokens[m] as Token;
    if (t.kind !== "word" || SPEECH_VERBS.has(t.lower) || FINITE_AUXILIARIES.has(t.lower)) return 0;
    if (SUBJECT_ARTICLES.has(t.lower)) return m;
  }
  return 0;
}

/** Words that end an opening phrase of time or manner: "recently", "last week", "days later". */
const TIME_OR_ADVERB =
  /^(?:\p{L}{3,}ly|week|weeks|month|months|year|years|day|days|night|morning|afternoon|evening|weekend|time|later|earlier|ago|after|before|afterwards|afterward|thereafter|beforehand|since|then|now|today|yesterday)$/u;

/** A lower-case word that heads no speaker phrase: "recently", "week", "later". */
const isAdverbialWord = (t: Token) => t.kind === "word" && !isCapitalised(t) && !isHeadNoun(t);

/** Whether a sentence's subject is a name (resolvable later) rather than a pronoun. */
function subjectIsName(tokens: readonly Token[]): boolean {
  const word = tokens[subjectStart(tokens)];
  return !word || PRONOUNS[word.lower] === undefined;
}

/** The index of the first comma after token `k`, if any. */
function commaAfter(tokens: readonly Token[], k: number): number | undefined {
  for (let i = k + 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "punct" && t.text === ",") return i;
  }
  return undefined;
}
