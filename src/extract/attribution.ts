/**
 * Attribution: for every quotation, whether it is speech and who said it; for every sentence of
 * reported speech, who reported it. Four stages, each a module of its own:
 *
 *   sentence-facts  what each sentence's words say: cues, quotations, subject phrases, names
 *   entities        who is who: one entity per person, organisation, group or document
 *   context         whom "he", "she" and "it" point back to, as a reader keeps them in mind
 *   reading         one pass in reading order that resolves cues (resolve.ts), decides quotations
 *                   (quotations.ts) and records reported speech
 *
 * This module runs them and joins the results: multi-paragraph quotations become one attribution,
 * and everything comes out in reading order.
 */
import type { Entity, NameSighting } from "./entities";
import { EntityRegistry } from "./entities";
import type { LaidOutBlock } from "./layout";
import { GENERIC_ORGANISATION_HEADS, SPOKESPEOPLE, UNNAMED_SOURCE } from "./lexicon";
import { type Attribution, Reading } from "./reading";
import { isJob, sameJob } from "./resolve";
import { joinSameSpeakers } from "./same-speakers";
import { type BlockData, FRAME_ROLES, readBlocks } from "./sentence-facts";
import type { Sentence } from "./sentences";

export type { Attribution } from "./reading";

/** The result of attribution over an article's blocks. */
export interface AttributionResult {
  quotes: Attribution[];
  entities: Entity[];
  /** Sentences of every block, for claims. */
  sentences: Sentence[][];
  /** Who reports each sentence (same shape as `sentences`): the speaker of its first cue, or null. */
  sentenceSpeakers: (Entity | null)[][];
}

/** Attributes every quotation and sentence of reported speech in the blocks. */
export function attribute(
  laidOut: readonly LaidOutBlock[],
  /** Told the share of blocks read so far, now and then (a long article takes seconds). */
  onProgress?: (fraction: number) => void,
): AttributionResult {
  const { blocks, sightings, bodyWords, quotedPersons } = readBlocks(laidOut);
  const registry = new EntityRegistry(sightings, quotedPersons);
  const reading = new Reading(blocks, sightings, registry, bodyWords);

  // The body first, then headlines and captions: a headline's "Minister says" can then find the
  // minister the body names. (Headlines never change who the body's pronouns point to.)
  // (Two passes in reading order: a sort would ask the same of each block again and again.)
  const order: number[] = [];
  for (let i = 0; i < blocks.length; i++) if (!FRAME_ROLES.has((blocks[i] as BlockData).role)) order.push(i);
  for (let i = 0; i < blocks.length; i++) if (FRAME_ROLES.has((blocks[i] as BlockData).role)) order.push(i);
  let read = 0;
  for (const bi of order) {
    if (onProgress && ++read % 100 === 0) onProgress(read / order.length);
    reading.read(bi);
  }
  reading.settle();
  toTheStorysOrganisation(reading, blocks, registry.all(), sightings);
  const named = describedThenNamed(reading, blocks);

  const all = [...joinContinuations(reading, blocks), ...reading.spoken, ...reading.indirect].sort((a, b) => {
    const x = a.spans[0];
    const y = b.spans[0];
    return (
      (x?.block ?? 0) - (y?.block ?? 0) ||
      (x?.start ?? 0) - (y?.start ?? 0) ||
      // Reported speech before the quotation it holds; otherwise found order (the sort is stable).
      (a.kind === "indirect" ? 0 : 1) - (b.kind === "indirect" ? 0 : 1)
    );
  });
  if (named) for (const a of all) if (a.speaker === named.described) a.speaker = named.person;
  const same = joinSameSpeakers(all);
  return {
    quotes: all,
    entities: registry.all(),
    sentences: blocks.map((b) => b.sentences),
    sentenceSpeakers: blocks.map((b) => b.facts.map((f) => (same ? same(f.speaker) : f.speaker))),
  };
}

/**
 * "The attorney general is investigating WeWork … The company confirmed …": a generic "the company"
 * read before the story has shown which of its names is a firm's is left a speaker of its own. When
 * the story is plainly about one organisation (named at least three times, and twice as often as any
 * other), that is the one it means.
 */
