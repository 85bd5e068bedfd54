/**
 * What a reader keeps in mind while reading, for pronouns: the people and organisations the story
 * has made its subjects, most recent last. "He" and "she" point to the most recent person the
 * article shows to be one; "it" to the most recent organisation that was a subject or spoke.
 */
import type { Entity, NameSighting } from "./entities";
import { looksLikeOrganisation } from "./entities";
import { PLACE_WORDS } from "./lexicon";

/** A product's name: a model number or a model letter ("Stormbox One X", "Model S", "Progress MS-04"). */
const PRODUCT_NAMED = /\d|\s\p{Lu}$/u;

/** A name ending in a place's word ("South Africa", "New Zealand"). */
const PLACE_NAMED = new RegExp(`\\b(?:${[...PLACE_WORDS].join("|")})$`);

import type { SentenceFacts } from "./sentence-facts";

/**
 * Someone a pronoun may point back to: an entity, or what gives one if a pronoun ever reaches back
 * that far (a name printed in passing, a sentence whose subject is a name). Data, not closures: the
 * context keeps one for every name and sentence of the article, and a closure and its scope are
 * several objects more for the garbage collector to copy.
 */
export type Antecedent = Entity | NameSighting | SentenceFacts;
export const isEntity = (a: Antecedent): a is Entity => "aliases" in a;

/** What a reader keeps in mind while reading: who was last the subject, who spoke last. */
export class Context {
  /**
   * Recent people, most recent last: entities, or names not yet resolved (resolving every name the
   * article prints would cost more than the few pronouns that need it).
   */
  private people: Antecedent[] = [];
  /** Recent subjects of sentences and speakers, most recent last: what "it" may point back to. */
  private subjects: (Entity | SentenceFacts)[] = [];
  lastGroup: Entity | null = null;
  lastSpeaker: Entity | null = null;

  constructor(
    /** The entity of a name or sentence the context noted unresolved. */
    private readonly resolveLater: (later: NameSighting | SentenceFacts) => Entity,
    /** The body a group is the people of ("Kestrel Oil officials"), if any. */
    private readonly bodyOf: (group: Entity) => Entity | null = () => null,
  ) {}

  noteSubject(entity: Entity) {
    if (entity.kind === "group") this.lastGroup = entity;
    else {
      this.people.push(entity);
      // (Moved to the end when it is among the last few already: "it" looks back a few subjects
      // only, and the same one twice would crowd out another.)
      for (let i = this.subjects.length - 1; i >= 0 && i >= this.subjects.length - SUBJECTS_IN_VIEW; i--)
        if (this.subjects[i] === entity) {
          this.subjects.splice(i, 1);
          break;
        }
      this.subjects.push(entity);
    }
  }

  /** A name mentioned in passing, or a sentence's subject; resolved only if a pronoun reaches back to it. */
  noteMention(later: NameSighting | SentenceFacts) {
    this.people.push(later);
    if (!("position" in later)) this.subjects.push(later);
  }

  /**
   * The organisation "it" or "its" points to: the most recent that was a sentence's subject or a
   * speaker, among the last few (never a place or a name printed in passing).
   */
  organisation(except: readonly Entity[] = [], plural = false): Entity | null {
    // (Resolving a subject may ask for the organisation in turn, "The company carries …" when "The
    // operator said" asks: that inner question looks only at the subjects before it; asked while a
    // person is being resolved, it finds none.)
    const below = this.subjectsBelow;
    if (this.resolving && below === undefined) return null;
    const wasResolving = this.resolving;
    this.resolving = true;
    try {
      const limit = this.subjects.length - SUBJECTS_IN_VIEW;
      for (let i = (below ?? this.subjects.length) - 1; i >= 0 && i >= limit; i--) {
        const item = this.subjects[i] as Entity | SentenceFacts;
        // (A subject that is a description asks in turn for the person in view, "The chancellor is
        // due to …. They will …": the people before it count, as for `namedPersonInView`.)
        if (!isEntity(item)) {
          const at = this.people.lastIndexOf(item);
          this.resolvingAt = at < 0 ? this.people.length : at;
        }
        let entity: Entity;
        if (isEntity(item)) entity = item;
        else {
          this.subjectsBelow = i;
          try {
            entity = this.resolveLater(item);
          } finally {
            this.subjectsBelow = below;
          }
        }
        this.subjects[i] = entity;
        // ("Kestrel Oil officials were unavailable for comment. But the company said …": a body's
        // people as a subject put the body in view.)
        if (entity.kind === "group") {
          const body = this.bodyOf(entity);
          if (body && !except.includes(body)) entity = body;
        }
        // A firm the story has shown to be one: it spoke, or its name says so ("Fresh" opening a
        // sentence does not).
        if (except.includes(entity)) continue;
        // ("they" is a firm's people, never a country's: "South Africa" is no "they".)
        if (plural && entity.kind === "organisation" && PLACE_NAMED.test(entity.name)) continue;
        // ("The Stormbox One X has twice the memory … what the company promised": a product, named
        // with a model number or letter, is no company, unless it was given words.)
        if (!entity.spoke && (entity.product || PRODUCT_NAMED.test(entity.name))) continue;
        // ("The Harbour Safety Bill was published on Tuesday. It proposes …": a text that was the
        // last sentence's subject.)
        if (!plural && entity.kind === "document" && i === this.subjects.length - 1) return entity;
        if (
          entity.kind === "organisation" &&
          (entity.spoke || /\s/.test(entity.name) || looksLikeOrganisation(entity.name))
        )
          return entity;
      }
      return null;
    } finally {
      this.resolving = wasResolving;
    }
  }
  private resolving = false;
  /** While `organisation` resolves the subject at this index, the index: what it may ask looks below. */
  private subjectsBelow: number | undefined = undefined;

