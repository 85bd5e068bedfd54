/**
 * Who is who: one entity per person, organisation, group or document, whatever the article calls it
 * ("Mohammad Javad Zarif", "Zarif", "Iran’s Foreign Minister", "the foreign minister"). Names are
 * collected from the whole article first, so a surname or a role used before the full name (in a
 * headline, say) still finds it.
 */

import { givenName, isFamilyNameFirst } from "./given-names";
import {
  GENERIC_ORGANISATION_HEADS,
  LEGAL_FORMS,
  ORGANISATION_HEADS,
  ORGANISATION_WORDS,
  PARTY_NAMES,
  PLACE_WORDS,
  ROLE_NOUNS,
  TITLE_WORDS,
} from "./lexicon";
import { DEMONYM_ADJECTIVE, isGroupHead, isPeopleBody, type SpeakerPhrase } from "./noun-phrases";
import { isAscii } from "./text";

/** Someone or something that can be quoted. */
export interface Entity {
  /** The fullest name the article uses, or the description for unnamed groups. */
  name: string;
  kind: "person" | "organisation" | "group" | "document";
  /** The role the article gives, as printed ("Iran’s Foreign Minister"). */
  role?: string;
  gender?: "m" | "f";
  /**
   * Whether the article shows that this is a person: a title or courtesy title, a given name, a
   * person's role, "who", an agreeing pronoun, or speaking. A capitalised phrase without any ("Pacific
   * Open", "Grand Hotel") is never what "he" or "she" points back to.
   */
  evidence?: boolean;
  /** Every form the article uses for it. */
  aliases: Set<string>;
  /** Whether it has been the subject of a speech verb in the article. */
  spoke?: boolean;
  /** The head noun of an unnamed speaker's description ("volunteer"), for "the volunteer" later. */
  head?: string;
  /** Order of first use, for stable output. */
  order: number;
  /** Printed as a product is ("Nintendo's new console, the DS,"): never "the company" or "it". */
  product?: boolean;
}

/** A name seen somewhere in the article, with the role printed next to it. */
export interface NameSighting {
  name: string;
  role?: string;
  gender?: "m" | "f";
  courtesy?: string;
  /** Printed as a person's is: "Okafor, who runs a shop", "Parata, 75,". */
  person?: boolean;
  /** Printed as a product's is: "Nintendo's new handheld console, the DS,". */
  product?: boolean;
  /** Printed after "the" with no role between, as organisations are: "The Retail Guild said". */
  definite?: boolean;
  /** Printed as an organisation's is: "Harbour Freight said its ship …", "Harbour Freight, which …". */
  organisation?: boolean;
  /** The acronym printed after it in brackets: "(IRCC)". */
  acronym?: string;
  /** The age printed after it: "Parata, 75,". */
  age?: number;
  /** The head of a document it is printed publishing: "Westland Railways has published a white paper". */
  published?: string;
  /** The phrase as printed ("US Secretary of State Mike Pompeo"). */
  text: string;
  /** Reading position: block index × 1e6 + offset. */
  position: number;
}

const tokensOf = (name: string) => name.split(/\s+/).filter(Boolean);
/**
 * Folded and core forms are asked for again and again (every name against every sighting), so they
 * are memoised. The caches are cleared for each article (see EntityRegistry), which bounds them.
 */
const foldCache = new Map<string, string>();
const coreCache = new Map<string, string[]>();
const fold = (s: string) => {
  let f = foldCache.get(s);
  if (f === undefined) {
    // (Most names are ASCII.)
    f = isAscii(s)
      ? s.toLowerCase()
      : s.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[‘’]/g, "'").toLowerCase();
    foldCache.set(s, f);
  }
  return f;
};
const HONORIFIC_WORDS = new Set([
  "ayatollah",
  "sheikh",
  "sheik",
  "imam",
  "rabbi",
  "sir",
  "dame",
  "lord",
  "lady",
  "rev",
  "reverend",
  "father",
  "sister",
]);
/** A body's name that opens with its country's letters: "U.S. Food and Drug Administration". */
const COUNTRY_FIRST = /^(?:U\.?S\.?|U\.?K\.?)\s/;
/** Words that end bodies' names and are surnames as well ("Ray Hall", "Otis Ferry", "Lisa Power"). */
const SURNAME_LIKE = new Set([
  "Hall",
  "Church",
  "Court",
  "Ferry",
  "Power",
  "Post",
  "Press",
  "Star",
  "Banks",
  "Chambers",
]);
/** Words before a job that make its holder another person than the job's bare name means. */
export const OTHER_HOLDERS = ["shadow", "former", "ex", "deputy", "vice", "acting", "assistant", "junior"];
/** A name without honorifics, folded: "Ayatollah Ali Khamenei" → ["ali", "khamenei"]. */
const core = (name: string) => {
  let c = coreCache.get(name);
  if (!c) {
    // ("James P. Kennedy Jr." is "Kennedy" for short: a generational suffix is no surname.)
    c = tokensOf(fold(name)).filter((t) => !HONORIFIC_WORDS.has(t) && !NAME_SUFFIXES.has(t));
    coreCache.set(name, c);
  }
  return c;
};
/**
 * One word for a job however it is printed: "the chairman" is "the festival's chair", "Salesforce's
 * CEO" its "co-CEO" (the words of a role are compared in this form).
 */
const roleWord = (word: string): string => {
  const w = word.replace(/^co-(?=\p{L})/u, "");
  return /^chair(?:man|woman|person)$/.test(w)
    ? "chair"
    : /^spokes(?:man|woman)$/.test(w)
      ? "spokesperson"
      : // ("Mom Monica Glover … her mother said": a parent by the family's word.)
        /^(?:mom|mum|mommy|mummy)$/.test(w)
        ? "mother"
        : /^(?:dad|daddy)$/.test(w)
          ? "father"
          : // ("Rep. Keith Ellison … The Democratic congressman": one job.)
            /^congress(?:man|woman|person|member)$/.test(w)
            ? "representative"
            : // (A backbencher sits in parliament: "Labour backbencher Stephen Pound … The MP for …".)
              w === "backbencher"
              ? "mp"
              : w;
};

/** A job's word as roles compare it: "Rep." is a representative, a chairman a chair. */
export const jobWord = (word: string): string => roleWord(TITLE_IN_FULL[word] ?? word);
/** A public body's name: what "the company", "the firm" or "the airline" never means. */
const PUBLIC_BODY_WORDS =
  "Department|Ministry|Office|Council|Committee|Commission|Agency|Authority|Bureau|Court|Tribunal|Parliament|Congress|Senate|Assembly|Cabinet|Government|Administration|Police|Army|Navy|Attorney|Prosecutors?";
const PUBLIC_BODY = new RegExp(`\\b(?:${PUBLIC_BODY_WORDS})\\b`);
/** The same bodies' words as a description's head: "the harbour's top court". */
const PUBLIC_BODY_HEAD = new RegExp(`^(?:${PUBLIC_BODY_WORDS})$`, "i");
/** "Organisers of the Riverside Festival", "Residents of Eastport": the people of somewhere, a group. */
const peopleOf = (name: string) => {
  const words = tokensOf(name).map((w) => ({ text: w, lower: w.toLowerCase() }));
  return (
    isPeopleBody(words) &&
    (words[1]?.lower === "of" ||
      (words[1]?.lower === "for" && isGroupHead(words[0]?.text ?? "", words[0]?.lower)))
  );
};

/** A body's people, after its name: "Kestrel Oil officials", "Harbour Bank staff". */
const BODY_PEOPLE = new Set(
  "officials executives staff workers employees bosses managers spokesmen representatives lawyers engineers".split(
    " ",
  ),
);

/** Kinds of body that "the group" and the like name once the story has named them so. */
const BODIES_BY_KIND = new Set([
  "group",
  "union",
  "coalition",
  "campaign",
  "alliance",
  "association",
  "charity",
]);

