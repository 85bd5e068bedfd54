/**
 * Attribution: for every quotation, whether it is speech and who said it; for every sentence of
 * reported speech, who reported it. One pass in reading order, keeping the little context a reader
 * keeps (who the story is about now, who spoke last), so that "he said" and a quote paragraph with no
 * cue at all go to the right person.
 */
import type { QuoteKind } from "../article";
import { type Cue, findCues } from "./cues";
import { type Entity, EntityRegistry, looksLikeOrganisation, type NameSighting } from "./entities";
import type { LaidOutBlock } from "./layout";
import {
  DOCUMENT_HEADS,
  FUNCTION_WORDS,
  GROUP_HEADS,
  ORGANISATION_HEADS,
  PRONOUNS,
  ROLE_NOUNS,
} from "./lexicon";
import {
  isNameWord,
  looksLikeRole,
  phraseBefore,
  phraseStartingAt,
  type SpeakerPhrase,
  textOf,
} from "./noun-phrases";
import { findQuotes, type MarkedQuote } from "./quote-marks";
import { maskQuotes, type Sentence, splitSentences } from "./sentences";
import { countWords, isSentenceLike, isTitleCase, quoteKind, termMarkerBefore } from "./speech";
import { isCapitalised, type Token, tokenize } from "./tokens";

/** A quotation or sentence of reported speech, attributed. */
export interface Attribution {
  kind: QuoteKind;
  speaker: Entity | null;
  /** One span per block, in reading order (offsets into the block's text). */
  spans: { block: number; start: number; end: number }[];
}

/** The result of attribution over an article's blocks. */
export interface AttributionResult {
  quotes: Attribution[];
  entities: Entity[];
  /** Sentences of every block, for claims. */
  sentences: Sentence[][];
  /** Who reports each sentence (same shape as `sentences`): the speaker of its first cue, or null. */
  sentenceSpeakers: (Entity | null)[][];
}

const FRAME_ROLES = new Set(["title", "standfirst", "heading", "caption"]);
const position = (block: number, offset: number) => block * 1e6 + offset;

interface BlockData {
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
interface SentenceFacts {
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
interface SubjectPhrase {
  phrase: SpeakerPhrase;
  appositive: string | undefined;
  at: number;
}

/**
 * A sentence's subject as its words give it: a name in an aside, tried first ("The chief executive
 * of Harbour Lines, Claire Dubois, apologised"), then the phrase at the subject's start.
 */
interface SubjectPhrases {
  aside: SubjectPhrase | null;
  main: SubjectPhrase | null;
}

/** Reads what the reading pass needs of a sentence's tokens. */
function readSentence(sentence: Sentence, tokens: readonly Token[]): SentenceFacts {
  const quotes: SentenceFacts["quotes"] = [];
  for (let i = 0; i < tokens.length; i++) {
    const quote = (tokens[i] as Token).quote;
    if (quote) quotes.push({ quote, index: i });
  }
  const isName = subjectIsName(tokens);
  return {
    sentence,
    cues: findCues(tokens),
    quotes,
    subjectIsName: isName,
    subject: isName ? null : subjectPhrases(tokens),
    speaker: null,
    subjectEntity: undefined,
  };
}

/** The phrases naming a sentence's subject (after an opening phrase), unresolved. */
function subjectPhrases(tokens: readonly Token[]): SubjectPhrases {
  const k = subjectStart(tokens);
  const first = tokens[0];
  const found = phraseStartingAt(tokens, k);
  let aside: SubjectPhrase | null = null;
  // "The chief executive of Harbour Lines, Claire Dubois, apologised": the name in the aside.
  const c1 = commaAfter(tokens, k);
  const c2 = c1 === undefined ? undefined : commaAfter(tokens, c1);
  if (c1 !== undefined && c2 !== undefined && c1 < k + 10) {
    const named = phraseStartingAt(tokens, c1 + 1);
    const asideEnd = named ? tokens.findIndex((t) => t.start >= named.phrase.end) : -1;
    if (named?.phrase.type === "name" && asideEnd === c2)
      aside = {
        phrase: named.phrase,
        appositive: found ? found.phrase.text : undefined,
        at: tokens[c1 + 1]?.start ?? 0,
      };
  }
  let main: SubjectPhrase | null = null;
  if (
    found &&
    found.phrase.type !== "group" &&
    found.phrase.type !== "document" &&
    // One capitalised word opening a sentence may just be the sentence's first word.
    !(
      found.phrase.type === "name" &&
      k === 0 &&
      !/\s/.test(found.phrase.name ?? "") &&
      (FUNCTION_WORDS.has(first?.text ?? "") || /(?:ing|ed|ly)$/.test(first?.lower ?? ""))
    )
  )
    main = { phrase: found.phrase, appositive: found.appositive, at: tokens[k]?.start ?? 0 };
  return { aside, main };
}

/** Names in a sentence (outside quotations), with their printed roles, added to `sightings`. */
function collectSightings(tokens: readonly Token[], block: number, sightings: NameSighting[]) {
  for (let i = 0; i < tokens.length; i++) {
    // "Immigration, Refugees and Citizenship Canada (IRCC)": a name and the acronym it goes by.
    if (tokens[i]?.text === "(" && tokens[i + 2]?.text === ")") {
      const defined = acronymDefinition(tokens, i);
      if (defined) sightings.push({ ...defined, position: position(block, defined.start) });
    }
    if (!isCapitalised(tokens[i]) || isCapitalised(tokens[i + 1])) continue;
    // `i` ends a run of capitalised words: read the phrase that ends here, if it can be a name
    // (a name word is never a possessive).
    if (!isNameWord(tokens[i] as Token)) continue;
    const phrase = phraseBefore(tokens, i + 1);
    if (phrase?.type !== "name" || !phrase.name) continue;
    // A single capitalised word opening a sentence ("Union spokesman …") is no evidence of a name.
    if (
      phrase.start === tokens[0]?.start &&
      !/\s/.test(phrase.name) &&
      !phrase.role &&
      tokens[i + 1]?.kind === "word"
    )
      continue;
    const role = phrase.role ?? asideRole(tokens, indexStartingAt(tokens, phrase.start), i);
    // (Optional fields set one by one: spreading them in from throwaway objects costs more.)
    const sighting: NameSighting = {
      name: phrase.name,
      text: phrase.text,
      position: position(block, phrase.start),
    };
    if (role) sighting.role = role;
    if (phrase.gender) sighting.gender = phrase.gender;
    if (phrase.courtesy) sighting.courtesy = phrase.courtesy;
    if (
      tokens[i + 1]?.text === "," &&
      (tokens[i + 2]?.lower === "who" || /^\d{1,3}$/.test(tokens[i + 2]?.text ?? ""))
    )
      sighting.person = true;
    const first = indexStartingAt(tokens, phrase.start);
    if (!phrase.role && tokens[first - 1]?.lower === "the") sighting.definite = true;
    sightings.push(sighting);
  }
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
    const before = phraseBefore(tokens, first - 1);
    if (before && before.type === "role") return before.text;
  }
  if (comma(tokens[last + 1])) {
    let k = last + 2;
    const aside: Token[] = [];
    while (tokens[k] && !comma(tokens[k]) && tokens[k]?.text !== "." && tokens[k]?.kind !== "quote")
      aside.push(tokens[k++] as Token);
    if (
      aside.length > 0 &&
      aside.length <= 12 &&
      ["a", "an", "the"].includes(aside[0]?.lower ?? "") &&
      looksLikeRole(aside)
    )
      return textOf(aside);
  }
  return undefined;
}

/**
 * Someone a pronoun may point back to: an entity, or what gives one if a pronoun ever reaches back
 * that far (a name printed in passing, a sentence whose subject is a name). Data, not closures: the
 * context keeps one for every name and sentence of the article, and a closure and its scope are
 * several objects more for the garbage collector to copy.
 */
type Antecedent = Entity | NameSighting | SentenceFacts;
const isEntity = (a: Antecedent): a is Entity => "aliases" in a;

/** What a reader keeps in mind while reading: who was last the subject, who spoke last. */
class Context {
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
  ) {}

