/**
 * The reading pass: the article's blocks in reading order (the body first, then headlines and
 * captions), each sentence's cues resolved to speakers, its quotations decided, its reported speech
 * recorded, and its subject noted for the pronouns that follow. It keeps the little a reader keeps:
 * who the story is about now (`Context`), who spoke last, each paragraph's speaker.
 */
import type { QuoteKind } from "../article";
import { Context, isEntity, NOBODY } from "./context";
import type { Cue } from "./cues";
import { type Entity, type EntityRegistry, looksLikeOrganisation, type NameSighting } from "./entities";
import { FIRST_PERSON_SINGULAR, ROLE_NOUNS } from "./lexicon";
import { phraseStartingAt, type SpeakerPhrase } from "./noun-phrases";
import {
  type Pending,
  type QuotationReading,
  type ResolvedCue,
  readQuotations,
  type Speech,
  settlePending,
  settlePullQuotes,
} from "./quotations";
import type { MarkedQuote } from "./quote-marks";
import { HYPOTHETICAL, type Resolved, Resolver } from "./resolve";
import {
  type BlockData,
  FRAME_ROLES,
  position,
  type SentenceFacts,
  type SubjectPhrases,
  subjectPhrases,
} from "./sentence-facts";
import { maskQuotes } from "./sentences";
import { countWords } from "./speech";
import { tokenize } from "./tokens";
import { titleCased, transcriptLines, unmarkedQuotations } from "./transcripts";
import { type BodyWords, markCommonOpening } from "./vocabulary";

/** A quotation or sentence of reported speech, attributed. */
export interface Attribution {
  kind: QuoteKind;
  speaker: Entity | null;
  /** One span per block, in reading order (offsets into the block's text). */
  spans: { block: number; start: number; end: number }[];
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

/** Two or more plain capitalised words: "Hikmatullah Shadman" (not "Just-released Minecraft"). */
const FULL_NAME = /^\p{Lu}[\p{Ll}'’]+(?: \p{Lu}[\p{Ll}'’]+)+$/u;

/** Verbs whose object is the person spoken to: "he told Cook" is not Cook speaking. */
const ADDRESSING = new Set(["tell", "ask", "thank", "inform", "remind", "assure", "warn", "urge", "answer"]);
/** The name right after such a verb, titles included ("told Cook", "asked Ms Ruiz"). */
const ADDRESSEE = /^\S+\s+((?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})/u;

/** Conjunctions that open a sentence with a clause of its own: "When …, he said". */
const OPENING_CLAUSE = /^(?:When|After|As|While|Before|Although|Though|Because|Once|Since|Until)\s/;

/** Words for a research team's members. */
const RESEARCHERS_WORD = /\b(?:researchers|scientists|investigators)\b/;
/**
 * A research team introduced with where it works: "a team of researchers at Columbia University",
 * "scientists from Harbour University" (group 1: the members and where, for the head).
 */
const RESEARCH_TEAM_INTRODUCED =
  /\b(?:(?:[Aa]n?|[Oo]ne)\s+(?:\p{Ll}+\s+)?(?:team|group)\s+of\s+(?:\p{Ll}+\s+)?)?((?:researchers|scientists|investigators)\s+(?:at|from)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}’'-]*)*)/u;

/** One reading of an article's blocks; `read` each block in order, then `settle`. */
export class Reading implements QuotationReading {
  readonly quoteSpeech = new Map<MarkedQuote, Speech>();
  readonly continuationSpeaker = new Map<MarkedQuote, Entity | null>();
  readonly deferred: Pending[] = [];
  readonly echoes: Pending[] = [];
  readonly blockSpeaker = new Map<number, Entity>();
  openingGuess: MarkedQuote | null = null;
  readonly context: Context;
  /** Sentences of reported speech, attributed. */
  readonly indirect: Attribution[] = [];
  /** Speech without quotation marks that is still the speaker's own words: transcript lines. */
  readonly spoken: Attribution[] = [];

