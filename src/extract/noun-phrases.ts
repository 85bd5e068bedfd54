/**
 * The noun phrase that names a speaker, found next to a speech verb: to its left (`US Secretary of
 * State Mike Pompeo quickly walked back`, `Khamenei, who has the final say…, said`), to its right
 * (`said Lotfi Azzouz, Tunisia country director…`), or after `according to` / `by`. A phrase is read
 * into its parts: a name, a role ("Iran’s Foreign Minister"), a pronoun, or a description ("the
 * president", "local news reports").
 */

import { givenName } from "./given-names";
import {
  COURTESY,
  DOCUMENT_HEADS,
  FUNCTION_WORDS,
  GROUP_HEADS,
  HONORIFICS,
  isNationality,
  ORGANISATION_HEADS,
  ORGANISATION_WORDS,
  PRONOUNS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TITLE_WORDS,
  VERB_PRECURSORS,
} from "./lexicon";
import { isCapitalised, isPossessive, type Token, withoutPossessive } from "./tokens";

/** A speaker phrase, read. */
export interface SpeakerPhrase {
  /** What kind of reference it is. */
  type: "name" | "pronoun" | "role" | "group" | "organisation" | "document";
  /** The phrase as printed. */
  text: string;
  /** Offsets of the phrase in its block. */
  start: number;
  end: number;
  /** The name ("Mohammad Javad Zarif"), for `name`. */
  name?: string;
  /** The role or title printed with it ("Iran’s Foreign Minister"), or the description's words. */
  role?: string;
  /** Gender told by a courtesy title or pronoun. */
  gender?: "m" | "f";
  /** Honorific kept with the name ("Ayatollah"). */
  honorific?: string;
  /** Courtesy title used ("Mr"), for aliases like "Mr Obama". */
  courtesy?: string;
  /** The pronoun, for `pronoun`. */
  pronoun?: string;
  /** Head noun of a description ("president", "department", "reports"). */
  head?: string;
  /** A description read where only a speaker can stand ("“…,” said the retired schoolteacher"). */
  described?: boolean;
}

/** Particles that may stand inside a name: "Department of Conservation", "Travel and Tourism". */
const NAME_PARTICLES = new Set([
  "of",
  "on",
  "and",
  "&",
  "de",
  "da",
  "del",
  "della",
  "der",
  "den",
  "van",
  "von",
  "la",
  "le",
  "di",
  "du",
  "al",
  "bin",
  "ibn",
  "el",
  "ben",
  "dos",
  "das",
  "y",
  "for",
  "the",
]);
/** Determiners and quantifiers that may open a description. */
const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "its",
  "their",
  "his",
  "her",
  "many",
  "some",
  "several",
  "most",
  "other",
  "two",
  "three",
  "four",
  "five",
  "both",
  "all",
  "few",
  "senior",
  "local",
  "unnamed",
]);
/** Lower-case words that end a phrase scan: they belong to the clause, not to the phrase. */
const CLAUSE_WORDS = new Set(
  "to in on at by for from with without into onto over under after before during since until while when where who whom whose which that this these those there here it he she they we i you is was were be been being has have had do does did will would could should can may might must not and or but nor so yet if because as than then also".split(
    " ",
  ),
);

const isWord = (t: Token | undefined): t is Token => !!t && t.kind === "word";
const isComma = (t: Token | undefined) => !!t && t.kind === "punct" && t.text === ",";
const isFunctionWord = (t: Token) => FUNCTION_WORDS.has(t.text);
const isTitle = (w: string) => TITLE_WORDS.has(w) || (w.endsWith(".") && TITLE_WORDS.has(w.slice(0, -1)));
const isRoleNoun = (t: Token) => ROLE_NOUNS.has(t.lower);
/** Plural nationality words: "Tunisians", "Americans", "Europeans", "Israelis" (not "Evans", "Ferris"). */
const DEMONYM_PLURAL =
  /^\p{Lu}\p{Ll}{2,}(?:ians|eans|cans|ese|ists|ites)$|^(?:Israelis|Pakistanis|Iraqis|Saudis|Kuwaitis|Yemenis|Somalis|Bangladeshis|Qataris|Emiratis|Omanis|Nepalis|Britons|Scots|Danes|Swedes|Finns|Poles|Czechs|Slovaks|Turks|Greeks|Kurds|Arabs|Thais|Filipinos|Argentines|Kiwis|Muscovites|Londoners|Berliners|Parisians)$/u;
/** A noun for a group of people: "officials", "Tunisians", "Islamists" (`lower`: the word in lower case). */
export const isGroupHead = (w: string, lower = w.toLowerCase()) =>
  GROUP_HEADS.has(lower) || (mayBeCapitalised(w) && DEMONYM_PLURAL.test(w));

/**
 * Whether a word's first character may be a capital: false for lower-case ASCII, digits and
 * punctuation, told without a pattern (most words asked about are lower-case).
 */