  noteSubject(entity: Entity) {
    if (entity.kind === "group") this.lastGroup = entity;
    else {
      this.people.push(entity);
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
  organisation(except: readonly Entity[] = []): Entity | null {
    // (Resolving a subject may ask for the organisation in turn: that inner question finds none.)
    if (this.resolving) return null;
    this.resolving = true;
    try {
      for (let i = this.subjects.length - 1; i >= 0 && i >= this.subjects.length - 12; i--) {
        const item = this.subjects[i] as Entity | SentenceFacts;
        const entity = isEntity(item) ? item : this.resolveLater(item);
        this.subjects[i] = entity;
        // A firm the story has shown to be one: it spoke, or its name says so ("Fresh" opening a
        // sentence does not).
        if (except.includes(entity)) continue;
        if (
          entity.kind === "organisation" &&
          (entity.spoke || /\s/.test(entity.name) || looksLikeOrganisation(entity.name))
        )
          return entity;
      }
      return null;
    } finally {
      this.resolving = false;
    }
  }
  private resolving = false;

  /** The person a pronoun points to: the most recent subject of the right gender. */
  person(gender: "m" | "f" | undefined): Entity | null {
    for (let i = this.people.length - 1; i >= 0; i--) {
      const item = this.people[i] as Antecedent;
      const p = isEntity(item) ? item : this.resolveLater(item);
      this.people[i] = p;
      // Only people the article shows to be people: never a place, an event or a firm named in passing.
      if (p.kind !== "person" || !p.evidence) continue;
      if (!gender || !p.gender || p.gender === gender) {
        if (gender && !p.gender) p.gender = gender;
        return p;
      }
    }
    return null;
  }
}

/** Stands for "no entity" in the context's lazy list (never a person, so pronouns pass over it). */
const NOBODY: Entity = { name: "", kind: "group", aliases: new Set(), order: -1 };

/** "a question came from a member of the audience:": a noun of speech, "from", and who it came from. */
const SPEECH_FROM =
  /\b(?:question|answer|reply|message|response|comment|warning|retort|plea|shout|call)s?\b[^:]{0,40}\bfrom\s+((?:an?|the|one)\s+[\p{Ll}-]+(?:\s+(?:of|in|at|from)\s+the\s+[\p{Ll}-]+)?|\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})\s*:\s*$/u;

/** A name and a colon ending a headline's text before a quotation: "… David Emery: ". */
const HEADLINE_SPEAKER = /(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,4})\s*:\s*$/u;