  private readonly resolver: Resolver;
  /** The subject of each body block's last sentence that had one (a sentence's: resolved on demand). */
  private readonly blockSubject = new Map<number, Entity | SentenceFacts>();
  private readonly transcript: ReturnType<typeof transcriptLines>;
  /** Paragraphs that may be block quotations without their marks (see `unmarkedQuotations`). */
  private readonly unmarked: Set<number>;
  private readonly sightingsByBlock = new Map<number, NameSighting[]>();
  /** Each block's sightings by where they stand in it, with their place in its list. */
  private readonly sightingsSorted = new Map<number, { at: number; index: number }[]>();
  /** The entity a sighting names, resolved once. */
  private readonly sightingEntity = new Map<NameSighting, Entity>();
  /** The speaker of a list introduced by a colon ("President Obama also said:"). */
  private listSpeaker: Entity | null = null;
  /**
   * The last block whose masked text was made again (for `subjectOf`), and that text: the sentences
   * asked about come in runs from the same block.
   */
  private readonly remasked: { block: BlockData | null; text: string } = { block: null, text: "" };

  constructor(
    private readonly blocks: readonly BlockData[],
    sightings: readonly NameSighting[],
    private readonly registry: EntityRegistry,
    private readonly bodyWords: BodyWords,
  ) {
    for (const s of sightings) {
      const b = Math.floor(s.position / 1e6);
      const list = this.sightingsByBlock.get(b);
      if (list) list.push(s);
      else this.sightingsByBlock.set(b, [s]);
    }
    for (const [b, list] of this.sightingsByBlock)
      this.sightingsSorted.set(
        b,
        list.map((s, index) => ({ at: s.position % 1e6, index })).sort((x, y) => x.at - y.at),
      );
    this.context = new Context(
      (later) => {
        if ("position" in later) return this.entityOf(later);
        const subject = this.subjectEntity(later) ?? NOBODY;
        // A full name as a sentence's subject is evidence enough of a person for the pronouns after it
        // ("Hikmatullah Shadman launched a contest. … “…,” he says.").
        // (A headline's "Job Woes Linger" is no one's name, though "Job creation …" opens a sentence.)
        if (
          subject.kind === "person" &&
          !subject.evidence &&
          FULL_NAME.test(subject.name) &&
          this.namedInBody(subject.name)
        )
          subject.evidence = true;
        return subject;
      },
      (group) => registry.bodyOfPeople(group),
    );
    this.resolver = new Resolver(registry, this.context);
    this.resolver.storyPerson = () => this.storyPerson();
    this.transcript = transcriptLines(blocks);
    this.unmarked = unmarkedQuotations(
      blocks.map((b) => ({
        text: b.text,
        role: b.role,
        listItem: b.listItem,
        quoted: b.quotes.length > 0,
        masked: () => maskQuotes(b.text, b.quotes),
        cued: b.facts.some((f) => f.cues.length > 0),
      })),
    );
  }

  resolve(phrase: SpeakerPhrase | null, appositive: string | undefined, at: number): Resolved {
    return this.resolver.resolve(phrase, appositive, at);
  }

  /** Whether the body (not a headline or caption) prints this name whole. */
  private namedInBody(name: string): boolean {
    if (!this.bodyNames) {
      this.bodyNames = new Set();
      for (const [bi, sightings] of this.sightingsByBlock)
        if (!FRAME_ROLES.has((this.blocks[bi] as BlockData).role))
          for (const s of sightings) this.bodyNames.add(s.name);
    }
    return this.bodyNames.has(name);
  }
  private bodyNames: Set<string> | null = null;

  /**
   * The person the story opens on: the first person named in full who is a subject or a speaker in
   * the first paragraph of the body, or, when that paragraph's speaker is only described ("…, a
   * Home Office minister has said."), in the paragraph after it. Null until those are read.
   */
  storyPerson(): Entity | null {
    if (this.opener !== undefined) return this.opener;
    // (Resolving the opening's subjects may ask again, for a description there: that inner question
    // finds no one.)
    if (this.findingOpener) return null;
    this.findingOpener = true;
    try {
      return this.findStoryPerson();
    } finally {
      this.findingOpener = false;
    }
  }
  private findingOpener = false;

