/**
 * Text in, Article out: the extractor's one entry point. Pure (no DOM, no Node), deterministic, and
 * total: any input gives a valid article or a clear `ExtractError`, never an exception from inside.
 */
import {
  ARTICLE_FORMAT_VERSION,
  type Article,
  type Claim,
  ID_PATTERN,
  type Mention,
  type Paragraph,
  type Quote,
  type Speaker,
} from "../article";
import { type Attribution, attribute } from "./attribution";
import { type ClaimCandidate, pickClaims } from "./claims";
import { type Entity, fullestName, isNameSuffix } from "./entities";
import { type Layout, layOut } from "./layout";
import { parsePlainText } from "./plain-text";
import type { Sentence } from "./sentences";
import type { SourceDocument } from "./source";
import { isAscii } from "./text";

/** Why a text could not become an article. */
export class ExtractError extends Error {
  override name = "ExtractError";
  constructor(
    /** A stable code for the command line's exit status. */
    readonly code: "empty" | "no-paragraphs",
    message: string,
  ) {
    super(message);
  }
}

/** Options for one extraction. */
export interface ExtractOptions {
  /** The article id; by default a slug of the headline. */
  id?: string;
  /** Told how far the extraction has got (0 to 1), now and then: for a progress bar. */
  onProgress?: (fraction: number) => void;
  /** Added to: the milliseconds each stage took (for the benchmark's breakdown). */
  timings?: StageTimings;
}

/**
 * Milliseconds spent in each stage of extraction, summed over the extractions given the object,
 * read from the caller's clock (the extractor itself knows no clock).
 */
export interface StageTimings {
  now: () => number;
  layout: number;
  attribution: number;
  claims: number;
  /** Ids, speakers, quotes and mentions. */
  assembly: number;
}

