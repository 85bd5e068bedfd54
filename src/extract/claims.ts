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

/** Picks the key claims from the body's sentences. */
export function pickClaims(candidates: readonly ClaimCandidate[]): DraftClaim[] {
  const usable: ClaimCandidate[] = [];
  for (const c of candidates) {
    // Tidying only shortens a sentence by an aside; anything much longer than a claim can be is skipped.
    if (c.text.length > MAX_LENGTH + 200) continue;
    const text = tidyClaim(c.text);
    if (
      text.length >= MIN_LENGTH &&
      text.length <= MAX_LENGTH &&
      !/[?:]\s*$/.test(text) &&
      !/\b(?:I|I’ve|I'm|I’m|my|me)\b/.test(text.replace(/[“"][^”"]*[”"]/g, ""))
    )
      usable.push({ ...c, text });
  }
  const chosen: typeof usable = [];
  const take = (c: (typeof usable)[number] | undefined) => {
    if (c && !chosen.includes(c)) chosen.push(c);
  };
  const limit = claimCount(candidates.length);

  take(usable[0]);
  // Keep a place for a fact with a date or a number, when the article has one.
  const fact = usable.find((c) => c.speaker === null && DATE_OR_NUMBER.test(c.text) && c !== usable[0]);
  const forSpeakers = fact ? limit - 1 : limit;
  // Each speaker's position, main speakers first; reported speech reads better than a bare quote.
  // (Each speaker's first sentence is found once: the sort asks for it again and again.)
  const firstOf = new Map<Entity, number>();
  usable.forEach((c, i) => {
    if (c.speaker && !firstOf.has(c.speaker)) firstOf.set(c.speaker, i);
  });
  const first = (s: Entity) => firstOf.get(s) ?? 0;
  const speakers = [...firstOf.keys()].sort(
    (a, b) =>
      (usable[first(b)]?.speakerWeight ?? 0) - (usable[first(a)]?.speakerWeight ?? 0) || first(a) - first(b),
  );
  for (let round = 0; round < 2; round++)
    for (const speaker of speakers) {
      if (chosen.length >= forSpeakers) break;
      const own = usable.filter((c) => c.speaker === speaker && !chosen.includes(c));
      take(own.find((c) => !c.direct) ?? own[0]);
    }
  // Then the reporter's facts with dates and numbers.
  for (const c of usable) {
    if (chosen.length >= limit) break;
    if (c.speaker === null && DATE_OR_NUMBER.test(c.text)) take(c);
  }
  for (const c of usable) {
    if (chosen.length >= limit) break;
    take(c);
  }
  return chosen
    .slice(0, limit)
    .map((c) => ({ text: c.text, speaker: c.speaker, blocks: c.blocks, sentence: c.sentence }));
}