  private findStoryPerson(): Entity | null {
    let paragraphs = 0;
    for (let bi = 0; bi < this.blocks.length && paragraphs < 2; bi++) {
      const block = this.blocks[bi] as BlockData;
      if (block.role !== "body" || block.sentences.length === 0) continue;
      paragraphs++;
      if (bi > this.lastRead) return null;
      let described = false;
      for (const facts of block.facts)
        for (const who of [facts.speaker, this.subjectEntity(facts)]) {
          if (who?.kind !== "person") continue;
          if (who.head !== undefined) described = true;
          else if (who.evidence && /\s/.test(who.name)) {
            this.opener = who;
            return who;
          }
        }
      if (!described) break;
    }
    this.opener = null;
    return null;
  }
  /** The person the story opens on, once known (undefined: not yet worked out). */
  private opener: Entity | null | undefined = undefined;
  /** The last block read to its end. */
  private lastRead = -1;

  /** Reads one block: its transcript line, or each of its sentences. */
  read(bi: number) {
    this.readBlock(bi);
    this.lastRead = Math.max(this.lastRead, bi);
  }

  private readBlock(bi: number) {
    const block = this.blocks[bi] as BlockData;
    const frame = FRAME_ROLES.has(block.role);
    this.resolver.inFrame = frame;
    if (!block.listItem) this.listSpeaker = null;
    if (this.readTranscriptLine(bi, block) || this.readUnmarkedQuotation(bi, block)) return;
    let previousSentenceSpeaker: Entity | null = null;
    for (const facts of block.facts)
      previousSentenceSpeaker = this.readSentence(bi, block, facts, frame, previousSentenceSpeaker);
  }

  /** "…, Zuckerberg said. / I've been building relationships …": a block quotation that lost its marks. */
  private readUnmarkedQuotation(bi: number, block: BlockData): boolean {
    if (!this.unmarked.has(bi)) return false;
    const speaker = this.blockSpeaker.get(bi - 1);
    if (speaker?.kind !== "person") return false;
    this.spoken.push({
      kind: "direct",
      speaker,
      spans: [{ block: bi, start: 0, end: block.text.trimEnd().length }],
    });
    this.context.lastSpeaker = speaker;
    this.blockSpeaker.set(bi, speaker);
    return true;
  }

  /** "HARDING: I want my objection recorded.": the line is its speaker's own words. */
  private readTranscriptLine(bi: number, block: BlockData): boolean {
    const line = this.transcript.get(bi);
    if (!line) return false;
    const label = line.label.toLowerCase();
    const speaker = this.resolve(
      ROLE_NOUNS.has(label)
        ? { type: "role", text: `the ${label}`, start: 0, end: 0, role: label, head: label, described: true }
        : { type: "name", text: titleCased(line.label), start: 0, end: 0, name: titleCased(line.label) },
      undefined,
      position(bi, 0),
    );
    if (!speaker || speaker === HYPOTHETICAL) return false;
    this.spoken.push({
      kind: "direct",
      speaker,
      spans: [{ block: bi, start: line.at, end: block.text.trimEnd().length }],
    });
    this.context.lastSpeaker = speaker;
    this.blockSpeaker.set(bi, speaker);
    return true;
  }