/** A body's kind and nothing else. */
const BARE_BODY = /^(?:the\s+)?(?:group|company|firm|organi[sz]ation|body)$/i;
/** A street, a square or a bridge: a place, whatever its name (never "the company": "Wall Street"). */
const THOROUGHFARE = /\s(?:Street|Road|Avenue|Boulevard|Lane|Square|Bridge)$/;
/** Descriptions of a newspaper or a magazine: "the newspaper", "the paper". */
const PUBLICATION_HEADS = new Set(["newspaper", "paper", "tabloid", "broadsheet", "magazine", "daily"]);
/** A publication's name, by the word that ends it: "The Guardian", "the Eastport Herald". */
const PUBLICATION_NAMES =
  /(?:^|\s)(?:Times|Post|Guardian|Herald|Telegraph|Journal|Gazette|Mail|Mirror|Sun|Star|Express|Tribune|Chronicle|Observer|Independent|Standard|Courier|Inquirer|Examiner|Magazine)$/;

/** A building's name, where a body works or people meet: "Charing Cross Police Station". */
const BUILDING = /\s(?:Station|Airport|Terminal|Stadium|Arena)$/;
/** First words of places whose last word is a place's ("New York", "Los Angeles", "South Korea"). */
const PLACE_OPENERS = new Set(
  "New Los Las San Santa South North East West Saudi Hong Sri El St. Saint United Great".split(" "),
);
/** Countries by their letters: "US", "UK". */
const COUNTRY_LETTERS = new Set(["US", "U.S.", "USA", "U.S.A.", "UK", "U.K."]);
/** A place's name ("Italy", "New York", "Los Angeles"): what "the company" or "the statement" never means. */
export function placeName(name: string): boolean {
  const words = tokensOf(name);
  const last = words[words.length - 1] ?? "";
  return words.length === 1
    ? PLACE_WORDS.has(last) || COUNTRY_LETTERS.has(last)
    : words.length <= 3 && PLACE_WORDS.has(last) && PLACE_OPENERS.has(words[0] ?? "");
}
/** Abbreviated titles as "the governor", "the senator" later name them. */
const TITLE_IN_FULL: Readonly<Record<string, string>> = Object.assign(Object.create(null), {
  "gov.": "governor",
  gov: "governor",
  "sen.": "senator",
  sen: "senator",
  "rep.": "representative",
  rep: "representative",
  "gen.": "general",
  "lt.": "lieutenant",
  "col.": "colonel",
  "capt.": "captain",
  "sgt.": "sergeant",
  "adm.": "admiral",
  "prof.": "professor",
  "supt.": "superintendent",
  "det.": "detective",
  "insp.": "inspector",
  "atty.": "attorney",
  "sec.": "secretary",
});
/** Role nouns that name a firm ("the developer said") or a person's job ("developer Ammar Askar"). */
const PERSON_OR_FIRM_ROLES = new Set(["developer", "publisher", "operator", "producer", "maker", "designer"]);
/** A word printed as initials: "EU", "CDC". */
const ACRONYM_WORD = /(?:^|\s)(?:\p{Lu}{2,6}|\p{Lu}&\p{Lu}{1,2})(?:$|\s)/u;
const INITIALS_SKIPPED = new Set(["of", "and", "for", "the", "&", "on", "in"]);

/**
 * A name's initials, capitals kept whole: "European Union" → "EU", "Chinese CDC" → "CCDC". Undefined
 * for a single word that is no acronym, and for a name with a lower-case word other than a small one.
 */
function initialsOf(name: string): string | undefined {
  const words = tokensOf(name);
  if (words.length < 2 && !ACRONYM_WORD.test(name)) return undefined;
  let out = "";
  for (const w of words) {
    if (INITIALS_SKIPPED.has(w)) continue;
    // ("J&J", "P&G": an ampersand between initials.)
    if (/^\p{Lu}{2,6}$/u.test(w) || /^\p{Lu}&\p{Lu}{1,2}$/u.test(w)) out += w.replace("&", "");
    else if (/^\p{Lu}/u.test(w)) out += w[0];
    else return undefined;
  }
  return out.length >= 2 ? out : undefined;
}

/**
 * The name to show for an organisation first met by its acronym ("UKIP") and later in full ("UK
 * Independence Party"): the full name, when one of its forms spells the acronym.
 */
export function fullestName(e: Entity): string {
  if (e.kind !== "organisation" || !/^\p{Lu}{2,6}$/u.test(e.name)) return e.name;
  for (const alias of e.aliases) if (tokensOf(alias).length > 1 && initialsOf(alias) === e.name) return alias;
  return e.name;
}

/** A place named with a direction or "New" before another place's name: "South Sudan", "New Mexico". */
const PLACE_PARTS =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|New|Greater|Upper|Lower)\s\S+$/;
const NAME_SUFFIXES = new Set(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]);

/** Whether a word of a name is a generational suffix ("Jr.", "III"), no surname. */
export const isNameSuffix = (word: string) => NAME_SUFFIXES.has(word.replace(/,$/, "").toLowerCase());
const DETERMINER = /^(?:the|a|an|its|their|his|her)\s+/i;

/** Whether two person names can name the same person ("Ali Khamenei", "Ayatollah Ali Khamenei", "Khamenei"). */
function sameName(a: string, b: string): boolean {
  const x = core(a);
  const y = core(b);
  if (x.length === 0 || y.length === 0 || x[x.length - 1] !== y[y.length - 1]) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  // Every given name of the shorter form appears, in order, in the longer one.
  let k = 0;
  for (const t of short.slice(0, -1)) {
    while (k < long.length - 1 && long[k] !== t) k++;
    if (k >= long.length - 1) return false;
    k++;
  }
  return true;
}

/** Same person, or one name the start of the other ("Te Kaurinui", "Te Kaurinui Robert Parata"). */
function compatible(a: string, b: string): boolean {
  if (sameName(a, b)) return true;
  const x = core(a);
  const y = core(b);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  // "Harbour Tools" is "Harbour Tools Inc." and "Harbour Tools Company": a firm's name without its
  // legal form.
  if (
    short.length > 0 &&
    long.length === short.length + 1 &&
    LEGAL_FORMS.has((long.at(-1) as string).replace(/\.$/, "")) &&
    short.every((w, i) => w === long[i])
  )
    return true;
  // Given names before a surname are a person's; "New Zealand" is not the start of a department.
  if (looksLikeOrganisation(a) || looksLikeOrganisation(b)) return false;
  return short.length > 0 && short.join(" ") === long.slice(0, short.length).join(" ");
}

/** "Wang Qishan": a person's name whose first word is the family name, which alone means them. */
const familyNameFirst = (name: string) => {
  const words = tokensOf(name);
  return words.length > 1 && isFamilyNameFirst(words[0] ?? "") && !looksLikeOrganisation(name);
};

/** Whether a name is an organisation's ("Department of Conservation", "Amnesty International", "BBC"). */
export function looksLikeOrganisation(name: string): boolean {
  let known = organisationCache.get(name);
  if (known === undefined) {
    known = organisationName(name);
    organisationCache.set(name, known);
  }
  return known;
}

const organisationCache = new Map<string, boolean>();

/** Words that end an organisation's name but are no name alone: "TV shows", "pay-TV", "Radio". */
const NEVER_ALONE = new Set(
  "TV Radio Television Software Robotics Therapeutics Healthcare Water Gas Power Electric Utilities Pictures Publishing Books Broadcasting".split(
    " ",
  ),
);

