/**
 * From a phrase to the entity it names: a name to its person or organisation, a pronoun to whom the
 * reader has in mind, a role ("the mayor") to the person who holds it, a description ("the company",
 * "the retired schoolteacher") to the organisation the story is about or to an unnamed speaker, a
 * document to its author. Headlines and captions ("frame" blocks) find only who the body names.
 */
import type { Context } from "./context";
import { type Entity, type EntityRegistry, jobWord, OTHER_HOLDERS, roleHead } from "./entities";
import {
  DOCUMENT_HEADS,
  GROUP_HEADS,
  ORGANISATION_HEADS,
  PARTY_NAMES,
  PLACE_WORDS,
  ROLE_NOUNS,
  SPOKESPEOPLE,
  TITLE_WORDS,
  UNNAMED_SOURCE,
} from "./lexicon";
import { DEMONYM_ADJECTIVE, DETERMINERS, ownerBeforeSubject, type SpeakerPhrase } from "./noun-phrases";

/** Marks a cue whose subject is "you": imagined speech (`“I’m Batman,” you will say`). */
export const HYPOTHETICAL = Symbol("hypothetical");
/** An entity, nobody, or the imagined speaker of "you will say". */
export type Resolved = Entity | null | typeof HYPOTHETICAL;

/** Resolves speaker phrases to entities, in the context of the sentence being read. */
export class Resolver {
  /** True while reading a headline, standfirst, heading or caption. */
  inFrame = false;
  /**
   * Who has spoken so far in the sentence being read: "As Mashable reports, the company announced"
   * is about another company than the one reporting it.
   */
  readonly sentenceSpeakers: Entity[] = [];
  /**
   * The subject of the sentence being read and where it starts, asked for only when a pronoun later
   * in the sentence needs it: "Crews have been told little, and they say …".
   */
  sentenceSubject: (() => { entity: Entity | null; at: number }) | null = null;
  /** Whom the verb being resolved addresses ("he told Cook"): never its own subject's "he". */
  addressee: Entity | null = null;
  /**
   * Whether the pronoun being resolved follows a comma, after what it reports ("Mr Blair has failed,
   * he claimed", "The mayor, she said, …"): never the subject of the words before it.
   */
  afterReport = false;
  /**
   * The person the story opens on (the reading's): "Gordon Brown has criticised … But the
   * chancellor said" and "the Tory leader argued" mean them.
   */
  storyPerson: () => Entity | null = () => null;

  constructor(
    private readonly registry: EntityRegistry,
    private readonly context: Context,
  ) {}

