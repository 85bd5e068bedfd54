/**
 * Key claims: short, faithful sentences from the article, each with its speaker (or none for the
 * reporter's own facts) and the paragraphs that carry it. The lead comes first, then each main
 * speaker's position, then facts with dates and numbers. Deterministic: the same article always
 * gives the same claims.
 */
import type { Entity } from "./entities";
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
  /** How many quotations (any kind) the speaker has, for ranking speakers. */
  speakerWeight: number;
  /** The sentence is mostly a direct quotation. */
  direct: boolean;
  /** Blocks a multi-paragraph quotation in it runs into. */
  blocks: number[];
}

const OPENERS =
  /^(?:but|and|however|meanwhile|still|yet|so|also|instead|indeed|moreover|nonetheless|nevertheless|in addition|separately)\b,?\s*/i;
const DATE_OR_NUMBER =
  /\d|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|million|billion|thousand|hundred|dozen|percent|per cent)\b/i;
const MAX_LENGTH = 230;
const MIN_LENGTH = 45;

/** The sentence tidied for a list: no leading "But", no aside between subject and verb. */
export function tidyClaim(text: string): string {
  let t = text.replace(OPENERS, "").trim();
  // (Each rewrite below runs only when the text has what it looks for: most sentences have none.)
  // "Khamenei, who has the final say in …, said" → "Khamenei said".
  if (t.includes(", who ") || t.includes(", which "))
    t = t.replace(/(\p{Lu}[\p{L}’'-]+), (?:who|which) [^,]{3,160}, /u, "$1 ");
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

/** How many claims an article of this many sentences gets: 5–10, fewer for short ones. */
export function claimCount(sentences: number): number {
  if (sentences < 6) return Math.max(1, Math.min(3, sentences));
  if (sentences < 15) return Math.min(5, Math.max(3, Math.floor(sentences / 3)));
  return Math.min(10, Math.max(5, Math.round(sentences / 3)));
}

/**
 * A sentence's text tidied for a list of claims, when it can be one: neither too long nor too short,
 * no question and no introduction to a list, nothing in the first person outside quotation marks.
 * Else null.
 */
function claimText(sentence: string): string | null {
  // Tidying only shortens a sentence by an aside; anything much longer than a claim can be is skipped.
  // So is anything shorter: tidying lengthens nothing but its first letter, in capitals (one
  // character may become three).
  if (sentence.length > MAX_LENGTH + 200 || sentence.length + 2 < MIN_LENGTH) return null;
  const text = tidyClaim(sentence);
  return text.length >= MIN_LENGTH &&
    text.length <= MAX_LENGTH &&
    !/[?:]\s*$/.test(text) &&
    !/\b(?:I|I’ve|I'm|I’m|my|me)\b/.test(text.replace(/[“"][^”"]*[”"]/g, ""))
    ? text
    : null;
}

/**
 * Picks the key claims from the body's sentences. Candidates are told apart by their index. Whether
 * one can be a claim (and its tidied text) is found out when first asked: the first few of each kind
 * decide, and many candidates of a long article are never asked about.
 */
export function pickClaims(candidates: readonly ClaimCandidate[]): DraftClaim[] {
  const texts: (string | null | undefined)[] = [];
  /** The candidate's claim text, or null when it cannot be a claim. */
  const textOf = (i: number): string | null => {
    let text = texts[i];
    if (text === undefined) {
      text = claimText((candidates[i] as ClaimCandidate).text);
      texts[i] = text;
    }
    return text;
  };
  const usable = (i: number) => textOf(i) !== null;
  const speakerOf = (i: number) => (candidates[i] as ClaimCandidate).speaker;
  const isFact = (i: number) => {
    const text = speakerOf(i) === null ? textOf(i) : null;
    return text !== null && DATE_OR_NUMBER.test(text);
  };
  const chosen: number[] = [];
  const take = (i: number) => {
    if (i >= 0 && !chosen.includes(i)) chosen.push(i);
  };
  const limit = claimCount(candidates.length);

  let lead = 0;
  while (lead < candidates.length && !usable(lead)) lead++;
  take(lead < candidates.length ? lead : -1);
  // Keep a place for a fact with a date or a number, when the article has one.
  let fact = false;
  for (let i = 0; i < candidates.length && !fact; i++) fact = i !== lead && isFact(i);
  const forSpeakers = fact ? limit - 1 : limit;
  // Each speaker's position, main speakers first; reported speech reads better than a bare quote.
  // (Each speaker's first sentence is found once: the sort asks for it again and again.)
  const firstOf = new Map<Entity, number>();
  for (let i = 0; i < candidates.length; i++) {
    const speaker = speakerOf(i);
    if (speaker && !firstOf.has(speaker) && usable(i)) firstOf.set(speaker, i);
  }
  const first = (s: Entity) => firstOf.get(s) ?? 0;
  const weightOf = (s: Entity) => candidates[first(s)]?.speakerWeight ?? 0;
  const speakers = [...firstOf.keys()].sort((a, b) => weightOf(b) - weightOf(a) || first(a) - first(b));
  for (let round = 0; round < 2; round++)
    for (const speaker of speakers) {
      if (chosen.length >= forSpeakers) break;
      // The speaker's first usable sentence not chosen yet that is no bare quotation, else the first.
      let any = -1;
      let own = -1;
      for (let i = first(speaker); i < candidates.length && own < 0; i++) {
        if (speakerOf(i) !== speaker || chosen.includes(i) || !usable(i)) continue;
        if (any < 0) any = i;
        if (!(candidates[i] as ClaimCandidate).direct) own = i;
      }
      take(own >= 0 ? own : any);
    }
  // Then the reporter's facts with dates and numbers.
  for (let i = 0; i < candidates.length && chosen.length < limit; i++) if (isFact(i)) take(i);
  for (let i = 0; i < candidates.length && chosen.length < limit; i++) if (usable(i)) take(i);
  return chosen.slice(0, limit).map((i) => {
    const c = candidates[i] as ClaimCandidate;
    return { text: textOf(i) as string, speaker: c.speaker, blocks: c.blocks, sentence: c.sentence };
  });
}