  /** Reads one sentence; returns who it was said by, for a quotation after it (`“A,” he said. “B.”`). */
  private readSentence(
    bi: number,
    block: BlockData,
    facts: SentenceFacts,
    frame: boolean,
    previousSentenceSpeaker: Entity | null,
  ): Entity | null {
    const { sentence } = facts;
    const resolved = this.resolveCues(bi, block, facts, frame);
    this.nameGuessedSpeaker(bi, block, facts, resolved);
    const directSpeakers = readQuotations(this, bi, block, facts, resolved, frame, previousSentenceSpeaker);
    const first = this.reportSpeech(bi, facts, resolved, directSpeakers, frame);
    let speaker = previousSentenceSpeaker;
    if (first) speaker = first;
    else if (facts.quotes.some((q) => this.quoteSpeech.get(q.quote)?.speaker))
      speaker = this.quoteSpeech.get(facts.quotes.at(-1)?.quote as MarkedQuote)?.speaker ?? speaker;
    if (!frame) {
      this.noteSubject(bi, block, facts);
      // "The craft broke up over Siberia, Roscosmos said. It said …": a speaker named after the
      // words reported is the main clause's subject, whatever the reported clause opened with, and
      // what a pronoun next means.
      const cue = first ? resolved.find((r) => r.entity === first)?.cue : undefined;
      const from = Math.min(cue?.start ?? 0, cue?.subject?.start ?? Number.POSITIVE_INFINITY);
      if (first && cue && /\S\s*,\s*$/.test(block.text.slice(sentence.start, from)))
        this.context.noteSubject(first);
      // ("“…,” says Brian Ahmedani, director of research at the Henry Ford Health System in Detroit,
      // who …. / …, he says.": a speaker named with an aside is what "he" next means, not the
      // bodies and places the aside names after him.)
      // (So is one who is the sentence's subject, "He said … Prince Charles's marriage plans. / …,
      // he said.": not one in a clause of its own, "Lucy tracked him down after her mother told
      // her …".)
      else if (
        first?.kind === "person" &&
        cue &&
        (cue.how === "right" ||
          cue.appositive !== undefined ||
          this.subjectOf(block, facts).main?.phrase.start === cue.subject?.start)
      )
        this.context.noteSubject(first);
    }
    // "President Obama also said:" opens a list of what he said.
    if (first && /:\s*$/.test(block.text.slice(sentence.start, sentence.end))) this.listSpeaker = first;
    return speaker;
  }

  /**
   * `“… these issues.” Dr Tamimi said the main issues were …`: a sentence that opens with its speaker
   * and a verb of saying names who said the quotation before it, which was only guessed.
   */
  private nameGuessedSpeaker(
    bi: number,
    block: BlockData,
    facts: SentenceFacts,
    resolved: readonly ResolvedCue[],
  ) {
    const quote = this.openingGuess;
    this.openingGuess = null;
    if (!quote || quote.block !== bi) return;
    const first = resolved[0];
    const subject = first?.cue.subject;
    const speech = this.quoteSpeech.get(quote);
    if (
      !speech?.guessed ||
      !first?.entity ||
      first.entity === HYPOTHETICAL ||
      first.cue.how !== "left" ||
      !subject ||
      // (Only titles before the subject: "Dr Tamimi said".)
      !/^(?:\p{Lu}[\p{L}.]*\s+)*$/u.test(block.text.slice(facts.sentence.start, subject.start))
    )
      return;
    speech.speaker = first.entity;
    speech.guessed = false;
    this.blockSpeaker.set(bi, first.entity);
  }

  /** The person a verb of telling names right after it: "told Cook", "asked Ms Ruiz". */
  private addresseeOf(bi: number, block: BlockData, cue: Cue): Entity | null {
    // (Without a full stop that ends the sentence: "he told Ruiz.")
    const named = ADDRESSEE.exec(block.text.slice(cue.start, cue.start + 80))?.[1]?.replace(
      /(?<!\b\p{Lu})\.$/u,
      "",
    );
    if (!named) return null;
    const entity = this.resolver.named(named, position(bi, cue.start));
    return entity?.kind === "person" ? entity : null;
  }