  /**
   * The person the story is about now, if the most recent person it made a subject or named is one
   * by a name (never resolving a description for it: "the company" read later may mean another).
   */
  namedPersonInView(): Entity | null {
    // (Resolving a subject may ask in turn, when it is itself such a description ("The Portuguese
    // coach had been out of work"): then only the people already resolved before it count.)
    if (this.resolving) {
      const at = this.resolvingAt;
      try {
        return this.lastNamedPerson(at);
      } finally {
        this.resolvingAt = at;
      }
    }
    this.resolving = true;
    try {
      return this.lastNamedPerson(this.people.length);
    } finally {
      this.resolving = false;
    }
  }
  /** Where in `people` the item being resolved for `namedPersonInView` stands. */
  private resolvingAt = 0;

  private lastNamedPerson(before: number): Entity | null {
    for (let i = before - 1; i >= 0; i--) {
      const item = this.people[i] as Antecedent;
      if (!isEntity(item) && !("position" in item) && !item.subjectIsName) continue;
      this.resolvingAt = i;
      const p = isEntity(item) ? item : this.resolveLater(item);
      this.people[i] = p;
      // (Past the places, days and bodies named since: "Brandt scored twice on Sunday.")
      if (p === NOBODY || p.kind !== "person" || !p.evidence) continue;
      return p.head === undefined ? p : null;
    }
    return null;
  }

  /** The entity of the antecedent at `i`, resolved once. */
  private antecedentAt(i: number): Entity {
    const item = this.people[i] as Antecedent;
    if (isEntity(item)) return item;
    // (Resolving it may ask for a person in turn, "His office said" asking whom "his" means:
    // that inner question passes over this one, which stands for nobody until it is resolved.)
    this.people[i] = NOBODY;
    const p = this.resolveLater(item);
    this.people[i] = p;
    return p;
  }

  /**
   * A body an unnamed spokesperson spoke for, the spokesperson's gender, and where in `people` the
   * reading was then: "A Conservative spokeswoman said the party stuck to the rules. She said: “…”".
   */
  private spokesperson: { entity: Entity; gender: "m" | "f" | undefined; at: number } | null = null;

  /** Notes that an unnamed spokesperson (of `gender`, if the word tells) has spoken for `entity`. */
  noteSpokesperson(entity: Entity, gender: "m" | "f" | undefined) {
    this.spokesperson = { entity, gender, at: this.people.length };
  }

  /**
   * The person a pronoun points to: the most recent subject of the right gender; or the body whose
   * spokesperson spoke since, when the gender agrees (the spokesperson speaks for it).
   */
  person(gender: "m" | "f" | undefined, except: Entity | null = null): Entity | null {
    const spokesperson = this.spokesperson;
    const agrees = spokesperson && (!gender || !spokesperson.gender || spokesperson.gender === gender);
    for (let i = this.people.length - 1; i >= 0; i--) {
      if (agrees && i < spokesperson.at && spokesperson.entity !== except) return spokesperson.entity;
      const p = this.antecedentAt(i);
      // Only people the article shows to be people: never a place, an event or a firm named in passing.
      if (p.kind !== "person" || !p.evidence || p === except) continue;
      if (!gender || !p.gender || p.gender === gender) {
        if (gender && !p.gender) p.gender = gender;
        return p;
      }
    }
    return agrees && spokesperson.entity !== except ? spokesperson.entity : null;
  }
}

/** How many recent subjects "it" looks back over. */
const SUBJECTS_IN_VIEW = 12;

/** Stands for "no entity" in the context's lazy list (never a person, so pronouns pass over it). */
export const NOBODY: Entity = {
  name: "",
  kind: "group",
  aliases: new Set(),
  order: -1,
  role: undefined,
  gender: undefined,
  evidence: undefined,
  spoke: undefined,
  head: undefined,
};