function mayBeCapitalised(w: string): boolean {
  if (w.length === 0) return false;
  const c = w.charCodeAt(0);
  return c >= 128 || (c >= 65 && c <= 90);
}

/** The tokens from `start` to `end` as printed: a space wherever the text has a gap. */
function printedBetween(tokens: readonly Token[], start: number, end: number): string {
  let printed = "";
  let previous: Token | undefined;
  for (const t of tokens) {
    if (t.start < start || t.end > end) continue;
    if (previous && previous.end < t.start) printed += " ";
    printed += t.text;
    previous = t;
  }
  return printed;
}

/** Index of the last word whose lower-case form is `lower`, or -1. */
function lastIndexOfWord(words: readonly Token[], lower: string): number {
  for (let i = words.length - 1; i >= 0; i--) if ((words[i] as Token).lower === lower) return i;
  return -1;
}

/** "I've", "We’re", "Aren't": a contraction is never part of a name. */
const CONTRACTION = /['’](?:ve|d|m|ll|re|t)$/i;
/** "Amazon-owned", "Island-based", "PII-free": a compound adjective describes a name, it is not one. */
const COMPOUND_ADJECTIVE =
  /-(?:owned|based|led|backed|run|funded|born|made|style|like|related|linked|affiliated|controlled|friendly|free|wide|era|bound|focused|specific|speaking)$/i;

/** A word that can be part of a name: capitalised, and not a title, a possessive, a function word or "Mr". */
export function isNameWord(w: Token): boolean {
  return (
    isCapitalised(w) &&
    !CONTRACTION.test(w.text) &&
    !COMPOUND_ADJECTIVE.test(w.text) &&
    !isTitle(w.text) &&
    !isPossessive(w) &&
    !isFunctionWord(w) &&
    COURTESY[w.lower] === undefined
  );
}

/**
 * Reads a run of words (already known to be a phrase) into a speaker phrase. It is a name only if
 * its last word is a name word (`isNameWord`).
 */
export function readPhrase(tokens: readonly Token[]): SpeakerPhrase | null {
  const words = tokens.filter(isWord);
  const first = words[0];
  let lastWord = words[words.length - 1];
  if (!first || !lastWord) return null;
  const start = first.start;
  const end = lastWord.end;
  const printed = printedBetween(tokens, start, end);
  // (The phrases below are built field by field: an optional field spread in from a throwaway
  // object costs that object and a slow generic copy.)

  if (words.length === 1 && PRONOUNS[first.lower] !== undefined) {
    const p = PRONOUNS[first.lower];
    const pronoun: SpeakerPhrase = { type: "pronoun", text: printed, start, end, pronoun: first.lower };
    if (p === "m" || p === "f") pronoun.gender = p;
    return pronoun;
  }

  // Split off the name: the longest run of capitalised words (and particles) at the end that are
  // not titles. Honorifics stay with the name; courtesy titles are noted and dropped.
  let n = words.length;
  while (n > 0) {
    const w = words[n - 1] as Token;
    const capital = isNameWord(w);
    const particle = NAME_PARTICLES.has(w.lower) && n < words.length && n > 1 && isCapitalised(words[n - 2]);
    if (!capital && !particle) break;
    n--;
  }
  // Lower-case particles cannot open a name ("of", "de"); capitalised ones can ("Ben Adair", "De Niro").
  while (n < words.length && NAME_PARTICLES.has((words[n] as Token).lower) && !isCapitalised(words[n])) n++;
  // "Cuba and Iran", "Alibaba Group and Yahoo Japan": two names, unless the whole is one
  // organisation's ("World Travel and Tourism Council").
  const lastJoined = n < words.length ? lastWord : undefined;
  for (let k = words.length - 2; k > n; k--) {
    const w = words[k] as Token;
    if (w.lower !== "and" && w.text !== "&") continue;
    // ("Committee on Intelligence and Security", "Ministry of Health and Welfare": an organisation's
    // "of" or "on" before the "and" joins its field's words.)
    const before = words.slice(n, k);
    const wholeIsOrganisation =
      (lastJoined &&
        ORGANISATION_WORDS.has(lastJoined.text) &&
        !ORGANISATION_WORDS.has((words[k - 1] as Token).text)) ||
      (before.some((w) => ORGANISATION_WORDS.has(w.text)) &&
        before.some((w) => w.lower === "of" || w.lower === "on"));
    if (!wholeIsOrganisation) n = k + 1;
    break;
  }
  // "the Prime Minister’s Office", "Children’s Hospital": an organisation's name may hold a possessive.
  if (n === words.length - 1 && ORGANISATION_WORDS.has(lastWord.text)) {
    let k = n;
    while (
      k > 0 &&
      isCapitalised(words[k - 1]) &&
      !isFunctionWord(words[k - 1] as Token) &&
      (isPossessive(words[k - 1]) || k < n)
    )
      k--;
    if (k < n && words.slice(k, n).some(isPossessive)) n = k;
  }
  // "Ann Toll of Ohio": a person's name ends before "of" and a place ("Bank of England" does not).
  const of = words.findIndex((w, k) => k > n && w.lower === "of" && !isCapitalised(w));
  if (
    of > n + 1 &&
    givenName(words[n]?.text ?? "") !== undefined &&
    !words.slice(n, of).some((w) => ORGANISATION_WORDS.has(w.text) || isTitle(w.text))
  ) {
    words.splice(of);
    lastWord = words[words.length - 1] as Token;
  }
  // "Snopes Fact-Checker David Emery" (a headline's title case): the name starts at its given name.
  if (words.length - n >= 3) {
    const given = words.findIndex((w, k) => k > n && givenName(w.text) !== undefined);
    const before = words.slice(n, given);
    // (Only when a word before it names a job: "Fact-Checker", "Editor"; "Te Kaurinui Robert Parata" is one name.)
    const job = (w: Token) =>
      ROLE_NOUNS.has(w.lower) ||
      ROLE_NOUNS.has(w.lower.split("-").at(-1) ?? "") ||
      /-(?:checker|maker|writer|owner)$/i.test(w.text);
    if (given > n && !before.some((w) => givenName(w.text) !== undefined) && before.some(job)) n = given;
  }
  let nameWords = words.slice(n);
  let roleWords = words.slice(0, n);
  let honorific: string | undefined;
  const beforeName = roleWords[roleWords.length - 1];
  if (beforeName && HONORIFICS.has(beforeName.text)) {
    honorific = beforeName.text;
    roleWords = roleWords.slice(0, -1);
  }
  let courtesy: string | undefined;
  let gender: "m" | "f" | undefined;
  const maybeCourtesy = roleWords[roleWords.length - 1];
  if (maybeCourtesy && COURTESY[maybeCourtesy.lower] !== undefined) {
    courtesy = maybeCourtesy.text.replace(/\.$/, "");
    gender = COURTESY[maybeCourtesy.lower] ?? undefined;
    roleWords = roleWords.slice(0, -1);
  }
  // Single leading words like "Many", "Several" are not names; alone ("Few said") they name nobody.
  if (nameWords.length > 0 && DETERMINERS.has((nameWords[0] as Token).lower)) {
    if (nameWords.length === 1 && roleWords.length === 0) return null;
    if (nameWords.length > 1) {
      roleWords = [...roleWords, nameWords[0] as Token];
      nameWords = nameWords.slice(1);
    }
  }
  // "the administration of US President Donald Trump": the role starts after a lower-case "… of".
  const lastOf = lastIndexOfWord(roleWords, "of");
  if (lastOf >= 0 && roleWords.slice(0, lastOf).every((w) => !isCapitalised(w)) && nameWords.length > 0)
    roleWords = roleWords.slice(lastOf + 1);
  // "President Elena Novak and Prime Minister Viktor Hale": this name's role starts after "and".
  const and = lastIndexOfWord(roleWords, "and");
  if (and >= 0 && nameWords.length > 0) roleWords = roleWords.slice(and + 1);
  // Sentence openers ("For Parata", "But US Secretary…") are not part of a role.
  let opener = 0;
  while (
    opener < roleWords.length &&
    (isFunctionWord(roleWords[opener] as Token) || CLAUSE_WORDS.has((roleWords[opener] as Token).lower))
  )
    opener++;
  if (opener > 0) roleWords = roleWords.slice(opener);
  // "The chief executive of Harbour Lines": words ending in a preposition are someone else's role.
  if (nameWords.length > 0 && AFFILIATION.has(roleWords.at(-1)?.lower ?? "")) roleWords = [];
  const roleText = roleTextOf(roleWords);
  const head = lastWord.lower;

  // "Waiting lists …": a gerund opening a sentence is not a name.
  // ("Mr. Fleming said": a courtesy title makes it a name.)
  if (
    nameWords.length === 1 &&
    roleWords.length === 0 &&
    !courtesy &&
    !honorific &&
    /ing$/.test(nameWords[0]?.lower ?? "")
  )
    return null;
  if (nameWords.length > 0) {
    const name = textsJoined(nameWords);
    const keptStart = (roleWords[0] ?? nameWords[0] ?? first).start;
    const keptText = printed.slice(keptStart - first.start);
    // A capitalised plural of people ("Many Tunisians") is a group, not a name.
    if (
      nameWords.length <= 2 &&
      isGroupHead(lastWord.text, lastWord.lower) &&
      !ORGANISATION_WORDS.has(lastWord.text)
    )
      return { type: "group", text: printed, start, end, head };
    const phrase: SpeakerPhrase = {
      type: "name",
      text: keptText,
      start: keptStart,
      end,
      name: honorific ? `${honorific} ${name}` : name,
    };
    if (roleText) phrase.role = roleText;
    if (gender) phrase.gender = gender;
    if (honorific) phrase.honorific = honorific;
    if (courtesy) phrase.courtesy = courtesy;
    return phrase;
  }
  const lastText = lastWord.text;
  if (isRoleNoun(lastWord) || isTitle(lastText))
    return { type: "role", text: printed, start, end, role: roleText, head };
  // "what forty witnesses told the committee": a question, not a speaker.
  if (
    ["what", "which", "whose", "how", "why", "when", "where", "whatever", "whichever"].includes(first.lower)
  )
    return null;
  // "no group claimed responsibility": nobody spoke.
  if (first.lower === "no" || first.lower === "none") return null;
  if (isGroupHead(lastText, lastWord.lower)) return { type: "group", text: printed, start, end, head };
  if (ORGANISATION_HEADS.has(head))
    return { type: "organisation", text: printed, start, end, role: roleText, head };
  if (DOCUMENT_HEADS.has(head)) return { type: "document", text: printed, start, end, head };
  return null;
}

/** The words' texts with a space between. */
function textsJoined(words: readonly Token[]): string {
  let text = (words[0] as Token).text;
  for (let i = 1; i < words.length; i++) text += ` ${(words[i] as Token).text}`;
  return text;
}

/** A role's words as printed, without a leading determiner ("the"), with typographic possessives. */
function roleTextOf(words: readonly Token[]): string {
  let text = "";
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Token;
    if (i === 0 && DETERMINERS.has(w.lower)) continue;
    const printed = w.text.endsWith("‘s") ? w.text.replace(/‘s$/, "’s") : w.text;
    text += text ? ` ${printed}` : printed;
  }
  return text;
}

