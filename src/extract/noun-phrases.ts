/**
 * The noun phrase that names a speaker, found next to a speech verb: to its left (`US Secretary of
 * State Mike Pompeo quickly walked back`, `Khamenei, who has the final say…, said`), to its right
 * (`said Lotfi Azzouz, Tunisia country director…`), or after `according to` / `by`. A phrase is read
 * into its parts: a name, a role ("Iran’s Foreign Minister"), a pronoun, or a description ("the
 * president", "local news reports").
 */
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
}

/** Particles that may stand inside a name: "Department of Conservation", "Travel and Tourism". */
const NAME_PARTICLES = new Set([
  "of",
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

/** A word that can be part of a name: capitalised, and not a title, a possessive, a function word or "Mr". */
export function isNameWord(w: Token): boolean {
  return (
    isCapitalised(w) &&
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
  const lastWord = words[words.length - 1];
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
    const wholeIsOrganisation =
      lastJoined &&
      ORGANISATION_WORDS.has(lastJoined.text) &&
      !ORGANISATION_WORDS.has((words[k - 1] as Token).text);
    if (!wholeIsOrganisation) n = k + 1;
    break;
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
  // Single leading words like "Many", "Several" are not names.
  if (nameWords.length > 0 && DETERMINERS.has((nameWords[0] as Token).lower) && nameWords.length > 1) {
    roleWords = [...roleWords, nameWords[0] as Token];
    nameWords = nameWords.slice(1);
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
  const roleText = roleTextOf(roleWords);
  const head = lastWord.lower;

  // "Waiting lists …": a gerund opening a sentence is not a name.
  if (nameWords.length === 1 && roleWords.length === 0 && /ing$/.test(nameWords[0]?.lower ?? "")) return null;
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
function partOfPhrase(t: Token, collected: number, right: Token | undefined): boolean {
  if (t.kind !== "word") return false;
  if (isCapitalised(t)) return !isFunctionWord(t) || (collected > 0 && isTitle(t.text));
  if (NAME_PARTICLES.has(t.lower) && right && isCapitalised(right)) return true;
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
    if (!partOfPhrase(t, collected, collected > 0 ? tokens[from] : undefined)) break;
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
  if (isComma(tokens[j - 1])) {
    const aside = asideBefore(tokens, j - 1);
    if (aside && isAside(aside.tokens)) {
      const asideText = textOf(aside.tokens);
      const before = phraseEndingAt(tokens, aside.open);
      const asidePhrase = readPhrase(aside.tokens);
      // "The leader of Ennahda, Rachid Ghannouchi, condemned": the aside is the name.
      if (asidePhrase?.type === "name" && before.length > 0) {
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
  const phrase = readPhrase(phraseEndingAt(tokens, j));
  return phrase ? { phrase } : null;
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