  /** The entity a phrase names; `at` is its reading position (for roles and descriptions). */
  resolve(phrase: SpeakerPhrase | null, appositive: string | undefined, at: number): Resolved {
    if (!phrase) return null;
    const { registry, context, inFrame } = this;
    switch (phrase.type) {
      case "name": {
        // "Anyone who has closed a deal will tell you …", "Everyone says", "Nobody said a word":
        // everyone or no one in general is no source.
        if (NO_ONE_IN_PARTICULAR.test(phrase.name ?? phrase.text)) return HYPOTHETICAL;
        // "Psychology tells us …", "History shows …": a field of knowledge personified is no source.
        if (FIELD_OF_KNOWLEDGE.test(phrase.name ?? phrase.text)) return null;
        // A headline's "Airline warns", "Carmaker recalls": a common noun, capitalised (unless it is
        // the surname of someone the article names: "Ken Doctor … Doctor asserts").
        const common = commonNounType(phrase);
        if (common && !registry.isSurname(phrase.name ?? ""))
          return this.resolve(
            { ...phrase, type: common, head: phrase.text.toLowerCase(), role: phrase.text.toLowerCase() },
            appositive,
            at,
          );
        // "“It is a bad law,” the Ohio Republican said": a party member named by party is the
        // person in view.
        // "“…,” said the mayor of Harbour City": the job's holder is the speaker, not the city (a
        // spokesperson for a body speaks for it; see noun-phrases' jobAtTheName).
        if (phrase.job && !inFrame) {
          const { text, role, head } = phrase.job;
          const holder = this.resolve(
            { type: "role", text, start: phrase.start, end: phrase.end, role, head },
            appositive,
            at,
          );
          if (holder) return holder;
        }
        if (
          !inFrame &&
          (/^the\s/i.test(phrase.text) || phrase.definite) &&
          (PARTY_MEMBER.test(phrase.name ?? "") || TITLED_JOB.test(phrase.name ?? ""))
        ) {
          const epithet = this.personInView(phrase);
          if (epithet) return epithet;
        }
        return registry.byName(phrase, appositive);
      }
      case "pronoun": {
        if (phrase.pronoun === "you") return HYPOTHETICAL;
        if (phrase.pronoun === "i" || phrase.pronoun === "we") return null;
        const own = this.ownSubject(phrase);
        if (own) return own;
        if (phrase.pronoun === "it") return context.organisation();
        if (phrase.pronoun === "they")
          return context.lastGroup ?? context.organisation(this.sentenceSpeakers, true);
        return context.person(phrase.gender, this.addressee);
      }
      case "role": {
        // ("Labour said": a party's name, which also opens roles, "Labour MP Stephen Pound".)
        if (PARTY_NAMES.has(phrase.text))
          return this.resolve(
            { type: "name", text: phrase.text, start: phrase.start, end: phrase.end, name: phrase.text },
            appositive,
            at,
          );
        // "Ruiz met Brandt. “It went well,” the latter said.": the second of the last two people, or
        // the first; never a speaker called "The latter".
        const which = /^the\s+(former|latter)$/i.exec(phrase.text)?.[1]?.toLowerCase();
        if (which) {
          const [latter, former] = registry.lastPeopleNamed(at);
          return (which === "latter" ? latter : former) ?? null;
        }
        // "A Harbour Ferries spokeswoman": a spokesperson named by whom they speak for speaks for them;
        // "her spokesman said" for whoever "her" means.
        if (SPOKESPEOPLE.has(phrase.head ?? "")) {
          // ("the first minister's official spokesman urged … , the spokesman said": the one who
          // spoke last, when that was a spokesperson the story did not name.)
          const last = context.lastSpeaker;
          if (
            !inFrame &&
            /^the\s+\S+$/i.test(phrase.text) &&
            last?.kind === "person" &&
            SPOKESPEOPLE.has(last.head ?? "")
          ) {
            last.aliases.add(phrase.text);
            return last;
          }
          const principal = authorBefore(phrase.text);
          const represented = principal ? registry.author(principal, inFrame) : this.possessor(phrase, at);
          if (represented) return represented;
          // ("An executive spokesman said" after "the Scottish Executive": the body's last word in
          // small letters.)
          const body = /^(?:[Aa]n?|[Tt]he)\s+(\p{Ll}+)\s+\S+$/u.exec(phrase.text)?.[1];
          const bodyNamed = body ? registry.bodyEndingIn(body) : null;
          if (bodyNamed) {
            bodyNamed.aliases.add(phrase.text);
            return bodyNamed;
          }
          // "Harbour Bank said rates would fall. “…,” a spokeswoman said.": a bare spokesperson
          // speaks for the organisation that spoke last, when it is the last speaker of all.
          const bare = !inFrame && /^(?:a|an|the)\s+\S+$/i.test(phrase.text);
          const speaking = bare ? context.organisation(this.sentenceSpeakers) : null;
          if (speaking?.spoke && context.lastSpeaker === speaking) return speaking;
        }
        // ("Mom Monica Glover said …. “…,” her mother said.": a parent the story has named by the
        // family's word is who "her mother" is.)
        const kin = /^(?:her|his|their)\s+(mother|father)$/i.exec(phrase.text)?.[1]?.toLowerCase();
        if (kin && !inFrame) {
          const parent = registry.byRole({ ...phrase, role: kin }, at, true);
          if (parent?.kind === "person") return parent;
        }
        // ("Oxfam's Barbara Stocking said … the charity's director added": a job at the body the
        // story means is the person it named with that body.)
        const ofBody = inFrame ? undefined : /^the\s+(\p{Ll}+)['’]s\s+\p{Ll}/u.exec(phrase.text)?.[1];
        if (ofBody && ORGANISATION_HEADS.has(ofBody)) {
          const description = `the ${ofBody}`;
          const body = registry.byDescriptionIfNamed(
            { type: "organisation", text: description, start: phrase.start, end: phrase.end, head: ofBody },
            at,
            () => context.organisation(this.sentenceSpeakers),
          );
          const holder = body ? registry.holderAt(body, phrase.head, at) : null;
          if (holder) {
            holder.aliases.add(phrase.text);
            return holder;
          }
        }
        // An unnamed source ("a spokesman", "the minister") is kept as its description; a headline's
        // "Minister says" is only kept when it finds the minister the story names.
        return (
          registry.byRole(phrase, at) ??
          (inFrame ? null : registry.byEarlierDescription(phrase)) ??
          (inFrame ? null : this.personInView(phrase)) ??
          (inFrame ? null : this.openerByJob(phrase)) ??
          // ("The chairman of the Harbour Party described …": a job at a named body, however long.)
          ((phrase.described ||
            phrase.text.split(" ").length <= 4 ||
            // ("the prime minister's official spokesman urged": a spokesperson, however described.)
            SPOKESPEOPLE.has(phrase.head ?? "") ||
            JOB_AT_A_BODY.test(phrase.text) ||
            (JOB_AFTER_A_BODY.test(phrase.text) &&
              !/['’]s\s/.test(phrase.text) &&
              isJob(phrase.head ?? ""))) &&
          !inFrame
            ? registry.byGroup(this.withOwnerNamed(phrase, at), "person")
            : null)
        );
      }
      case "organisation":
      case "document": {
        // "Tom Hale, a grocer in Eastport, … “…,” the grocer said": a trade that names a person as
        // well as a firm is the person the story gives it to, if any.
        if (phrase.type === "organisation" && !inFrame && TRADES.has(phrase.head ?? "")) {
          const holder = registry.byRole({ ...phrase, type: "role", role: phrase.head }, at, true);
          if (holder?.kind === "person") return holder;
        }
        // "her statement said", "Its letter said": a document speaks for whoever the possessive means.
        // "Her office said", "his campaign said": a person's office speaks for the person.
        const author =
          phrase.type === "document" || OWNED_BODIES.has(phrase.head ?? "")
            ? this.possessor(phrase, at)
            : null;
        if (author) return author;
        // "Moody’s latest report", "a Pentagon report": the name before the head is the author.
        const printedAuthor = phrase.type === "document" ? authorBefore(phrase.text) : null;
        const named = printedAuthor ? registry.author(printedAuthor, inFrame) : null;
        if (named) return named;
        // "Westland Railways has published a white paper … The white paper said": its publisher's.
        // (Whatever its type: "the paper" may be a newspaper, unless the story printed one published.)
        if (/^the\s/i.test(phrase.text) && phrase.head) {
          const publisher = registry.publisher(phrase.head, at);
          if (publisher) {
            publisher.aliases.add(phrase.text);
            return publisher;
          }
        }
        // "The Harbour Board met on Tuesday. … according to the statement after its meeting": a
        // statement or letter the story names no author for is that of the organisation in view.
        if (
          phrase.type === "document" &&
          !inFrame &&
          ISSUED_DOCUMENTS.has(phrase.head ?? "") &&
          /^the\s/i.test(phrase.text)
        ) {
          const issuer = context.organisation(this.sentenceSpeakers);
          if (issuer?.kind === "organisation") {
            issuer.aliases.add(phrase.text);
            return issuer;
          }
        }
        // "The researchers said … the study shows that …": a study speaks for the team that did it;
        // and "the team", "the research team" after them is that team.
        if (
          !inFrame &&
          /^the\s/i.test(phrase.text) &&
          ((phrase.type === "document" && STUDIES.has(phrase.head ?? "")) ||
            (phrase.head === "team" && /^the\s+(?:research\s+|study\s+)?team$/i.test(phrase.text)))
        ) {
          const team = registry.researchTeam();
          if (team) {
            team.aliases.add(phrase.text);
            return team;
          }
        }
        if (phrase.type === "document" && !inFrame) {
          const earlier = registry.earlierDocument(phrase);
          if (earlier) return earlier;
        }
        return inFrame
          ? registry.byDescriptionIfNamed(phrase, at)
          : registry.byDescription(phrase, at, () => context.organisation(this.sentenceSpeakers));
      }
      case "group":
        // A headline's "opponents demand" is someone only when the story names that group too.
        if (inFrame) return registry.byEarlierDescription(phrase) ?? registry.existingGroup(phrase);
        // ("his family said": whose family, when the story says whom "his" means.)
        return (
          registry.byEarlierDescription(phrase) ??
          this.membersOfBody(phrase) ??
          registry.byGroup(this.withOwnerNamed(phrase, at))
        );
    }
  }

  /**
   * "The Commons work and pensions committee said … The MPs launched their inquiry": the members of
   * the body in view, named by what they are, are that body speaking.
   */
  private membersOfBody(phrase: SpeakerPhrase): Entity | null {
    const members = /^the\s+(\S+)$/i.exec(phrase.text)?.[1]?.toLowerCase();
    const bodies = members ? MEMBERS_OF[members] : undefined;
    if (!bodies) return null;
    // (The latest such body the story has named, if it has spoken.)
    let body: Entity | null = null;
    for (const head of bodies) {
      const named = this.registry.bodyEndingIn(head);
      if (named?.spoke && (!body || named.order > body.order)) body = named;
    }
    if (!body) return null;
    body.aliases.add(phrase.text);
    return body;
  }

  /**
   * "Chandor asked his leading man … “…,” the director said.", "“I was lucky,” the 23-year-old
   * said.", "the Ohio Republican said": a definite description that no one holds by print (an
   * epithet) is the person the story is about now, when the story names that person. A job must not
   * clash with one the story gives them (a named mayor is not "the director"); an age or a party
   * fits anyone. A job named with the place, party or body it is held for, every word capitalised
   * ("the Tory leader", "the Salford MP"), is the person the story opens on, as is a bare job when
   * the person in view has another ("Gordon Brown has criticised … Jonathan Baume, of the union, …
   * But the chancellor said"), when that person has no other job.
   */
  private personInView(phrase: SpeakerPhrase): Entity | null {
    const words = (
      /^the\s+(.+)$/i.exec(phrase.text)?.[1] ?? (phrase.definite ? phrase.text : undefined)
    )?.split(/\s+/);
    const head = words?.at(-1)?.toLowerCase();
    // (Not a transcript's "CHAIR:" (printed nowhere in a sentence), "the guy", a source or a spokesman.)
    if (!words || !head || words.length > 4 || phrase.end === 0 || SPOKESPEOPLE.has(head)) return null;
    if (UNNAMED_SOURCE.test(phrase.text) || head === "official" || ANYONE.has(head)) return null;
    const age = words.map((w) => /^(\d+)-year-old$/i.exec(w)?.[1]).find((a) => a !== undefined);
    const fitsAnyone = age !== undefined || (phrase.type === "name" && PARTY_MEMBER.test(words.join(" ")));
    // (A job only when bare: "the staff member who took his call" is someone else; or after a
    // nationality, as sports pages name their subject: "the Portuguese boss".)
    const epithet = words.length === 2 && DEMONYM_ADJECTIVE.test(words[0] ?? "");
    const job =
      !fitsAnyone &&
      (words.length === 1 ? !phrase.described : epithet) &&
      (ROLE_NOUNS.has(head) || OFFICES.has(head));
    // ("the culture secretary", "the rural affairs minister": a government office by its portfolio,
    // printed in lower case, as BBC pages name the minister a story opens on.)
    const portfolio =
      OFFICES.has(head) && words.slice(0, -1).every((w) => /^\p{Ll}+$/u.test(w) && !NOT_THE_HOLDER.has(w));
    // ("the Tory leader", "the Scottish Conservative leader", "the Salford MP"; not "the new
    // minister", someone else.)
    const titled =
      !fitsAnyone &&
      !job &&
      words.length >= 2 &&
      (words.slice(0, -1).every((w) => /^\p{Lu}\p{L}/u.test(w)) || portfolio) &&
      isJob(head);
    if (!fitsAnyone && !job && !titled) return null;
    // (Not the shadow or former holder of the job: "Shadow culture secretary Tom Hale".)
    const anotherHolder = (role: string) =>
      role
        .toLowerCase()
        .split(/[\s-]+/)
        .some((w) => OTHER_HOLDERS.includes(w) && !words.includes(w));
    // (Nor someone the story already calls by another job: "the chancellor" is not "the premier".)
    const knownByAnotherJob = (p: Entity) =>
      [...p.aliases].some((a) => {
        const other = /^the\s+(\p{Ll}+)$/iu.exec(a)?.[1]?.toLowerCase();
        return other !== undefined && other !== head && isJob(other);
      });
    // A person the story names in full (and, for a job, gives no other role).
    const fits = (p: Entity | null): p is Entity =>
      p !== null &&
      /\s/.test(p.name) &&
      !knownByAnotherJob(p) &&
      (fitsAnyone || !p.role || (titled && sameJob(p.role, head) && !anotherHolder(p.role)));
    // (A portfolio's holder may be whoever the story has turned to: "…, Alan Pryor has said. / The
    // rural affairs minister said …".)
    const inView = titled && !portfolio ? null : this.context.namedPersonInView();
    const otherJob = job && inView?.role !== undefined;
    // ("the chancellor", "the prime minister": an office of government with one holder is the person
    // the story opens on when it fits, more likely than whoever was named last.)
    const opener =
      (job && OFFICES.has(head)) || words.join(" ").toLowerCase() === "prime minister"
        ? this.storyPerson()
        : null;
    const person = fits(opener)
      ? opener
      : fits(inView)
        ? inView
        : titled || otherJob
          ? this.storyPerson()
          : null;
    if (!fits(person)) return null;
    // (Not when the story prints another age for them.)
    if (age !== undefined && this.registry.agesOf(person).some((a) => a !== Number(age))) return null;
    person.aliases.add(phrase.text);
    return person;
  }

  /**
   * "Labour MP Stephen Pound has told … The MP for Ealing North claimed": a job at a place, its head
   * the job the person the story opens on holds by print, is that person (unless their job names
   * another place: the mayor of Ashby is not "the mayor of Kelso").
   */
  private openerByJob(phrase: SpeakerPhrase): Entity | null {
    if (
      !/^the\s/i.test(phrase.text) ||
      !phrase.head ||
      !isJob(phrase.head) ||
      !JOB_AT_A_BODY.test(phrase.text)
    )
      return null;
    // (Or the person the story has just named: "Labour backbencher Stephen Pound labelled … The MP
    // for Ealing North claimed".)
    const head = jobWord(phrase.head);
    for (const person of [this.storyPerson(), this.context.namedPersonInView()]) {
      if (!person?.role || jobWord(roleHead(person.role) ?? "") !== head) continue;
      const place = /\b(?:of|for|at|in)\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(person.role)?.[1];
      if (place && !phrase.text.includes(place)) continue;
      person.aliases.add(phrase.text);
      return person;
    }
    return null;
  }

  /**
   * "her lawyer" as the reader knows it, "Ana Ruiz’s lawyer", when the story says whom "her" means:
   * an unnamed speaker listed as "Her lawyer" would not say whose.
   */
  private withOwnerNamed(phrase: SpeakerPhrase, at: number): SpeakerPhrase {
    const [first, ...rest] = phrase.text.split(" ");
    if (!first || !POSSESSIVE_PRONOUNS[first.toLowerCase()] || rest.length === 0) return phrase;
    const owner = this.possessor(phrase, at);
    if (!owner || owner === HYPOTHETICAL || owner.kind === "group") return phrase;
    // (Said again, "her lawyer" may find the lawyer as the one "her" means: then it is them.)
    if (owner.head !== undefined && owner.head === phrase.head) return { ...phrase, text: owner.name };
    const possessive = /s$/.test(owner.name) ? "’" : "’s";
    return { ...phrase, text: `${owner.name}${possessive} ${rest.join(" ")}` };
  }

  /** Whom a phrase's possessive determiner means: "her" in "her statement", "its" in "its spokesman". */
  private possessor(phrase: SpeakerPhrase, at: number): Resolved {
    const owner = POSSESSIVE_PRONOUNS[phrase.text.split(" ")[0]?.toLowerCase() ?? ""];
    if (!owner) return null;
    const gender = owner === "she" ? "f" : owner === "he" ? "m" : undefined;
    return this.resolve(
      {
        type: "pronoun",
        text: owner,
        start: phrase.start,
        end: phrase.start,
        pronoun: owner,
        ...(gender ? { gender } : {}),
      },
      undefined,
      at,
    );
  }

  /** The sentence's own subject, when it stands before the pronoun and agrees with it. */
  private ownSubject(pronoun: SpeakerPhrase): Entity | null {
    if (this.afterReport) return null;
    const subject = this.sentenceSubject?.();
    const entity = subject?.entity;
    if (!entity || !subject || subject.at >= pronoun.start) return null;
    if (pronoun.pronoun === "they") return entity.kind === "group" ? entity : null;
    if (pronoun.pronoun === "it") return null;
    const agrees = !pronoun.gender || !entity.gender || entity.gender === pronoun.gender;
    return entity.kind === "person" && entity.evidence && agrees ? entity : null;
  }

  /** A name printed somewhere ("Ana Ruiz", a transcript's label): its entity, or nobody. */
  named(name: string, at: number): Entity | null {
    const entity = this.resolve({ type: "name", text: name, start: 0, end: 0, name }, undefined, at);
    return entity === HYPOTHETICAL ? null : entity;
  }
}

/** Offices of a government, named by their portfolio: "the home secretary", "the health minister". */
const OFFICES = new Set(["secretary", "minister", "chancellor"]);
/** Words before an office that make its holder someone other than the story's minister. */
const NOT_THE_HOLDER = new Set(
  "new former ex previous then shadow deputy junior assistant acting outgoing incoming other another last next future opposition".split(
    " ",
  ),
);

/** A job after the place or body it is held for, as a name: "Salford MP", "Holyrood MSP". */
const TITLED_JOB = /^(?:\p{Lu}[\p{L}.-]*\s+){1,3}(?:MP|MSP|MEP|AM|MLA|TD)$/u;
/**
 * Whether a role is the job a head names: its own head ("Tory leader", "leader"), or any job for a
 * head that says only who leads ("the WHO chief" is its Director-General).
 */
export const sameJob = (role: string, head: string) =>
  jobWord(roleHead(role) ?? "") === jobWord(head) || LEADS.has(head);
const LEADS = new Set(["chief", "head", "leader", "boss"]);

/** Whether a word is a job or title ("leader", "chancellor", "MP"). */
export const isJob = (lower: string) =>
  ROLE_NOUNS.has(lower) ||
  TITLE_WORDS.has(lower.charAt(0).toUpperCase() + lower.slice(1)) ||
  /^(?:mp|msp|mep)$/.test(lower);

/** The bodies whose members a plural names ("the MPs" of a committee, "the judges" of a court). */
const MEMBERS_OF: Readonly<Record<string, readonly string[]>> = Object.assign(Object.create(null), {
  mps: ["committee", "panel", "inquiry"],
  peers: ["committee", "panel", "inquiry"],
  senators: ["committee", "panel"],
  lawmakers: ["committee", "panel"],
  councillors: ["council", "committee", "panel"],
  councilors: ["council", "committee", "panel"],
  judges: ["court", "tribunal", "panel"],
  jurors: ["jury"],
});

/** A party member named by party, after a place or not: "Ohio Republican", "Democrat". */
const PARTY_MEMBER =
  /^(?:\p{Lu}[\p{L}.-]*\s+){0,2}(?:Republican|Democrat|Conservative|Tory|Liberal|Socialist|Independent)$/u;
/** Heads of a description that could be anyone, never an epithet for the person in view. */
const ANYONE = new Set(["man", "woman", "guy", "person", "boy", "girl", "child", "other", "one"]);

/** Pronouns for everyone or no one in general. */
const NO_ONE_IN_PARTICULAR = /^(?:anyone|anybody|everyone|everybody|nobody|no one|whoever|none)$/i;

/** Fields of knowledge and such abstractions, named as if they spoke: "Neuroscience tells us". */
const FIELD_OF_KNOWLEDGE =
  /^(?:history|experience|evidence|mathematics|economics|physics|\p{L}*(?:ology|onomy)|\p{L}+science)$/iu;

/** Documents an organisation issues, which speak for it (a report or a study speaks for itself). */
const ISSUED_DOCUMENTS = new Set(["statement", "statements", "letter", "memo", "release", "announcement"]);

/** Documents of research, which speak for the team that did it. */
const STUDIES = new Set(["study", "paper", "research", "findings", "results", "analysis"]);

/** Possessive determiners and the pronoun each stands for: "her statement" is hers. */
const POSSESSIVE_PRONOUNS: Readonly<Record<string, string>> = Object.assign(Object.create(null), {
  her: "she",
  his: "he",
  its: "it",
  their: "they",
});

/** Trades that name a person as well as a firm: "a grocer in Eastport", "the grocer" (Whole Foods). */
const TRADES = new Set(["grocer", "supplier", "provider", "wholesaler", "distributor", "retailer", "lender"]);

/** Organisations that are someone's own, and speak for them: "her office", "his campaign". */
const OWNED_BODIES = new Set(["office", "campaign", "team", "spokespeople"]);

/** The description type of a one-word "name" that is really a common noun ("Airline", "Judge"). */
function commonNounType(phrase: SpeakerPhrase): SpeakerPhrase["type"] | null {
  const word = phrase.name ?? "";
  if (/\s/.test(word) || phrase.role || phrase.courtesy) return null;
  const w = word.toLowerCase();
  if (ROLE_NOUNS.has(w)) return "role";
  if (ORGANISATION_HEADS.has(w)) return "organisation";
  if (GROUP_HEADS.has(w)) return "group";
  if (DOCUMENT_HEADS.has(w)) return "document";
  return null;
}

/** Countries by their letters: "US", "U.S.", "UK", "U.K.", "USA", "UAE". */
const COUNTRY_CODE = /^(?:U\.?S\.?A?\.?|U\.?K\.?|UAE)$/;

/** Capitalised words opening a document's phrase that name no author: "New research", "Another report". */
const NOT_AUTHORS =
  /^(?:Another|New|Recent|Previous|Earlier|Later|Such|One|Each|Every|Further|Latest|Internal|Official|Leaked|Draft|Final|Annual|Joint|Separate|Same)$/;

/**
 * The capitalised words opening a document's phrase, after its determiner: "A Moody’s Analytics’
 * report" → "Moody’s Analytics", "the Pentagon report" → "Pentagon" (a trailing plural possessive's
 * mark dropped); null when none, or when they are the whole phrase.
 */
function authorBefore(text: string): string | null {
  const words = text.split(" ");
  let k = /^(?:a|an|the|this|that|its|their|his|her)$/i.test(words[0] ?? "") ? 1 : 0;
  // ("Other studies", "New research", "Two reports": a capitalised first word that is no name.)
  if (DETERMINERS.has(words[k]?.toLowerCase() ?? "") || NOT_AUTHORS.test(words[k] ?? "")) return null;
  const run: string[] = [];
  for (; k < words.length - 1 && /^\p{Lu}/u.test(words[k] ?? ""); k++) run.push(words[k] as string);
  if (run.length === 0 || k >= words.length) return null;
  // ("a U.S. study", "a UK survey": a country is where the work was done, not who wrote it.)
  if (run.length === 1 && (COUNTRY_CODE.test(run[0] as string) || PLACE_WORDS.has(run[0] as string)))
    return null;
  // ("The Verge’s Stadia review", "Harbour Bank’s Stormbox report": the owner is the name before the
  // possessive; what follows it is what the document is about.)
  const owner = ownerBeforeSubject(run, /^the$/i.test(words[0] ?? ""));
  if (owner > 0)
    return run
      .slice(0, owner)
      .join(" ")
      .replace(/['’]s$/, "");
  return run.join(" ").replace(/s['’]$/, "s");
}

/**
 * A job at a body or someone at a place: one the story names ("the chairman of the Harbour Party",
 * "a director at Acme Ltd", "a teacher from Ashby Island"), or one it describes in a word or two
 * ("the head of the union", "the president of the drivers’ union").
 */
const JOB_AT_A_BODY =
  /\b(?:of|at|for|from|in)\s+(?:(?:the\s+)?\p{Lu}|(?:the|a|an|its|their|his|her)\s+[\p{Ll}’'-]+(?:\s+[\p{Ll}’'-]+)?$)/u;
/** A job after the name of the body it is held at: "the World Health Organisation chief". */
const JOB_AFTER_A_BODY = /^(?:[Tt]he|[Aa]n?)\s+(?:\p{Lu}[\p{L}'’.&-]*\s+){1,6}(?:\p{Ll}+\s+)?\p{Ll}+$/u;
