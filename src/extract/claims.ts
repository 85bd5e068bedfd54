/**
 * Key claims: the sentences an editor would pick to say what the story is, each with its speaker
 * (or none for the reporter's own statements) and the paragraphs that carry it. Extractive and
 * deterministic: every body sentence that can stand alone is scored (its place in the inverted
 * pyramid, how close it is to the headline and to the article as a whole, a real quantity), the
 * lead is kept, and the rest are picked greedily with a penalty for repeating what is already
 * picked (maximal marginal relevance). The panel lists the lead, then the others in article order.
 */
import type { Entity } from "./entities";
import { FIRST_PERSON_SINGULAR } from "./lexicon";
import type { Sentence } from "./sentences";

/** A claim before ids are assigned. */
export interface DraftClaim {
  text: string;
  speaker: Entity | null;
  /** Blocks that carry it. */
  blocks: number[];
  /** The sentence it came from. */
  sentence: Sentence;
}

/** A body sentence with what attribution found out about it. */
export interface ClaimCandidate {
  sentence: Sentence;
  text: string;
  speaker: Entity | null;
  /** How many quotations (any kind) the speaker has, for telling main speakers. */
  speakerWeight: number;
  /** The sentence is mostly a direct quotation. */
  direct: boolean;
  /** Blocks a multi-paragraph quotation in it runs into. */
  blocks: number[];
  /** Its paragraph's place among the body's paragraphs (0: the first). */
  paragraph: number;
  /** Its paragraph ends as a paragraph of text does, or is a list's item (else: a stray caption). */
  finished: boolean;
}

/** What frames the story: the words a reader sees first. */
export interface StoryFrame {
  title: string;
  standfirst: string;
}

/** Longest claim text: a sentence in a side panel, not a paragraph. The lead may run longer. */
const MAX_LENGTH = 320;
const MAX_LEAD_LENGTH = 340;
const MIN_LENGTH = 40;

const OPENERS =
  /^(?:but|and|however|meanwhile|still|yet|so|also|instead|indeed|moreover|nonetheless|nevertheless|in addition|separately)\b,?\s*/i;

/**
 * A dateline or a wire service's credit opening the lead: "CHICAGO (AP) — ", "ZURICH (Reuters) - ",
 * "THURSDAY, Oct. 18, 2018 (HealthDay News) -- ", "(CNN) ". The claim is the sentence after it.
 */
const DATELINE =
  /^(?:\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?,?(?:\s+\p{Lu}[\p{L}.]*)?\s*(?:\([^()]{1,30}\)\s*)?[—–-]{1,2}\s+|\p{Lu}{3,},\s+[\p{L}.]+\s+\d{1,2},\s+\d{4}\s*\([^()]{1,30}\)\s*[—–-]{1,2}\s+|\((?:CNN|AP|Reuters|AFP|UPI)\)\s+)/u;