/** A URL-safe id from a headline: "Iran's Khamenei: No war…" → "irans-khamenei-no-war…". */
export function slugify(text: string, maxLength = 60): string {
  // (Most headlines and names are ASCII.)
  const slug = (isAscii(text) ? text : text.normalize("NFKD").replace(/\p{M}/gu, ""))
    .toLowerCase()
    .replace(/['’‘]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut.slice(0, maxLength)).replace(/-+$/, "");
}

/** Extracts an article from plain text (first line the headline). */
export function extractFromText(text: string, options: ExtractOptions = {}): Article {
  if (!text.trim()) throw new ExtractError("empty", "The input is empty.");
  return extractArticle(parsePlainText(text), options);
}

/** Extracts an article from a parsed source document (plain text or HTML). */
export function extractArticle(doc: SourceDocument, options: ExtractOptions = {}): Article {
  const { timings } = options;
  const started = timings ? timings.now() : 0;
  const layout = layOut(doc);
  const laidOut = timings ? timings.now() : 0;
  if (!layout.title && layout.blocks.length <= 1)
    throw new ExtractError("no-paragraphs", "The input has no paragraphs of text.");
  if (
    !layout.blocks.some((b) => b.role !== "title" && b.role !== "standfirst") &&
    !layout.standfirst &&
    !layout.title
  )
    throw new ExtractError("no-paragraphs", "The input has no paragraphs of text.");
  const { onProgress } = options;
  onProgress?.(0.05);
  const result = attribute(layout.blocks, onProgress && ((f) => onProgress(0.05 + 0.9 * f)));
  const attributed = timings ? timings.now() : 0;
  const claimsBefore = timings?.claims ?? 0;
  const article = assemble(layout, result, options);
  onProgress?.(1);
  if (timings) {
    timings.layout += laidOut - started;
    timings.attribution += attributed - laidOut;
    timings.assembly += timings.now() - attributed - (timings.claims - claimsBefore);
  }
  return article;
}

/** A person's surname, for their id: "Mark T. Ellison Jr." → "Ellison". */
const surname = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => !isNameSuffix(w))
    .at(-1) ?? name;

/** Unique ids from slugs: "zarif", "zarif-2". */
function uniqueIds() {
  const used = new Set<string>();
  return (base: string, fallback: string) => {
    let slug = slugify(base, 40) || fallback;
    if (!ID_PATTERN.test(slug)) slug = fallback;
    let id = slug;
    for (let n = 2; used.has(id); n++) id = `${slug}-${n}`;
    used.add(id);
    return id;
  };
}

function assemble(layout: Layout, result: ReturnType<typeof attribute>, options: ExtractOptions): Article {
  let bodyNumber = 0;
  const paragraphs: Paragraph[] = layout.blocks.map((b) => ({
    id: b.role === "title" ? "title" : b.role === "standfirst" ? "standfirst" : `p${++bodyNumber}`,
    role: b.role,
    text: b.text,
  }));
  const pid = (block: number) => paragraphs[block]?.id ?? "title";

  // Speakers: only those something is attributed to, in order of first attribution.
  const used: Entity[] = [];
  for (const q of result.quotes) if (q.speaker && !used.includes(q.speaker)) used.push(q.speaker);
  const idFor = uniqueIds();
  const speakerIds = new Map<Entity, string>();
  const surnames = used.filter((e) => e.kind === "person").map((e) => surname(e.name));
  const speakers: Speaker[] = used.map((e, i) => {
    const name = fullestName(e);
    // A surname when it is unique among the speakers ("zarif"); the full name when two share it,
    // and for someone known only by a description ("minister-for-energy", not "energy").
    const last = surname(e.name);
    const base =
      e.kind === "person" && e.head === undefined && surnames.filter((s) => s === last).length === 1
        ? last
        : name.replace(/^(?:the|a|an)\s+/i, "");
    const id = idFor(base, `speaker-${i + 1}`);
    speakerIds.set(e, id);
    const aliases = [...new Set([...e.aliases, e.name])]
      .filter((a) => a && a !== name)
      .sort((a, b) => a.length - b.length || a.localeCompare(b));
    return { id, name, aliases, ...(e.role ? { role: e.role } : {}), kind: e.kind };
  });

  const quotes: Quote[] = result.quotes.map((q: Attribution, i) => ({
    id: `q${i + 1}`,
    speakerId: q.speaker ? (speakerIds.get(q.speaker) ?? null) : null,
    kind: q.kind,
    spans: q.spans.map((s) => ({ paragraphId: pid(s.block), start: s.start, end: s.end })),
  }));

  const mentions = findMentions(paragraphs, speakers);
  const { timings } = options;
  const claimsStarted = timings ? timings.now() : 0;
  const claims = buildClaims(layout, result, quotes, speakerIds, pid);
  if (timings) timings.claims += timings.now() - claimsStarted;

  const id = options.id ?? (slugify(layout.title) || "article");
  return {
    version: ARTICLE_FORMAT_VERSION,
    id,
    title: layout.title || "Untitled",
    standfirst: layout.standfirst,
    ...(layout.language ? { language: layout.language } : {}),
    source: {
      ...(layout.sourceName ? { name: layout.sourceName } : {}),
      ...(layout.url && /^https?:\/\//i.test(layout.url) ? { url: layout.url } : {}),
      ...(layout.publishedAt ? { publishedAt: layout.publishedAt } : {}),
    },
    ...(layout.byline ? { byline: layout.byline } : {}),
    credits: layout.credits,
    ...(layout.image ? { image: layout.image } : {}),
    paragraphs,
    speakers,
    quotes,
    mentions,
    claims,
  };
}

/** Every place a speaker's name or alias stands in the text, longest forms first, never overlapping. */
function findMentions(paragraphs: readonly Paragraph[], speakers: readonly Speaker[]): Mention[] {
  // Forms by their first word, longest first: at each word of the text only those are tried. (One
  // big alternation regex does the same, several times slower on a long article.)
  const byFirstWord = new Map<string, { form: string; speakerId: string }[]>();
  for (const s of speakers)
    for (const form of [s.name, ...s.aliases]) {
      if (form.length < 2 || !/\p{Lu}/u.test(form)) continue;
      const first = WORD.exec(form)?.[0];
      WORD.lastIndex = 0;
      if (!first) continue;
      const list = byFirstWord.get(first) ?? [];
      if (!list.some((f) => f.form === form)) list.push({ form, speakerId: s.id });
      byFirstWord.set(first, list);
    }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.form.length - a.form.length);
  const mentions: Mention[] = [];
  if (byFirstWord.size === 0) return mentions;
  // Each word of the text is first told by its first character and its length (a number, no
  // string): only the few words that could be a form's first word are sliced out and looked up.
  const wordKey = (text: string, start: number, end: number) =>
    (end - start) * 65536 + text.charCodeAt(start);
  const firstWordKeys = new Set([...byFirstWord.keys()].map((w) => wordKey(w, 0, w.length)));
  // Only words that begin with the first character (code unit) of some first word are read: a
  // search for those characters skips the rest of the text natively, where reading each word would
  // look at each of its characters in turn.
  const firstUnits = new Set([...byFirstWord.keys()].map((w) => w.charCodeAt(0)));
  const firstCharacter = new RegExp(
    `[${[...firstUnits].map((c) => `\\u${c.toString(16).padStart(4, "0")}`).join("")}]`,
    "g",
  );
  for (const p of paragraphs) {
    const text = p.text;
    let taken = 0;
    firstCharacter.lastIndex = 0;
    while (firstCharacter.test(text)) {
      const start = firstCharacter.lastIndex - 1;
      // On only where a word (a run of letters and digits, as WORD matches them) starts.
      if (start < taken || letterOrDigitEndsAt(text, start) || wordCharLength(text, start) === 0) continue;
      let i = start;
      for (let size = wordCharLength(text, i); size > 0; size = wordCharLength(text, i)) i += size;
      firstCharacter.lastIndex = i;
      if (!firstWordKeys.has(wordKey(text, start, i))) continue;
      const candidates = byFirstWord.get(text.slice(start, i));
      if (!candidates || isWordChar(text[start - 1])) continue;
      const hit = formAt(text, start, candidates);
      if (!hit) continue;
      taken = start + hit.form.length;
      mentions.push({ speakerId: hit.speakerId, paragraphId: p.id, start, end: taken });
    }
  }
  return mentions;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * The first of `forms` (longest first) that stands whole at `start`. (A function of its own, not a
 * `find` callback in the loop: a callback would capture the loop's `start`, and a captured loop
 * variable costs an allocation for every word of the text.)
 */
function formAt<T extends { form: string }>(text: string, start: number, forms: readonly T[]): T | undefined {
  for (const f of forms)
    if (text.startsWith(f.form, start) && !isWordChar(text[start + f.form.length])) return f;
  return undefined;
}

/**
 * Whether a letter or digit ends just before `i` (a surrogate pair read as one character, as
 * `wordCharLength` reads it).
 */
function letterOrDigitEndsAt(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return wordCharLength(text, i - 2) === 2;
  }
  return wordCharLength(text, i - 1) === 1;
}

/** A word as mentions begin: letters and digits, with inner apostrophes, hyphens and dots. */
const WORD = /[\p{L}\p{N}]+/gu;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * The length of the letter or digit at `i` (2 when written as a surrogate pair), or 0 when there is
 * none. Reading a paragraph's words with this, rather than with WORD, allocates nothing per word:
 * ASCII is decided without a regular expression.
 */
function wordCharLength(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  // General Punctuation (curly quotes, dashes, special spaces) has no letters or digits.
  if (c >= 0x2000 && c <= 0x206f) return 0;
  const next = text.charCodeAt(i + 1);
  const size = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
  return LETTER_OR_DIGIT.test(text.slice(i, i + size)) ? size : 0;
}

/**
 * For a block's quotations, a function giving those with a span overlapping a sentence (most
 * sentences have none), asked for the block's sentences in order. Spans are sorted once and read
 * from the first one not yet over, so a paragraph of thousands of sentences costs no more per
 * sentence than a short one. The quotations come in the order given.
 */
function quotesOverlapping(
  block: number,
  quotes: readonly Attribution[],
): (sentence: Sentence) => readonly Attribution[] {
  const spans: { start: number; end: number; quote: number }[] = [];
  quotes.forEach((q, quote) => {
    for (const s of q.spans) if (s.block === block) spans.push({ start: s.start, end: s.end, quote });
  });
  spans.sort((a, b) => a.start - b.start);
  let first = 0;
  return (sentence) => {
    while (first < spans.length && (spans[first] as (typeof spans)[number]).end <= sentence.start) first++;
    const inside: number[] = [];
    for (let k = first; k < spans.length; k++) {
      const s = spans[k] as (typeof spans)[number];
      if (s.start >= sentence.end) break;
      if (s.end > sentence.start && !inside.includes(s.quote)) inside.push(s.quote);
    }
    return inside.length > 0 ? inside.sort((a, b) => a - b).map((i) => quotes[i] as Attribution) : NO_QUOTES;
  };
}
const NO_QUOTES: readonly Attribution[] = [];

/** The blocks a sentence in `block` and its quotations run over, in order. */
function blocksOf(block: number, inside: readonly Attribution[]): number[] {
  // Mostly the sentence's own block alone: no set and no sort for those.
  if (inside.every((q) => q.spans.every((s) => s.block === block))) return [block];
  return [...new Set([block, ...inside.flatMap((q) => q.spans.map((s) => s.block))])].sort((x, y) => x - y);
}

/** A paragraph whose last sentence is finished: it ends in a full stop, a question or exclamation mark. */
const FINISHED = /[.!?…][\s"”’')\]]*$/;

function buildClaims(
  layout: Layout,
  result: ReturnType<typeof attribute>,
  quotes: readonly Quote[],
  speakerIds: Map<Entity, string>,
  pid: (block: number) => string,
): Claim[] {
  const weight = new Map<Entity, number>();
  for (const q of result.quotes) if (q.speaker) weight.set(q.speaker, (weight.get(q.speaker) ?? 0) + 1);
  const candidates: ClaimCandidate[] = [];
  const quotesByBlock = new Map<number, Attribution[]>();
  for (const q of result.quotes)
    for (const block of new Set(q.spans.map((s) => s.block))) {
      const list = quotesByBlock.get(block);
      if (list) list.push(q);
      else quotesByBlock.set(block, [q]);
    }
  let paragraph = -1;
  result.sentences.forEach((sentences, block) => {
    const b = layout.blocks[block];
    if (b?.role !== "body") return;
    paragraph++;
    const overlapping = quotesOverlapping(block, quotesByBlock.get(block) ?? []);
    const speakers = result.sentenceSpeakers[block] ?? [];
    // (A caption left in the text has no full stop at its end: "… carves a design at their home".
    // Its end alone is read: the pattern tried over a long paragraph costs with its length.)
    const finished = b.listItem === true || FINISHED.test(b.text.slice(-64));
    sentences.forEach((sentence, si) => {
      const inside = overlapping(sentence);
      const speaker = speakers[si] ?? inside.find((q) => q.speaker)?.speaker ?? null;
      const blocks = blocksOf(block, inside);
      candidates.push({
        sentence,
        text: b.text.slice(sentence.start, sentence.end),
        speaker,
        speakerWeight: speaker ? (weight.get(speaker) ?? 0) : 0,
        direct: inside.some((q) => q.kind === "direct"),
        blocks,
        paragraph,
        finished,
      });
    });
  });
  return pickClaims(candidates, { title: layout.title, standfirst: layout.standfirst }).map((c, i) => {
    const quoteIds = quotes
      .filter((q) =>
        q.spans.some(
          (s) =>
            s.paragraphId === pid(c.sentence.block) && s.start < c.sentence.end && s.end > c.sentence.start,
        ),
      )
      .map((q) => q.id);
    return {
      id: `c${i + 1}`,
      text: c.text,
      speakerId: c.speaker ? (speakerIds.get(c.speaker) ?? null) : null,
      paragraphIds: c.blocks.map(pid),
      ...(quoteIds.length > 0 ? { quoteIds } : {}),
    };
  });
}