function organisationName(name: string): boolean {
  const words = tokensOf(name);
  if (words.length === 1 && NEVER_ALONE.has(name)) return false;
  if (words.some((w) => ORGANISATION_WORDS.has(w)) || PARTY_NAMES.has(name)) return true;
  // ("the Scottish Executive", "the Northern Ireland Executive": a nation's executive is a government.)
  if (
    words.length >= 2 &&
    words.at(-1) === "Executive" &&
    (DEMONYM_ADJECTIVE.test(words[0] ?? "") || PLACE_OPENERS.has(words[0] ?? ""))
  )
    return true;
  // ("Number 10", "Transport 2000", "Channel 4": a name that ends in a number is no one's.)
  if (words.length > 1 && /^\d+$/.test(words.at(-1) ?? "")) return true;
  // "Physicians for Human Rights", "Doctors Without Borders": a body named for its people and what
  // they stand for ("Organisers of the Riverside Festival" are people of an event, a group).
  const people = words.map((w) => ({ text: w, lower: w.toLowerCase() }));
  // ("Officials for Harbour Air", "Workers for Harbour Freight" are a firm's people, a group.)
  if (isPeopleBody(people) && people[1]?.lower !== "of")
    return people[1]?.lower !== "for" || !isGroupHead(people[0]?.text ?? "", people[0]?.lower);
  // ("Friends of the Earth": a body for a cause, not a place's or an event's people, "Residents of
  // the Heights", whatever the place's last word.)
  if (isPeopleBody(people) && people[1]?.lower === "of") {
    if (isGroupHead(people[0]?.text ?? "", people[0]?.lower)) return false;
    if (people.at(-2)?.lower === "the" && people.length === 4) return true;
  }
  // "Apache OpenOffice", "YouTube", "WhatsApp": a capital inside a word is a brand's, never a
  // person's ("McDonald", "DeSantis", "LaGuardia", "DiCaprio" have theirs after a prefix).
  if (words.some((w) => BRAND_CAPITALS.test(w) && !NAME_PREFIXES.test(w))) return true;
  // "City Hall", "Carnegie Hall", but "James Hall", "Ann Hill": a given name and a surname that is
  // also a word for a place.
  if (PLACE_WORDS.has(words[words.length - 1] ?? ""))
    return !(words.length === 2 && givenName(words[0] ?? "") !== undefined);
  if (words.length === 1) return /^[\p{Lu}\d&]{2,}$/u.test(name);
  // "Chinese CDC", "VOA Pentagon": an acronym among the words (not a numeral or a person's letters).
  // (An all-capitals run is a name printed loud, "NEW ORLEANS", not an acronym.)
  const acronym = (w: string) => /^\p{Lu}{2,6}$/u.test(w) && !PERSONS_LETTERS.test(w);
  return words.some(acronym) && !words.every((w) => /^[\p{Lu}\p{P}]+$/u.test(w));
}

/** A word with a capital after lower-case letters: "OpenOffice", "iPhone". */
const BRAND_CAPITALS = /^\p{L}?\p{Ll}+\p{Lu}\p{Ll}/u;
/** Prefixes of family names written with a capital after them. */
const NAME_PREFIXES = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|St|Fitz|Ter|Ten)\p{Lu}/u;

/** Capitals that belong to a person's name: "Henry VIII", "Ann Toll MP", "Ravi Patel QC". */
const PERSONS_LETTERS = /^(?:[IVX]+|MP|MPs|QC|KC|MBE|OBE|CBE|MSP|MLA|MEP|TD|PC|JP|DJ)$/;

/** The entities of one article. */
export class EntityRegistry {
  private readonly entities: Entity[] = [];

  /** Sightings by the first and the last word of their name, for quick matching. */
  private readonly byFirst = new Map<string, NameSighting[]>();
  private readonly byLast = new Map<string, NameSighting[]>();

  constructor(
    private readonly sightings: readonly NameSighting[],
    /** Whether a quotation prints this surname as a person's ("Coach (Frank) Vogel"). */
    private readonly quotedPersons: (surname: string) => boolean = () => false,
  ) {
    foldCache.clear();
    coreCache.clear();
    organisationCache.clear();
    for (const s of sightings) {
      const c = core(s.name);
      addTo(this.byFirst, c[0], s);
      addTo(this.byLast, c.at(-1), s);
      if (s.acronym && !this.acronyms.has(s.acronym)) this.acronyms.set(s.acronym, s.name);
      if (s.person) this.personSightings.push(s);
      if (s.definite) this.definiteNames.add(s.name);
      if (s.person || s.courtesy || s.gender) this.personNames.add(s.name);
      if (s.organisation) this.organisationNames.add(s.name);
      if (s.product) this.productNames.add(s.name);
    }
  }

  /** Names by the acronym the article defines for them ("IRCC" → "Immigration, … Canada"). */
  private readonly acronyms = new Map<string, string>();
  /** Sightings printed as a person's are ("Okafor, who runs a shop"). */
  private readonly personSightings: NameSighting[] = [];
  /** Names printed after a bare "the", and names printed as a person's (courtesy, gender, "who"). */
  private readonly definiteNames = new Set<string>();
  private readonly personNames = new Set<string>();
  private readonly organisationNames = new Set<string>();
  private readonly productNames = new Set<string>();

  /** Every entity, in order of first use. */
  all(): Entity[] {
    return [...this.entities].sort((a, b) => a.order - b.order);
  }

  /**
   * Entities by what `byName` and `byGroup` look them up by: the exact name, the last word of the
   * name's core (people of the same name share it), and the description `byGroup` compares. Lists
   * in order of creation; an entity's name never changes, though its kind may.
   */
  private readonly withName = new Map<string, Entity[]>();
  private readonly withSurname = new Map<string, Entity[]>();
  private readonly withDescription = new Map<string, Entity[]>();

  private add(name: string, kind: Entity["kind"], aliases: Set<string>): Entity {
    // (Every field present from the start, in one order: entities are read in hot loops, and an
    // object that gains fields later changes shape, which slows every place that reads it.)
    const created: Entity = {
      name,
      kind,
      aliases,
      order: this.entities.length,
      role: undefined,
      gender: undefined,
      evidence: undefined,
      spoke: undefined,
      head: undefined,
      product: this.productNames.has(name) || undefined,
    };
    this.entities.push(created);
    addTo(this.withName, created.name, created);
    addTo(this.withSurname, core(created.name).at(-1), created);
    addTo(this.withDescription, fold(created.name).replace(DETERMINER, ""), created);
    return created;
  }

  /**
   * The first person or organisation named `name`, or, when it has two words or more, the first
   * person whose name is the same (`sameName`: it shares the surname). In order of creation.
   */
  private named(name: string): Entity | undefined {
    const words = core(name);
    const matches = (e: Entity) =>
      (e.kind === "person" || e.kind === "organisation") &&
      (e.name === name || (e.kind === "person" && sameName(e.name, name) && words.length > 1));
    const exact = this.withName.get(name)?.find(matches) ?? this.namedInFull(name);
    const same = words.length > 1 ? this.withSurname.get(words.at(-1) ?? "")?.find(matches) : undefined;
    if (!exact || !same) return exact ?? same;
    return exact.order < same.order ? exact : same;
  }

  /**
   * The organisation named in full before: "U.S. Attorney’s Office" after "the U.S. Attorney’s Office
   * for the Western District of New York" (one such organisation only; two words or more).
   */
  private namedInFull(name: string): Entity | undefined {
    if (!/\s/.test(name) || !looksLikeOrganisation(name)) return undefined;
    const longer = this.entities.filter(
      (e) =>
        e.kind === "organisation" && (e.name.startsWith(`${name} for `) || e.name.startsWith(`${name} of `)),
    );
    return longer.length === 1 ? longer[0] : undefined;
  }

  private readonly fullest = new Map<string, NameSighting | null>();
  /** Sightings whose printed role has these words, by the words (roles repeat: "the chair"). */
  private readonly roleSightings = new Map<string, NameSighting[]>();
  /** The words of each printed role, possessives dropped (memoised: `byRole` asks of every role). */
  private readonly roleWordSets = new Map<string, Set<string>>();