const isHeadNoun = (t: Token) =>
  isRoleNoun(t) ||
  isGroupHead(t.text, t.lower) ||
  ORGANISATION_HEADS.has(t.lower) ||
  DOCUMENT_HEADS.has(t.lower);

/**
 * Whether the lower-case word at `j` is a modifier leading, within three words, to a head noun or a
 * name: "whale rescue group Project Jonah", "local news reports", "the conservation department".
 */
function leadsToHead(tokens: readonly Token[], j: number): boolean {
  for (let k = j; k < Math.min(tokens.length, j + 4); k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word") return false;
    if (isHeadNoun(t) || (k > j && isCapitalised(t))) return true;
    if (CLAUSE_WORDS.has(t.lower) || SPEECH_VERBS.has(t.lower) || DETERMINERS.has(t.lower)) return false;
    if (isCapitalised(t)) return false;
  }
  return false;
}

/**
 * Whether a word can be part of a speaker phrase being scanned leftwards: `collected` words of it are
 * to its right already, the first of them `right`.
 */
function partOfPhrase(t: Token, collected: number, right: Token | undefined, left?: Token): boolean {
  if (t.kind !== "word") return false;
  if (isCapitalised(t)) return !isFunctionWord(t) || (collected > 0 && isTitle(t.text));
  // ("on" joins only capitalised words: "Committee on Intelligence", not "the penalty on Islamists".)
  if (
    NAME_PARTICLES.has(t.lower) &&
    right &&
    isCapitalised(right) &&
    (t.lower !== "on" || isCapitalised(left))
  )
    return true;
  if (CLAUSE_WORDS.has(t.lower)) return false;
  // "The report said": a head noun, though "report" can also be a verb.
  if (isHeadNoun(t) && collected === 0) return true;
  if (SPEECH_VERBS.has(t.lower)) return false;
  if (isHeadNoun(t)) return true;
  // A modifier: "press" in "press secretary", "conservation" in "conservation department ranger".
  return !!right && !isCapitalised(right);
}