function toTheStorysOrganisation(
  reading: Reading,
  blocks: readonly BlockData[],
  entities: readonly Entity[],
  sightings: readonly NameSighting[],
): void {
  const generic = new Set(
    entities.filter(
      (e) =>
        e.kind === "organisation" &&
        [e.name, ...e.aliases].every((a) =>
          GENERIC_ORGANISATION_HEADS.has(a.toLowerCase().replace(/^the\s+/, "")),
        ),
    ),
  );
  if (generic.size === 0) return;
  const named = entities
    .filter((e) => e.kind === "organisation" && !generic.has(e) && e.head === undefined)
    .map((e) => ({ e, n: sightings.filter((s) => s.name === e.name || e.aliases.has(s.name)).length }))
    .sort((a, b) => b.n - a.n);
  const [top, next] = named;
  if (!top || top.n < 3 || (next && top.n < 2 * next.n)) return;
  const rehome = (speaker: Entity | null) => (speaker && generic.has(speaker) ? top.e : speaker);
  for (const list of [reading.spoken, reading.indirect]) for (const a of list) a.speaker = rehome(a.speaker);
  for (const block of blocks) for (const f of block.facts) f.speaker = rehome(f.speaker);
  for (const g of generic) for (const alias of g.aliases) if (/^the\s/i.test(alias)) top.e.aliases.add(alias);
}

/**
 * "… after the Federal Reserve head said the deficit is set to stabilise. / And Alan Greenspan
 * highlighted …": a lead that describes its speaker by their job, and a next paragraph that names
 * them (the first person named in full it makes a subject or a speaker, when the lead names no one).
 * The description is that person's, and their role when the story prints none. (Never a
 * spokesperson's or an unnamed source's: "a spokesman said" is someone else.)
 */
function describedThenNamed(
  reading: Reading,
  blocks: readonly BlockData[],
): { described: Entity; person: Entity } | null {
  const lead = blocks.find((b) => b.role === "body" && b.sentences.length > 0);
  const body = describedBody(blocks, lead);
  if (body) return body;
  const described = lead?.facts.find((f) => f.speaker?.kind === "person")?.speaker;
  const head = described?.head;
  if (!described || !head || !isJob(head) || SPOKESPEOPLE.has(head) || head === "official") return null;
  if (UNNAMED_SOURCE.test(described.name)) return null;
  const person = reading.storyPerson();
  if (!person || (person.role && !sameJob(person.role, head))) return null;
  for (const alias of [described.name, ...described.aliases]) person.aliases.add(alias);
  person.role ??= described.name.replace(/^(?:an?|the)\s+/i, "");
  for (const block of blocks) for (const f of block.facts) if (f.speaker === described) f.speaker = person;
  return { described, person };
}

/**
 * "…, the UK elections watchdog has said. / … The Electoral Commission says …": the same for a body
 * the lead describes ("watchdog", "regulator", not "the company", which means the body in view) and
 * the first body the next paragraph names as a speaker, when the lead names none.
 */
function describedBody(
  blocks: readonly BlockData[],
  lead: BlockData | undefined,
): { described: Entity; person: Entity } | null {
  const described = lead?.facts.find((f) => f.speaker)?.speaker;
  const head = described?.head;
  if (!lead || !described || described.kind !== "organisation" || !head || !DESCRIBED_BODIES.has(head))
    return null;
  if (lead.facts.some((f) => f.speaker && f.speaker.head === undefined)) return null;
  const next = blocks
    .slice(blocks.indexOf(lead) + 1)
    .find((b) => b.role === "body" && b.sentences.length > 0);
  const named = next?.facts.find((f) => f.speaker)?.speaker;
  if (named?.kind !== "organisation" || named.head !== undefined) return null;
  for (const alias of [described.name, ...described.aliases]) named.aliases.add(alias);
  named.role ??= described.name.replace(/^(?:an?|the)\s+/i, "");
  for (const block of blocks) for (const f of block.facts) if (f.speaker === described) f.speaker = named;
  return { described, person: named };
}
/** Heads that describe a body by what it does, which a lead may use before the body's name. */
const DESCRIBED_BODIES = new Set(["watchdog", "regulator", "quango", "charity", "campaigners", "lobby"]);

/** Quotations with their continuations (multi-paragraph quotes), one attribution each. */
function joinContinuations(reading: Reading, blocks: readonly BlockData[]): Attribution[] {
  const quotes: Attribution[] = [];
  for (const [quote, speech] of reading.quoteSpeech) {
    const spans = [{ block: quote.block, start: quote.start, end: quote.end }];
    let part = quote;
    let speaker = speech.speaker;
    let guessed = speech.guessed === true || speaker === null;
    while (part.continues) {
      const next = blocks[part.block + 1]?.quotes[0];
      if (!next?.continued) break;
      spans.push({ block: next.block, start: next.start, end: next.end });
      // An attribution in a later paragraph beats a guess made at the first one.
      const stated = reading.continuationSpeaker.get(next);
      if (guessed && stated) {
        speaker = stated;
        guessed = false;
      }
      part = next;
    }
    quotes.push({ kind: speech.kind, speaker, spans });
  }
  return quotes;
}