  /** Each cue's subject resolved, inheriting where the sentence says "and said" or "saying". */
  private resolveCues(bi: number, block: BlockData, facts: SentenceFacts, frame: boolean): ResolvedCue[] {
    const resolved: ResolvedCue[] = [];
    const { sentenceSpeakers } = this.resolver;
    sentenceSpeakers.length = 0;
    let own: { entity: Entity | null; at: number } | undefined;
    this.resolver.sentenceSubject = () => {
      if (own) return own;
      // (Set before asking: resolving the subject may resolve a pronoun, which asks again.)
      own = { entity: null, at: Number.POSITIVE_INFINITY };
      const { aside, main } = this.subjectOf(block, facts);
      const phrase = aside ?? main;
      if (phrase && phrase.phrase.type !== "pronoun")
        own = { entity: this.sentenceSubjectOf(block, facts), at: phrase.phrase.start };
      else {
        // "When Afghan President Ashraf Ghani announced the exchange, he said …": the subject of
        // the clause the sentence opens with is who its "he" is.
        const opening = this.openingClauseSubject(block, facts);
        if (opening) {
          const entity = this.resolve(opening, undefined, opening.start);
          if (entity && entity !== HYPOTHETICAL) own = { entity, at: opening.start };
        }
      }
      return own;
    };
    for (const cue of facts.cues) {
      // ("The staff member recalled that he said, “I'll …”": a pronoun framing a quotation inside
      // another's report is someone other than the reporter.)
      const framesQuote =
        cue.subject?.type === "pronoun" &&
        facts.quotes.some((q) => q.index > cue.index && q.index - cue.index <= 2);
      const reporter = framesQuote ? resolved.findLast((r) => r.entity)?.entity : undefined;
      this.resolver.addressee =
        cue.subject?.type === "pronoun" && ADDRESSING.has(cue.lemma)
          ? this.addresseeOf(bi, block, cue)
          : reporter && reporter !== HYPOTHETICAL && reporter.kind === "person"
            ? reporter
            : null;
      // ("“…,” the company said, adding that …": the phrase a verb before shared is read once.)
      const subject = cue.subject;
      const shared = subject
        ? resolved.find((r) => r.cue.subject?.start === subject.start && r.cue.subject.text === subject.text)
        : undefined;
      // ("Mr Blair has failed to tackle these problems, he claimed": a pronoun after a comma, after
      // what it reports, is never that report's subject.)
      // (Not the sentence's own subject after an opening clause: "When Ana Ruiz announced the
      // exchange, she said …".)
      this.resolver.afterReport =
        subject?.type === "pronoun" &&
        /,\s*$/.test(block.text.slice(Math.max(0, subject.start - 4), subject.start)) &&
        this.subjectOf(block, facts).main?.phrase.start !== subject.start;
      const entity: Resolved = shared
        ? shared.entity
        : cue.how === "inherit" && !subject
          ? (resolved[resolved.length - 1]?.entity ?? null)
          : this.resolve(subject, cue.appositive, position(bi, cue.start));
      this.resolver.addressee = null;
      this.resolver.afterReport = false;
      if (entity && entity !== HYPOTHETICAL && !frame) {
        // Speaking is evidence of a person (for the pronouns that follow), when it is one at all.
        if (entity.kind === "person") entity.evidence = true;
        entity.spoke = true;
        this.context.noteSubject(entity);
        // ("A spokeswoman for Harbour Ferries said …. She said: “…”": the spokeswoman again, for the
        // body she speaks for. Only an unnamed one: "the Tory spokesman" may be someone named.)
        const spokesperson =
          entity.kind !== "person" && subject
            ? (UNNAMED_SPOKESPERSON.exec(subject.text) ??
              SPOKESPERSON_FOR.exec(block.text.slice(Math.max(0, subject.start - 40), subject.start)))
            : null;
        if (spokesperson) this.context.noteSpokesperson(entity, SPOKESPERSON_GENDER[spokesperson[1] ?? ""]);
        sentenceSpeakers.push(entity);
      }
      resolved.push({ cue, entity });
    }
    // "Talking about …, he said": an opening participle shares the main clause's subject. A verb
    // whose subject is out of reach ("The mother of a woman who took … has described how …")
    // takes the sentence's subject.
    for (let k = 0; k < resolved.length; k++) {
      const r = resolved[k] as ResolvedCue;
      if (r.entity || (r.cue.how !== "inherit" && r.cue.how !== "none")) continue;
      if (r.cue.how === "none" && !SUBJECT_TAKING_VERBS.has(r.cue.lemma)) continue;
      let later: Resolved = null;
      for (let n = k + 1; n < resolved.length && !later; n++) later = (resolved[n] as ResolvedCue).entity;
      const subject = later ?? this.sentenceSubjectOf(block, facts);
      r.entity = subject;
      if (subject && subject !== HYPOTHETICAL && !frame) {
        if (subject.kind === "person") subject.evidence = true;
        subject.spoke = true;
      }
    }
    // (A list's items that are sentences: not a table's cells, "Release Date", "4.2.3".)
    if (
      block.listItem &&
      this.listSpeaker &&
      resolved.length === 0 &&
      countWords(block.text.slice(facts.sentence.start, facts.sentence.end), 4) >= 4
    )
      resolved.push({
        cue: { index: -1, start: 0, lemma: "say", subject: null, how: "inherit" },
        entity: this.listSpeaker,
      });
    return resolved;
  }

