/**
 * An extracted article against gold labels in the shared corpus's format, as relations a reader
 * checks. Used by the fixture test (`tests/unit/attribution-gold.test.ts`) and by
 * `scripts/gold-report.ts`, which prints the same problems for any folder of labelled articles.
 */
import type { Article, Speaker } from "../../src/article";

/** A speaker as the gold labels name them. */
export interface GoldSpeaker {
  name: string;
  aliases: string[];
  kind: string;
}

/** Gold labels (see the corpus README). */
export interface Gold {
  speakers: GoldSpeaker[];
  quotes: { text: string; speaker: string | null; kind: string; anonymous?: boolean }[];
  indirect: { sentence: string; speaker: string }[];
  /** Every sentence of reported speech is labelled, so any other one reported is a mistake. */
  indirectComplete?: boolean;
  nonSpeech?: { text: string }[];
}

/** What is wrong, by kind; each list empty when that part is right. */
export interface GoldProblems {
  /** Labelled quotes missed or given to someone else. */
  quotes: string[];
  /** Marked quotes that are no labelled quote. */
  extraQuotes: string[];
  /** Sentences of reported speech missed or given to someone else. */
  indirect: string[];
  /** Sentences reported as speech that the labels do not have. */
  extraIndirect: string[];
  /** Listed speakers who are not speakers, of the wrong kind, or listed twice. */
  speakers: string[];
}

/** Titles a name is compared without, as the corpus scorer does. */
const TITLES = new Set(
  "mr mrs ms dr sir president minister senator sen rep gov governor the prime secretary of state chief executive mayor judge professor prof general gen lord lady".split(
    " ",
  ),
);
const DESCRIPTION = /^(?:the|a|an|his|her|its|their)\s/i;

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .match(/[\p{L}\p{N}']+/gu) ?? [];

/**
 * The forms a name is known by: each form's last word that is no title, and each form whole. (An
 * alias that is a description, "the utility", "the company", would pair any two speakers so called:
 * only the name itself counts when it is one.)
 */
function keys(name: string, aliases: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const form of [name, ...aliases.filter((a) => !DESCRIPTION.test(a))]) {
    const w = words(form).map((x) => x.replace(/'s$/, ""));
    const named = w.filter((x) => !TITLES.has(x));
    if (named.length > 0) out.add(named[named.length - 1] as string);
    if (w.length > 0) out.add(w.join(" "));
  }
  return out;
}

/** Whether a listed speaker is the gold speaker (by the corpus scorer's rule: a shared form). */
export function sameSpeaker(gold: GoldSpeaker, speaker: Speaker | undefined): boolean {
  if (!speaker) return false;
  const g = keys(gold.name, gold.aliases);
  for (const k of keys(speaker.name, speaker.aliases)) if (g.has(k)) return true;
  return false;
}

const fold = (s: string) =>
  s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim().toLowerCase();

/** Every disagreement between an article and its gold labels. */
export function goldProblems(article: Article, gold: Gold): GoldProblems {
  const text = new Map(article.paragraphs.map((p) => [p.id, p.text]));
  const speakers = new Map(article.speakers.map((s) => [s.id, s]));
  const goldSpeaker = (speaker: string) =>
    gold.speakers.find((s) => s.name === speaker) ?? { name: speaker, aliases: [], kind: "person" };
  const marked = article.quotes.map((q) => ({
    kind: q.kind,
    speaker: q.speakerId ? speakers.get(q.speakerId) : undefined,
    texts: q.spans.map((s) => text.get(s.paragraphId)?.slice(s.start, s.end) ?? ""),
  }));
  const direct = marked.filter((q) => q.kind !== "indirect");
  const indirect = marked.filter((q) => q.kind === "indirect");
  const name = (s: Speaker | undefined) => s?.name ?? "nobody";
  const problems: GoldProblems = {
    quotes: [],
    extraQuotes: [],
    indirect: [],
    extraIndirect: [],
    speakers: [],
  };

  for (const g of gold.quotes) {
    const hit = direct.find((q) => q.texts.some((t) => fold(t) === fold(g.text)));
    if (!hit) problems.quotes.push(`missed (${g.speaker}): “${g.text}”`);
    else if (g.speaker && !sameSpeaker(goldSpeaker(g.speaker), hit.speaker))
      problems.quotes.push(`${name(hit.speaker)}, not ${g.speaker}: “${g.text}”`);
  }
  const labelled = new Set(gold.quotes.map((g) => fold(g.text)));
  for (const q of direct)
    for (const t of q.texts)
      if (!labelled.has(fold(t))) problems.extraQuotes.push(`${name(q.speaker)}: “${t}”`);

  for (const g of gold.indirect) {
    const sentence = fold(g.sentence);
    const hits = indirect.filter((q) =>
      q.texts.some((t) => sentence.includes(fold(t)) && t.length * 2 >= g.sentence.length),
    );
    if (!hits.some((q) => sameSpeaker(goldSpeaker(g.speaker), q.speaker)))
      problems.indirect.push(
        `${hits.length ? `${hits.map((q) => name(q.speaker)).join(", ")}, not ` : "missed, "}${g.speaker}: “${g.sentence}”`,
      );
  }
  const sentences = gold.indirect.map((g) => fold(g.sentence));
  const quoted = gold.quotes.map((g) => fold(g.text));
  for (const q of gold.indirectComplete ? indirect : []) {
    const t = fold(q.texts.join(" "));
    if (!sentences.some((s) => s.includes(t) || t.includes(s)) && !quoted.some((w) => t.includes(w)))
      problems.extraIndirect.push(`${name(q.speaker)}: “${q.texts.join(" … ")}”`);
  }

  for (const s of article.speakers) {
    const matches = gold.speakers.filter((g) => sameSpeaker(g, s));
    if (matches.length === 0) problems.speakers.push(`not a speaker: ${s.name}`);
    for (const g of matches)
      if (g.kind !== s.kind && s.kind !== "document")
        problems.speakers.push(`${s.name}: ${s.kind}, not ${g.kind}`);
  }
  for (const g of gold.speakers) {
    const listed = article.speakers.filter((s) => sameSpeaker(g, s));
    if (listed.length > 1)
      problems.speakers.push(
        `${g.name} listed ${listed.length} times: ${listed.map((s) => s.name).join("; ")}`,
      );
  }
  return problems;
}