  private roleWords(role: string): Set<string> {
    let words = this.roleWordSets.get(role);
    if (!words) {
      words = new Set(
        tokensOf(fold(role)).map((w) => roleWord(TITLE_IN_FULL[w] ?? withoutDomain(w.replace(/'s$/, "")))),
      );
      this.roleWordSets.set(role, words);
    }
    return words;
  }

  /**
   * Who published the document a definite description names ("the white paper" after "Westland
   * Railways has published a white paper"): the most recent publisher of a document with that head
   * before `position`, or null.
   */
  publisher(head: string, position: number): Entity | null {
    let found: NameSighting | undefined;
    for (const s of this.sightings) if (s.published === head && s.position < position) found = s;
    return found ? this.byName({ type: "name", text: found.name, start: 0, end: 0, name: found.name }) : null;
  }

  /** The fullest sighting of the same person as `name` (memoised: names repeat). */
  private fullestSighting(name: string): NameSighting | null {
    let found = this.fullest.get(name);
    if (found === undefined) {
      found = this.findFullestSighting(name);
      this.fullest.set(name, found);
    }
    return found;
  }

  /**
   * Whether the article prints `word` as the surname of a person it names in full ("Ken Doctor",
   * "Mary Bishop"): then "Doctor asserts" is that person, not a doctor.
   */
  isSurname(word: string): boolean {
    const w = fold(word);
    // (A person's name: a given name first. "Summary Studies" is no one called Studies.)
    return (this.byLast.get(w) ?? []).some(
      (s) => core(s.name).length > 1 && givenName(tokensOf(s.name)[0] ?? "") !== undefined,
    );
  }

  /** The fullest sighting of the same person as `name`, preferring the first person introduced. */
  private findFullestSighting(name: string): NameSighting | null {
    const words = core(name);
    // Only sightings sharing the first or the last word can match.
    const pool = [
      ...new Set([
        ...(this.byFirst.get(words[0] ?? "") ?? []),
        ...(this.byLast.get(words.at(-1) ?? "") ?? []),
      ]),
    ];
    const matches = pool.filter((s) => {
      const c = core(s.name);
      if (words.length === 1)
        return (
          // ("Sudan" is not "South Sudan", nor "Mexico" "New Mexico": a place's part is another place.)
          (c[c.length - 1] === words[0] && !PLACE_PARTS.test(s.name)) ||
          (c[0] === words[0] && (looksLikeOrganisation(s.name) || familyNameFirst(s.name)))
        );
      return compatible(s.name, name);
    });
    // "her mother, Fiona, said": a first name alone, when the article also prints it with a surname.
    if (words.length === 1 && matches.every((s) => core(s.name).length === 1)) {
      const given = (this.byFirst.get(words[0] ?? "") ?? []).filter(
        (s) => core(s.name).length > 1 && core(s.name)[0] === words[0] && !looksLikeOrganisation(s.name),
      );
      const people = new Set(given.map((s) => core(s.name).at(-1)));
      if (people.size === 1)
        return given.reduce((best, s) => (core(s.name).length > core(best.name).length ? s : best));
      const misprinted = this.misprintedSurname(words[0] ?? "");
      if (misprinted) return misprinted;
    }
    if (matches.length === 0 && words.length === 1) {
      // "Fiona" alone: the one person the article gives that first name.
      const given = (this.byFirst.get(words[0] ?? "") ?? []).filter(
        (s) => core(s.name).length > 1 && core(s.name)[0] === words[0] && !looksLikeOrganisation(s.name),
      );
      const people = new Set(given.map((s) => core(s.name).at(-1)));
      if (people.size === 1)
        return given.reduce((best, s) => (core(s.name).length > core(best.name).length ? s : best));
      return null;
    }
    if (matches.length === 0) return null;
    // Several people may share a surname ("Hori Parata", "Te Kaurinui Robert Parata"): a bare
    // surname means the one introduced first, as a careful writer would use it.
    const first = [...matches].sort((a, b) => a.position - b.position)[0] as NameSighting;
    const samePerson = matches.filter((s) => compatible(s.name, first.name));
    return samePerson.reduce((best, s) => (core(s.name).length > core(best.name).length ? s : best), first);
  }

  /**
   * "Dr. Jennifer Ashton … Still, Asthon says": a surname of five letters or more printed with two
   * letters swapped is the one person the story names in full with it, a slip of the keys; null
   * when no one, or more than one, is so named.
   */
  private misprintedSurname(word: string): NameSighting | null {
    if (word.length < 5) return null;
    const found = new Set<string>();
    let sighting: NameSighting | null = null;
    for (let k = 0; k < word.length - 1; k++) {
      if (word[k] === word[k + 1]) continue;
      const swapped = `${word.slice(0, k)}${word[k + 1]}${word[k]}${word.slice(k + 2)}`;
      for (const s of this.byLast.get(swapped) ?? [])
        if (
          core(s.name).length > 1 &&
          givenName(tokensOf(s.name)[0] ?? "") !== undefined &&
          !looksLikeOrganisation(s.name)
        ) {
          found.add(swapped);
          if (!sighting || core(s.name).length > core(sighting.name).length) sighting = s;
        }
    }
    return found.size === 1 ? sighting : null;
  }

  /**
   * The organisation whose people a group is named for ("Kestrel Oil officials", "Harbour Bank
   * staff"): the body of the name before the plural, when the story names it on its own and it is
   * an organisation's name; null otherwise.
   */
  bodyOfPeople(group: Entity): Entity | null {
    // (Asked for every group "it" looks past: worked out once each.)
    const known = this.bodies.get(group);
    if (known !== undefined) return known;
    const words = tokensOf(group.name);
    const people = words.at(-1)?.toLowerCase() ?? "";
    const name = words.slice(0, -1).join(" ");
    let body: Entity | null = null;
    if (words.length >= 2 && BODY_PEOPLE.has(people) && this.sightings.some((s) => s.name === name)) {
      const named = this.byName({ type: "name", text: name, start: 0, end: 0, name });
      if (named.kind === "organisation") body = named;
    }
    this.bodies.set(group, body);
    return body;
  }
  private readonly bodies = new Map<Entity, Entity | null>();

  /**
   * The organisation the story has named with this word last, in small letters ("executive" for
   * "the Scottish Executive", "police" for "Strathclyde Police"), the latest named; null when none.
   */
  bodyEndingIn(word: string): Entity | null {
    for (let i = this.entities.length - 1; i >= 0; i--) {
      const e = this.entities[i] as Entity;
      if (
        e.kind === "organisation" &&
        // ("a police spokesman" after "police said": one word, once that body has spoken.)
        (/\s/.test(e.name) || e.spoke) &&
        e.name.split(/\s+/).at(-1)?.toLowerCase() === word
      )
        return e;
    }
    return null;
  }

  /**
   * The author a document names before its head ("Moody’s latest report", "a Pentagon report", "the
   * Federal Open Market Committee’s statement"): the person or organisation of that name, read
   * without its possessive ("Khamenei’s statement") unless the article knows the name with it
   * ("Moody’s Analytics"). Null in a headline or caption (`known`) when the article names no one so.
   */
  author(printed: string, known: boolean): Entity | null {
    const bare = printed.replace(/['’]s$/, "").replace(/s['’]$/, "s");
    const exists = (name: string) => !!this.named(name) || !!this.fullestSighting(name);
    // ("the Moody’s report" after "Moody’s Analytics": a firm whose name holds the possessive.)
    const fuller =
      bare !== printed
        ? (this.entities.find((e) => e.name.startsWith(`${printed} `)) ??
          this.sightings.find((s) => s.name.startsWith(`${printed} `)))
        : undefined;
    if (fuller) return this.byName({ type: "name", text: fuller.name, start: 0, end: 0, name: fuller.name });
    const name = exists(bare) ? bare : exists(printed) ? printed : known ? null : bare;
    return name ? this.byName({ type: "name", text: name, start: 0, end: 0, name }) : null;
  }

  /** The entity a name phrase refers to, created on first use. */
  byName(phrase: SpeakerPhrase, appositive?: string): Entity {
    // ("Prince Charles", "Pope Francis": a royal or a pope is known by title and given name, and is
    // no one else of that given name, "Charles Kennedy"; the given name alone, "Charles said" after
    // "Prince Charles", is the royal's.)
    const single = phrase.name !== undefined && !/\s/.test(phrase.name);
    const royalSighting = single && !phrase.role ? this.royalSighting(phrase.name as string) : undefined;
    const title = royalSighting ?? phrase.role?.split(" ").at(-1) ?? "";
    const royal = ROYAL_TITLES.has(title) && single;
    const printed = royal ? `${title} ${phrase.name}` : (phrase.name ?? phrase.text);
    // An acronym the article defined means the name it stands for.
    const expanded = this.acronyms.get(printed.replace(/\./g, ""));
    const name = expanded ?? printed;
    if (expanded) return this.organisationNamed(expanded, printed);
    const sighting = this.fullestSighting(name);
    const fullName = sighting && core(sighting.name).length >= core(name).length ? sighting.name : name;
    // ("Most New Jersey Republicans … and many on Tuesday issued statements": a group named twice is
    // one group.)
    let entity = this.named(fullName) ?? this.withName.get(fullName)?.find((e) => e.kind === "group");
    const role = phrase.role || sighting?.role || appositive || this.roleFor(fullName);
    // "EU" after "European Union", "Chinese CDC" after "Chinese Center for Disease Control and
    // Prevention" (or the other way round): an organisation and the initials it goes by.
    entity ??= this.byInitials(fullName);
    if (!entity) {
      // ("Pakistan-based developer Ammar Askar", "publisher Ana Ruiz": a role that is a firm's or a
      // person's job, before a name of two words or more, is the person's.)
      const head = roleHead(role ?? "") ?? "";
      const personsJob =
        core(fullName).length > 1 &&
        (PERSON_OR_FIRM_ROLES.has(head) || givenName(tokensOf(fullName)[0] ?? "") !== undefined);
      // ("Lord Hartley said", "Sheikh Nasser told": an honorific, printed before the name or read as
      // part of it at a sentence's start, is a person's.)
      const words = tokensOf(fullName);
      const honoured =
        !!phrase.honorific || (words.length > 1 && HONORIFIC_WORDS.has(fold(words[0] as string)));
      // ("Lisa Power, head of policy at …": a given name and a person's job outweigh a word that
      // ends firms' names.)
      const personByJob =
        personsJob && givenName(words[0] ?? "") !== undefined && role !== undefined && isPersonRole(role);
      // ("The Rev. Ray Hurt", "U. Renée Hall": an honorific or an initial before a short name is a
      // person's, whatever word ends it or "the" before it.)
      const personByForm =
        words.length > 1 &&
        words.length <= 4 &&
        (HONORIFIC_WORDS.has(fold(words[0] as string).replace(/\.$/, "")) ||
          /^(?:\p{Lu}\.)+$/u.test(words[0] as string)) &&
        words.slice(1).every((w) => /^\p{Lu}/u.test(w) && !/['’]s$/.test(w)) &&
        (!looksLikeOrganisation(fullName) || SURNAME_LIKE.has(words.at(-1) as string));
      // ("Tom Ferry, a former Eton pupil, said", "Lisa Power said": a given name before a word that
      // ends bodies' names and is a surname too, and no other word a body's, is a person's.)
      const personBySurname =
        (words.length === 2 || words.length === 3) &&
        givenName(words[0] ?? "") !== undefined &&
        SURNAME_LIKE.has(words.at(-1) as string) &&
        words.slice(0, -1).every((w) => !ORGANISATION_WORDS.has(w)) &&
        !this.organisationNames.has(fullName);
      // ("Otis Ferry, the son of rock star Bryan Ferry, …": an aside only a person has, a kin's or a
      // pupil's, outweighs a word that ends bodies' names.)
      const personByAside =
        (words.length === 2 || words.length === 3) &&
        words.every((w) => !ORGANISATION_WORDS.has(w) || SURNAME_LIKE.has(w)) &&
        this.sightings.some(
          (s) =>
            s.role !== undefined && PEOPLE_ONLY.has(roleHead(s.role) ?? "") && sameName(s.name, fullName),
        );
      const organisation =
        (looksLikeOrganisation(fullName) &&
          !personByJob &&
          !personByForm &&
          !personBySurname &&
          !personByAside) ||
        (ORGANISATION_HEADS.has(head) && !personsJob) ||
        (core(fullName).length === 1 &&
          !phrase.gender &&
          !phrase.courtesy &&
          !honoured &&
          !(role !== undefined && isPersonRole(role)) &&
          !this.isPersonName(fullName)) ||
        (!phrase.gender &&
          !phrase.courtesy &&
          !phrase.role &&
          !personByForm &&
          this.isDefiniteName(fullName)) ||
        // ("Harbour Freight said its ship …": a name of no given name that "its" stands for.)
        (this.organisationNames.has(fullName) &&
          !this.personNames.has(fullName) &&
          !phrase.gender &&
          !phrase.courtesy &&
          !honoured &&
          !(role !== undefined && isPersonRole(role)) &&
          givenName(words[0] ?? "") === undefined);
      // ("The Mental Capacity Bill", "the Clean Air Act": a law, or one proposed, is a text that
      // says things, nobody's name.)
      const law =
        words.length > 1 &&
        /^(?:Bill|Act)$/.test(words.at(-1) as string) &&
        givenName(words.at(-2) as string) === undefined;
      entity = this.add(
        fullName,
        law
          ? "document"
          : organisation
            ? "organisation"
            : isGroupHead(tokensOf(fullName).at(-1) ?? "") || peopleOf(fullName)
              ? "group"
              : "person",
        new Set(),
      );
    }
    // (A new entity gets its role and gender here too.)
    // (Not a bare "The group" or "the company": that says nothing a reader needs.)
    if (!entity.role && role && !BARE_BODY.test(role)) entity.role = tidyRole(role);
    if (!entity.gender && phrase.gender) entity.gender = phrase.gender;
    // (Weighed once per entity and form: a name is asked about again and again.)
    if (entity.kind === "person" && !entity.evidence && !this.weighed.has(`${entity.order} ${name}`)) {
      this.weighed.add(`${entity.order} ${name}`);
      const first = givenName(tokensOf(fullName).find((w) => !HONORIFIC_WORDS.has(fold(w))) ?? "");
      if (!entity.gender && (first === "m" || first === "f")) entity.gender = first;
      // ("Taylor Swift, her former label": a given name either may bear, and the pronoun after it.)
      if (!entity.gender && first === "u")
        entity.gender = this.sightings.find((s) => s.gender && sameName(s.name, fullName))?.gender;
      entity.evidence =
        first !== undefined ||
        !!(phrase.courtesy || phrase.gender || phrase.honorific || sighting?.courtesy || sighting?.gender) ||
        this.personSightings.some((s) => sameName(s.name, fullName)) ||
        (role !== undefined && isPersonRole(role));
    }
    entity.aliases.add(name);
    if (phrase.courtesy) entity.aliases.add(`${phrase.courtesy} ${tokensOf(name).slice(-1)[0]}`);
    if (phrase.role && phrase.type === "name") entity.aliases.add(phrase.text.replace(DETERMINER, ""));
    return entity;
  }

  /** The royal title the article prints before this given name ("Prince" for "Charles"), if any. */
  private royalSighting(given: string): string | undefined {
    for (const s of this.sightings) {
      const title = s.role?.split(" ").at(-1) ?? "";
      if (s.name === given && ROYAL_TITLES.has(title)) return title;
    }
    return undefined;
  }

  /** Names' initials, worked out once each (`byInitials` asks of every organisation). */
  private readonly initialsCache = new Map<string, string | undefined>();
  private initials(name: string): string | undefined {
    if (!this.initialsCache.has(name)) this.initialsCache.set(name, initialsOf(name));
    return this.initialsCache.get(name);
  }

  /** The organisation whose name and this one have the same initials, one of them printed as such. */
  private byInitials(name: string): Entity | undefined {
    const key = initialsOf(name);
    if (!key) return undefined;
    const acronym = ACRONYM_WORD.test(name);
    const words = tokensOf(name).length;
    const found = this.entities.find((e) => {
      if (e.kind !== "organisation") return false;
      // One is the short form, printed with an acronym, the other the name in full: "EU" and
      // "European Union", "UKIP" and "UK Independence Party" (an acronym inside the full name too).
      const others = tokensOf(e.name).length;
      if (others === words) return false;
      if (!(others < words ? ACRONYM_WORD.test(e.name) : acronym)) return false;
      const other = this.initials(e.name);
      if (!other) return false;
      const [short, long] = other.length < key.length ? [other, key] : [key, other];
      // ("FDA" and "U.S. Food and Drug Administration": the country before a body's name may stand
      // outside its initials, as "UK" in "UK Independence Party" stands inside them.)
      const longName = long === key ? name : e.name;
      const country = COUNTRY_FIRST.test(longName) && long.slice(1) === short;
      return (
        short === long ||
        country ||
        (short.length >= 3 && long.startsWith(short) && long.length - short.length === 1)
      );
    });
    if (found) found.aliases.add(name);
    return found;
  }

  /** The organisation of this name (one an acronym stands for), created on first use; `alias` noted. */
  private organisationNamed(name: string, alias: string): Entity {
    const entity = this.withName.get(name)?.[0] ?? this.add(name, "organisation", new Set());
    entity.kind = "organisation";
    if (alias !== name) entity.aliases.add(alias);
    return entity;
  }

  /** Whether any sighting of this one-word name shows a person (a courtesy title, a role, a given name). */
  private isPersonName(name: string): boolean {
    if (
      this.sightings.some(
        (s) =>
          core(s.name).at(-1) === core(name)[0] &&
          (s.courtesy || s.person || s.gender || (core(s.name).length > 1 && !PLACE_PARTS.test(s.name))),
      )
    )
      return true;
    return this.quotedPersons(name);
  }

  /** Whether the article prints this name after a bare "the" ("The Retail Guild"), and never as a person's. */
  private isDefiniteName(name: string): boolean {
    return this.definiteNames.has(name) && !this.personNames.has(name);
  }

  /** Entities and names whose person evidence was weighed already. */
  private readonly weighed = new Set<string>();

  /** Roles found by `roleFor`, by name (names repeat). */
  private readonly roles = new Map<string, string | undefined>();

  /** The role printed next to any sighting of this person. */
  private roleFor(name: string): string | undefined {
    if (!this.roles.has(name))
      this.roles.set(name, this.sightings.find((s) => s.role && sameName(s.name, name))?.role);
    return this.roles.get(name);
  }

  /** The ages the story prints for this person ("Parata, 75,"). */
  agesOf(entity: Entity): number[] {
    return this.sightings
      .filter((s) => s.age !== undefined && (s.name === entity.name || sameName(s.name, entity.name)))
      .map((s) => s.age as number);
  }

  /** The last two people named before `position`, the later first: "the latter", "the former". */
  lastPeopleNamed(position: number): Entity[] {
    const found: Entity[] = [];
    for (let i = this.sightings.length - 1; i >= 0 && found.length < 2; i--) {
      const s = this.sightings[i] as NameSighting;
      if (s.position >= position) continue;
      const entity = this.byName({ type: "name", text: s.text, start: 0, end: 0, name: s.name });
      if (entity.kind === "person" && !found.includes(entity)) found.push(entity);
    }
    return found;
  }

  /**
   * Who holds a job at a body the story named, printed with the body before `position`: "the
   * charity's director" after "Oxfam's Barbara Stocking" (a role that is the body's name alone) or
   * "Oxfam director Barbara Stocking" (the body's name and the job's head). The nearest, or null.
   */
  holderAt(body: Entity, head: string | undefined, position: number): Entity | null {
    const bodyWords = tokensOf(fold(body.name)).map((w) => roleWord(withoutDomain(w)));
    let chosen: NameSighting | undefined;
    for (const s of this.sightings) {
      if (s.position >= position || !s.role || (chosen && chosen.position > s.position)) continue;
      const have = this.roleWords(s.role);
      if (!bodyWords.every((w) => have.has(w))) continue;
      if (have.size > bodyWords.length && !(head && have.has(roleWord(head)))) continue;
      chosen = s;
    }
    if (!chosen) return null;
    const entity = this.byName({ type: "name", text: chosen.text, start: 0, end: 0, name: chosen.name });
    return entity.kind === "person" ? entity : null;
  }

  /** The person a role refers to ("the president", "foreign minister"), nearest before `position` first. */
  byRole(
    phrase: SpeakerPhrase,
    position: number,
    /** Only someone printed with the role before `position`. */
    earlierOnly = false,
  ): Entity | null {
    // ("the Snopes.com writer" is the Snopes staff writer: a site's name without its domain.)
    const wanted = tokensOf(fold(phrase.role ?? phrase.text).replace(DETERMINER, ""))
      .filter((w) => w !== "the" && w !== "of")
      .map((w) => roleWord(withoutDomain(w.replace(/'s$/, ""))));
    if (wanted.length === 0) return null;
    // ("the chancellor" is not the shadow chancellor, "the president" not a vice or former one.)
    const anotherHolder = (role: string) => {
      const have = this.roleWords(role);
      return OTHER_HOLDERS.some((q) => have.has(q) && !wanted.includes(q));
    };
    const fits = (role: string | undefined) => {
      if (!role || anotherHolder(role)) return false;
      const have = this.roleWords(role);
      return wanted.every((w) => have.has(w));
    };
    const key = wanted.join(" ");
    let sightings = this.roleSightings.get(key);
    if (!sightings) {
      sightings = this.sightings.filter((s) => fits(s.role));
      this.roleSightings.set(key, sightings);
    }
    // ("President Trump … John Williams, the president of the New York Fed, … The president says":
    // a bare title means the one who bears it as a title before their name, when the story has one
    // before, not someone whose job at a body it is.)
    const bare = (role: string | undefined) =>
      !!role && !tokensOf(fold(role)).some((w) => ROLE_PREPOSITIONS.has(w));
    if (wanted.length === 1 && !phrase.role?.includes(" ") && bare(phrase.role ?? phrase.text)) {
      const titled = sightings.filter((s) => s.position < position && bare(s.role));
      if (titled.length > 0 && titled.length < sightings.length) sightings = titled;
    }
    // The nearest sighting before `position`, else the nearest after (the first of equals).
    let before: NameSighting | undefined;
    let after: NameSighting | undefined;
    for (const s of sightings) {
      if (s.position < position) {
        if (!before || s.position > before.position) before = s;
      } else if (!after || s.position < after.position) after = s;
    }
    // "the Snopes.com writer" after "staff writer David Emery": none fits every word, but the
    // nearest person before it printed with a role of the same head noun does.
    // ("Salesforce's CEO" is never "Apple CEO Tim Cook": a role naming another body is not it.)
    // ("tweeter" in "that tweeter in Sydney": the head stands before where they are.)
    const atPlace = tokensOf(fold(phrase.role ?? "")).some((w) => ROLE_PREPOSITIONS.has(w));
    const head = (atPlace ? roleHead(phrase.role ?? "") : undefined) ?? (wanted.at(-1) as string);
    // ("Salesforce's CEO": a body's own role holder is printed with that body.)
    // ("the first minister's official spokesman" is no opposition spokeswoman: whose job it is, in
    // small letters too.)
    const owner = /(\p{L}[\p{L}.&-]*?)(?:['’]s|s['’])(?=\s)/u.exec(phrase.text)?.[1];
    const namesAnother = (role: string) =>
      (owner !== undefined && !this.roleWords(role).has(withoutDomain(fold(owner)))) ||
      (/\p{Lu}/u.test(phrase.role ?? phrase.text) &&
        (role.match(/\p{Lu}[\p{L}.&'’-]*/gu) ?? []).some((w) => {
          const word = withoutDomain(fold(w).replace(/['’]s$/, ""));
          // (Not the job's own title: "Rep." is the representative wanted.)
          return !wanted.includes(word) && !wanted.includes(jobWord(word));
        }));
    const chosen =
      before ??
      (earlierOnly ? undefined : after) ??
      this.sightings
        .filter(
          (s) =>
            s.position < position &&
            s.role &&
            jobWord(roleHead(s.role) ?? "") === head &&
            !namesAnother(s.role) &&
            !anotherHolder(s.role),
        )
        .reduce<NameSighting | undefined>(
          (best, s) => (!best || s.position > best.position ? s : best),
          undefined,
        );
    if (chosen) {
      const entity = this.byName({
        type: "name",
        text: chosen.text,
        start: 0,
        end: 0,
        name: chosen.name,
        ...(chosen.role ? { role: chosen.role } : {}),
      });
      entity.aliases.add(phrase.text);
      return entity;
    }
    if (earlierOnly) return null;
    const known = this.entities.filter((e) => e.kind === "person" && fits(e.role));
    const one = known.length === 1 ? known[0] : undefined;
    if (one) {
      one.aliases.add(phrase.text);
      return one;
    }
    return null;
  }

  /**
   * An organisation by description: "the conservation department" is the organisation whose name has
   * those words; "the company" (a generic head) is the organisation named most recently before it.
   */
  byDescription(phrase: SpeakerPhrase, position: number, salient?: () => Entity | null): Entity {
    return (
      this.byDescriptionIfNamed(phrase, position, salient) ??
      this.byGroup(phrase, phrase.type === "document" ? "document" : "organisation")
    );
  }

  /** The named organisation a description refers to, or null when the article names none. */
  byDescriptionIfNamed(
    phrase: SpeakerPhrase,
    position: number,
    /** The organisation the story is about now (asked only for a generic head: finding it costs). */
    salient?: () => Entity | null,
  ): Entity | null {
    // "the company said": the organisation the story is about now, when it has one.
    const generic = GENERIC_ORGANISATION_HEADS.has(phrase.head ?? "");
    // ("A group said", "an airline said": one not named before, never one already in the story.)
    if (generic && /^an?\s/i.test(phrase.text)) return null;
    // ("The group, Desk Workers United, formed … The group said": the body the story described so.)
    // (Not "the company", which means the firm the story is about now.)
    const described =
      generic && BODIES_BY_KIND.has(phrase.head ?? "") ? this.describedAs(phrase.text, position) : undefined;
    if (described) return this.organisationCalled(described.name, phrase.text);
    // ("the production company said" after "Dick Clark Productions": the firm whose name has the
    // word that tells which company.)
    // (Only words printed in lower case, of five letters or more: not "the German automaker", "the
    // tech giant".)
    const modifiers = generic ? tokensOf(phrase.text.replace(DETERMINER, "")).slice(0, -1) : [];
    if (modifiers.length > 0 && modifiers.every((m) => /^\p{Ll}{5,}$/u.test(m))) {
      const named = this.sightings.find((s) => {
        if (s.position >= position || !looksLikeOrganisation(s.name)) return false;
        const have = tokensOf(fold(s.name));
        return modifiers.every((m) => have.includes(m) || have.includes(`${m}s`));
      });
      if (named) {
        return this.organisationCalled(named.name, phrase.text);
      }
    }
    // ("The Guardian said … The newspaper added": a paper is the latest one the story named
    // before, whatever body it is about now.)
    if (PUBLICATION_HEADS.has(phrase.head ?? "") && /^the\s/i.test(phrase.text)) {
      let paper: NameSighting | undefined;
      for (const s of this.sightings)
        if (
          s.position < position &&
          PUBLICATION_NAMES.test(s.name) &&
          (!paper || s.position > paper.position)
        )
          paper = s;
      if (paper) return this.organisationCalled(paper.name, phrase.text);
    }
    const current = salient && generic ? salient() : null;
    if (
      current?.kind === "organisation" &&
      // (Nor a body described in small letters: "the harbour's top court".)
      !PUBLIC_BODY.test(current.name) &&
      !(current.head !== undefined && PUBLIC_BODY_HEAD.test(current.head)) &&
      !placeName(current.name) &&
      !(THOROUGHFARE.test(current.name) && !current.role)
    ) {
      current.aliases.add(phrase.text);
      return current;
    }
    const words = tokensOf(fold(phrase.text).replace(DETERMINER, "")).filter((w) => !/['’]s$/.test(w));
    const organisationNames = new Set(
      this.entities.filter((e) => e.kind === "organisation").map((e) => e.name),
    );
    const organisations = this.sightings.filter(
      (s) =>
        (looksLikeOrganisation(s.name) || organisationNames.has(s.name)) &&
        // ("police said" is no "Charing Cross Police Station": a building is where a body is.)
        !(BUILDING.test(s.name) && !s.role) &&
        // ("the company" is never the trading standards office investigating it.)
        // (Nor a street, unless the story says what it is: "Pine Street, a trading firm".)
        // (Nor a thing a firm makes: "Nintendo's new console, the DS,".)
        !(
          generic &&
          (PUBLIC_BODY.test(s.name) ||
            placeName(s.name) ||
            (THOROUGHFARE.test(s.name) && !s.role) ||
            this.productNames.has(s.name))
        ),
    );
    // ("the company" is not "Fast Company", named later for its word: a generic word alone names
    // the organisation in view.)
    const named =
      (generic && words.length === 1
        ? undefined
        : organisations.find((s) => {
            const have = new Set(tokensOf(fold(s.name)));
            return words.every((w) => have.has(w));
          })) ??
      (GENERIC_ORGANISATION_HEADS.has(phrase.head ?? "")
        ? (this.mostMentioned(organisations.filter((s) => s.position < position)) ??
          // A headline's "Ferry operator apologises", a lead's "…, the operator announced": the
          // organisation the story then names (in the body, in the same or the next paragraph; not
          // "the European Society for Medical Oncology" three paragraphs below "the company said").
          // (Not when the description says what kind of body in words no later name has: "the
          // ferry operator" is not "the Harbour Party" named next.)
          organisations
            .filter(
              (s) =>
                s.position >= position &&
                (!salient || (s.position < nextParagraphEnd(position) && modifiers.length === 0)),
            )
            .sort((a, b) => a.position - b.position)[0])
        : undefined);
    if (named) {
      return this.organisationCalled(named.name, phrase.text);
    }
    // ("The influential Commons home affairs committee": a body the story named, after a word that
    // only describes it.)
    const printed = fold(phrase.text);
    const ending = this.entities.find(
      (e) => e.kind === "organisation" && /\s/.test(e.name) && printed.endsWith(` ${fold(e.name)}`),
    );
    if (ending) {
      ending.aliases.add(phrase.text);
      return ending;
    }
    // "Marlow Vane, the auction house, said … “…,” the auction house said": the organisation the
    // story described so.
    if (words.length > 0) {
      const described = this.entities.find(
        (e) =>
          e.kind === "organisation" &&
          e.role !== undefined &&
          words.every((w) => this.roleWords(e.role as string).has(w)),
      );
      if (described) {
        described.aliases.add(phrase.text);
        return described;
      }
    }
    // ("The Commons home affairs committee … says the committee": a body the story named with that
    // word last, in small letters, that has spoken.)
    const head = words.length === 1 && /^the\s/i.test(phrase.text) ? words[0] : undefined;
    const body = head && !generic ? this.bodyEndingIn(head) : null;
    if (body?.spoke) {
      body.aliases.add(phrase.text);
      return body;
    }
    return null;
  }

  /** The organisation named `name`, which a description (`alias`) has just been found to mean. */
  private organisationCalled(name: string, alias: string): Entity {
    const entity = this.byName({ type: "name", text: name, start: 0, end: 0, name });
    if (entity.kind === "person") entity.kind = "organisation";
    entity.aliases.add(alias);
    return entity;
  }

  /** The latest name before `position` printed after the same description in commas ("The group, Desk Workers United,"). */
  private describedAs(description: string, position: number): NameSighting | undefined {
    const wanted = fold(description).replace(DETERMINER, "");
    let found: NameSighting | undefined;
    for (const s of this.sightings)
      if (s.position < position && s.role && fold(s.role).replace(DETERMINER, "") === wanted) found = s;
    return found;
  }

  /**
   * The organisation a generic "the company" means: the one the story names most often so far (the
   * story's subject, not a supplier named in passing), the most recent among equals.
   */
  private mostMentioned(candidates: readonly NameSighting[]): NameSighting | undefined {
    // "Whole Foods", "Whole Foods Market" and "Amazon-owned Whole Foods Market" count as one.
    const mentions = new Map(
      candidates.map((s) => [
        s,
        candidates.filter((o) => fold(o.name).includes(fold(s.name)) || fold(s.name).includes(fold(o.name)))
          .length,
      ]),
    );
    const count = (s: NameSighting) => mentions.get(s) ?? 0;
    return [...candidates].sort((a, b) => count(b) - count(a) || b.position - a.position)[0];
  }

  /**
   * "the volunteer" after "A volunteer at the Eastgate shelter": a definite description refers back
   * to the most recent unnamed speaker described with the same head noun. Null for an indefinite
   * one ("a volunteer" is someone new) or when none was described before.
   */
  byEarlierDescription(phrase: SpeakerPhrase): Entity | null {
    // (Two named together are known by their names, not a head: "the UN and EU" is not "Harbour
    // Ferries and Kestrel Lines".)
    if (!/^the\s/i.test(phrase.text) || !phrase.head || phrase.head === "and") return null;
    // ("A team of researchers … The scientists said … the authors explain": one study's team, by
    // any of the words for it.)
    const team = RESEARCH_TEAM.has(phrase.head);
    for (let i = this.entities.length - 1; i >= 0; i--) {
      const e = this.entities[i] as Entity;
      const same = e.head === phrase.head || (team && e.kind === "group" && RESEARCH_TEAM.has(e.head ?? ""));
      if (same && e.kind !== "organisation" && e.kind !== "document") {
        e.aliases.add(phrase.text);
        return e;
      }
    }
    return null;
  }

  /** The group that did the research the story reports ("the researchers"), if it has spoken. */
  researchTeam(): Entity | null {
    for (let i = this.entities.length - 1; i >= 0; i--) {
      const e = this.entities[i] as Entity;
      if (e.kind === "group" && RESEARCH_TEAM.has(e.head ?? "")) return e;
    }
    return null;
  }

  /** "A harbour study found … The study said": the document described before with this head. */
  earlierDocument(phrase: SpeakerPhrase): Entity | null {
    if (!/^the\s/i.test(phrase.text) || !phrase.head) return null;
    for (let i = this.entities.length - 1; i >= 0; i--) {
      const e = this.entities[i] as Entity;
      if (e.kind === "document" && e.head === phrase.head) {
        e.aliases.add(phrase.text);
        return e;
      }
    }
    return null;
  }

  /** The latest group whose description has this head ("federal prosecutors" for "prosecutors"). */
  private groupWithHead(head: string): Entity | undefined {
    for (let i = this.entities.length - 1; i >= 0; i--) {
      const e = this.entities[i] as Entity;
      if (e.kind === "group" && e.head === head) return e;
    }
    return undefined;
  }

  /**
   * "Environmental Protection officials", "Environmental Protection Department officials": people of
   * a body the story names in full ("the Department of Environmental Protection") by a part of its
   * name are that body's people, one group under its full name.
   */
  private ofTheirBody(phrase: SpeakerPhrase): SpeakerPhrase {
    const words = tokensOf(phrase.text.replace(DETERMINER, ""));
    const head = words.at(-1);
    const named = words.slice(0, -1);
    if (!head || named.length === 0 || !named.every((w) => /^\p{Lu}/u.test(w))) return phrase;
    // ("Health bosses", "Defence officials": one word of a field is no part of a body's name.)
    if (named.length === 1 && TITLE_WORDS.has(named[0] as string)) return phrase;
    let body: string | undefined;
    for (const s of this.sightings) {
      const parts = tokensOf(s.name);
      if (
        parts.length > named.length &&
        named.every((w) => parts.includes(w)) &&
        looksLikeOrganisation(s.name)
      )
        if (!body || s.name.length > body.length) body = s.name;
    }
    return body ? { ...phrase, text: `${body} ${head}` } : phrase;
  }

  /** The group already known by this description, if any (never creates one). */
  existingGroup(phrase: SpeakerPhrase): Entity | null {
    const key = fold(phrase.text).replace(DETERMINER, "");
    return this.withDescription.get(key)?.find((e) => e.kind === "group") ?? null;
  }

  /** A group or unnamed source ("officials", "local news reports"), one entity per description. */
  byGroup(given: SpeakerPhrase, kind: Entity["kind"] = "group"): Entity {
    const phrase = kind === "group" ? this.ofTheirBody(given) : given;
    const key = fold(phrase.text).replace(DETERMINER, "");
    const existing =
      this.withDescription.get(key)?.find((e) => e.kind === kind) ??
      // "Federal prosecutors said … Prosecutors said": the bare head is the group already described.
      (kind === "group" && phrase.head && key === phrase.head ? this.groupWithHead(phrase.head) : undefined);
    if (existing) {
      existing.aliases.add(given.text);
      return existing;
    }
    const name = phrase.text.charAt(0).toUpperCase() + phrase.text.slice(1);
    const created = this.add(name, kind, new Set([phrase.text, given.text]));
    if (phrase.head) created.head = phrase.head;
    // A person known by a description ("a member of the audience") is a person by what it says.
    if (kind === "person") created.evidence = true;
    return created;
  }
}

/** Titles a royal or a pope is known by with a given name: "Prince Charles", "Pope Francis". */
const ROYAL_TITLES = new Set([
  "Prince",
  "Princess",
  "King",
  "Queen",
  "Pope",
  "Emperor",
  "Empress",
  "Sultan",
  "Emir",
]);

/** Where the paragraph after the one at `position` ends, in reading positions (block × 1e6 + offset). */
const nextParagraphEnd = (position: number) => (Math.floor(position / 1e6) + 2) * 1e6;

/** Words for the people who did a piece of research: one team, whichever a story uses. */
const RESEARCH_TEAM = new Set(["researchers", "scientists", "authors", "investigators"]);

/** Adds `value` to the list under `key` (nowhere when there is no key). */
function addTo<K, V>(map: Map<K, V[]>, key: K | undefined, value: V) {
  if (key === undefined) return;
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A word without a web domain's ending: "snopes.com" → "snopes". */
const withoutDomain = (word: string) => word.replace(/\.(?:com|org|net|co\.uk|co)$/, "");

/** Prepositions that end a role's head: "economist" in "chief economist at Harbour Bank". */
const ROLE_PREPOSITIONS = new Set(["at", "of", "for", "with", "from", "in", "on", "to", "and"]);

/**
 * The noun a role is about, in lower case: "chief economist at Harbour Bank" → "economist", "the
 * carmaker" → "carmaker", "with the Harbour Health Authority" → none (an affiliation, not a role).
 * A person whose role mentions an organisation is still a person; the head says what they are.
 */
export function roleHead(role: string): string | undefined {
  const words = tokensOf(fold(role).replace(/[,;]/g, " "));
  const cut = words.findIndex((w) => ROLE_PREPOSITIONS.has(w));
  const head = cut < 0 ? words : words.slice(0, cut);
  return head.at(-1)?.replace(/'s$/, "");
}

/** Heads of an aside only a person has: kin, pupils, patients. */
const PEOPLE_ONLY = new Set(
  "son daughter wife husband mother father brother sister widow widower grandson granddaughter nephew niece cousin pupil student patient boyfriend girlfriend fiancé fiancée".split(
    " ",
  ),
);

/** Whether a role is a person's: its head is a job or title ("chief economist", "Foreign Minister"). */
function isPersonRole(role: string): boolean {
  const head = roleHead(role) ?? "";
  return ROLE_NOUNS.has(head) || TITLE_WORDS.has(head.charAt(0).toUpperCase() + head.slice(1));
}

/**
 * A role as it reads best on its own: no leading article, typographic apostrophes, no possessive
 * left hanging at its end ("Harbour TV’s Ana Ruiz" works at Harbour TV), and a workplace on its own
 * without the word that joined it to the name ("Ana Ruiz of the Harbour Courier": "Harbour Courier";
 * not "from Leeds", where someone comes from).
 */
function tidyRole(role: string): string {
  const r = role
    .replace(
      /^(?:[Oo]f(?=\s+(?:the\s|\p{Lu}))|[Ff]rom(?=\s+the\s+\p{Lu})|(?:[Aa]t|[Ww]ith)(?=\s+(?:the\s|\p{Lu})))\s+/u,
      "",
    )
    .replace(DETERMINER, "")
    .replace(/‘s\b/g, "’s")
    .replace(/\s+/g, " ")
    .trim();
  const owner = /^(?:\p{Lu}\S*\s)*\p{Lu}\S*?(?:['’]s|(?<=s)['’])$/u.test(r)
    ? r.replace(/(?:['’]s|['’])$/u, "")
    : r;
  return owner.charAt(0).toUpperCase() + owner.slice(1);
}