  /**
   * Reported speech: the sentence, once per speaker, unless a direct quotation carries it; each
   * speaker once, in cue order (a sentence has a few cues at most, so a list). Returns the first.
   */
  private reportSpeech(
    bi: number,
    facts: SentenceFacts,
    resolved: readonly ResolvedCue[],
    directSpeakers: readonly (Entity | null)[],
    frame: boolean,
  ): Entity | null {
    const { sentence } = facts;
    // (A main clause's speaker, where there is one, rather than the source an "according to" names
    // or a report comes from: "According to court documents, SIGAR alleges …" is SIGAR's
    // allegation, and "As the Herald reported, the board announced …" the board's announcement.)
    const speakers: Entity[] = [];
    for (const source of [false, true])
      for (const r of resolved)
        if (
          r.entity &&
          r.entity !== HYPOTHETICAL &&
          (r.cue.lemma === "according to" || r.cue.lemma === "report") === source &&
          !(source && speakers.length > 0) &&
          !speakers.includes(r.entity)
        )
          speakers.push(r.entity);
    const text = (this.blocks[bi] as BlockData).text;
    for (const speaker of speakers) {
      // (A direct quotation carries its sentence, unless the speaker also reports something in
      // their own clause: "Chen said that the coastguard could sail, warning: “…”".)
      if (
        directSpeakers.includes(speaker) &&
        !resolved.some(
          (r) => r.entity === speaker && REPORTED_CLAUSE.test(text.slice(r.cue.start, r.cue.start + 40)),
        )
      )
        continue;
      this.indirect.push({
        kind: "indirect",
        speaker,
        spans: [{ block: bi, start: sentence.start, end: sentence.end }],
      });
      this.context.lastSpeaker = speaker;
      if (!frame) this.blockSpeaker.set(bi, speaker);
    }
    const first = speakers[0] ?? null;
    facts.speaker = first;
    return first;
  }