/** The sentence tidied for a list: no leading "But", no aside between subject and verb. */
export function tidyClaim(text: string): string {
  let t = text.replace(DATELINE, "").replace(OPENERS, "").trim();
  // (Each rewrite below runs only when the text has what it looks for: most sentences have none.)
  // "Khamenei, who has the final say in …, said" → "Khamenei said" (only before a verb, so that
  // the claim still reads as a sentence; an aside holds no sentence's end).
  if (t.includes(", who ") || t.includes(", which "))
    t = t.replace(
      /(\p{Lu}[\p{L}’'-]+), (?:who|which) [^,.!?]{3,160}, (?=(?:\p{Ll}+(?:ed|s)|said|told|wrote|spoke|has|had|is|was|will|would)\b)/u,
      "$1 ",
    );
  // "Zarif, echoed" (a stray comma between subject and verb) reads better without it.
  if (t.includes(", "))
    t = t.replace(/^((?:\p{Lu}[\p{L}’'‘-]*\s+){1,7}\p{Lu}[\p{L}’'-]+), (\p{Ll}+ed)\b/u, "$1 $2");
  // Runs of spaces, and spaces other than " ", become one " ".
  if (/\s\s|[^\S ]/.test(t)) t = t.replace(/\s+/g, " ");
  // Capitalised: most sentences are already, and are then kept as they are rather than rebuilt.
  const first = t.charAt(0);
  const upper = first.toUpperCase();
  return upper === first ? t : upper + t.slice(1);
}

/**
 * A long lead shortened the way an editor would, keeping it a prefix of the sentence: a trailing
 * participle clause or attribution dropped (", going toe-to-toe with him in …", ", officials said").
 * Null when no such cut brings it under `max`.
 */
export function shortenLead(text: string, max: number): string | null {
  if (text.length <= max) return text;
  const cut = /,\s+(?:\p{Ll}+ing\b|according to\b|which\b|while\b|as\b|after\b|before\b|amid\b|in what\b)/gu;
  let best: number | null = null;
  for (let m = cut.exec(text); m; m = cut.exec(text))
    if (m.index >= MIN_LENGTH && m.index <= max - 1) best = m.index;
  if (best === null) return null;
  const kept = text.slice(0, best).replace(/[\s,;:–—-]+$/, "");
  return `${kept}${/[.!?]$/.test(kept) ? "" : "."}`;
}

const COUNT = { perParagraph: 0.7, most: 10 };

/**
 * How many claims an article gets: about two for every three paragraphs, 5–10 for a full article
 * (eight paragraphs or more), fewer for a short one.
 */
export function claimCount(sentences: number, paragraphs: number): number {
  if (sentences < 6 || paragraphs < 4) return Math.max(1, Math.min(3, sentences));
  if (paragraphs < 8) return Math.min(5, Math.max(3, Math.floor(sentences / 3)));
  return Math.min(COUNT.most, Math.max(5, Math.ceil(paragraphs * COUNT.perParagraph)));
}

/**
 * A sentence's text tidied for the list of claims, when it can be one: long enough to say
 * something, short enough for a panel, no introduction to a list, no question of the reporter's,
 * nothing in the first person outside quotation marks. Else null.
 */
export function claimText(sentence: string, speaker: Entity | null, max = MAX_LENGTH): string | null {
  // Tidying only shortens a sentence by an aside; anything much longer than a claim can be is skipped.
  if (sentence.length > max + 200 || sentence.length + 2 < MIN_LENGTH) return null;
  const text = tidyClaim(sentence);
  if (text.length < MIN_LENGTH || text.length > max) return null;
  if (/:\s*$/.test(text)) return null;
  // A question is a claim only as someone's words ("“… is Mr Trump really serious?” Zarif said").
  if (/\?\s*$/.test(text) && !speaker) return null;
  // (First person outside quotation marks: the writer's aside, not a claim of the story.)
  if (FIRST_PERSON_SINGULAR.test(text.replace(/[“"][^”"]*[”"]/g, ""))) return null;
  // One sentence of a longer quotation ("“Recently, US officials have been talking about us.") is
  // no claim: its quotation marks would not close.
  if (!quotesClose(text)) return null;
  return text;
}

/** Whether every quotation a text opens it also closes: as many “ as ”, an even number of ". */
function quotesClose(text: string): boolean {
  let curly = 0;
  let straight = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) curly++;
    else if (c === 0x201d) curly--;
    else if (c === 34) straight++;
  }
  return curly === 0 && straight % 2 === 0;
}

/** How many words a text has, counted no further than `most`. */
function wordsUpTo(text: string, most: number): number {
  let n = 1;
  for (let at = text.indexOf(" "); at >= 0 && n < most; at = text.indexOf(" ", at + 1)) n++;
  return n;
}

// ---------- Terms: the words that carry a sentence's content ----------

const STOP_WORD_LIST = [
  "a about above after again against all also am an and any are as at be because been before being below",
  "between both but by can could did do does doing down during each few for from further had has have having",
  "he her here hers herself him himself his how i if in into is it its itself just me more most my no nor not",
  "now of off on once only or other our ours out over own said same says say saying she should so some such",
  "than that the their theirs them then there these they this those through to too told under until up very",
  "was we were what when where which while who whom why will with would you your yours also mr mrs ms dr",
  "one two three new year years last week told tell according added adding since still may might must",
  "many much even well back like get got make made us",
]
  .join(" ")
  .split(" ");

/** A sentence's content words, lower case, plural -s dropped ("strandings" and "stranding" agree). */
export function terms(text: string): string[] {
  const out: string[] = [];
  eachTerm(text, (w) => {
    if (!STOP_WORDS.has(w)) out.push(w);
  });
  return out;
}

/**
 * Calls `take` with each word of three letters or more, lower case, without a possessive or a
 * plural -s, digits alone left out; stop words are the caller's to drop. (Read with character codes
 * rather than a pattern, and sliced once: every sentence of the article is read.)
 */
function eachTerm(text: string, take: (term: string) => void): void {
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; ) {
    if (!isWordCode(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    let digits = isDigit(lower.charCodeAt(i));
    while (j < lower.length) {
      const c = lower.charCodeAt(j);
      if (isWordCode(c)) digits &&= isDigit(c);
      else if (!((c === 39 || c === 0x2019 || c === 45) && isWordCode(lower.charCodeAt(j + 1)))) break;
      j++;
    }
    let end = j;
    const start = i;
    i = j;
    // "council's": the possessive goes; a plural -s goes ("strandings" and "stranding" agree), not
    // the s of -ss, -us, -is ("press", "status", "analysis").
    if (lower.charCodeAt(end - 1) === 115 && isApostrophe(lower.charCodeAt(end - 2))) end -= 2;
    else if (
      end - start > 4 &&
      lower.charCodeAt(end - 1) === 115 &&
      !NOT_PLURAL.has(lower.charCodeAt(end - 2))
    )
      end -= 1;
    if (end - start < 3 || digits) continue;
    take(lower.slice(start, end));
  }
}
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
/** Letters before a final s that make it no plural: s, u, i. */
const NOT_PLURAL = new Set([115, 117, 105]);
const isDigit = (c: number) => c >= 48 && c <= 57;
/** Letters and digits: ASCII ones, and anything past ASCII but general punctuation and quote marks. */
const isWordCode = (c: number) =>
  (c >= 97 && c <= 122) || isDigit(c) || (c >= 65 && c <= 90) || (c >= 0xc0 && (c < 0x2000 || c > 0x206f));

/** The stop words as `eachTerm` gives them ("years" → "year"). */
const STOP_WORDS = new Set<string>();
for (const w of STOP_WORD_LIST) eachTerm(w, (t) => STOP_WORDS.add(t));

/** A sparse vector: term ids (each once) and their weights; unit length. */
interface Vector {
  ids: number[];
  weights: number[];
}

/** Numbers for terms, so that counting and comparing them is arithmetic on arrays. */
class Dictionary {
  private readonly ids = new Map<string, number>();
  size = 0;
  /**
   * The term ids of a text's content words (one look-up per word once it is known: a stop word is
   * entered as -1 when first met, rather than all of them for every article).
   */
  termIds(text: string): number[] {
    const out: number[] = [];
    eachTerm(text, (term) => {
      let id = this.ids.get(term);
      if (id === undefined) {
        id = STOP_WORDS.has(term) ? -1 : this.size++;
        this.ids.set(term, id);
      }
      if (id >= 0) out.push(id);
    });
    return out;
  }
}

/**
 * A sentence's TF-IDF vector, unit length (`idf` by term id; `scratch`, as long as the dictionary
 * and all zeros, is left so).
 */
function vectorOf(termIds: readonly number[], idf: readonly number[], scratch: number[]): Vector {
  const ids: number[] = [];
  for (const id of termIds) {
    if (scratch[id] === 0) ids.push(id);
    scratch[id] = (scratch[id] as number) + 1;
  }
  const weights: number[] = [];
  let norm = 0;
  for (const id of ids) {
    const w = (scratch[id] as number) * (idf[id] as number);
    scratch[id] = 0;
    weights.push(w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] as number) / norm;
  return { ids, weights };
}

/** Cosine of a unit vector and a dense unit vector (indexed by term id). */
function cosineDense(a: Vector, dense: readonly number[]): number {
  let dot = 0;
  for (let k = 0; k < a.ids.length; k++)
    dot += (a.weights[k] as number) * (dense[a.ids[k] as number] as number);
  return dot;
}

/** The binary cosine of a sentence's words and the headline's (`headline`: 1 for its term ids). */
function overlap(v: Vector, headline: readonly number[], headlineSize: number): number {
  if (v.ids.length === 0 || headlineSize === 0) return 0;
  let shared = 0;
  for (const id of v.ids) if (headline[id] === 1) shared++;
  return shared / Math.sqrt(v.ids.length * headlineSize);
}

// ---------- Scoring ----------

/**
 * A real quantity: money, a percentage, a count of something, a date. Not an ordinal ("the 19th
 * century"), a rank ("Lesson #1") or a bare year in passing, nor a year before a clause's subject
 * ("In 2011, voters elected …", "in 2012 hundreds of Islamists": a count's number ends at its
 * digits, and a year after "in", "since", "the" … is no count: "the 1950 plans"; "will cut 2000
 * jobs" is one).
 */
const QUANTITY =
  /[$£€¥]\s?\d|\d\s?(?:%|percent\b|per cent\b)|\b\d+(?:[,.]\d+)*\s+(?:million|billion|trillion|thousand|hundred)\b|\b(?!(?<=\b(?:in|since|until|by|from|during|of|the|a)\s)(?:1[89]|20)\d\d\b)\d+(?:[,.]\d+)*(?:\s+\p{Ll}+)?\s+\p{Ll}{2,}s\b|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/iu;

/**
 * A sentence opening with a word that points back to something the reader must already know: a
 * personal pronoun, or a demonstrative standing for a noun, before a verb ("This is what is sold",
 * "That prompted …", "This marks …", "These include …"; "This attack today …" names what it means).
 */
const UNRESOLVED_OPENING =
  /^(?:["“‘']\s*)?(?:(?:he|she|it|they|his|her|its|their)\b|this(?=\s+\p{Ll}+[^su\s]s\b)|(?:this|that)(?=\s*[,.;:!?’”]|\s+(?:\p{Ll}+[^e\s]ed|\p{Ll}+ly|is|was|has|had|will|would|could|can|may|might|must|should|does|did|came|made|left|led|meant|set|put|gave|took|brought|became|began)\b)|(?:these|those)(?=\s*[,.;:!?’”]|\s+(?:\p{Ll}+[^e\s]ed|\p{Ll}+ly|are|were|have|had|will|would|could|can|may|might|must|should|do|did|include|mean|show|suggest|came|made|left|led|meant|became|began)\b))/iu;
/**
 * Whether a sentence's opening pronoun can stand for its speaker ("he" or "she" for a person of
 * that gender or of none known, "it" or "they" for a body, "they" for a group, "it" for a text).
 * The panel prints the speaker's name beside the claim
 * ("Barack Obama — He is confident the deal will pass"), so such an opening is left less
 * unresolved than one that points back to someone the claim does not name. (A possessive points
 * elsewhere: "His daughter said …" is the daughter's claim, and "his" is someone else; so does a
 * pronoun in a speaker's own words, where they are "I": "“She is tired,” her spokesman said.")
 */
function pointsToSpeaker(opening: string, speaker: Entity): boolean {
  const word = /^\p{L}+/u.exec(opening)?.[0]?.toLowerCase() ?? "";
  switch (speaker.kind) {
    case "person":
      return (word === "he" && speaker.gender !== "f") || (word === "she" && speaker.gender !== "m");
    case "organisation":
      return word === "it" || word === "they";
    case "group":
      return word === "they";
    case "document":
      return word === "it";
  }
}

/** A short phrase of time, place or manner before the subject: "In Yahoo’s case, this is …". */
const OPENING_PHRASE =
  /^(?:in|on|at|for|after|before|since|by|with|as|from|during|under|until|despite|unlike|like|now|today|then)\b[^,]{0,40},\s*/i;

/** "It was Morrison who took over", "It is the price that matters": "it" points ahead, not back. */
const CLEFT = /^it\s+(?:is|was)\s+[^,]{1,40}?\s+(?:who|that)\b/i;

/** How a candidate scores on its own, before the pick weighs it against what is picked. */
export interface SentenceScore {
  position: number;
  headline: number;
  centrality: number;
  quantity: number;
  penalty: number;
  total: number;
}

/** The score of a candidate that cannot be a claim (never picked). */
const UNSCORED: SentenceScore = {
  position: 0,
  headline: 0,
  centrality: 0,
  quantity: 0,
  penalty: 0,
  total: Number.NEGATIVE_INFINITY,
};

/** Weights of the score's terms (see `scoreSentences`). */
const WEIGHTS = { position: 0.35, headline: 0.4, centrality: 0.3, quantity: 0.1 };
/**
 * Penalties: an opening that points back (half when it can stand for the speaker the panel names
 * beside the claim), a short colour quote, an attribution with nothing of what was said.
 */
const PENALTY = { pointsBack: 0.2, speakerPronoun: 0.1, colourQuote: 0.15, frameOnly: 0.3 };

/**
 * Scores every candidate: its place (the inverted pyramid: earlier paragraphs matter more), its
 * likeness to the headline and standfirst (which finds the nut graf further down), its likeness to
 * the article as a whole (the centroid of its sentences: a cheap, linear stand-in for LexRank's
 * centrality), a bonus for a real quantity, and penalties for an opening that points back, a short
 * colour quote, and an attribution with nothing of what was said ("Zarif echoed Khamenei's
 * comments").
 */
export function scoreSentences(
  candidates: readonly ClaimCandidate[],
  frame: StoryFrame,
  /** Which candidates need a score (the others are neither scored nor read for the article's terms). */
  wanted: (i: number) => boolean = () => true,
): { scores: SentenceScore[]; vectors: Vector[]; terms: number } {
  const dictionary = new Dictionary();
  // (Only the sentences that need a score count: the rest are headings of lists, fragments and
  // sentences too long to be a claim, and reading their words is most of the cost here.)
  const termIds = candidates.map((c, i) => (wanted(i) ? dictionary.termIds(c.text) : []));
  const headlineIds = dictionary.termIds(`${frame.title} ${frame.standfirst}`);
  const size = dictionary.size;
  // Document frequencies: each sentence counts a term once (`seen` holds the last sentence that did).
  const df = new Array<number>(size).fill(0);
  const seen = new Array<number>(size).fill(-1);
  termIds.forEach((ids, i) => {
    for (const id of ids)
      if (seen[id] !== i) {
        seen[id] = i;
        df[id] = (df[id] as number) + 1;
      }
  });
  const n = candidates.length;
  const idf = new Array<number>(size);
  for (let k = 0; k < size; k++) idf[k] = Math.log((n + 1) / ((df[k] as number) + 0.5));
  const scratch = new Array<number>(size).fill(0);
  const vs = termIds.map((ids) => vectorOf(ids, idf, scratch));
  // (Likeness to the headline counts the headline's words alike: its words are the story's topic,
  // which the sentences repeat, so that weighing them by rarity would leave little of them.)
  const headline = new Array<number>(size).fill(0);
  for (const id of headlineIds) headline[id] = 1;
  const headlineSize = headline.reduce((sum, x) => sum + x, 0);
  const centroid = new Array<number>(size).fill(0);
  for (const v of vs)
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k] as number;
      centroid[id] = (centroid[id] as number) + (v.weights[k] as number);
    }
  let norm = 0;
  for (const w of centroid) norm += w * w;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let k = 0; k < size; k++) centroid[k] = (centroid[k] as number) / norm;

  const scores = candidates.map((c, i): SentenceScore => {
    if (!wanted(i)) return UNSCORED;
    const v = vs[i] as Vector;
    const position = (1 + c.paragraph) ** -0.35;
    const headlineSim = overlap(v, headline, headlineSize);
    const centrality = cosineDense(v, centroid);
    // (Every kind of quantity has a digit: the pattern is tried only where there is one.)
    const quantity = /\d/.test(c.text) && QUANTITY.test(c.text) ? 1 : 0;
    let penalty = 0;
    const opening = c.text.replace(OPENERS, "").replace(OPENING_PHRASE, "");
    if (UNRESOLVED_OPENING.test(opening) && !CLEFT.test(opening))
      penalty +=
        c.speaker && pointsToSpeaker(opening, c.speaker) ? PENALTY.speakerPronoun : PENALTY.pointsBack;
    const words = wordsUpTo(c.text, 17);
    if (c.direct && words < 12) penalty += PENALTY.colourQuote;
    if (isFrameOnly(c, words)) penalty += PENALTY.frameOnly;
    const total =
      WEIGHTS.position * position +
      WEIGHTS.headline * headlineSim +
      WEIGHTS.centrality * centrality +
      WEIGHTS.quantity * quantity -
      penalty;
    return { position, headline: headlineSim, centrality, quantity, penalty, total };
  });
  return { scores, vectors: vs, terms: size };
}

/**
 * An attribution that carries nothing of what was said: a speaker, a verb of its circumstances and
 * little else, no quotation, no "that" clause, no colon ("Zarif echoed Khamenei's comments in an
 * interview", "Obama was speaking to the BBC before departing for Kenya").
 */
function isFrameOnly(c: ClaimCandidate, words: number): boolean {
  return c.speaker !== null && words <= 16 && FRAME_WORDS.test(c.text) && !/[“”"]|\bthat\b|:/.test(c.text);
}
/** Words of an attribution's circumstances rather than its content. */
const FRAME_WORDS =
  /\b(?:echo(?:ed|es)?|comment(?:ed|s)?|remarks|spoke|speaking|weighed in|react(?:ed|s)|respond(?:ed|s)|interview|statement|press conference|told reporters|in a (?:tweet|post))\b/i;

// ---------- The pick ----------

/** Redundancy's weight in the pick, and the soft penalties and bonus that shape the list. */
const PICK = {
  redundancy: 0.6,
  sameSpeaker: 0.05,
  sameSpeakerNear: 0.15,
  nearParagraphs: 3,
  sameParagraph: 0.12,
  newSpeaker: 0.1,
  stopBelow: 0.25,
};
/** A full article gets at least this many claims (when it has them) before the pick may stop early. */
const AT_LEAST = 5;
/**
 * Spreading the list over the story: after the first picks (the lead, the nut graf and what scores
 * best), a candidate far, in paragraphs, from every picked claim but the lead gains up to this much
 * (an editor's main points come from all of a story's parts, not from around its best sentence).
 */
const SPREAD = { weight: 0.1, after: 2 };
/** Likeness to a picked claim from which a sentence repeats it. */
const REPEATS = 0.5;
/** A nut graf is the opening paragraphs' sentence most like the headline, at least this like it. */
const NUT_GRAF = { likeness: 0.2, within: 6 };

/**
 * Picks the key claims: the lead first (the first body sentence that can be a claim, shortened if
 * it must be), then greedily the best-scoring candidate after a penalty for its likeness to what is
 * picked already, for a speaker or paragraph that has a claim, and a small bonus for the first claim
 * of a main speaker (so the list still says who argues what). Stops at the article's count, or when
 * what is left scores well below the lead. Returned with the lead first, then in article order.
 */
export function pickClaims(candidates: readonly ClaimCandidate[], frame: StoryFrame): DraftClaim[] {
  if (candidates.length === 0) return [];
  const texts = candidates.map((c) => (c.finished ? fittedClaimText(c, MAX_LENGTH) : null));
  const limit = claimCount(candidates.length, (candidates.at(-1)?.paragraph ?? 0) + 1);

  // The lead: the first sentence of the first two paragraphs that can be a claim, however long.
  let lead = -1;
  let leadText: string | null = null;
  for (let i = 0; i < candidates.length && lead < 0; i++) {
    const c = candidates[i] as ClaimCandidate;
    if (c.paragraph > 1) break;
    // (The lead may run to its own, longer limit before it is shortened.)
    const text = c.finished ? fittedClaimText(c, MAX_LEAD_LENGTH) : null;
    if (text) {
      lead = i;
      leadText = text;
    }
  }
  const chosen: number[] = lead >= 0 ? [lead] : [];
  if (lead >= 0) texts[lead] = leadText;
  const {
    scores,
    vectors: vs,
    terms: termCount,
  } = scoreSentences(candidates, frame, (i) => texts[i] !== null);

  // Main speakers: those quoted more than once.
  const spoken = new Set<Entity>();
  if (lead >= 0 && candidates[lead]?.speaker) spoken.add(candidates[lead]?.speaker as Entity);
  const paragraphs = new Set(chosen.map((i) => candidates[i]?.paragraph));
  const best = Math.max(...scores.map((s, i) => (texts[i] ? s.total : Number.NEGATIVE_INFINITY)));
  const floor = PICK.stopBelow * (lead >= 0 ? Math.max(best, (scores[lead] as SentenceScore).total) : best);

  // Each candidate's likeness to the most alike of the picked ones, kept up to date as they are picked
  // (the picked sentence's vector spread out, so that each likeness is one pass over the other).
  const redundancy = new Array<number>(candidates.length).fill(0);
  const dense = new Array<number>(termCount).fill(0);
  const picked = (j: number) => {
    const v = vs[j] as Vector;
    for (let k = 0; k < v.ids.length; k++) dense[v.ids[k] as number] = v.weights[k] as number;
    for (let i = 0; i < candidates.length; i++)
      if (texts[i] !== null)
        redundancy[i] = Math.max(redundancy[i] as number, cosineDense(vs[i] as Vector, dense));
    for (const id of v.ids) dense[id] = 0;
  };
  for (const j of chosen) picked(j);
  // The nut graf second: of the opening paragraphs' sentences, the one most like the headline (the
  // sentence that says what the story is about when the lead opens on a scene).
  const nut = nutGraf(
    candidates,
    scores,
    (i) => texts[i] !== null && !chosen.includes(i) && (redundancy[i] as number) < REPEATS,
  );
  if (nut >= 0 && chosen.length < limit) {
    const c = candidates[nut] as ClaimCandidate;
    // A lead that sets a scene ("Gym is Tom’s favourite class.", nothing of the headline in it)
    // and a nut graf two paragraphs or more below: the nut graf says what the story is, so it
    // leads the list and the inverted pyramid starts there; the scene before it is colour, left
    // out (so the list still reads down the page).
    if (lead >= 0 && isSceneLead(candidates, scores, lead, nut)) {
      candidates.forEach((x, i) => {
        if (x.paragraph < c.paragraph) texts[i] = null;
      });
      storyStartsAt(candidates, scores, c.paragraph);
      chosen.length = 0;
      redundancy.fill(0);
      paragraphs.clear();
      spoken.clear();
      lead = nut;
    }
    chosen.push(nut);
    picked(nut);
    paragraphs.add(c.paragraph);
    if (c.speaker) spoken.add(c.speaker);
  }
  // How far a paragraph is from the picked claims' (the lead's aside), in shares of the story's
  // length per claim: 1 when at least that far.
  const lastParagraph = (candidates.at(-1)?.paragraph ?? 0) + 1;
  const distance = (p: number) => {
    let d = lastParagraph;
    for (const j of chosen)
      if (j !== lead) d = Math.min(d, Math.abs(p - (candidates[j] as ClaimCandidate).paragraph));
    return Math.min(1, d / Math.max(1, lastParagraph / limit));
  };
  while (chosen.length < limit) {
    let pick = -1;
    let pickScore = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < candidates.length; i++) {
      // (A sentence that mostly repeats a picked one is never picked: the panel says it once.)
      if (texts[i] === null || chosen.includes(i) || (redundancy[i] as number) >= REPEATS) continue;
      const c = candidates[i] as ClaimCandidate;
      let s = (scores[i] as SentenceScore).total - PICK.redundancy * (redundancy[i] as number);
      // (A speaker's claim a paragraph or three from one of theirs already picked most often
      // carries the same point: the quotation after its paraphrase, the sentence after that.)
      if (c.speaker && spoken.has(c.speaker))
        s -= chosen.some(
          (j) =>
            candidates[j]?.speaker === c.speaker &&
            Math.abs((candidates[j] as ClaimCandidate).paragraph - c.paragraph) <= PICK.nearParagraphs,
        )
          ? PICK.sameSpeakerNear
          : PICK.sameSpeaker;
      else if (c.speaker && c.speakerWeight >= 2) s += PICK.newSpeaker;
      if (paragraphs.has(c.paragraph)) s -= PICK.sameParagraph;
      if (chosen.length >= SPREAD.after) s += SPREAD.weight * distance(c.paragraph);
      if (s > pickScore) {
        pickScore = s;
        pick = i;
      }
    }
    if (pick < 0 || (chosen.length >= Math.min(limit, AT_LEAST) && pickScore < floor)) break;
    chosen.push(pick);
    picked(pick);
    const c = candidates[pick] as ClaimCandidate;
    if (c.speaker) spoken.add(c.speaker);
    paragraphs.add(c.paragraph);
  }

  // (In article order by where each claim opens: a quotation that runs in from the paragraph before
  // opens there, so a panel's markers read down the page; the lead, the first sentence that can be
  // a claim, stays first unless such a quotation opens above it.)
  const opens = (i: number) => {
    const c = candidates[i] as ClaimCandidate;
    return Math.min(c.sentence.block, ...c.blocks);
  };
  const rest = chosen.filter((i) => i !== lead).sort((a, b) => opens(a) - opens(b) || a - b);
  const ordered =
    lead >= 0 && rest.every((i) => opens(i) >= opens(lead))
      ? [lead, ...rest]
      : [...chosen].sort((a, b) => opens(a) - opens(b) || a - b);
  return ordered.map((i) => {
    const c = candidates[i] as ClaimCandidate;
    return { text: texts[i] as string, speaker: c.speaker, blocks: c.blocks, sentence: c.sentence };
  });
}

/**
 * A scene-setting lead: in a story of `paragraphs` or more, the nut graf stands `nutFrom` paragraphs
 * down or more, the lead is less like the headline than `likeness` and the nut graf `contrast`
 * times as like it.
 */
const SCENE = { paragraphs: 8, nutFrom: 2, likeness: 0.2, contrast: 2 };

/**
 * Whether the lead sets a scene and the nut graf, further down, says what the story is (and opens
 * on nothing that points back).
 */
function isSceneLead(
  candidates: readonly ClaimCandidate[],
  scores: readonly SentenceScore[],
  lead: number,
  nut: number,
): boolean {
  const leadLikeness = (scores[lead] as SentenceScore).headline;
  const nutScore = scores[nut] as SentenceScore;
  return (
    (candidates.at(-1)?.paragraph ?? 0) + 1 >= SCENE.paragraphs &&
    (candidates[nut] as ClaimCandidate).paragraph >= SCENE.nutFrom &&
    leadLikeness < SCENE.likeness &&
    nutScore.headline >= SCENE.contrast * leadLikeness &&
    nutScore.penalty === 0
  );
}

/** Scores again by place as if the story began at paragraph `start` (the inverted pyramid from there). */
function storyStartsAt(candidates: readonly ClaimCandidate[], scores: SentenceScore[], start: number): void {
  candidates.forEach((c, i) => {
    const score = scores[i] as SentenceScore;
    if (score.total === Number.NEGATIVE_INFINITY || c.paragraph < start) return;
    const position = (1 + c.paragraph - start) ** -0.35;
    scores[i] = { ...score, position, total: score.total + WEIGHTS.position * (position - score.position) };
  });
}

/** The nut graf's candidate (see `NUT_GRAF`), or -1. */
function nutGraf(
  candidates: readonly ClaimCandidate[],
  scores: readonly SentenceScore[],
  eligible: (i: number) => boolean,
): number {
  let nut = -1;
  for (let i = 0; i < candidates.length; i++) {
    if ((candidates[i] as ClaimCandidate).paragraph > NUT_GRAF.within) break;
    const likeness = (scores[i] as SentenceScore).headline;
    if (
      eligible(i) &&
      likeness >= NUT_GRAF.likeness &&
      (nut < 0 || likeness > (scores[nut] as SentenceScore).headline)
    )
      nut = i;
  }
  return nut;
}

/**
 * A candidate's claim text within `max` characters: the sentence as it is, or, when it runs longer,
 * shortened the way an editor would (a trailing clause or attribution dropped, so that the claim is
 * still the sentence's start: "November opened the season with a surge in strandings, according to
 * Project Jonah, with 140 …" → "November opened the season with a surge in strandings.").
 */
function fittedClaimText(c: ClaimCandidate, max: number): string | null {
  const whole = claimText(c.text, c.speaker, max);
  if (whole || c.text.length <= max) return whole;
  // (Only length may be cut away: a question of the writer's stays no claim, however long.)
  if (!claimText(c.text, c.speaker, Number.MAX_SAFE_INTEGER)) return null;
  const short = shortenLead(tidyClaim(c.text), max);
  return short ? claimText(short, c.speaker, max) : null;
}