/** A credit after a pull-quote: "― Ana Ruiz, Save the Tay campaign" (a bar or a dash, then a name). */
const PULL_QUOTE_CREDIT = /^\s*[―—–]\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/u;

/**
 * A transcript line: "HARDING: I want my objection recorded." The label is a name or role in
 * capitals (one to three words); a transcript has at least two such lines in a row (see
 * `transcriptLines`). Title-case labels ("Color: Stores use …") are a list's terms, not speakers.
 */
const TRANSCRIPT_LINE = /^(\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,2}):\s+(?=\S)/u;
/** Capitalised labels that head notes, not speech. */
const NOTE_LABELS = new Set([
  "UPDATE",
  "NOTE",
  "EDITOR'S NOTE",
  "EDITOR’S NOTE",
  "CORRECTION",
  "SOURCE",
  "PHOTO",
  "VIDEO",
  "WATCH",
  "READ MORE",
  "RELATED",
  "CLARIFICATION",
  "DISCLAIMER",
  "WARNING",
  "SPOILER",
]);

/** The body blocks that are lines of a transcript, with the length of their label and colon. */
function transcriptLines(
  blocks: readonly { text: string; role: string }[],
): Map<number, { label: string; at: number }> {
  const lines = new Map<number, { label: string; at: number }>();
  const match = (i: number) => {
    const b = blocks[i];
    if (b?.role !== "body") return null;
    const m = TRANSCRIPT_LINE.exec(b.text);
    return m?.[1] && !NOTE_LABELS.has(m[1]) ? { label: m[1], at: m[0].length } : null;
  };
  for (let i = 0; i < blocks.length; i++) {
    const line = match(i);
    if (line && (match(i - 1) || match(i + 1))) lines.set(i, line);
  }
  return lines;
}

/** Possessive determiners and the pronoun each stands for: "her statement" is hers. */
const POSSESSIVE_PRONOUNS: Readonly<Record<string, string>> = Object.assign(Object.create(null), {
  her: "she",
  his: "he",
  its: "it",
  their: "they",
});

/** Words that may open a sentence before its subject ("But Trump …"). */
const CONJUNCTIONS = new Set(["but", "and", "however", "so", "yet"]);

/** Where a sentence's subject starts: after an opening phrase ("In recent days, Trump …"). */
function subjectStart(tokens: readonly Token[]): number {
  let k = 0;
  const first = tokens[0];
  // "In recent days, Trump …", "Talking about …, he said": skip the opening phrase (up to a comma
  // among the first 14 tokens, looked for only when the first word can open such a phrase).
  if (
    first &&
    (FUNCTION_WORDS.has(first.text) || first.lower.endsWith("ing") || first.lower.endsWith("ed"))
  ) {
    const comma = commaAfter(tokens, 0);
    if (comma !== undefined && comma < 14) k = comma + 1;
  }
  while (tokens[k] && CONJUNCTIONS.has(tokens[k]?.lower ?? "")) k++;
  return k;
}

/** Whether a sentence's subject is a name (resolvable later) rather than a pronoun. */
function subjectIsName(tokens: readonly Token[]): boolean {
  const word = tokens[subjectStart(tokens)];
  return !word || PRONOUNS[word.lower] === undefined;
}

/** Speech verbs whose subject, when out of reach, is the sentence's subject. */
const SUBJECT_TAKING_VERBS = new Set([
  "say",
  "describe",
  "tell",
  "warn",
  "admit",
  "insist",
  "claim",
  "argue",
  "announce",
  "deny",
  "confirm",
]);

/** Marks a cue whose subject is "you": imagined speech (`“I’m Batman,” you will say`). */
const HYPOTHETICAL = Symbol("hypothetical");
type Resolved = Entity | null | typeof HYPOTHETICAL;