  /** Who the sentence is about, for later pronouns: every person it names, its subject last. */
  private noteSubject(bi: number, block: BlockData, facts: SentenceFacts) {
    const { sentence } = facts;
    // (The sentence's sightings are found by halving the block's, sorted by where they stand, not
    // by reading them all, which a paragraph of a thousand sentences would pay for each; they are
    // noted in the order they were read.)
    const sightings = this.sightingsByBlock.get(bi) ?? [];
    const sorted = this.sightingsSorted.get(bi) ?? [];
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as { at: number }).at < sentence.start) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let k = lo; k < sorted.length && (sorted[k] as { at: number }).at < sentence.end; k++)
      found.push((sorted[k] as { index: number }).index);
    if (found.length > 1) found.sort((a, b) => a - b);
    for (const k of found) this.context.noteMention(sightings[k] as NameSighting);
    // Resolved now when it is a pronoun (its antecedent is what the reader has in mind now),
    // otherwise only if something later asks.
    if (facts.subjectIsName) {
      this.context.noteMention(facts);
      this.blockSubject.set(bi, facts);
    } else if (facts.subject?.main?.phrase.pronoun !== "it") {
      // ("It is …" is mostly no one; "it" is resolved where it speaks.)
      const subject = this.sentenceSubjectOf(block, facts);
      if (subject) {
        this.context.noteSubject(subject);
        if (subject.kind === "person") this.blockSubject.set(bi, subject);
      }
    }
    this.noteResearchTeam(block, facts);
  }

  /** The speaker of the nearest body paragraph before `bi` (captions and headings skipped). */
  previousBodySpeaker(bi: number): Entity | null {
    for (let j = bi - 1; j >= 0; j--) {
      const b = this.blocks[j] as BlockData;
      if (FRAME_ROLES.has(b.role)) continue;
      const later = this.blockSubject.get(j);
      const subject = later === undefined || isEntity(later) ? later : this.subjectEntity(later);
      return (
        this.blockSpeaker.get(j) ?? (subject?.kind === "person" ? subject : null) ?? this.firstPersonIn(j)
      );
    }
    return null;
  }

  /** The person an earlier sentence of block `bi` is about, when the story has them speak. */
  paragraphSpeakerSubject(bi: number): Entity | null {
    const later = this.blockSubject.get(bi);
    const subject = later === undefined || isEntity(later) ? later : this.subjectEntity(later);
    return subject?.kind === "person" && subject.spoke ? subject : null;
  }

  /** The first person named in a block ("But for Parata and his family …" → Parata). */
  private firstPersonIn(bi: number): Entity | null {
    for (const s of this.sightingsByBlock.get(bi) ?? []) {
      const entity = this.entityOf(s);
      if (entity.kind === "person") return entity;
    }
    return null;
  }

  /** The entity a sighting names, resolved once. */
  private entityOf(s: NameSighting): Entity {
    let e = this.sightingEntity.get(s);
    if (!e) {
      e = this.registry.byName({ type: "name", text: s.text, start: 0, end: 0, name: s.name });
      this.sightingEntity.set(s, e);
    }
    return e;
  }

  /** The entity a sentence is about, resolved the first time something asks. */
  private subjectEntity(facts: SentenceFacts): Entity | null {
    const block = this.blocks[facts.sentence.block] as BlockData;
    if (facts.subjectEntity === undefined) facts.subjectEntity = this.sentenceSubjectOf(block, facts);
    return facts.subjectEntity;
  }

  /** The entity a sentence is about: its subject phrases resolved, the aside's name first. */
  sentenceSubjectOf(block: BlockData, facts: SentenceFacts): Entity | null {
    const { aside, main } = this.subjectOf(block, facts);
    if (aside) {
      const entity = this.resolve(aside.phrase, aside.appositive, aside.at);
      if (entity && entity !== HYPOTHETICAL) return entity;
    }
    if (!main) return null;
    const entity = this.resolve(main.phrase, main.appositive, main.at);
    return entity && entity !== HYPOTHETICAL ? entity : null;
  }

  /**
   * "A team of researchers at Eastport University set out to …": a research team the story
   * introduces without their saying anything yet is who "the authors", "the scientists" and "the
   * study" later are, named with where they work.
   */
  private noteResearchTeam(block: BlockData, facts: SentenceFacts) {
    const { start, end } = facts.sentence;
    const text = block.text.slice(start, end);
    if (!RESEARCHERS_WORD.test(text)) return;
    const found = RESEARCH_TEAM_INTRODUCED.exec(text);
    if (!found) return;
    const at = start + found.index;
    const printed = found[0].replace(/\s+/g, " ");
    const head = /(\p{L}+)(?:\s+(?:at|from)\s.*)?$/u.exec(found[1] ?? "")?.[1]?.toLowerCase();
    this.resolve({ type: "group", text: printed, start: at, end: at + found[0].length, head }, undefined, at);
  }

  /** The named subject of a clause a sentence opens with ("When Ana Ruiz …, she said"), or null. */
  private openingClauseSubject(block: BlockData, facts: SentenceFacts): SpeakerPhrase | null {
    const { start, end } = facts.sentence;
    if (!OPENING_CLAUSE.test(block.text.slice(start, start + 9))) return null;
    const tokens = tokenize(this.maskedText(block), start, end, block.quotes);
    const found = phraseStartingAt(tokens, 1)?.phrase;
    return found?.type === "name" ? found : null;
  }

  /**
   * A sentence's subject phrases, read from its tokens again when they were left unread. (The masked
   * text is made again too, rather than kept for every block for the few sentences that need it.)
   */
  private subjectOf(block: BlockData, facts: SentenceFacts): SubjectPhrases {
    const { start, end } = facts.sentence;
    if (!facts.subject) {
      const tokens = tokenize(this.maskedText(block), start, end, block.quotes);
      markCommonOpening(tokens, this.bodyWords);
      facts.subject = subjectPhrases(tokens);
    }
    return facts.subject;
  }

  writerPrints(words: string, bi: number, end: number): boolean {
    const wanted = words.trim().toLowerCase().replace(/\s+/g, " ");
    for (let j = 0; j <= bi; j++) {
      const block = this.blocks[j] as BlockData;
      if (FRAME_ROLES.has(block.role)) continue;
      let plain = this.plainText[j];
      if (plain === undefined) {
        plain = maskQuotes(block.text, block.quotes).toLowerCase();
        this.plainText[j] = plain;
      }
      if (printedAsWords(j === bi ? plain.slice(0, end) : plain, wanted)) return true;
    }
    return false;
  }

  /** Blocks' text in lower case with their quotations masked (see `writerPrints`), as asked for. */
  private readonly plainText: (string | undefined)[] = [];

  /** A block's masked text, made again (see `remasked`). */
  private maskedText(block: BlockData): string {
    if (block !== this.remasked.block) {
      this.remasked.block = block;
      this.remasked.text = maskQuotes(block.text, block.quotes);
    }
    return this.remasked.text;
  }

  /** Settles what waited for the whole article: headline quotations, and terms that echo a quotation. */
  settle() {
    settlePending([...this.deferred, ...this.echoes], this.blocks, this.quoteSpeech, FRAME_ROLES, position);
    settlePullQuotes(this.blocks, this.quoteSpeech);
    // "“I just think it's a good run,” Okafor said": one who says "I" is a person, though the
    // article gives nothing else to tell a surname from a firm's one-word name.
    for (const [quote, { speaker }] of this.quoteSpeech)
      if (
        speaker?.kind === "organisation" &&
        !/\s/.test(speaker.name) &&
        !looksLikeOrganisation(speaker.name) &&
        FIRST_PERSON_SINGULAR.test(this.blocks[quote.block]?.text.slice(quote.start, quote.end) ?? "")
      ) {
        speaker.kind = "person";
        speaker.evidence = true;
      }
  }
}

