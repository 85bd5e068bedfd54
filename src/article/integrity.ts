/**
 * Cross-reference rules the schema alone cannot express, applied after the structural check.
 *
 * Decision (documented in the README under "Failure behaviour"): a broken paragraph list makes the
 * article unreadable, so it is fatal; a broken quote, mention or claim only loses that item, so the
 * reader drops it, shows the rest, and lists every dropped item with the field at fault. A reader
 * who gets most of an article with a precise warning is better served than one who gets an error page.
 */
import type { Article, Quote, Span } from "./schema";

/** One problem found in an article, located by a JSON path such as `quotes[3].spans[0].end`. */
export interface ArticleProblem {
  /** Where in the document: `quotes[3].spans[0].end`. */
  path: string;
  /** What is wrong, in words a person fixing the file can act on. */
  message: string;
}

/** The outcome of checking references and offsets. */
export interface IntegrityResult {
  /** The article with every broken quote, mention and claim removed (the input is not modified). */
  article: Article;
  /** Problems that make the article unreadable. Non-empty means `article` must not be shown. */
  errors: ArticleProblem[];
  /** Items that were dropped or repaired so the rest can be shown. */
  warnings: ArticleProblem[];
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair (an astral character). */
function splitsCharacter(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** Why a span cannot be placed in its paragraph, or null when it can. */
function spanProblem(span: Span, paragraphs: Map<string, string>, path: string): ArticleProblem | null {
  const text = paragraphs.get(span.paragraphId);
  if (text === undefined)
    return { path: `${path}.paragraphId`, message: `no paragraph has the id "${span.paragraphId}"` };
  if (span.end > text.length)
    return {
      path: `${path}.end`,
      message: `beyond the paragraph ("${span.paragraphId}" has ${text.length} characters, end is ${span.end})`,
    };
  if (span.start >= span.end)
    return { path: `${path}.start`, message: `not before end (start ${span.start}, end ${span.end})` };
  for (const key of ["start", "end"] as const)
    if (splitsCharacter(text, span[key]))
      return {
        path: `${path}.${key}`,
        message: `splits a character in two (offsets count UTF-16 code units, as JavaScript strings do)`,
      };
  return null;
}

/** Ids seen so far in one list; reports the second and later uses of an id. */
function duplicateTracker(list: string) {
  const seen = new Map<string, number>();
  return (itemId: string, index: number): ArticleProblem | null => {
    const first = seen.get(itemId);
    if (first !== undefined)
      return { path: `${list}[${index}].id`, message: `duplicate id "${itemId}" (also ${list}[${first}])` };
    seen.set(itemId, index);
    return null;
  };
}

/** Checks every cross-reference and offset, and returns the article with broken items removed. */
export function checkIntegrity(input: Article): IntegrityResult {
  const errors: ArticleProblem[] = [];
  const warnings: ArticleProblem[] = [];

  const paragraphText = new Map<string, string>();
  const paragraphDup = duplicateTracker("paragraphs");
  input.paragraphs.forEach((p, i) => {
    const dup = paragraphDup(p.id, i);
    if (dup) errors.push(dup);
    else paragraphText.set(p.id, p.text);
  });
  for (const role of ["title", "standfirst"] as const) {
    const indexes = input.paragraphs.flatMap((p, i) => (p.role === role ? [i] : []));
    if (indexes.length > 1)
      errors.push({ path: `paragraphs[${indexes[1]}].role`, message: `more than one ${role} paragraph` });
  }

  const speakerDup = duplicateTracker("speakers");
  const speakers = input.speakers.filter((s, i) => {
    const dup = speakerDup(s.id, i);
    if (dup) warnings.push({ ...dup, message: `${dup.message}: speaker dropped` });
    return !dup;
  });
  const speakerIds = new Set(speakers.map((s) => s.id));

  const quoteDup = duplicateTracker("quotes");
  const quotes: Quote[] = [];
  // Quotes dropped here are reported once, as quotes; claims that cite them lose the link quietly.
  const droppedQuoteIds = new Set<string>();
  input.quotes.forEach((q, i) => {
    const dup = quoteDup(q.id, i);
    if (dup) {
      warnings.push({ ...dup, message: `${dup.message}: quote dropped` });
      return;
    }
    const broken = q.spans
      .map((s, j) => spanProblem(s, paragraphText, `quotes[${i}].spans[${j}]`))
      .find((p) => p !== null);
    if (broken) {
      warnings.push({ ...broken, message: `${broken.message}: quote "${q.id}" not shown` });
      droppedQuoteIds.add(q.id);
      return;
    }
    if (q.speakerId !== null && !speakerIds.has(q.speakerId)) {
      warnings.push({
        path: `quotes[${i}].speakerId`,
        message: `no speaker has the id "${q.speakerId}": quote "${q.id}" shown without a speaker`,
      });
      quotes.push({ ...q, speakerId: null });
      return;
    }
    quotes.push(q);
  });
  const quoteIds = new Set(quotes.map((q) => q.id));

  const mentions = input.mentions.filter((m, i) => {
    const path = `mentions[${i}]`;
    const problem = speakerIds.has(m.speakerId)
      ? spanProblem(m, paragraphText, path)
      : { path: `${path}.speakerId`, message: `no speaker has the id "${m.speakerId}"` };
    if (problem) warnings.push({ ...problem, message: `${problem.message}: mention dropped` });
    return !problem;
  });

  const claimDup = duplicateTracker("claims");
  const claims = input.claims.flatMap((c, i) => {
    const dup = claimDup(c.id, i);
    if (dup) {
      warnings.push({ ...dup, message: `${dup.message}: claim dropped` });
      return [];
    }
    const missing = c.paragraphIds.findIndex((pid) => !paragraphText.has(pid));
    if (missing >= 0) {
      warnings.push({
        path: `claims[${i}].paragraphIds[${missing}]`,
        message: `no paragraph has the id "${c.paragraphIds[missing]}": claim "${c.id}" dropped`,
      });
      return [];
    }
    let speakerId = c.speakerId;
    if (speakerId !== null && !speakerIds.has(speakerId)) {
      warnings.push({
        path: `claims[${i}].speakerId`,
        message: `no speaker has the id "${speakerId}": claim "${c.id}" shown without a speaker`,
      });
      speakerId = null;
    }
    const knownQuotes = c.quoteIds?.filter((qid) => quoteIds.has(qid));
    c.quoteIds?.forEach((qid, j) => {
      if (!quoteIds.has(qid) && !droppedQuoteIds.has(qid))
        warnings.push({
          path: `claims[${i}].quoteIds[${j}]`,
          message: `no quote has the id "${qid}": link to it dropped`,
        });
    });
    return [{ ...c, speakerId, ...(knownQuotes ? { quoteIds: knownQuotes } : {}) }];
  });

  return { article: { ...input, speakers, quotes, mentions, claims }, errors, warnings };
}