/** Attributes every quotation and sentence of reported speech in the blocks. */
export function attribute(
  laidOut: readonly LaidOutBlock[],
  /** Told the share of blocks read so far, now and then (a long article takes seconds). */
  onProgress?: (fraction: number) => void,
): AttributionResult {
  const marked = findQuotes(laidOut.map((b) => b.text));
  // Every sentence is tokenized once, here: its names go to `sightings` (the registry needs the
  // whole article's before anything is resolved), and the rest of what its tokens say to `facts`.
  const sightings: NameSighting[] = [];
  const blocks: BlockData[] = laidOut.map((b, i) => {
    const quotes = marked[i] ?? [];
    const masked = maskQuotes(b.text, quotes);
    const sentences = splitSentences(b.text, i, quotes, masked);
    const facts = sentences.map((sentence) => {
      const tokens = tokenize(masked, sentence.start, sentence.end, quotes);
      collectSightings(tokens, i, sightings);
      return readSentence(sentence, tokens);
    });
    return { text: b.text, role: b.role, listItem: !!b.listItem, quotes, sentences, facts };
  });
  const registry = new EntityRegistry(sightings);
  const sightingsByBlock = new Map<number, NameSighting[]>();
  for (const s of sightings) {
    const b = Math.floor(s.position / 1e6);
    const list = sightingsByBlock.get(b);
    if (list) list.push(s);
    else sightingsByBlock.set(b, [s]);
  }
  /** The entity a sighting names, resolved once. */
  const sightingEntity = new Map<NameSighting, Entity>();
  const entityOf = (s: NameSighting) => {
    let e = sightingEntity.get(s);
    if (!e) {
      e = registry.byName({ type: "name", text: s.text, start: 0, end: 0, name: s.name });
      sightingEntity.set(s, e);
    }
    return e;
  };
  const context = new Context((later) =>
    "position" in later ? entityOf(later) : (subjectEntity(later) ?? NOBODY),
  );

  /** True while reading a headline, standfirst, heading or caption. */
  let inFrame = false;
  /**
   * Who has spoken so far in the sentence being read: "As Mashable reports, the company announced"
   * is about another company than the one reporting it.
   */
  const sentenceSpeakers: Entity[] = [];
  const resolve = (phrase: SpeakerPhrase | null, appositive: string | undefined, at: number): Resolved => {
    if (!phrase) return null;
    switch (phrase.type) {
      case "name": {
        // A headline's "Airline warns", "Carmaker recalls": a common noun, capitalised.
        const common = commonNounType(phrase);
        if (common)
          return resolve(
            { ...phrase, type: common, head: phrase.text.toLowerCase(), role: phrase.text.toLowerCase() },
            appositive,
            at,
          );
        return registry.byName(phrase, appositive);
      }
      case "pronoun": {
        if (phrase.pronoun === "you") return HYPOTHETICAL;
        if (phrase.pronoun === "i" || phrase.pronoun === "we") return null;
        if (phrase.pronoun === "it") return context.organisation();
        if (phrase.pronoun === "they") return context.lastGroup ?? context.organisation();
        return context.person(phrase.gender);
      }
      case "role":
        // An unnamed source ("a spokesman", "the minister") is kept as its description; a headline's
        // "Minister says" is only kept when it finds the minister the story names.
        return (
          registry.byRole(phrase, at) ??
          (inFrame ? null : registry.byEarlierDescription(phrase)) ??
          ((phrase.described || phrase.text.split(" ").length <= 4) && !inFrame
            ? registry.byGroup(phrase, "person")
            : null)
        );
      case "organisation":
      case "document": {
        // "her statement said", "Its letter said": a document speaks for whoever the possessive means.
        const owner =
          phrase.type === "document"
            ? POSSESSIVE_PRONOUNS[phrase.text.split(" ")[0]?.toLowerCase() ?? ""]
            : undefined;
        if (owner) {
          const author = resolve(
            {
              type: "pronoun",
              text: owner,
              start: phrase.start,
              end: phrase.start,
              pronoun: owner,
              ...(owner === "she"
                ? { gender: "f" as const }
                : owner === "he"
                  ? { gender: "m" as const }
                  : {}),
            },
            undefined,
            at,
          );
          if (author) return author;
        }
        return inFrame
          ? registry.byDescriptionIfNamed(phrase, at)
          : registry.byDescription(phrase, at, context.organisation(sentenceSpeakers));
      }
      case "group":
        // A headline's "opponents demand" is someone only when the story names that group too.
        if (inFrame) return registry.byEarlierDescription(phrase) ?? registry.existingGroup(phrase);
        return registry.byEarlierDescription(phrase) ?? registry.byGroup(phrase);
    }
  };

  /** Speech found per quotation (keyed by block and opening mark). */
  const quoteSpeech = new Map<MarkedQuote, { speaker: Entity | null; kind: QuoteKind; guessed?: boolean }>();
  /** Attributions found in the later paragraphs of multi-paragraph quotations. */
  const continuationSpeaker = new Map<MarkedQuote, Entity | null>();
  /** Quotations in headlines and captions with no cue: decided at the end, against the body. */
  const deferred: { quote: MarkedQuote; block: number }[] = [];
  /** Body quotations read as the writer's terms: speech after all if they echo an earlier quotation. */
  const echoes: { quote: MarkedQuote; block: number }[] = [];
  const indirect: Attribution[] = [];
  /** Speech without quotation marks that is still the speaker's own words: transcript lines. */
  const spoken: Attribution[] = [];
  const transcript = transcriptLines(blocks);
  /** The last speaker of each body block, for quote paragraphs with no cue. */
  const blockSpeaker = new Map<number, Entity>();
  /** The subject of each body block's last sentence that had one (a sentence's: resolved on demand). */
  const blockSubject = new Map<number, Entity | SentenceFacts>();
  let listSpeaker: Entity | null = null;
  /**
   * The last block whose masked text was made again (for `subjectOf`), and that text: the sentences
   * asked about come in runs from the same block.
   */
  const remasked: { block: BlockData | null; text: string } = { block: null, text: "" };

  // The body first, then headlines and captions: a headline's "Minister says" can then find the
  // minister the body names. (Headlines never change who the body's pronouns point to.)
  // (Two passes in reading order: a sort would ask the same of each block again and again.)
  const order: number[] = [];
  for (let i = 0; i < blocks.length; i++) if (!FRAME_ROLES.has((blocks[i] as BlockData).role)) order.push(i);
  for (let i = 0; i < blocks.length; i++) if (FRAME_ROLES.has((blocks[i] as BlockData).role)) order.push(i);
  let read = 0;
  for (const bi of order) {
    if (onProgress && ++read % 100 === 0) onProgress(read / order.length);
    const block = blocks[bi] as BlockData;
    const frame = FRAME_ROLES.has(block.role);
    inFrame = frame;
    if (!block.listItem) listSpeaker = null;
    let previousSentenceSpeaker: Entity | null = null;

    // "HARDING: I want my objection recorded.": the line is its speaker's own words.
    const line = transcript.get(bi);
    if (line) {
      const label = line.label.toLowerCase();
      const speaker = resolve(
        ROLE_NOUNS.has(label)
          ? {
              type: "role",
              text: `the ${label}`,
              start: 0,
              end: 0,
              role: label,
              head: label,
              described: true,
            }
          : { type: "name", text: titleCased(line.label), start: 0, end: 0, name: titleCased(line.label) },
        undefined,
        position(bi, 0),
      );
      if (speaker && speaker !== HYPOTHETICAL) {
        spoken.push({
          kind: "direct",
          speaker,
          spans: [{ block: bi, start: line.at, end: block.text.trimEnd().length }],
        });
        context.lastSpeaker = speaker;
        blockSpeaker.set(bi, speaker);
        continue;
      }
    }

    for (const facts of block.facts) {
      const { sentence, cues } = facts;
      // Resolve each cue's subject, inheriting where the sentence says "and said" or "saying".
      const resolved: { cue: Cue; entity: Resolved }[] = [];
      sentenceSpeakers.length = 0;
      for (const cue of cues) {
        const entity: Resolved =
          cue.how === "inherit" && !cue.subject
            ? (resolved[resolved.length - 1]?.entity ?? null)
            : resolve(cue.subject, cue.appositive, position(bi, cue.start));
        if (entity && entity !== HYPOTHETICAL && !frame) {
          // Speaking is evidence of a person (for the pronouns that follow), when it is one at all.
          if (entity.kind === "person") entity.evidence = true;
          entity.spoke = true;
          context.noteSubject(entity);
          sentenceSpeakers.push(entity);
        }
        resolved.push({ cue, entity });
      }
      // "Talking about …, he said": an opening participle shares the main clause's subject. A verb
      // whose subject is out of reach ("The mother of a woman who took … has described how …")
      // takes the sentence's subject.
      for (let k = 0; k < resolved.length; k++) {
        const r = resolved[k] as (typeof resolved)[number];
        if (r.entity || (r.cue.how !== "inherit" && r.cue.how !== "none")) continue;
        if (r.cue.how === "none" && !SUBJECT_TAKING_VERBS.has(r.cue.lemma)) continue;
        let later: Resolved = null;
        for (let n = k + 1; n < resolved.length && !later; n++)
          later = (resolved[n] as (typeof resolved)[number]).entity;
        const subject = later ?? sentenceSubject(subjectOf(block, facts));
        r.entity = subject;
        if (subject && subject !== HYPOTHETICAL && !frame) {
          if (subject.kind === "person") subject.evidence = true;
          subject.spoke = true;
        }
      }
      if (block.listItem && listSpeaker && resolved.length === 0)
        resolved.push({
          cue: { index: -1, start: 0, lemma: "say", subject: null, how: "inherit" },
          entity: listSpeaker,
        });

      // Each quotation in the sentence: speech or not, and whose.
      const quoteTokens = facts.quotes;
      /** Speakers of the sentence's direct quotations (a few at most, so a list). */
      const directSpeakers: (Entity | null)[] = [];
      for (const { quote, index: i } of quoteTokens) {
        if (quote.continued) {
          // The rest of a multi-paragraph quotation: its attribution, if here, serves the whole.
          const cue = chooseCue(resolved, i);
          if (cue && cue.entity !== HYPOTHETICAL) {
            continuationSpeaker.set(quote, cue.entity);
            directSpeakers.push(cue.entity);
          }
          continue;
        }
        const words = block.text.slice(quote.start, quote.end);
        const before = block.text.slice(sentence.start, quote.open);
        const afterClose = quote.close === null ? block.text.length : quote.close + 1;
        const after = block.text.slice(afterClose, sentence.end);
        if (termMarkerBefore(before, after)) continue;
        // Counted to 7 at most: the tests below only ask "none", "at most 2", "at least 3", "at most 6".
        const wordCount = countWords(words, 7);
        // "Lorenz, “the father of chaos,” …": an epithet in apposition to a name. (The text before is
        // searched last: that pattern is tried at every position of it.)
        if (wordCount <= 6 && /^(?:the|a|an)\s/i.test(words) && /[\p{Lu}][\p{L}'’.-]*,\s*$/u.test(before))
          continue;
        const cue = chooseCue(resolved, i);
        const cueAdjacent = cue !== null && Math.abs(cue.cue.index - i) <= 3;
        if (wordCount === 0) continue;
        // A headline's "Khamenei: ‘No war’", "Fact-Checker David Emery: ‘Are There …?’": a name and a
        // colon before the quotation, when the story shows that person speaking.
        const headlineName = frame && !cue ? HEADLINE_SPEAKER.exec(before)?.[1] : undefined;
        if (headlineName) {
          const speaker = resolve(
            { type: "name", text: headlineName, start: 0, end: 0, name: headlineName },
            undefined,
            0,
          );
          if (speaker && speaker !== HYPOTHETICAL && speaker.spoke) {
            quoteSpeech.set(quote, { speaker, kind: isSentenceLike(words) ? "direct" : "partial" });
            continue;
          }
        }
        // (Most quotations have a cue next to them: that is asked first, the words' case only if not.)
        if (!cueAdjacent && isTitleCase(words) && !(cue && /[,.!?]$/.test(words) && isSentenceLike(words))) {
          if (frame) deferred.push({ quote, block: bi });
          continue;
        }
        // "your “crap” list", "what I call the “surveillance economy”", "that “a-ha” moment": a few
        // words after a determiner or before a noun are a term the writer marks, unless someone
        // the story names is saying them.
        if (
          !frame &&
          wordCount <= 4 &&
          termInPlace(
            before,
            after,
            words,
            cue !== null && Math.abs(cue.cue.index - i) <= 3,
            !!cue?.entity && cue.entity !== HYPOTHETICAL,
          )
        ) {
          // (Unless it repeats what someone said before: "This “mathematical trick” was …".)
          echoes.push({ quote, block: bi });
          continue;
        }
        // "The “improvements” promised …, locals complained": a word or two in quotes, far before the
        // verb, is the writer's irony, not the speaker's words.
        if (cue && cue.cue.index > i + 3 && wordCount <= 2 && !/[,.!?]$/.test(words)) continue;
        const cueBefore = cue !== null && cue.cue.index < i;
        const kind = quoteKind(block.text, quote, sentence.start, sentence.end, cueBefore);
        if (cue) {
          if (cue.entity === HYPOTHETICAL) continue;
          quoteSpeech.set(quote, { speaker: cue.entity, kind });
          if (kind === "direct") directSpeakers.push(cue.entity);
          if (cue.entity) {
            context.lastSpeaker = cue.entity;
            if (!frame) blockSpeaker.set(bi, cue.entity);
          }
          continue;
        }
        // No cue in the sentence.
        if (frame) {
          deferred.push({ quote, block: bi });
          continue;
        }
        // "Perez is more blunt: “…”": a clause ending in a colon introduces its subject's words.
        if (/:\s*$/.test(before) && isSentenceLike(words)) {
          // "a question came from a member of the audience: “…”": a noun of speech from someone.
          const from = SPEECH_FROM.exec(before)?.[1];
          const asker = from
            ? resolve(
                /^\p{Lu}/u.test(from)
                  ? { type: "name", text: from, start: 0, end: 0, name: from }
                  : {
                      type: "role",
                      text: from,
                      start: 0,
                      end: 0,
                      role: from,
                      head: from.split(" ")[1] ?? from,
                      described: true,
                    },
                undefined,
                position(bi, sentence.start),
              )
            : null;
          const subject = asker && asker !== HYPOTHETICAL ? asker : sentenceSubject(subjectOf(block, facts));
          // (Someone the story shows can speak: "New signs in stores …:" cannot.)
          const speaks =
            subject &&
            (subject.kind === "person"
              ? subject.evidence
              : subject.kind === "organisation"
                ? subject.spoke || looksLikeOrganisation(subject.name)
                : subject.kind === "group");
          if (subject && speaks) {
            quoteSpeech.set(quote, { speaker: subject, kind: "direct" });
            directSpeakers.push(subject);
            context.lastSpeaker = subject;
            blockSpeaker.set(bi, subject);
            continue;
          }
        }
        // "“A bridge nobody wanted.” ― Ana Ruiz, campaigner": a pull-quote credited after a bar or a dash.
        const credited = PULL_QUOTE_CREDIT.exec(block.text.slice(afterClose));
        if (credited?.[1]) {
          const speaker = resolve(
            { type: "name", text: credited[1], start: 0, end: 0, name: credited[1] },
            undefined,
            position(bi, afterClose),
          );
          if (speaker && speaker !== HYPOTHETICAL) {
            quoteSpeech.set(quote, { speaker, kind: "direct" });
            directSpeakers.push(speaker);
            continue;
          }
        }
        const opensBlock = block.text.slice(0, quote.open).trim() === "";
        if (opensBlock && isSentenceLike(words)) {
          const speaker = previousBodySpeaker(bi) ?? context.lastSpeaker;
          quoteSpeech.set(quote, { speaker, kind: "direct", guessed: true });
          if (speaker) {
            context.lastSpeaker = speaker;
            blockSpeaker.set(bi, speaker);
          }
          continue;
        }
        // "“A,” he said. “B.”": a quotation after an attributed sentence continues it.
        if (previousSentenceSpeaker && (isSentenceLike(words) || wordCount >= 3)) {
          quoteSpeech.set(quote, {
            speaker: previousSentenceSpeaker,
            kind: opensSentence(before) ? "direct" : "partial",
          });
        }
        // Otherwise: scare quotes or a term; not speech.
      }

      // Reported speech: the sentence, once per speaker, unless a direct quotation carries it.
      // Each speaker once, in cue order (a sentence has a few cues at most, so a list).
      const speakers: Entity[] = [];
      for (const r of resolved)
        if (r.entity && r.entity !== HYPOTHETICAL && !speakers.includes(r.entity)) speakers.push(r.entity);
      for (const speaker of speakers) {
        if (directSpeakers.includes(speaker)) continue;
        indirect.push({
          kind: "indirect",
          speaker,
          spans: [{ block: bi, start: sentence.start, end: sentence.end }],
        });
        context.lastSpeaker = speaker;
        if (!frame) blockSpeaker.set(bi, speaker);
      }
      const first = speakers[0] ?? null;
      facts.speaker = first;
      if (first) previousSentenceSpeaker = first;
      else if (quoteTokens.some((q) => quoteSpeech.get(q.quote)?.speaker))
        previousSentenceSpeaker =
          quoteSpeech.get(quoteTokens.at(-1)?.quote as MarkedQuote)?.speaker ?? previousSentenceSpeaker;

      // Who the sentence is about, for later pronouns: every person it names, its subject last.
      if (!frame) {
        for (const s of sightingsByBlock.get(bi) ?? [])
          if (s.position % 1e6 >= sentence.start && s.position % 1e6 < sentence.end) context.noteMention(s);
        // Resolved now when it is a pronoun (its antecedent is what the reader has in mind now),
        // otherwise only if something later asks.
        if (facts.subjectIsName) {
          context.noteMention(facts);
          blockSubject.set(bi, facts);
        } else {
          const subject = sentenceSubject(subjectOf(block, facts));
          if (subject) {
            context.noteSubject(subject);
            if (subject.kind === "person") blockSubject.set(bi, subject);
          }
        }
      }
      // "President Obama also said:" opens a list of what he said.
      if (first && /:\s*$/.test(block.text.slice(sentence.start, sentence.end))) listSpeaker = first;
    }
  }

  /** The speaker of the nearest body paragraph before `bi` (captions and headings skipped). */
  function previousBodySpeaker(bi: number): Entity | null {
    for (let j = bi - 1; j >= 0; j--) {
      const b = blocks[j] as BlockData;
      if (FRAME_ROLES.has(b.role)) continue;
      const later = blockSubject.get(j);
      const subject = later === undefined || isEntity(later) ? later : subjectEntity(later);
      return blockSpeaker.get(j) ?? (subject?.kind === "person" ? subject : null) ?? firstPersonIn(j);
    }
    return null;
  }

  /** The first person named in a block ("But for Parata and his family …" → Parata). */
  function firstPersonIn(bi: number): Entity | null {
    for (const s of sightingsByBlock.get(bi) ?? []) {
      const entity = entityOf(s);
      if (entity.kind === "person") return entity;
    }
    return null;
  }

  /** The entity a sentence is about, resolved the first time something asks. */
  function subjectEntity(facts: SentenceFacts): Entity | null {
    const block = blocks[facts.sentence.block] as BlockData;
    if (facts.subjectEntity === undefined) facts.subjectEntity = sentenceSubject(subjectOf(block, facts));
    return facts.subjectEntity;
  }

  /**
   * A sentence's subject phrases, read from its tokens again when they were left unread. (The masked
   * text is made again too, rather than kept for every block for the few sentences that need it.)
   */
  function subjectOf(block: BlockData, facts: SentenceFacts): SubjectPhrases {
    const { start, end } = facts.sentence;
    facts.subject ??= subjectPhrases(tokenize(maskedText(block), start, end, block.quotes));
    return facts.subject;
  }

  /** A block's masked text, made again (see `remasked`). */
  function maskedText(block: BlockData): string {
    if (block !== remasked.block) {
      remasked.block = block;
      remasked.text = maskQuotes(block.text, block.quotes);
    }
    return remasked.text;
  }

  /** The entity a sentence is about: its subject phrases resolved, the aside's name first. */
  function sentenceSubject({ aside, main }: SubjectPhrases): Entity | null {
    if (aside) {
      const entity = resolve(aside.phrase, aside.appositive, aside.at);
      if (entity && entity !== HYPOTHETICAL) return entity;
    }
    if (!main) return null;
    const entity = resolve(main.phrase, main.appositive, main.at);
    return entity && entity !== HYPOTHETICAL ? entity : null;
  }

  // Headline and caption quotations with no cue: speech when the body says the same words. A term
  // in the body is speech when it repeats words someone said before it.
  for (const { quote, block } of [...deferred, ...echoes]) {
    const words = fold(blocks[block]?.text.slice(quote.start, quote.end) ?? "").replace(/[.,!?…]+$/, "");
    if (countWords(words, 1) === 0) continue;
    const echo = !FRAME_ROLES.has(blocks[block]?.role ?? "body");
    // (An echo repeats a phrase, not one word: "neon" alone is only a word both use; a headline's
    // one word is speech when it is a whole quotation of the body, as “Unprecedented” is.)
    const oneWord = countWords(words, 2) < 2;
    if (echo && oneWord) continue;
    for (const [other, speech] of quoteSpeech) {
      if (echo && (!speech.speaker || position(other.block, other.start) > position(block, quote.start)))
        continue;
      const text = fold(blocks[other.block]?.text.slice(other.start, other.end) ?? "");
      if (other !== quote && (oneWord ? text.replace(/[.,!?…]+$/, "") === words : text.includes(words))) {
        quoteSpeech.set(quote, {
          speaker: speech.speaker,
          kind: isSentenceLike(words) ? "direct" : "partial",
        });
        break;
      }
    }
  }

  // Quotations with their continuations (multi-paragraph quotes) become one attribution each.
  const quotes: Attribution[] = [];
  for (const [quote, speech] of quoteSpeech) {
    const spans = [{ block: quote.block, start: quote.start, end: quote.end }];
    let part = quote;
    let speaker = speech.speaker;
    let guessed = speech.guessed === true || speaker === null;
    while (part.continues) {
      const next = blocks[part.block + 1]?.quotes[0];
      if (!next?.continued) break;
      spans.push({ block: next.block, start: next.start, end: next.end });
      // An attribution in a later paragraph beats a guess made at the first one.
      const stated = continuationSpeaker.get(next);
      if (guessed && stated) {
        speaker = stated;
        guessed = false;
      }
      part = next;
    }
    quotes.push({ kind: speech.kind, speaker, spans });
  }
  const all = [...quotes, ...spoken, ...indirect].sort((a, b) => {
    const x = a.spans[0];
    const y = b.spans[0];
    return (
      (x?.block ?? 0) - (y?.block ?? 0) ||
      (x?.start ?? 0) - (y?.start ?? 0) ||
      // Reported speech before the quotation it holds; otherwise found order (the sort is stable).
      (a.kind === "indirect" ? 0 : 1) - (b.kind === "indirect" ? 0 : 1)
    );
  });
  return {
    quotes: all,
    entities: registry.all(),
    sentences: blocks.map((b) => b.sentences),
    sentenceSpeakers: blocks.map((b) => b.facts.map((f) => f.speaker)),
  };
}

/** The index of the first comma after token `k`, if any. */
function commaAfter(tokens: readonly Token[], k: number): number | undefined {
  for (let i = k + 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "punct" && t.text === ",") return i;
  }
  return undefined;
}

/** Articles and demonstratives after which quoted words are a term: "the “surveillance economy”". */
const TERM_ARTICLE = /(?:^|\s)(?:the|a|an|this|that|these|those|your|every|each|personal)\s*$/i;
/** Possessives, which may introduce a speaker's own words: "his “biggest frustration”". */
const TERM_POSSESSIVE = /(?:^|\s)(?:my|our|their|its|his|her)\s*$/i;
/** Words after a quotation that show it is not a noun's modifier: "“crap” and", "“no” to". */
const NOT_A_NOUN = new Set(
  "and or but to of in on at by for from with as than that which who is was were are be been has have had will would can could should may might not so then when while if because it it's it’s he she they we you i".split(
    " ",
  ),
);

/**
 * Whether quoted words (four at most) sit where a term the writer marks does, not someone's words:
 * after an article ("what I call the “surveillance economy”", "that “a-ha” moment"), after a
 * participle and "as" ("listed as “crap”"), coordinated with another term, or before the noun they
 * modify ("your “crap” list"). Words someone in the sentence says are theirs wherever they stand
 * ("is the “single leading factor”, the CDC says").
 */
function termInPlace(
  before: string,
  after: string,
  words: string,
  cueNextToIt: boolean,
  spoken: boolean,
): boolean {
  if (/[!?]$/.test(words.trim()) && /^\p{Lu}/u.test(words)) return false;
  const next = /^\s*([\p{Ll}][\p{L}-]*)/u.exec(after)?.[1];
  const nounAfter =
    next !== undefined &&
    !NOT_A_NOUN.has(next) &&
    !/(?:ly|ing|ed)$/.test(next) &&
    !/[,.;:]$/.test(words.trim());
  // "kept a “complaints” folder": between an article and its noun, a term even in someone's sentence.
  if (TERM_ARTICLE.test(before) && nounAfter && !cueNextToIt) return true;
  if (spoken) return false;
  if (TERM_ARTICLE.test(before) && !(cueNextToIt && /that\s*$/i.test(before))) return true;
  if (TERM_POSSESSIVE.test(before)) return true;
  // "listed as “crap”", "classified as “urgent”" (not "described as", which reports words).
  if (/\b(?!described\b|quoted\b)\p{L}+ed as\s*$/u.test(before)) return true;
  // "the “sometimes need” and “want” lists": terms coordinated.
  if (/[”"’']\s*(?:and|or)\s*$/.test(before) || (/^\s*(?:and|or)\s*[“"‘']/.test(after) && !cueNextToIt))
    return true;
  // (Before a noun only when no verb of saying stands next to it, and nothing ends in it:
  // "described as “unprecedented” left …", "“It is a promise,” Reyes said".)
  if (cueNextToIt || /[,.;:]$/.test(words.trim())) return false;
  return next !== undefined && !NOT_A_NOUN.has(next) && !/ly$/.test(next);
}

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

/** "HARDING" → "Harding", "DANA PIKE" → "Dana Pike"; a name printed otherwise stays as it is. */
const titleCased = (label: string) =>
  /\p{Ll}/u.test(label)
    ? label
    : label.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());

const fold = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').trim();

/** The sentence opens with the quotation (nothing but punctuation before it). */
const opensSentence = (before: string) => /^[\s(["“‘']*$/.test(before);

/** The cue a quotation belongs to: an attribution right after it, else the verb before it, else after. */
function chooseCue(resolved: { cue: Cue; entity: Resolved }[], quoteIndex: number) {
  if (resolved.length === 0) return null;
  const after = resolved.find((r) => r.cue.index > quoteIndex);
  let before: (typeof resolved)[number] | undefined;
  for (let k = resolved.length - 1; k >= 0 && !before; k--)
    if ((resolved[k] as (typeof resolved)[number]).cue.index < quoteIndex) before = resolved[k];
  if (after && (!before || after.cue.index - quoteIndex <= 4)) return after;
  if (before) return before;
  return after ?? resolved[0] ?? null;
}
