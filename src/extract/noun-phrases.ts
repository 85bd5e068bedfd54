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
  isVerbPrecursor,
  LEGAL_FORMS,
  ORGANISATION_HEADS,
  ORGANISATION_WORDS,
  PRONOUNS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  SPOKESPEOPLE,
  TITLE_WORDS,
} from "./lexicon";
import { isCapitalised, isPossessive, type Token } from "./tokens";

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
  /**
   * For a name after a job held there ("the mayor of Harbour City", "a director at Harbour Bank"):
   * that job, a role whose holder the phrase does not name. The name is where they work.
   */
  job?: { text: string; role: string; head: string };
  /** A name printed after "the" that its text leaves out ("The Ohio Republican said"). */
  definite?: boolean;
}

/** Particles that may stand inside a name: "Department of Conservation", "Travel and Tourism". */
export const NAME_PARTICLES = new Set([
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
export const DETERMINERS = new Set([
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
export const CLAUSE_WORDS = new Set(
  "to in on at by for from with without into onto over under after before during since until while when where who whom whose which that this these those there here it he she they we i you is am are was were be been being has have had do does did will would could should can may might must not and or but nor so yet if because as than then also among amongst amid about against between through across around toward towards upon via".split(
    " ",
  ),
);

/** Words that join clauses, which no speaker's phrase starts with. */
const CONJUNCTIONS = new Set(
  "and or but nor though although while whereas yet so because since if unless when as".split(" "),
);

export const isWord = (t: Token | undefined): t is Token => !!t && t.kind === "word";
export const isComma = (t: Token | undefined) => !!t && t.kind === "punct" && t.text === ",";
export const isFunctionWord = (t: Token) => FUNCTION_WORDS.has(t.text);
export const isTitle = (w: string) =>
  TITLE_WORDS.has(w) || (w.endsWith(".") && TITLE_WORDS.has(w.slice(0, -1)));
export const isRoleNoun = (t: Token) => ROLE_NOUNS.has(t.lower);
/** A role noun's plural: "imams", "nuns", "detainees" (people, as "officials" are). */
export const isRolePlural = (lower: string) => /[^s]s$/.test(lower) && ROLE_NOUNS.has(lower.slice(0, -1));
/** Quantifiers that stand alone for unnamed people: "Some said …". */
const UNNAMED_MANY = new Set(["many", "some", "several", "others", "most"]);

/** A team position's or an executive's capitals before a name: "DL", "QB", "CEO". */
const POSITION_CAPITALS = /^(?:QB|RB|WR|TE|OL|DL|DE|DT|LB|CB|FB|GM|CEO|CFO|COO|CTO)$/;

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
export function printedBetween(tokens: readonly Token[], start: number, end: number): string {
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

/** Whether a word has an apostrophe two or three characters from its end ("I've", "We’re", "I’m"). */
function mayBeContraction(text: string): boolean {
  const n = text.length;
  const at = (k: number) => text.charCodeAt(n - k);
  return at(2) === 39 || at(2) === 0x2019 || at(3) === 39 || at(3) === 0x2019;
}

/** "I've", "We’re", "Aren't": a contraction is never part of a name. */
const CONTRACTION = /['’](?:ve|d|m|ll|re|t)$/i;
/** "Amazon-owned", "Island-based", "PII-free": a compound adjective describes a name, it is not one. */
const COMPOUND_ADJECTIVE =
  /-(?:owned|based|led|backed|run|funded|born|made|style|like|related|linked|affiliated|controlled|friendly|free|wide|era|bound|focused|specific|speaking)$/i;

/** Plurals of things a body has, which open no body named for its people: "Shares of J&J". */
const THINGS_OF_A_BODY =
  /^(?:Shares|Sales|Prices|Profits|Stocks|Results|Costs|Rates|Terms|Details|Plans|Talks|Figures|Files|Records|Units|Assets|Bonds|Revenues|Earnings|Losses|Sections|Parts|Copies|Versions)$/;

/** Pieces of research named by what they are of: "a poll of 1,313 people", "a study of 40 adults". */
const SURVEYS = new Set(["study", "survey", "poll", "trial", "analysis", "review", "census"]);

/** The participles of COMPOUND_ADJECTIVE a writer may print after a name without the hyphen. */
const UNHYPHENATED_COMPOUND = new Set(["based", "owned", "backed", "funded", "run", "led"]);

/** A word that can be part of a name: capitalised, and not a title, a possessive, a function word or "Mr". */
export function isNameWord(w: Token): boolean {
  return (
    isCapitalised(w) &&
    // (Only a word with an apostrophe or a hyphen can be either: most are told without a pattern.)
    !(mayBeContraction(w.text) && CONTRACTION.test(w.text)) &&
    !(w.text.indexOf("-") > 0 && COMPOUND_ADJECTIVE.test(w.text)) &&
    !isTitle(w.text) &&
    !isPossessive(w) &&
    // ("Watch" opens "Watch the video", and ends "Human Rights Watch".)
    (!isFunctionWord(w) || ORGANISATION_WORDS.has(w.text)) &&
    COURTESY[w.lower] === undefined &&
    !OPENING_VERBS.has(w.text) &&
    !OPENING_AUXILIARIES.has(w.text) &&
    !OPENING_ADJECTIVES.has(w.text)
  );
}

/** Adjectives a sentence may open with before a name ("Rival Sony has said"), no name's words. */
const OPENING_ADJECTIVES = new Set("Rival Fellow Embattled Beleaguered Struggling Troubled".split(" "));

/** Auxiliaries that open a question before its subject ("Would Adam Schiff have …?"), no name's words. */
const OPENING_AUXILIARIES = new Set(
  "Would Could Should Did Does Is Was Were Has Have Had Shall Must Might Are".split(" "),
);

/** Verbs of saying that open a sentence before their subject ("Says Ana Ruiz: “…”"), no name's words. */
const OPENING_VERBS = new Set(
  "Says Adds Asks Recalls Explains Insists Writes Added Recalled Explained Insisted".split(" "),
);

/** Months and days, which name no one ("May" is also a surname). */
const DATE_WORDS = new Set(
  "January February March April June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(
    " ",
  ),
);

/** A party and state tag: "D-Ohio", "R-Fla.", "I-Vt". */
export const PARTY_TAG = /^[DRI]-\p{Lu}[\p{L}.]*$/u;

/** An age that stands for a person: "56-year-old". */
const AGE = /^\d{1,3}-year-old$/;

/** Relative and question words. */
const WH_WORDS = new Set(["what", "which", "whose", "who", "whom", "where", "when", "how", "why"]);

/** Possessives of plural nouns that open bodies' names: "Children’s Hospital", "Women’s Health". */
const PLURAL_POSSESSORS = new Set(["children", "women", "men", "people"]);

/**
 * "The Verge’s Stadia review", "Harbour Bank’s Stormbox report": how many of the capitalised words
 * before a text's noun name its owner, up to the possessive, when a name of what the text is about
 * follows; -1 when the words are one name ("Moody’s Analytics", "McDonald’s Corp", "Boston
 * Children’s Hospital", "the Courier’s Ana Ruiz" is a person). `article`: whether "the" opened them.
 */
export function ownerBeforeSubject(words: readonly string[], article: boolean): number {
  const last = words.length - 1;
  if (last < 1 || /['’]s?$/.test(words[last] ?? "")) return -1;
  let p = last - 1;
  while (p >= 0 && !/['’]s$/.test(words[p] ?? "")) p--;
  if (p < 0) return -1;
  const owner = (words[p] ?? "").replace(/['’]s$/, "");
  const about = words[p + 1] ?? "";
  if (
    PLURAL_POSSESSORS.has(owner.toLowerCase()) ||
    ORGANISATION_WORDS.has(about) ||
    LEGAL_FORMS.has(about.toLowerCase().replace(/\.$/, "")) ||
    givenName(about) !== undefined ||
    (p === 0 && !article)
  )
    return -1;
  return p + 1;
}

/** Nouns that head a clause whose subject a name is ("the one thing Pike would change"), never a role. */
const CLAUSE_HEADS = new Set(
  "thing things something nothing everything anything way reason time moment day place point question problem idea".split(
    " ",
  ),
);

/**
 * A capitalised word that can only be a word for someone's work, never a first name: one in "-ist"
 * ("Geologist"), a compound ("Singer-guitarist", "Co-founder") or a plural ("Pianists", "Democrats").
 */
function isWorkWord(w: Token): boolean {
  const last = w.lower.split("-").at(-1) ?? "";
  if (isPluralWorkWord(w.lower)) return true;
  return PERSON_NOUN.test(last) && (/ists?$/.test(last) || w.lower.includes("-"));
}

/**
 * The role of one of two people a plural role is printed before ("Singer-guitarists Tom Ames and Ed
 * Lowe": "Singer-guitarist"); any other role as it is. (Before one name, a plural is what they are
 * part of: "Rangers Tom Lawrence".)
 */
export function eachOne(role: string): string {
  return !/\s/.test(role) && isPluralWorkWord(role.toLowerCase())
    ? role.replace(/(?:(?<=(?:ss|sh|ch|x))es|s)$/, "")
    : role;
}

/**
 * A plural word for people's work ("Pianists", "Singer-guitarists", "Researchers"): not a plural
 * surname or a name in "-ers" ("Chambers", "Reuters").
 */
function isPluralWorkWord(lower: string): boolean {
  const last = lower.split("-").at(-1) ?? "";
  if (!/[^s]s$/.test(last)) return false;
  return (
    isRolePlural(last) ||
    GROUP_HEADS.has(last) ||
    (PERSON_NOUN.test(last) && (/ists$/.test(last) || lower.includes("-")))
  );
}

/** Title words that name a field of government: "Foreign" in "Foreign Minister". */
const FIELDS = new Set(["Foreign", "Interior", "Defence", "Defense", "Finance", "Health", "Home", "State"]);

/**
 * Whether a title word is part of a name, by the name word after it: an organisation's ("World Health
 * Organization", "British Foreign Office"), or any but a title after a field ("Home Depot", "Health
 * Canada"; "Health Minister Ann Toll" keeps its title).
 */
function fieldInName(w: Token, next: Token | undefined): boolean {
  if (!next || !isTitle(w.text) || !isCapitalised(w)) return false;
  if (ORGANISATION_WORDS.has(next.text) && !isTitle(next.text)) return true;
  return FIELDS.has(w.text) && !isTitle(next.text) && givenName(next.text) === undefined;
}

/**
 * Reads a run of words (already known to be a phrase) into a speaker phrase. It is a name only if
 * its last word is a name word (`isNameWord`).
 */
export function readPhrase(tokens: readonly Token[]): SpeakerPhrase | null {
  // (An ampersand stays inside a firm's name: "Johnson & Johnson".)
  const words = tokens.filter(
    (t: Token, k) => t.kind === "word" || (t.text === "&" && k > 0 && k < tokens.length - 1),
  );
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

  // "the 56-year-old": someone named by their age, as the story's subject often is.
  if (words.length === 2 && first.lower === "the" && AGE.test(lastWord.lower))
    return {
      type: "role",
      text: printed,
      start,
      end,
      role: lastWord.text,
      head: lastWord.lower,
      described: true,
    };

  // ("says PM", "Swedish PM does not rule out …": the headline's short form of a prime minister, a
  // person's job, not an organisation's initials.)
  if (
    lastWord.text === "PM" &&
    words.slice(0, -1).every((w) => w.lower === "the" || DEMONYM_ADJECTIVE.test(w.text))
  ) {
    const before = words.slice(0, -1).filter((w) => w.lower !== "the");
    const role = [...before.map((w) => w.text), "prime", "minister"].join(" ");
    return { type: "role", text: printed, start, end, role, head: "minister" };
  }

  // ("The Secretary of State for Culture", "Minister of Energy": a job's title in capitals, its field
  // after "of" or "for", is someone's role, not a body's or a place's name; "Chief of Police Dan
  // Moro" has a given name, and is read below.)
  const titleAt = first.lower === "the" ? 1 : 0;
  if (capitalisedJobTitle(words, titleAt)) {
    const title = words[titleAt] as Token;
    return {
      type: "role",
      text: printed,
      start,
      end,
      role: textsJoined(words.slice(titleAt)),
      head: title.lower,
      described: true,
    };
  }

  // ("the Scottish Executive", "the Welsh Executive": a nation's executive is its government, a
  // body, not a person whose title is "Executive".)
  if (
    lastWord.text === "Executive" &&
    words.length >= 2 &&
    DEMONYM_ADJECTIVE.test((words.at(-2) as Token).text) &&
    words.slice(0, -2).every((w) => w.lower === "the")
  ) {
    const named = words.filter((w) => w.lower !== "the");
    return { type: "name", text: printed, start, end, name: textsJoined(named) };
  }

  // ("Shares of J&J closed up": things a body has, of the body, are no name; the body's is.)
  if (words.length > 2 && THINGS_OF_A_BODY.test(first.text) && words[1]?.lower === "of")
    return readPhrase(words.slice(2));

  // ("A Daily Telegraph poll of 1,313 people", "a study of 40 adults": a piece of research speaks
  // for what it found in the people it is of; they are not the subject.)
  const surveyOf = words.findIndex(
    (w, k) => k > 0 && w.lower === "of" && SURVEYS.has((words[k - 1] as Token).lower),
  );
  if (surveyOf > 0 && words.slice(surveyOf + 1).every((w) => !isCapitalised(w)))
    return readPhrase(words.slice(0, surveyOf));

  // "Physicians for Human Rights", "Friends of the Earth", "Doctors Without Borders": a body named
  // for the people in it and what they stand for is one name, not a role and a name.
  if (isPeopleBody(words)) {
    const named = words[0]?.lower === "the" ? words.slice(1) : words;
    return { type: "name", text: printed, start, end, name: textsJoined(named) };
  }

  // Split off the name: the longest run of capitalised words (and particles) at the end that are
  // not titles. Honorifics stay with the name; courtesy titles are noted and dropped.
  let n = words.length;
  while (n > 0) {
    const w = words[n - 1] as Token;
    const capital = isNameWord(w) || fieldInName(w, words[n]);
    const particle =
      NAME_PARTICLES.has(w.lower) &&
      n < words.length &&
      n > 1 &&
      isCapitalised(words[n - 2]) &&
      // ("Committee on Intelligence", "Centers for Disease Control", but not "Tim Cook on Apple".)
      ((w.lower !== "on" && w.lower !== "for") ||
        words.slice(0, n - 1).some((x) => ORGANISATION_WORDS.has(x.text)));
    // ("League Against Cruel Sports", "Doctors Without Borders": a joining word capitalised inside.)
    const joining =
      JOINED_IF_CAPITALISED.has(w.lower) &&
      isCapitalised(w) &&
      n < words.length &&
      n > 1 &&
      isNameWord(words[n - 2] as Token);
    const ampersand =
      w.text === "&" && n < words.length && n > 1 && isCapitalised(words[n - 2]) && isCapitalised(words[n]);
    if (!capital && !particle && !joining && !ampersand) break;
    n--;
  }
  // Lower-case particles cannot open a name ("of", "de"); capitalised ones can ("Ben Adair", "De Niro").
  while (n < words.length && NAME_PARTICLES.has((words[n] as Token).lower) && !isCapitalised(words[n])) n++;
  // "Cuba and Iran", "Alibaba Group and Yahoo Japan": two names, unless the whole is one
  // organisation's ("World Travel and Tourism Council").
  const lastJoined = n < words.length ? lastWord : undefined;
  // (The "and" may stand just before the run, when a word of the field is no name word: "Health".)
  for (let k = words.length - 2; k > n - 2 && k > 0; k--) {
    const w = words[k] as Token;
    // (An ampersand joins one firm's name: "Johnson & Johnson", "Procter & Gamble".)
    if (w.lower !== "and") continue;
    // ("Committee on Intelligence and Security", "Ministry of Health and Welfare": an organisation's
    // "of" or "on" before the "and" joins its field's words.)
    const before = words.slice(n, k);
    // ("Department of Health and Human Services", "Centers for Disease Control and Prevention": the
    // organisation's word may stand before the name's run, as its "role".)
    const named = words.findIndex((w, i) => i < k && ORGANISATION_WORDS.has(w.text) && isCapitalised(w));
    const field = named >= 0 && words.slice(named + 1, k).some((w) => ["of", "on", "for"].includes(w.lower));
    // ("Big Machine and Dick Clark Productions": a firm named for a person after "and" is a second
    // firm; "Bill and Melinda Gates Foundation" is one.)
    const secondNamedForSomeone =
      k - n >= 2 && (words.length - k - 1 >= 3 || givenName(words[k + 1]?.text ?? "") !== undefined);
    const wholeIsOrganisation =
      (lastJoined &&
        ORGANISATION_WORDS.has(lastJoined.text) &&
        !ORGANISATION_WORDS.has((words[k - 1] as Token).text) &&
        !secondNamedForSomeone) ||
      (before.some((w) => ORGANISATION_WORDS.has(w.text)) &&
        before.some((w) => w.lower === "of" || w.lower === "on")) ||
      field;
    if (!wholeIsOrganisation) n = k + 1;
    else if (
      field &&
      named < n &&
      words.slice(named, n).every((w) => isCapitalised(w) || NAME_PARTICLES.has(w.lower) || w.lower === "for")
    )
      n = named;
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
  // "Dana Pike of IT firm Harbour Metrics", "economist Dana Pike at the consultancy Harbour Metrics":
  // a person named before a preposition and a described organisation is the speaker; the rest is
  // where they work.
  if (n > 3) {
    const given = words.findIndex((w) => isCapitalised(w));
    let k = given + 1;
    while (k < n && isNameWord(words[k] as Token)) k++;
    const person = words.slice(given, k);
    if (
      given >= 0 &&
      k - given >= 2 &&
      k < n - 1 &&
      AFFILIATION.has((words[k] as Token).lower) &&
      person.every((w) => !ORGANISATION_WORDS.has(w.text) && !isTitle(w.text)) &&
      words.slice(k + 1, n).some((w) => ORGANISATION_HEADS.has(w.lower))
    ) {
      words.splice(k);
      lastWord = words[words.length - 1] as Token;
      n = given;
    }
  }
  // "Ann Toll of Ohio": a person's name ends before "of" and a place ("Bank of England" does not).
  let of = -1;
  for (let k = n + 1; k < words.length && of < 0; k++) if ((words[k] as Token).lower === "of") of = k;
  if (
    of > n + 1 &&
    // (A given name, or a courtesy title before the name: "Dr. Mara Quist of Harbour University".)
    (givenName(words[n]?.text ?? "") !== undefined || COURTESY[words[n - 1]?.lower ?? ""] !== undefined) &&
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
      /-(?:checker|maker|writer|owner)$/i.test(w.text) ||
      // ("Geologist Dana Pike", "Singer-guitarists Tom Ames and …": a word for a person's work
      // opening the phrase, capitalised as a sentence's first word is, just before a given name;
      // not a first name of the same ending, "Carter Lee Smith", "Mansoor Ali Khan".)
      (w === words[0] && givenName(words[1]?.text ?? "") !== undefined && isWorkWord(w)) ||
      // ("Browns DL Sheldon Richardson", "Acme CEO Dana Pike": a position's capitals.)
      POSITION_CAPITALS.test(w.text);
    // ("Chief of Police Dan Moro", "Director of National Intelligence Tom Berg": the job may open
    // the phrase, its field capitalised after it.)
    if (
      given > n &&
      !before.some((w) => givenName(w.text) !== undefined) &&
      (before.some(job) ||
        (words[n - 1]?.lower === "of" && words.slice(0, n).some((w) => job(w) && !/s$/.test(w.lower))) ||
        // ("Minister for Europe Denis MacShane", "Chancellor of the Exchequer Gordon Brown".)
        capitalisedJobTitle(words.slice(0, given), words[0]?.lower === "the" ? 1 : 0))
    )
      n = given;
  }
  // "ambassador to Britain Liu Xiaming": the place a job is to comes before the name.
  const afterTo = words[n - 1]?.lower === "the" ? n - 1 : n;
  if (words[afterTo - 1]?.lower === "to" && words.length - n - placeWords(words[n]) >= 2) {
    const job = words[afterTo - 2];
    if (isJobWord(job)) n += placeWords(words[n]);
  }
  // "planetary geologist Rosaly Lopes of NASA’s Jet Propulsion Laboratory": the name between a job
  // and "of" is the person's; the organisation after it is where they work.
  let organisationWord = false;
  for (let k = n; k < words.length && !organisationWord; k++)
    organisationWord = ORGANISATION_WORDS.has((words[k] as Token).text);
  if (organisationWord) {
    let of = n - 1;
    while (of >= 0 && (words[of] as Token).lower !== "of") of--;
    let k = of;
    while (k > 0 && isCapitalised(words[k - 1])) k--;
    const job = words[k - 1];
    if (of > 0 && k < of && of - k <= 3 && isJobWord(job)) {
      words.splice(of);
      lastWord = words[words.length - 1] as Token;
      n = k;
    }
  }
  let nameWords = words.slice(n);
  let roleWords = words.slice(0, n);
  // ("Secretary of State Rice": a title word after "of" is the title's; the name follows it.)
  if (
    nameWords.length >= 2 &&
    isTitle((nameWords[0] as Token).text) &&
    (roleWords.at(-1)?.lower === "of" || roleWords.at(-1)?.lower === "for") &&
    isTitle(roleWords.at(-2)?.text ?? "")
  ) {
    roleWords = [...roleWords, nameWords[0] as Token];
    nameWords = nameWords.slice(1);
  }
  // "the United Nations High Commissioner for Human Rights", "the Minister for Energy": a title for a
  // field is a job, the field no one's name.
  // ("an MEP for the East Midlands": a seat's abbreviation too, and the place's article.)
  const article = roleWords.at(-1)?.lower === "the" ? 1 : 0;
  const field = roleWords.at(-1 - article);
  const titled = roleWords.at(-2 - article);
  if (
    nameWords.length > 0 &&
    (field?.lower === "for" || field?.lower === "of") &&
    titled &&
    (isTitle(titled.text) || JOB_ABBREVIATIONS.has(titled.text)) &&
    !FIELDS.has(titled.text) &&
    nameWords.every((w) => givenName(w.text) === undefined) &&
    !(nameWords.length > 1 && ORGANISATION_WORDS.has(nameWords.at(-1)?.text ?? ""))
  ) {
    const jobWords = words.filter((w) => !DETERMINERS.has(w.lower) || w !== words[0]);
    return {
      type: "role",
      text: printed,
      start,
      end,
      role: roleTextOf(jobWords),
      head: titled.lower,
      described: true,
    };
  }
  // ("the Criminal Justice Bill": a law's name ends in "Bill", and a title word inside it is the
  // law's; no one called Bill.)
  if (
    nameWords.length === 1 &&
    (nameWords[0]?.text === "Bill" || nameWords[0]?.text === "Act") &&
    isCapitalised(roleWords.at(-1))
  ) {
    let k = roleWords.length;
    while (k > 0 && isCapitalised(roleWords[k - 1]) && !DETERMINERS.has((roleWords[k - 1] as Token).lower))
      k--;
    nameWords = [...roleWords.slice(k), nameWords[0] as Token];
    roleWords = roleWords.slice(0, k);
  }
  // ("an event on December 2", "Clark said on Monday": a date is no one; "May" may be a surname.)
  if (nameWords.length === 1 && roleWords.length === 0 && DATE_WORDS.has((nameWords[0] as Token).text))
    return null;
  const heldJob = jobAtTheName(roleWords, nameWords);
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
  if (
    nameWords.length > 0 &&
    (DETERMINERS.has((nameWords[0] as Token).lower) || UNNAMED_MANY.has((nameWords[0] as Token).lower))
  ) {
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
  // ("Secretary for Health and Communities Alan Pryor": not the "and" of a title's fields.)
  if (
    and >= 0 &&
    nameWords.length > 0 &&
    !capitalisedJobTitle(roleWords, roleWords[0]?.lower === "the" ? 1 : 0)
  )
    roleWords = roleWords.slice(and + 1);
  // Sentence openers ("For Parata", "But US Secretary…") are not part of a role.
  let opener = 0;
  while (
    opener < roleWords.length &&
    (isFunctionWord(roleWords[opener] as Token) ||
      CLAUSE_WORDS.has((roleWords[opener] as Token).lower) ||
      // ("in what host Tom Bergeron described as": a relative word opens no role.)
      WH_WORDS.has((roleWords[opener] as Token).lower))
  )
    opener++;
  if (opener > 0) roleWords = roleWords.slice(opener);
  // "China’s ambassador to Britain", "the envoy to the United States": a job to a place is a role,
  // not the place's name.
  const theAfterTo = roleWords.at(-1)?.lower === "the" ? 1 : 0;
  const to = roleWords.at(-1 - theAfterTo);
  const job = roleWords.at(-2 - theAfterTo);
  if (to?.lower === "to" && isJobWord(job) && nameWords.length <= placeWords(nameWords[0]))
    return {
      type: "role",
      text: printed,
      start,
      end,
      role: roleTextOf([...roleWords, ...nameWords]),
      head: job.lower,
      described: true,
    };
  // "Police in Eastport said": a force or body named by where it serves is that body, not the place.
  const body = roleWords.at(-2);
  if (
    nameWords.length > 0 &&
    body &&
    roleWords.length <= 3 &&
    ["in", "of", "at"].includes(roleWords.at(-1)?.lower ?? "") &&
    (roleWords.length === 2 || DETERMINERS.has((roleWords[0] as Token).lower)) &&
    ORGANISATION_WORDS.has(body.text.charAt(0).toUpperCase() + body.text.slice(1)) &&
    ORGANISATION_HEADS.has(body.lower)
  )
    return { type: "organisation", text: printed, start, end, role: roleTextOf(words), head: body.lower };
  // "The chief executive of Harbour Lines": words ending in a preposition are someone else's role.
  if (nameWords.length > 0 && AFFILIATION.has(roleWords.at(-1)?.lower ?? "")) roleWords = [];
  // "voters handed Ruiz a defeat", "One thing Pike would change", "the embattled Ana Ruiz": a verb,
  // a clause's head noun or a passing adjective before the name is no role of theirs.
  const roleHead = roleWords.at(-1);
  if (
    nameWords.length > 0 &&
    roleHead &&
    !isCapitalised(roleHead) &&
    (/[^e]ed$/.test(roleHead.lower) || CLAUSE_HEADS.has(roleHead.lower))
  )
    roleWords = [];
  const roleText = roleTextOf(roleWords);
  const head = lastWord.lower;

  // "Indiana State Police", "Harbour City Council": an organisation's word after capitalised words
  // is the end of the organisation's name, not a name after a role.
  if (
    nameWords.length === 1 &&
    ORGANISATION_WORDS.has((nameWords[0] as Token).text) &&
    roleWords.length > 0 &&
    roleWords.every((w) => isCapitalised(w) && !DETERMINERS.has(w.lower))
  ) {
    nameWords = [...roleWords, nameWords[0] as Token];
    roleWords = [];
  }
  // "Minister for Children, Young People and Families Margaret Hodge said": a plural that ends a
  // job's list, before a given name, is the job's, and the name starts at the given name.
  const listEnd = nameWords[0];
  if (
    nameWords.length >= 3 &&
    listEnd &&
    /\p{Ll}s$/u.test(listEnd.text) &&
    words[words.indexOf(listEnd) - 1]?.lower === "and" &&
    givenName(listEnd.text) === undefined &&
    givenName((nameWords[1] as Token).text) !== undefined
  ) {
    roleWords = [...roleWords, listEnd];
    nameWords = nameWords.slice(1);
  }
  // ("Peter Ainsworth MP", "Ann Toll QC": letters after a full name are no part of it.)
  if (
    nameWords.length >= 3 &&
    POST_NOMINALS.test(nameWords.at(-1)?.text ?? "") &&
    givenName(nameWords[0]?.text ?? "") !== undefined
  )
    nameWords = nameWords.slice(0, -1);
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
    if (heldJob)
      phrase.job = { text: printed, role: roleTextOf([...heldJob.words, ...nameWords]), head: heldJob.head };
    if (gender) phrase.gender = gender;
    if (honorific) phrase.honorific = honorific;
    if (courtesy) phrase.courtesy = courtesy;
    if (first.lower === "the" && keptStart > first.start) phrase.definite = true;
    return phrase;
  }
  const lastText = lastWord.text;
  // "The Associated Press", "The Harbour Press": capitalised words ending in an organisation's word
  // are its name, not the group the last word means alone ("the press said").
  if (ORGANISATION_WORDS.has(lastText)) {
    const named = roleWords.filter((w) => !DETERMINERS.has(w.lower));
    if (named.length >= 2 && named.every((w) => isCapitalised(w)))
      return { type: "name", text: printed, start, end, name: textsJoined(named) };
  }
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
  // "The harbour boards accused …", "both ministries said": several organisations speak together.
  if (ORGANISATION_HEADS.has(singular(head))) return { type: "group", text: printed, start, end, head };
  return null;
}

/** A plural noun's singular, for the regular endings: "boards" → "board", "ministries" → "ministry". */
function singular(word: string): string {
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|ss|x)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

/** Letters printed after a person's name, without a comma, for a seat or an honour. */
export const POST_NOMINALS = /^(?:MP|MSP|MEP|QC|KC|OBE|MBE|CBE)$/;

/** A nationality or a place's adjective: "Syrian", "Chinese", "Spanish", "Iraqi". */
export const DEMONYM_ADJECTIVE = /^\p{Lu}\p{Ll}{2,}(?:an|ese|ish|i)$/u;

/** Forms of "be", "have" and the modals: verbs, never a noun a nationality qualifies. */
const AUXILIARIES = new Set(
  "are was were has have had will would can could may might must shall should did does".split(" "),
);

/** First words of two-word places: "United States", "New Zealand", "Hong Kong". */
const PLACE_OPENERS = new Set(
  "United New South North East West Saudi Hong Sri Costa El Puerto Sierra".split(" "),
);

/** The words' texts with a space between. */
/**
 * Whether capitalised words (and a year) from `k` run to a job of making a work and a name:
 * "British Quangos 2005 author Dan Lewis".
 */
function workBeforeItsAuthor(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (
    j < tokens.length &&
    j - k < 8 &&
    (isCapitalised(tokens[j]) || /^\d{4}$/.test(tokens[j]?.text ?? ""))
  )
    j++;
  return j > k && AUTHORS.has(tokens[j]?.lower ?? "") && isCapitalised(tokens[j + 1]);
}
/** Jobs of making a work: "author", "editor". */
const AUTHORS = new Set([
  "author",
  "authors",
  "editor",
  "writer",
  "compiler",
  "creator",
  "presenter",
  "host",
]);

/**
 * ", Mines and Forests" after "Minister of Energy" at `comma`: the index just past a list of
 * capitalised fields that ends with "and" and one more, before a comma or the sentence's end; else -1.
 */
export function fieldListEnd(tokens: readonly Token[], comma: number): number {
  if (!isComma(tokens[comma]) || !isCapitalised(tokens[comma - 1])) return -1;
  let k = comma + 1;
  let joined = false;
  while (k < tokens.length) {
    const from = k;
    while (
      isCapitalised(tokens[k]) &&
      tokens[k]?.kind === "word" &&
      givenName(tokens[k]?.text ?? "") === undefined
    )
      k++;
    if (k === from) return -1;
    if (joined) break;
    if (isComma(tokens[k]) && isCapitalised(tokens[k + 1])) k++;
    else if (tokens[k]?.lower === "and" && isCapitalised(tokens[k + 1])) {
      joined = true;
      k++;
    } else return -1;
  }
  const next = tokens[k];
  return joined && (!next || isComma(next) || next.text === ".") ? k : -1;
}

/**
 * Whether the words from `at` are a job's title in capitals with its field and no one's name: "Secretary
 * of State for Culture", "Minister of Energy, Mines and Forests". (One person's job: "Friends of the
 * Earth" is a body.)
 */
function capitalisedJobTitle(words: readonly Token[], at: number): boolean {
  const title = words[at];
  const field = words.slice(at + 2);
  return (
    !!title &&
    field.length > 0 &&
    isCapitalised(title) &&
    ROLE_NOUNS.has(title.lower) &&
    !/s$/.test(title.lower) &&
    (words[at + 1]?.lower === "of" || words[at + 1]?.lower === "for") &&
    isCapitalised(field[0]?.lower === "the" ? field[1] : field[0]) &&
    field.every(
      (w) =>
        (isCapitalised(w) && givenName(w.text) === undefined) ||
        NAME_PARTICLES.has(w.lower) ||
        w.lower === "for" ||
        w.lower === "the",
    ) &&
    // ("Secretary of State Rice": a capitalised word right after a title is a name.)
    !field.some(
      (w, k) =>
        k > 0 && isTitle((field[k - 1] as Token).text) && isCapitalised(w) && !NAME_PARTICLES.has(w.lower),
    )
  );
}

function textsJoined(words: readonly Token[]): string {
  let text = (words[0] as Token).text;
  for (let i = 1; i < words.length; i++) text += ` ${(words[i] as Token).text}`;
  return text;
}

/** A role's words as printed, without a leading determiner ("the"), with typographic possessives. */
export function roleTextOf(words: readonly Token[]): string {
  let text = "";
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Token;
    if (i === 0 && DETERMINERS.has(w.lower)) continue;
    const printed = w.text.endsWith("‘s") ? w.text.replace(/‘s$/, "’s") : w.text;
    text += text ? ` ${printed}` : printed;
  }
  return text;
}

export const isHeadNoun = (t: Token) =>
  isRoleNoun(t) ||
  isGroupHead(t.text, t.lower) ||
  ORGANISATION_HEADS.has(t.lower) ||
  DOCUMENT_HEADS.has(t.lower) ||
  (t.lower.endsWith("s") && ORGANISATION_HEADS.has(singular(t.lower)));

/** Endings of nouns for people: "goalkeeper", "director", "economist", "consultant", "spokesman". */
const AGENT_NOUN = /(?:er|or|ist|ian|ant|ent|eer|man|woman|chief|head)$/;

/**
 * Whether the lower-case word at `j` is a modifier leading, within three words, to a head noun or a
 * name: "whale rescue group Project Jonah", "local news reports", "the conservation department".
 */
function leadsToHead(tokens: readonly Token[], j: number, orName = true): boolean {
  for (let k = j; k < Math.min(tokens.length, j + 4); k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word") return false;
    if (isHeadNoun(t)) return true;
    // (After a name, only a word shaped like a person's noun leads on to another name: "Veteran
    // goalkeeper Sam Marlow", not "Shadman met Mr. Obama".)
    if (k > j && isCapitalised(t)) return orName || AGENT_NOUN.test((tokens[k - 1] as Token).lower);
    if (CLAUSE_WORDS.has(t.lower) || SPEECH_VERBS.has(t.lower) || DETERMINERS.has(t.lower)) return false;
    if (isCapitalised(t)) return false;
  }
  return false;
}

/** A verb in the past: "met", "visited" (any word in -ed), "told", "sent". */
const PAST_VERB =
  /^(?:met|told|gave|took|led|sent|made|held|saw|found|left|brought|bought|sought|thought|won|hit|put|set|ran|spoke|wrote|met|urged|visited|\w+ed)$/;

/**
 * Whether a word can be part of a speaker phrase being scanned leftwards: `collected` words of it are
 * to its right already, the first of them `right`.
 */
function partOfPhrase(t: Token, collected: number, right: Token | undefined, left?: Token): boolean {
  // ("Johnson & Johnson said", "Procter & Gamble": an ampersand between capitalised words joins a
  // firm's name.)
  if (t.text === "&") return collected > 0 && isCapitalised(right) && isCapitalised(left);
  if (t.kind !== "word") return false;
  if (isCapitalised(t))
    return (
      !isFunctionWord(t) ||
      (collected > 0 && isTitle(t.text)) ||
      // ("Doctors Without Borders": a joining word capitalised in the name.)
      (collected > 0 &&
        JOINED_IF_CAPITALISED.has(t.lower) &&
        /^\p{Lu}/u.test(left?.text ?? "") &&
        !isFunctionWord(left as Token)) ||
      // "Fare Watch alleges": an organisation's last word, after another capitalised word.
      (collected === 0 &&
        ORGANISATION_WORDS.has(t.text) &&
        isCapitalised(left) &&
        !isFunctionWord(left as Token))
    );
  // ("on" joins only capitalised words: "Committee on Intelligence", not "the penalty on Islamists";
  // so do "without" and "against": "Doctors Without Borders".)
  if (
    (NAME_PARTICLES.has(t.lower) || JOINED_IF_CAPITALISED.has(t.lower)) &&
    right &&
    isCapitalised(right) &&
    ((t.lower !== "on" && !JOINED_IF_CAPITALISED.has(t.lower)) ||
      (/^\p{Lu}/u.test(left?.text ?? "") && !isFunctionWord(left as Token)))
  )
    return true;
  if (CLAUSE_WORDS.has(t.lower)) return false;
  // "The 56-year-old said": an age stands for the person.
  if (collected === 0 && AGE.test(t.lower)) return true;
  // "The report said": a head noun, though "report" can also be a verb.
  if (isHeadNoun(t) && collected === 0) return true;
  if (SPEECH_VERBS.has(t.lower)) return false;
  if (isHeadNoun(t)) return true;
  // A modifier: "press" in "press secretary", "conservation" in "conservation department ranger",
  // "neo-bank" in "one neo-bank CEO".
  return !!right && (!isCapitalised(right) || POSITION_CAPITALS.test(right.text));
}

/**
 * Whether capitalised words are a body named for its people: a plural noun for people, "for",
 * "of", "without" or "against", then capitalised words ("the" and "and" may stand among them).
 */
export function isPeopleBody(words: readonly { text: string; lower: string }[]): boolean {
  const at = words[0]?.lower === "the" ? 1 : 0;
  const people = words[at];
  const joiner = words[at + 1]?.lower ?? "";
  return (
    words.length - at >= 3 &&
    !!people &&
    /^\p{Lu}\p{Ll}+s$/u.test(people.text) &&
    givenName(people.text) === undefined &&
    !ORGANISATION_WORDS.has(people.text) &&
    // (Not things in the plural: "Shares of J&J closed up".)
    !THINGS_OF_A_BODY.test(people.text) &&
    // (Not people acting for someone named: "Lawyers for Tom Berg", "Supporters of Ana Ruiz".)
    !REPRESENTATIVES.has(people.lower) &&
    givenName(words[at + 2]?.text ?? "") === undefined &&
    !words.slice(at + 2).some((w) => ORGANISATION_WORDS.has(w.text)) &&
    (joiner === "of" || joiner === "for" || JOINED_IF_CAPITALISED.has(joiner)) &&
    // (After "for", a cause of two words or more: "Physicians for Human Rights"; "Analysts for
    // Brightwater" are a firm's people.)
    (joiner !== "for" || words.length - at >= 4) &&
    words
      .slice(at + 2)
      .every(
        (w, k) =>
          /^\p{Lu}/u.test(w.text) || ((w.lower === "the" || w.lower === "and") && k < words.length - at - 3),
      )
  );
}

/** Plural words for people that bodies are named after: "Friends of the Earth", "Sisters of Mercy". */
const KIN_PLURALS = new Set(
  "friends sisters brothers sons daughters mothers fathers knights veterans".split(" "),
);

/** People who act or speak for someone. */
const REPRESENTATIVES = new Set(
  "lawyers attorneys representatives spokesmen spokeswomen spokespeople aides advisers advisors supporters allies".split(
    " ",
  ),
);

/** Words that join a body's name only between capitalised words. */
const JOINED_IF_CAPITALISED = new Set(["without", "against"]);

/** The speaker phrase ending just before `index`, if the words there form one. */
export function phraseBefore(tokens: readonly Token[], index: number): SpeakerPhrase | null {
  return readPhrase(phraseEndingAt(tokens, index));
}

/** The phrase ending just before `index` (exclusive), scanning left. */
export function phraseEndingAt(tokens: readonly Token[], index: number): Token[] {
  // The phrase is tokens[from, index): the scan moves `from` left, and no list is built until the end.
  let from = index;
  for (let j = index - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    const collected = index - from;
    if (DETERMINERS.has(t.lower) && collected > 0) {
      from = j;
      // ("Friends of the Earth", "Society for the Protection of Birds": "the" inside a body's name.)
      const joiner = tokens[j - 1];
      if (
        t.lower === "the" &&
        isCapitalised(tokens[j + 1]) &&
        (joiner?.lower === "of" || joiner?.lower === "for") &&
        // (People in the plural, printed capitalised, though a sentence's first word may be marked
        // a common one, opening the clause and no group's word: not "Chris Williams of the Weather
        // Service", nor "Members of the City Council", who are people of a body.)
        /^\p{Lu}\p{Ll}+s$/u.test(tokens[j - 2]?.text ?? "") &&
        !isFunctionWord(tokens[j - 2] as Token) &&
        (j < 3 || tokens[j - 3]?.kind !== "word") &&
        !isGroupHead(tokens[j - 2]?.text ?? "", tokens[j - 2]?.lower) &&
        // (A plural for people, not a surname: "Davis of the Eastport Tigers".)
        (PERSON_NOUN.test(tokens[j - 2]?.lower ?? "") || KIN_PLURALS.has(tokens[j - 2]?.lower ?? ""))
      )
        continue;
      // ("Chairman of the Environmental Audit Committee Peter Ainsworth": a title's field with its
      // article.)
      if (
        t.lower === "the" &&
        (joiner?.lower === "of" || joiner?.lower === "for") &&
        capitalisedJobTitle(tokens.slice(j - 2, j + 2), 0)
      )
        continue;
      // ("Ana Ruiz of Save the Children said": a body's name with "the" inside it, after where
      // someone works.)
      if (
        t.lower === "the" &&
        isCapitalised(tokens[j + 1]) &&
        joiner !== undefined &&
        isCapitalised(joiner) &&
        !isFunctionWord(joiner) &&
        ["of", "from", "at", "with", "for"].includes(tokens[j - 2]?.lower ?? "")
      )
        continue;
      break;
    }
    // ("Essential Guide to British Quangos 2005 author Dan Lewis": a work's title with its "to".)
    const titled =
      t.lower === "to" && collected > 0 && isCapitalised(tokens[j - 1]) && workBeforeItsAuthor(tokens, j + 1);
    // ("the Commons work and pensions committee": a body's fields joined by "and", in small
    // letters, after the capitalised word that says whose body it is.)
    const fields =
      t.lower === "and" &&
      collected > 0 &&
      ORGANISATION_HEADS.has(tokens[index - 1]?.lower ?? "") &&
      tokens[j - 1]?.kind === "word" &&
      !isCapitalised(tokens[j - 1]) &&
      (isCapitalised(tokens[j - 2]) || isCapitalised(tokens[j - 3]));
    if (
      !titled &&
      !fields &&
      !partOfPhrase(t, collected, collected > 0 ? tokens[from] : undefined, tokens[j - 1])
    )
      break;
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
  // A conjunction never opens a phrase ("though officials say", "and Beijing officials admitted").
  while (index - from > 1 && CONJUNCTIONS.has((tokens[from] as Token).lower)) from++;
  // "the “Harbour Nights” actor said": a title in quotation marks between the article and its noun
  // is read past, and the article kept.
  // (The quotation is one token here, its words masked.)
  const article = tokens[from - 2];
  if (
    index > from &&
    tokens[from - 1]?.kind === "quote" &&
    !isCapitalised(tokens[from]) &&
    // ("the “cheaper fares” the council had promised": a phrase of its own after the quotation.)
    !DETERMINERS.has((tokens[from] as Token).lower) &&
    article &&
    DETERMINERS.has(article.lower)
  )
    return [article, ...tokens.slice(from, index)];
  // "China’s ambassador to Britain accused", "… to Britain Liu Xiaming has said": the job and its
  // place are read with the name (readPhrase tells the place from the name).
  const job = tokens[from - 2];
  const the = tokens[from]?.lower === "the" ? 1 : 0;
  if (
    tokens[from - 1]?.lower === "to" &&
    isJobWord(job) &&
    isCapitalised(tokens[from + the]) &&
    (placeBeforeName(tokens, from, index) > 0 || index - from - the <= placeWords(tokens[from + the]))
  )
    return [...phraseEndingAt(tokens, from - 1), tokens[from - 1] as Token, ...tokens.slice(from, index)];
  return tokens.slice(from, index);
}

/** A lower-case word naming a job: "ambassador", "geologist", "envoy". */
const isJobWord = (t: Token | undefined): t is Token =>
  !!t && !isCapitalised(t) && (isRoleNoun(t) || AGENT_NOUN.test(t.lower));

/** How many words a place's name takes that opens with `first`: "Britain", "United States". */
const placeWords = (first: Token | undefined) => (PLACE_OPENERS.has(first?.text ?? "") ? 2 : 1);

/**
 * How many words of the capitalised run tokens[from, to) name a place a job is "to" or "for", before
 * the person's name: "ambassador to Britain Liu Xiaming", "envoy to the United States Ann Toll" (one
 * word, or two that open a place's name); 0 when the run is not so placed.
 */
function placeBeforeName(tokens: readonly Token[], from: number, to: number): number {
  const the = tokens[from]?.lower === "the" ? 1 : 0;
  let k = from + the;
  if (tokens[k - 1]?.lower === "the") k--;
  const job = tokens[k - 2];
  if (!["to", "for"].includes(tokens[k - 1]?.lower ?? "") || !isJobWord(job)) return 0;
  const run = tokens.slice(from + the, to);
  if (!run.every((t) => isCapitalised(t)) || run.some((w) => ORGANISATION_WORDS.has(w.text))) return 0;
  const place = placeWords(run[0]);
  return run.length - place >= 2 && givenName(run[0]?.text ?? "") === undefined ? the + place : 0;
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
    // ("said Moscow based lawyer Jamie Firestone": a compound adjective printed without its hyphen
    // describes what follows it, as "Moscow-based" does.)
    else if (
      UNHYPHENATED_COMPOUND.has(t.lower) &&
      isCapitalised(collected.at(-1)) &&
      next?.kind === "word" &&
      (isCapitalised(next) || isHeadNoun(next) || leadsToHead(tokens, j + 1, true))
    )
      collected.push(t);
    else if (NAME_PARTICLES.has(t.lower) && collected.length > 0 && isCapitalised(next)) collected.push(t);
    // ("Essential Guide to British Quangos 2005 author Dan Lewis": a work's title, with its "to",
    // before its author's job and name.)
    else if (t.lower === "to" && isCapitalised(collected.at(-1)) && workBeforeItsAuthor(tokens, j + 1))
      collected.push(t);
    // ("Chancellor of the Exchequer Gordon Brown": a title's field may have its article.)
    else if (
      (t.lower === "of" || t.lower === "for") &&
      next?.lower === "the" &&
      isCapitalised(tokens[j + 2]) &&
      capitalisedJobTitle(
        [...collected, t, next, tokens[j + 2] as Token],
        DETERMINERS.has(collected[0]?.lower ?? "") ? 1 : 0,
      )
    ) {
      collected.push(t, next);
      j++;
    }
    // (After a name, lower-case words go on only to a role: "Harbour Bank chief economist Dana Pike";
    // "Shadman met Mr. Obama" is two phrases, and so is "Ada Lind met families": a verb in the past
    // after a name is the name's verb, not a word of a group's description.)
    else if (
      isHeadNoun(t) ||
      (leadsToHead(tokens, j, !collected.some(isNameWord)) &&
        // ("Researchers measured LAC levels": nor after a group's head noun.)
        !(
          (collected.some(isNameWord) ||
            (collected.length > 0 && isGroupHead((collected.at(-1) as Token).text))) &&
          PAST_VERB.test(t.lower)
        ))
    )
      collected.push(t);
    else break;
    if (collected.length > 12) break;
  }
  // "Facebook and other tech companies": a name and others of its kind are one group.
  if (collected.length > 0 && tokens[j]?.lower === "and" && tokens[j + 1]?.lower === "other") {
    let k = j + 2;
    while (
      k < j + 6 &&
      tokens[k]?.kind === "word" &&
      !isCapitalised(tokens[k]) &&
      !/[^s]s$/.test(tokens[k]?.lower ?? "")
    )
      k++;
    const head = tokens[k];
    if (
      head?.kind === "word" &&
      !isCapitalised(head) &&
      /[^s]s$/.test(head.lower) &&
      collected.some(isNameWord)
    ) {
      const first = collected[0] as Token;
      return {
        phrase: {
          type: "group",
          text: printedBetween(tokens, first.start, head.end),
          start: first.start,
          end: head.end,
          head: head.lower,
        },
      };
    }
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
  // "a Syrian refugee who …": a nationality before a noun is an adjective, not a name; the phrase
  // is a description of someone.
  const lastCollected = collected.length === 2 ? collected[1] : undefined;
  const following =
    lastCollected &&
    DETERMINERS.has((collected[0] as Token).lower) &&
    DEMONYM_ADJECTIVE.test(lastCollected.text)
      ? tokens[tokens.indexOf(lastCollected) + 1]
      : undefined;
  if (
    lastCollected &&
    following?.kind === "word" &&
    !isCapitalised(following) &&
    /^[a-z]{3,}$/.test(following.lower) &&
    !FUNCTION_WORDS.has(following.text) &&
    // ("The Ngātiwai are investigating": a verb after the name, not a noun after an adjective.)
    !AUXILIARIES.has(following.lower) &&
    !SPEECH_VERBS.has(following.lower) &&
    !isVerbPrecursor(following.lower)
  ) {
    const words = [...collected, following];
    const role = roleTextOf(words);
    return {
      phrase: {
        type: "role",
        text: textsJoined(words),
        start: (words[0] as Token).start,
        end: following.end,
        role,
        head: following.lower,
        described: true,
      },
    };
  }
  const phrase = jointly(collected) ?? readPhrase(collected);
  if (!phrase) return null;
  let appositive: string | undefined;
  const after = tokens.indexOf(collected[collected.length - 1] as Token) + 1;
  // "said a report from Harbour Metrics", "according to a study by the Harbour Institute": a
  // document speaks for the author named after it.
  if (phrase.type === "document" && ["from", "by"].includes(tokens[after]?.lower ?? "")) {
    const author = phraseStartingAt(tokens, after + 1);
    if (author?.phrase.type === "name") return author;
  }
  // "said an official close to the negotiations", "two people briefed on the plan": how an unnamed
  // source knows is part of their description (a preposition and up to four words).
  if (
    (phrase.type === "role" || phrase.type === "group") &&
    SOURCE_KNOWING.has(tokens[after]?.lower ?? "") &&
    ["with", "to", "on", "in", "about"].includes(tokens[after + 1]?.lower ?? "")
  ) {
    let end = after + 2;
    while (end < after + 6 && tokens[end]?.kind === "word" && !RELATIVES.has(tokens[end]?.lower ?? "")) end++;
    const last = tokens[end - 1] as Token;
    if (end > after + 2)
      return {
        phrase: {
          ...phrase,
          text: printedBetween(tokens, phrase.start, last.end),
          end: last.end,
          role: roleTextOf(tokens.slice(tokens.indexOf(collected[0] as Token), end)),
          described: true,
        },
      };
  }
  if (phrase.type === "role" && AFFILIATION.has(tokens[after]?.lower ?? "")) {
    // "said a spokeswoman for the union": a spokesperson speaks for the body named after them.
    if (SPOKESPEOPLE.has(phrase.head ?? "")) {
      const body = phraseStartingAt(tokens, after + 1);
      if (body?.phrase.type === "name" || body?.phrase.type === "organisation") return body;
    }
    // "said a teacher from Ashby Island": someone described by where they work or live, when the
    // name ends the clause.
    const place = SPOKESPEOPLE.has(phrase.head ?? "") ? null : phraseStartingAt(tokens, after + 1);
    const placeEnd = place ? tokens.findIndex((t) => t.start >= place.phrase.end) : -1;
    if (
      place?.phrase.type === "name" &&
      JOB_OPENERS.has((collected[0] as Token).lower) &&
      (placeEnd < 0 || tokens[placeEnd]?.kind !== "word")
    ) {
      const words = tokens.slice(
        tokens.indexOf(collected[0] as Token),
        placeEnd < 0 ? tokens.length : placeEnd,
      );
      return {
        phrase: {
          ...phrase,
          text: printedBetween(tokens, phrase.start, place.phrase.end),
          end: place.phrase.end,
          role: roleTextOf(words),
        },
      };
    }
    // "said the head of the union": a job at a body described in a word or two, to the clause's end.
    const held = describedBody(tokens, after + 1);
    if (held !== null && !SPOKESPEOPLE.has(phrase.head ?? "")) {
      const last = tokens[held - 1] as Token;
      const words = tokens.slice(tokens.indexOf(collected[0] as Token), held);
      return {
        phrase: {
          ...phrase,
          text: printedBetween(tokens, phrase.start, last.end),
          end: last.end,
          role: roleTextOf(words),
        },
      };
    }
  }
  // ("The Minister of Energy, Mines and Forests, Dana Pike,": a title's field may be a list.)
  const listEnd = phrase.type === "role" ? fieldListEnd(tokens, after) : -1;
  if (listEnd > after) {
    const last = tokens[listEnd - 1] as Token;
    const role = `${phrase.role ?? ""}${printedBetween(tokens, (tokens[after] as Token).start, last.end)}`;
    return {
      phrase: { ...phrase, text: printedBetween(tokens, phrase.start, last.end), end: last.end, role },
    };
  }
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

/**
 * "the union", "the drivers’ union", "a local bank", ending the clause: where a body only described
 * starts at `k`, the index just past it; else null.
 */
function describedBody(tokens: readonly Token[], k: number): number | null {
  if (!JOB_OPENERS.has(tokens[k]?.lower ?? "") && tokens[k]?.lower !== "its") return null;
  let j = k + 1;
  while (j < tokens.length && j - k <= 3 && tokens[j]?.kind === "word" && !isCapitalised(tokens[j])) j++;
  const next = tokens[j];
  if (j === k + 1 || j - k > 3 || (next !== undefined && next.kind === "word")) return null;
  return j;
}

/**
 * "Ana Ruiz and Tom Hale", "Sen. Ray Cole and Rep. Ann Toll": two people named in full, together, as
 * speakers; one group, for what they said together (each is still sighted alone). Null when the
 * words are not two such names joined by "and".
 */
export function jointly(words: readonly Token[]): SpeakerPhrase | null {
  const and = words.findIndex((w) => w.lower === "and");
  if (and < 1 || and > words.length - 2 || words.slice(and + 1).some((w) => w.lower === "and")) return null;
  const first = readPhrase(words.slice(0, and));
  const second = readPhrase(words.slice(and + 1));
  const person = (p: SpeakerPhrase | null) =>
    p?.type === "name" &&
    /\s/.test(p.name ?? "") &&
    (givenName(p.name?.split(" ")[0] ?? "") !== undefined ||
      p.courtesy !== undefined ||
      (p.role !== undefined && isTitle(p.role)));
  // ("The UN and EU stressed", "Harbour Ferries and Kestrel Lines said", "the Tories and Lib Dems
  // have tabled": two bodies, each an acronym or a name ending in a body's word or a plural, with no
  // given name; or a party by its capitalised plural. Not one body's name with "and" in it: "World
  // Travel and Tourism Council".)
  const body = (p: SpeakerPhrase | null) => {
    if (p?.type === "group") return /^(?:the\s+)?\p{Lu}\p{Ll}+s$/u.test(p.text);
    const words = p?.type === "name" ? (p.name ?? "").split(" ") : [];
    const last = words.at(-1) ?? "";
    return (
      p?.type === "name" &&
      p.courtesy === undefined &&
      p.role === undefined &&
      givenName(words[0] ?? "") === undefined &&
      (/^(?:\p{Lu}\.?){2,6}$/u.test(last) ||
        ORGANISATION_WORDS.has(last) ||
        /^\p{Lu}\p{Ll}+[^s]s$/u.test(last))
    );
  };
  // ("Princes William and Harry said": a plural title before two given names.)
  const titledPair =
    /^(?:Princes|Princesses)$/.test(words[0]?.text ?? "") &&
    and === 2 &&
    words.length === 4 &&
    givenName(words[1]?.text ?? "") !== undefined &&
    givenName(words[3]?.text ?? "") !== undefined;
  if (titledPair) {
    const start = (words[0] as Token).start;
    const end = (words[3] as Token).end;
    return { type: "group", text: printedBetween(words, start, end), start, end, head: "and" };
  }
  if (!first || !second) return null;
  if (!(person(first) && person(second)) && !(body(first) && body(second))) return null;
  // ("Guitarists Dana Pike and Ana Ruiz": a plural role before the first name is both people's,
  // not part of what the two are called.)
  const before = first.text.slice(0, first.text.length - (first.name?.length ?? 0)).trim();
  const shared = first.role !== undefined && /^\S+s$/.test(before) && !isTitle(before);
  const start = shared ? first.start + before.length + 1 : (words[0] as Token).start;
  const end = (words.at(-1) as Token).end;
  return { type: "group", text: printedBetween(words, start, end), start, end, head: "and" };
}

/** Whether an aside names a role ("a member of Ennahda’s general secretariat"), not an action. */
export function looksLikeRole(aside: readonly Token[]): boolean {
  const first = aside[0];
  if (!first || /ing$/.test(first.lower) || ["who", "which", "whose", "whom"].includes(first.lower))
    return false;
  // ("…, met the club’s owners at the Grand Hotel on Tuesday": a verb and its object, a clause
  // that only ends at a body, not a role; "also a member of the panel" is one.)
  const second = aside[1];
  if (
    !isCapitalised(first) &&
    !DETERMINERS.has(first.lower) &&
    !ROLE_ADVERBS.has(first.lower) &&
    !/ly$/.test(first.lower) &&
    second &&
    DETERMINERS.has(second.lower)
  )
    return false;
  return aside.some(
    (t) =>
      isRoleNoun(t) || isTitle(t.text) || ORGANISATION_WORDS.has(t.text) || ORGANISATION_HEADS.has(t.lower),
  );
}

/** Adverbs that may open a role's aside: "also a member of the panel", "now the head of …". */
export const ROLE_ADVERBS = new Set([
  "also",
  "now",
  "then",
  "once",
  "still",
  "both",
  "each",
  "himself",
  "herself",
]);

/** Words by which a source is said to know: "familiar with", "close to", "briefed on". */
export const SOURCE_KNOWING = new Set(["familiar", "close", "involved", "briefed", "knowledgeable", "privy"]);
/** Relative pronouns, which end a description's words. */
export const RELATIVES = new Set(["who", "whom", "whose", "which", "that"]);

/** Endings of nouns for people: "schoolteacher", "defenceman", "participants", "advocate". */
const PERSON_ENDING = /(?:ers?|ors?|ists?|ants?|ents?|ians?|man|men|woman|women|person|people|ees|ates?)$/;
/** Common nouns with those endings that name things: "an event", "the number", "a letter". */
const THINGS_LIKE_PEOPLE = new Set(
  "event moment comment statement document government payment element agreement department apartment treatment percent content extent intent letter number paper order matter corner winter summer water power border center centre chapter error mirror floor door color colour factor sector vector motor record corridor interior exterior meter metre filter answer barrier quarter character cancer rate state estate debate climate plant grant date update".split(
    " ",
  ),
);
/** Whether a lower-case noun names a person by its ending ("poster", "commuter"; not "event"). */
export const PERSON_NOUN = {
  test: (lower: string) => PERSON_ENDING.test(lower) && !THINGS_LIKE_PEOPLE.has(lower.replace(/s$/, "")),
};

/**
 * "the mayor of Harbour City", "a director at Harbour Bank", "one tweeter in Sydney": a job or a
 * person named with a determiner, then where they work or are. Not a spokesperson, who speaks for
 * the body.
 */
function jobAtTheName(
  roleWords: readonly Token[],
  nameWords: readonly Token[],
): { words: Token[]; head: string } | null {
  const opener = roleWords[0];
  const at = roleWords.at(-1);
  if (!opener || !at || nameWords.length === 0 || roleWords.length < 3) return null;
  if (!JOB_OPENERS.has(opener.lower) || !AFFILIATION.has(at.lower)) return null;
  const words = roleWords.slice(1, -1);
  const head = words.at(-1);
  // (One person: "the developers of Apex" speak for their firm, as its spokespeople do.)
  if (!head || words.length > 3 || SPOKESPEOPLE.has(head.lower) || /[^s]s$|men$|people$/.test(head.lower))
    return null;
  const person =
    PERSON_NOUN.test(head.lower) && !ORGANISATION_HEADS.has(head.lower) && !DOCUMENT_HEADS.has(head.lower);
  if (!isRoleNoun(head) && !person) return null;
  // (A job's abbreviation is printed in capitals: "the MP for Ealing North".)
  if (
    words.some(
      (w) =>
        (isCapitalised(w) && !JOB_ABBREVIATIONS.has(w.text)) ||
        DETERMINERS.has(w.lower) ||
        AFFILIATION.has(w.lower),
    )
  )
    return null;
  return { words: [...words, at], head: head.lower };
}
const JOB_OPENERS = new Set(["the", "a", "an", "one", "another", "that", "this"]);
/** Jobs printed as abbreviations: "the MP for …", "the CEO of …". */
const JOB_ABBREVIATIONS = new Set(["MP", "MSP", "MEP", "MLA", "AM", "TD", "CEO", "CFO", "COO"]);

/** The tokens as printed. */
export function textOf(tokens: readonly Token[]): string {
  return tokens
    .map((t, i) => (i > 0 && (tokens[i - 1] as Token).end < t.start ? " " : "") + t.text)
    .join("")
    .replace(/^(?:a|an|the)\s+/i, "");
}

/** Skips adverbs and auxiliaries left of a verb ("has also quickly said"). */
/**
 * Whether the word at `k` may stand between a subject and its verb ("has", "also", "calmly"). (A
 * capitalised word in -ly after the sentence's first is a name: "“…,” Lovely said.")
 */
export function precursorAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return (
    !!t &&
    isVerbPrecursor(t.lower) &&
    // ("Labour MSP Christine May had said": a capitalised word inside a sentence, after a name, is
    // the name's, not an adverb or a modal: "Kelly", "May", "Will".)
    !(k > 0 && isCapitalised(t) && (t.lower.endsWith("ly") || isNameWord(tokens[k - 1] as Token)))
  );
}

export function skipPrecursors(tokens: readonly Token[], index: number): number {
  let j = index;
  for (;;) {
    while (j > 0 && precursorAt(tokens, j - 1)) j--;
    const time = timeBefore(tokens, j);
    if (time === j) return j;
    j = time;
  }
}

const DAYS = new Set("monday tuesday wednesday thursday friday saturday sunday".split(" "));
const PERIODS = new Set(
  "week month year weekend night morning afternoon evening spring summer autumn fall winter".split(" "),
);

/**
 * Where a time phrase between a subject and its verb starts, or `j` when there is none: "The court
 * last week ruled", "The council on Tuesday said", "Lind earlier this month said".
 */
function timeBefore(tokens: readonly Token[], j: number): number {
  const last = tokens[j - 1]?.lower ?? "";
  const before = tokens[j - 2]?.lower ?? "";
  let start = j;
  if (DAYS.has(last))
    start = ["on", "last", "this", "next", "late", "early"].includes(before) ? j - 2 : j - 1;
  else if (PERIODS.has(last) && ["last", "this", "next"].includes(before))
    start = tokens[j - 3]?.lower === "earlier" || tokens[j - 3]?.lower === "later" ? j - 3 : j - 2;
  // ("A study published last month found", "People arrested … last week said": the time is the
  // participle's, part of the subject.)
  for (let k = start - 1; k >= 0 && start - k <= 10; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== "word") break;
    if (!isCapitalised(t) && /(?:ed|en)$/.test(t.lower)) return j;
  }
  return start;
}

/** Prepositions that tie a subject to where it works: "Martin Osei at the University of Leeds says". */
export const AFFILIATION = new Set(["at", "with", "from", "of", "for", "in"]);