/** The speaker phrase ending just before `index`, if the words there form one. */
export function phraseBefore(tokens: readonly Token[], index: number): SpeakerPhrase | null {
  return readPhrase(phraseEndingAt(tokens, index));
}

/** The phrase ending just before `index` (exclusive), scanning left. */
function phraseEndingAt(tokens: readonly Token[], index: number): Token[] {
  // The phrase is tokens[from, index): the scan moves `from` left, and no list is built until the end.
  let from = index;
  for (let j = index - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    const collected = index - from;
    if (DETERMINERS.has(t.lower) && collected > 0) {
      from = j;
      break;
    }
    if (!partOfPhrase(t, collected, collected > 0 ? tokens[from] : undefined, tokens[j - 1])) break;
    from = j;
    if (index - from > 12) break;
  }
  // Lower-case words at the left edge that do not lead into a role, group or name are clause words.
  while (index - from > 1) {
    const first = tokens[from] as Token;
    if (isCapitalised(first) || DETERMINERS.has(first.lower)) break;
    if (leadsIntoPhrase(tokens, from + 1, index)) break;
    from++;
  }
  return tokens.slice(from, index);
}

/** Whether any of tokens[from, to) is a role noun, a group's or organisation's head, or capitalised. */
function leadsIntoPhrase(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const r = tokens[k] as Token;
    if (isRoleNoun(r) || isGroupHead(r.text, r.lower) || ORGANISATION_HEADS.has(r.lower) || isCapitalised(r))
      return true;
  }
  return false;
}