/** An unnamed spokesperson: "a spokeswoman for …", "a Harbour Ferries spokesman" (group 1: the word). */
const UNNAMED_SPOKESPERSON =
  /^(?:[Aa]n?\s+(?:\S+\s+){0,4}?|[Tt]he\s+\p{Ll}+\s+)(spokesman|spokeswoman|spokesperson)\b/u;
/** An unnamed spokesperson before the body they speak for: "a spokeswoman for the " (group 1: the word). */
const SPOKESPERSON_FOR =
  /\b[Aa]n?\s+(?:\S+\s+){0,2}?(spokesman|spokeswoman|spokesperson)\s+(?:for|of|at)\s+(?:the\s+)?$/;
/** The gender a word for a spokesperson tells. */
const SPOKESPERSON_GENDER: Record<string, "m" | "f" | undefined> = { spokesman: "m", spokeswoman: "f" };

/** A verb of saying and "that", opening a reported clause: "said that", "told reporters that". */
const REPORTED_CLAUSE = /^[\p{L}]+\s+(?:[\p{L}]+\s+)?that\s/u;

/** Whether `words` occur in `text` as whole words. */
function printedAsWords(text: string, words: string): boolean {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1))
    if (!isWordCharacter(text[at - 1]) && !isWordCharacter(text[at + words.length])) return true;
  return false;
}
const isWordCharacter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}'’-]/u.test(c);