/** A comma-delimited aside just before `index` (`, who has the final say …,`), or null. */
function asideBefore(tokens: readonly Token[], commaIndex: number): { open: number; tokens: Token[] } | null {
  for (let j = commaIndex - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.kind === "quote") return null;
    if (isComma(t)) return { open: j, tokens: tokens.slice(j + 1, commaIndex) };
  }
  return null;
}

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

/** Endings of nouns for people: "schoolteacher", "defenceman", "participants", "advocate". */
const PERSON_NOUN = /(?:ers?|ors?|ists?|ants?|ents?|ians?|man|men|woman|women|person|people|ees|ates?)$/;

/** Whether a noun names people: a known role or group, or a word shaped like one. */
const namesPeople = (head: Token) =>
  isRoleNoun(head) ||
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
    for (let k = verb + 1; k < tokens.length && words.length < 6; k++) {
      const t = tokens[k] as Token;
      if (t.kind !== "word" || (words.length > 0 && (CLAUSE_WORDS.has(t.lower) || SPEECH_VERBS.has(t.lower))))
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
    const atEdge = before < 0 || (nextToQuote ? afterQuote : opened && (afterQuote || isComma(edge)));
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
  if (cut > 0 && !openingHead && !DESCRIPTION_OPENERS.has(words[0]?.lower ?? "")) words.splice(0, cut + 1);
  const first = words[0];
  const head =
    openingHead ??
    (cut > 0 && words[0] && DESCRIPTION_OPENERS.has(words[0].lower) ? words[cut - 1] : words.at(-1));
  const last = words.at(-1);
  if (!first || !last || !head || ["no", "none"].includes(first.lower)) return null;
  // A name, a number or a possessive is not a description ("Sony’s PlayStation 4 Pro shows").
  if (words.some((w, i) => /^\d+$/.test(w.text) || (i > 0 && isPossessive(w)))) return null;
  // (One word alone must be a plural of people: "officials", "advertisers".)
  const lonePlural = words.length === 1 && /[^s']s$/.test(head.lower) && PERSON_NOUN.test(head.lower);
  if (
    (isCapitalised(head) && head !== openingHead) ||
    (words.length === 1 && !isGroupHead(head.text, head.lower) && !lonePlural)
  )
    return null;
  if (!nextToQuote && !namesPeople(head)) return null;
  const printed = printedBetween(tokens, first.start, last.end);
  const plural = (/[^s']s$/.test(head.lower) && head.lower.length > 3) || isGroupHead(head.text, head.lower);
  const type = plural ? "group" : "role";
  const role = roleTextOf(words);
  return { type, text: printed, start: first.start, end: last.end, role, head: head.lower, described: true };
}

/** Forms of "be" that make a passive ("were asked"). */
const BE_WORDS = new Set(["is", "was", "were", "are", "been", "being", "be"]);

/** Whether the punctuation at `k` closes a quotation (`“…,” the nurse said`). */
const isQuoteAt = (tokens: readonly Token[], k: number) => tokens[k - 1]?.kind === "quote";

/** Whether a comma-delimited aside is an appositive or relative clause that may separate subject and verb. */
function isAside(aside: readonly Token[]): boolean {
  const first = aside[0];
  if (!first) return false;
  if (
    [
      "who",
      "which",
      "whose",
      "whom",
      "a",
      "an",
      "the",
      "himself",
      "herself",
      "itself",
      "themselves",
    ].includes(first.lower)
  )
    return true;
  if (first.kind === "word" && /^\d/.test(first.text)) return true; // "Parata, 75, has"
  if (isRoleNoun(first) || isTitle(first.text)) return true; // "Schultze, chairman of …, said"
  return aside.every((t) => t.kind === "word" && (isCapitalised(t) || NAME_PARTICLES.has(t.lower)));
}

/** Skips adverbs and auxiliaries left of a verb ("has also quickly said"). */
function skipPrecursors(tokens: readonly Token[], index: number): number {
  let j = index;
  while (j > 0 && VERB_PRECURSORS.has((tokens[j - 1] as Token).lower)) j--;
  return j;
}

/** A party and state tag: "D-Ohio", "R-Fla.", "I-Vt". */
const PARTY_TAG = /^[DRI]-\p{Lu}[\p{L}.]*$/u;
/** Words that open an adverbial aside, never a role: "Pike, however, said", "Pike, in a statement, said". */
const ADVERBIAL_OPENERS = new Set(
  "however meanwhile though too also instead moreover nonetheless nevertheless therefore then in on at for from with during after before when while speaking writing asked interviewed".split(
    " ",
  ),
);

/** How a comma-delimited aside between a subject and its verb reads. */
type AsideKind = "role" | "skip" | null;

/**
 * Whether an aside names the subject's role ("chief economist at Harbour Bank", "a member of the
 * panel", "emergency co-ordinator", "D-Ohio"), is another aside a subject may carry ("75", "who
 * chairs the panel", "however", "in a statement"), or neither (a name: "Rachid Ghannouchi").
 */
function asideKind(aside: readonly Token[]): AsideKind {
  const first = aside[0];
  if (first?.kind !== "word") return null;
  if (aside.length === 1 && PARTY_TAG.test(first.text)) return "role";
  if (/^\d/.test(first.text)) return "skip";
  if (["who", "which", "whose", "whom", "himself", "herself", "itself", "themselves"].includes(first.lower))
    return "skip";
  if (ADVERBIAL_OPENERS.has(first.lower) || /^\p{Ll}+ing$/u.test(first.text)) return "skip";
  if (["a", "an", "the"].includes(first.lower))
    return looksLikeRole(aside) || allLowerCase(aside.slice(1)) ? "role" : "skip";
  if (isRoleNoun(first) || isTitle(first.text)) return "role";
  if (aside.length <= 6 && allLowerCase(aside)) return "role";
  return null;
}

/** Words only, none capitalised ("emergency co-ordinator"). */
const allLowerCase = (words: readonly Token[]) =>
  words.length > 0 && words.every((t) => t.kind === "word" && !isCapitalised(t));

/** The index of the first comma, quotation or other break before `end`, or -1 at the sentence start. */
function segmentOpen(tokens: readonly Token[], end: number): number {
  for (let k = end - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (
      t.kind === "quote" ||
      (t.kind === "punct" && t.text !== "." && t.text !== "-" && t.text !== "’" && t.text !== "'")
    )
      return k;
  }
  return -1;
}

/**
 * The asides stacked between a subject and its verb, read leftwards from the comma before the verb:
 * "Sen. Ray Cole, D-Ohio, a member of the panel, said" → the comma ending "Sen. Ray Cole" and the
 * roles "D-Ohio, a member of the panel". Null when the comma closes no aside a subject carries.
 */
function asidesBefore(tokens: readonly Token[], comma: number): { headEnd: number; roles: string[] } | null {
  const roles: string[] = [];
  let end = comma;
  let skipped = 0;
  for (;;) {
    const open = segmentOpen(tokens, end);
    if (open < 0 || !isComma(tokens[open])) break;
    const aside = tokens.slice(open + 1, end);
    let kind = asideKind(aside);
    const from = open;
    // "Minister of Energy, Mines and Forests": a list of capitalised words continues the role before it.
    if (
      kind === null &&
      aside.some((t) => t.lower === "and" || t.text === "&") &&
      aside.every((t) => t.kind === "word" && (isCapitalised(t) || NAME_PARTICLES.has(t.lower)))
    ) {
      const before = segmentOpen(tokens, open);
      const previous = before >= 0 && isComma(tokens[before]) ? tokens.slice(before + 1, open) : [];
      if (asideKind(previous) === "role") {
        roles.unshift(`${textOf(previous)}, ${textOf(aside)}`);
        skipped += 2;
        end = before;
        continue;
      }
    }
    if (kind === null) break;
    if (kind === "role") roles.unshift(textOf(aside));
    skipped++;
    end = from;
    kind = null;
  }
  return skipped > 0 ? { headEnd: end, roles } : null;
}

/** Prepositions that tie a subject to where it works: "Martin Osei at the University of Leeds says". */
const AFFILIATION = new Set(["at", "with", "from", "of", "for", "in"]);

/**
 * "Economics professor Martin Osei at the University of Leeds says", "the head of the shipping
 * association said": the subject is the person or role before the preposition, and what follows it
 * is where they work. `phrase` starts at token `first`. Null when nothing before it can be the subject.
 */
function affiliatedSubject(
  tokens: readonly Token[],
  first: number,
  phrase: SpeakerPhrase,
): SpeakerPhrase | null {
  const preposition = tokens[first - 1];
  if (!preposition || !AFFILIATION.has(preposition.lower) || !isWord(tokens[first - 2])) return null;
  const holder = readPhrase(phraseEndingAt(tokens, first - 1));
  if (!holder) return null;
  // "The tweet from Vulture magazine reads": a document speaks for whoever it is from.
  if (
    holder.type === "document" &&
    ["from", "by", "of"].includes(preposition.lower) &&
    phrase.type !== "document"
  )
    return phrase;
  const person =
    holder.type === "name" &&
    /\s/.test(holder.name ?? "") &&
    !ORGANISATION_WORDS.has(holder.text.split(" ").at(-1) ?? "");
  // A name holds an affiliation only with the prepositions of a workplace; roles and groups with any.
  if (
    person
      ? !["at", "with", "from"].includes(preposition.lower)
      : holder.type !== "role" && holder.type !== "group"
  )
    return null;
  const tail = `${preposition.text} ${phrase.text}`;
  return {
    ...holder,
    text: `${holder.text} ${tail}`,
    end: phrase.end,
    role: holder.role ? `${holder.role} ${tail}` : person ? tail : `${holder.text} ${tail}`,
  };
}

/** The subject phrase to the left of the verb at `verb`, and its appositive role if any. */
export function subjectLeftOf(
  tokens: readonly Token[],
  verb: number,
): { phrase: SpeakerPhrase; appositive?: string } | null {
  let j = skipPrecursors(tokens, verb);
  // "proceeded to talk", "went on to say": the subject is that of the verb before "to".
  if (tokens[j - 1]?.lower === "to" && isWord(tokens[j - 2])) j = skipPrecursors(tokens, j - 2);
  const pronoun = tokens[j - 1];
  if (pronoun && PRONOUNS[pronoun.lower] !== undefined) {
    const phrase = readPhrase([pronoun]);
    return phrase ? { phrase } : null;
  }
  // "the source, who said he had spoken to people inside", "an article by New York magazine that
  // claimed": a relative clause's subject is the phrase it hangs on.
  if (
    ((pronoun?.lower === "who" || pronoun?.lower === "which") && isComma(tokens[j - 2])) ||
    (pronoun?.lower === "that" && isWord(tokens[j - 2]) && !SPEECH_VERBS.has(tokens[j - 2]?.lower ?? ""))
  ) {
    const end = isComma(tokens[j - 2]) ? j - 2 : j - 1;
    const described = phraseEndingAt(tokens, end);
    const phrase = readPhrase(described) ?? descriptionAt(tokens, j - 1, "left", false, end);
    return phrase ? { phrase } : null;
  }
  // "Rep. Ann Toll (R-Fla.) said": a bracketed tag between the subject and the verb is their role.
  let bracketed: string | undefined;
  if (tokens[j - 1]?.text === ")") {
    let open = j - 2;
    while (open >= 0 && tokens[open]?.text !== "(" && j - open < 10) open--;
    if (tokens[open]?.text === "(" && open > 0) {
      bracketed = textOf(tokens.slice(open + 1, j - 1));
      // "Immigration, Refugees and Citizenship Canada (IRCC) says": the acronym names the subject.
      const acronym = tokens[open + 1] as Token;
      if (open + 2 === j - 1 && /^(?:\p{Lu}\.?){2,8}$/u.test(acronym.text) && isCapitalised(tokens[open - 1]))
        return {
          phrase: {
            type: "name",
            text: acronym.text,
            start: acronym.start,
            end: acronym.end,
            name: acronym.text,
          },
        };
      j = open;
    }
  }
  if (isComma(tokens[j - 1])) {
    // "Dana Pike, chief economist at Harbour Bank, said": the subject before its asides.
    const stacked = asidesBefore(tokens, j - 1);
    if (stacked) {
      const phrase =
        readPhrase(phraseEndingAt(tokens, stacked.headEnd)) ??
        descriptionAt(tokens, verb, "left", false, stacked.headEnd);
      if (phrase) {
        const roles = stacked.roles.join(", ");
        return { phrase, ...(roles ? { appositive: roles } : {}) };
      }
    }
    const aside = asideBefore(tokens, j - 1);
    if (aside && isAside(aside.tokens)) {
      const asideText = textOf(aside.tokens);
      const before = phraseEndingAt(tokens, aside.open);
      const asidePhrase = readPhrase(aside.tokens);
      // "The leader of Ennahda, Rachid Ghannouchi, condemned": the aside is the name.
      if (asidePhrase?.type === "name" && !asidePhrase.role && before.length > 0) {
        const described = readPhrase(before);
        return { phrase: asidePhrase, ...(described ? { appositive: textOf(before) } : {}) };
      }
      const phrase = readPhrase(before);
      if (phrase) return { phrase, ...(looksLikeRole(aside.tokens) ? { appositive: asideText } : {}) };
      return null;
    }
    // A stray comma between subject and verb ("Zarif, echoed"): only when nothing else is left of it.
    if (!aside) {
      const before = phraseEndingAt(tokens, j - 1);
      const phrase = before.length > 0 && before[0] === tokens[0] ? readPhrase(before) : null;
      return phrase ? { phrase } : null;
    }
    return null;
  }
  const words = phraseEndingAt(tokens, j);
  const phrase = readPhrase(words);
  if (!phrase) return null;
  const first = words[0] ? tokens.indexOf(words[0]) : -1;
  const subject =
    (first > 1 && agentOfParticiple(tokens, first, phrase)) ||
    (first > 0 && affiliatedSubject(tokens, first, phrase)) ||
    phrase;
  return { phrase: subject, ...(bracketed ? { appositive: bracketed } : {}) };
}

const DEMONSTRATIVES = new Set(["this", "that", "these", "those"]);

/** Participles that make their agent a document's author: "a statement released by the office". */
const AUTHORED = new Set(
  "released issued published written signed prepared commissioned sent filed produced drafted submitted compiled".split(
    " ",
  ),
);

/**
 * "An internal memo seen by this newspaper said", "A statement released by the Prime Minister’s
 * Office said": the phrase before the verb is the agent of a participle, and the subject is what
 * the participle describes. A document speaks for the author its participle names; one only seen
 * or obtained by someone speaks for itself. Null when no participle stands before `by`.
 */
function agentOfParticiple(
  tokens: readonly Token[],
  start: number,
  agent: SpeakerPhrase,
): SpeakerPhrase | null {
  const first = DEMONSTRATIVES.has(tokens[start - 1]?.lower ?? "") ? start - 1 : start;
  if (tokens[first - 1]?.lower !== "by") return null;
  const participle = tokens[first - 2] as Token;
  if (participle.kind !== "word" || !/(?:ed|en|wn|ht)$/.test(participle.lower)) return null;
  const described = readPhrase(phraseEndingAt(tokens, first - 2));
  if (!described) return null;
  if (described.type === "document" && AUTHORED.has(participle.lower)) return agent;
  return described;
}

/** The subject phrase right after the verb at `verb` (`said Lotfi Azzouz, Tunisia country director…`). */
export function subjectRightOf(
  tokens: readonly Token[],
  verb: number,
): { phrase: SpeakerPhrase; appositive?: string } | null {
  return phraseStartingAt(tokens, verb + 1);
}

/** A phrase starting at `index` (after "according to", "by", or an inverted verb), with its appositive. */
export function phraseStartingAt(
  tokens: readonly Token[],
  index: number,
): { phrase: SpeakerPhrase; appositive?: string } | null {
  const collected: Token[] = [];
  let j = index;
  const firstTok = tokens[j];
  if (firstTok && PRONOUNS[firstTok.lower] !== undefined) {
    const phrase = readPhrase([firstTok]);
    return phrase ? { phrase } : null;
  }
  for (; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.kind !== "word") break;
    if (collected.length === 0 && DETERMINERS.has(t.lower)) {
      collected.push(t);
      continue;
    }
    const next = tokens[j + 1];
    if (isCapitalised(t) && !(isFunctionWord(t) && collected.length === 0)) collected.push(t);
    else if (NAME_PARTICLES.has(t.lower) && collected.length > 0 && isCapitalised(next)) collected.push(t);
    else if (isHeadNoun(t) || leadsToHead(tokens, j)) collected.push(t);
    else break;
    if (collected.length > 12) break;
  }
  // Trim trailing lower-case words that are not a head ("Azzouz said" has none; "creators, “Thumper”").
  while (collected.length > 1) {
    const last = collected[collected.length - 1] as Token;
    if (
      isCapitalised(last) ||
      isRoleNoun(last) ||
      isGroupHead(last.text, last.lower) ||
      ORGANISATION_HEADS.has(last.lower) ||
      DOCUMENT_HEADS.has(last.lower)
    )
      break;
    collected.pop();
  }
  const phrase = readPhrase(collected);
  if (!phrase) return null;
  let appositive: string | undefined;
  const after = tokens.indexOf(collected[collected.length - 1] as Token) + 1;
  if (isComma(tokens[after])) {
    let k = after + 1;
    const aside: Token[] = [];
    while (
      k < tokens.length &&
      !isComma(tokens[k]) &&
      tokens[k]?.text !== "." &&
      tokens[k]?.kind !== "quote"
    ) {
      aside.push(tokens[k] as Token);
      k++;
    }
    if (aside.length > 0 && looksLikeRole(aside)) appositive = textOf(aside);
  }
  return { phrase, ...(appositive ? { appositive } : {}) };
}

/** Whether an aside names a role ("a member of Ennahda’s general secretariat"), not an action. */
export function looksLikeRole(aside: readonly Token[]): boolean {
  const first = aside[0];
  if (!first || /ing$/.test(first.lower) || ["who", "which", "whose", "whom"].includes(first.lower))
    return false;
  return aside.some(
    (t) =>
      isRoleNoun(t) || isTitle(t.text) || ORGANISATION_WORDS.has(t.text) || ORGANISATION_HEADS.has(t.lower),
  );
}

/** The tokens as printed. */
export function textOf(tokens: readonly Token[]): string {
  return tokens
    .map((t, i) => (i > 0 && (tokens[i - 1] as Token).end < t.start ? " " : "") + t.text)
    .join("")
    .replace(/^(?:a|an|the)\s+/i, "");
}

/** Plain name of a possessive word: `Iran’s` → `Iran`. */
export const bareWord = withoutPossessive;
/** Re-exported for the entity rules. */
export { isNationality };
