/**
 * Quotations: for each, whether it is speech and whose. A cue next to it decides; without one, the
 * layout does (a quote paragraph after a speaker's paragraph, a colon after a clause, a pull-quote's
 * credit), and quoted words that sit where a writer's term sits ("your “crap” list") are not speech
 * unless someone the story quotes said them. Headline quotations are settled against the body.
 */
import type { QuoteKind } from "../article";
import type { Context } from "./context";
import { type Cue, OWN_CLAUSE_OPENERS } from "./cues";
import type { Entity } from "./entities";
import { looksLikeOrganisation } from "./entities";
import type { SpeakerPhrase } from "./noun-phrases";
import { firstOpeningFrom, type MarkedQuote } from "./quote-marks";
import { HYPOTHETICAL, type Resolved } from "./resolve";
import type { BlockData, SentenceFacts } from "./sentence-facts";
import { position } from "./sentence-facts";
import { countWords, isSentenceLike, isTitleCase, quoteKind, termMarkerBefore } from "./speech";

/** What a quotation turned out to be: speech, whose, of which kind. */
export interface Speech {
  speaker: Entity | null;
  kind: QuoteKind;
  /** Given by layout alone (a quote paragraph after a speaker's): a later attribution beats it. */
  guessed?: boolean;
}

/** A quotation waiting for the whole article: a headline's, or a term that may echo a quotation. */
export interface Pending {
  quote: MarkedQuote;
  block: number;
  /** Read as the writer's term: speech only if it repeats a phrase someone was quoted saying. */
  term?: boolean;
}

/** A cue of the sentence and whom it resolved to. */
export interface ResolvedCue {
  cue: Cue;
  entity: Resolved;
}

/** What deciding a sentence's quotations needs of the reading pass, and what it records there. */
export interface QuotationReading {
  readonly quoteSpeech: Map<MarkedQuote, Speech>;
  /** Attributions found in the later paragraphs of multi-paragraph quotations. */
  readonly continuationSpeaker: Map<MarkedQuote, Entity | null>;
  /** Headline and caption quotations with no cue: decided at the end, against the body. */
  readonly deferred: Pending[];
  /** Body quotations read as the writer's terms: speech after all if they echo an earlier quotation. */
  readonly echoes: Pending[];
  /** The last speaker of each body block, for quote paragraphs with no cue. */
  readonly blockSpeaker: Map<number, Entity>;
  /**
   * A paragraph's opening quotation, a sentence of its own, given to the previous speaker for want
   * of a cue: `“… these issues.” Dr Tamimi said the main issues were …` names its speaker next.
   */
  openingGuess: MarkedQuote | null;
  readonly context: Context;
  resolve(phrase: SpeakerPhrase | null, appositive: string | undefined, at: number): Resolved;
  /** The entity a sentence is about (its subject resolved). */
  sentenceSubjectOf(block: BlockData, facts: SentenceFacts): Entity | null;
  /** The person an earlier sentence of a block is about, when the story has them speak. */
  paragraphSpeakerSubject(block: number): Entity | null;
  /** The speaker of the nearest body paragraph before a block. */
  previousBodySpeaker(block: number): Entity | null;
  /**
   * Whether the body prints these words outside quotation marks before offset `end` of block `bi`
   * (in an earlier paragraph, or earlier in this one).
   */
  writerPrints(words: string, bi: number, end: number): boolean;
}

/**
 * Decides each quotation of a sentence, recording what it finds in `r`; returns the speakers of its
 * direct quotations (their sentence is then no separate reported speech of theirs).
 */
export function readQuotations(
  r: QuotationReading,
  bi: number,
  block: BlockData,
  facts: SentenceFacts,
  resolved: readonly ResolvedCue[],
  frame: boolean,
  previousSentenceSpeaker: Entity | null,
): (Entity | null)[] {
  const { sentence } = facts;
  const quoteTokens = facts.quotes;
  /** Speakers of the sentence's direct quotations (a few at most, so a list). */
  const directSpeakers: (Entity | null)[] = [];
  for (const { quote, index: i } of quoteTokens) {
    if (quote.continued) {
      // The rest of a multi-paragraph quotation: its attribution, if here, serves the whole.
      const cue = chooseCue(resolved, i);
      if (cue && cue.entity !== HYPOTHETICAL) {
        r.continuationSpeaker.set(quote, cue.entity);
        directSpeakers.push(cue.entity);
      }
      continue;
    }
    const words = block.text.slice(quote.start, quote.end);
    const before = block.text.slice(sentence.start, quote.open);
    const afterClose = quote.close === null ? block.text.length : quote.close + 1;
    const after = block.text.slice(afterClose, sentence.end);
    if (termMarkerBefore(before, after)) continue;
    // "author of “The Harbour Years”", "2009’s novel “Pride and Prejudice and Zombies”": the title of
    // a work, capitalised as titles are (not "called the play “ridiculous”").
    if (/^\p{Lu}/u.test(words) && WORK_BEFORE.test(before)) continue;
    // "said on “Morning Show.”", "told an interviewer in “Harbour Weekly”": a show or paper where
    // something was said, capitalised as titles are.
    if (SAID_ON_OR_IN.test(before) && isTitleCase(words)) continue;
    // Counted to 7 at most: the tests below only ask "none", "at most 2", "at least 3", "at most 6".
    const wordCount = countWords(words, 7);
    // "Lorenz, “the father of chaos,” …": an epithet in apposition to a name, in lower case, or
    // capitalised without a sentence's full stop ("In the words of Ada Lind, “The ferries are our
    // lifeline.”" quotes a sentence). (The text before is searched last: that pattern is tried at
    // every position of it.)
    if (
      wordCount <= 6 &&
      (/^(?:the|a|an)\s/.test(words) || (/^(?:The|A|An)\s/.test(words) && !/[.!?]\s*$/.test(words))) &&
      /[\p{Lu}][\p{L}'’.-]*,\s*$/u.test(before)
    )
      continue;
    const cue = chooseCue(resolved, i, ownClauseAfter(after));
    const cueAdjacent = cue !== null && Math.abs(cue.cue.index - i) <= 3;
    if (wordCount === 0) continue;
    // A headline's "Khamenei: ‘No war’", "Fact-Checker David Emery: ‘Are There …?’": a name and a
    // colon before the quotation, when the story shows that person speaking.
    const headlineName = frame && !cue ? HEADLINE_SPEAKER.exec(before)?.[1] : undefined;
    if (headlineName) {
      const speaker = r.resolve(
        { type: "name", text: headlineName, start: 0, end: 0, name: headlineName },
        undefined,
        0,
      );
      if (speaker && speaker !== HYPOTHETICAL && speaker.spoke) {
        r.quoteSpeech.set(quote, { speaker, kind: isSentenceLike(words) ? "direct" : "partial" });
        continue;
      }
    }
    // (Most quotations have a cue next to them: that is asked first, the words' case only if not.)
    // ("In his 1931 book “Jungle Ways,” Seabrook describes …": after a noun for a work, a title even
    // beside a verb of saying.)
    const afterWorkNoun = WORK_NOUN_BEFORE.test(before);
    // ("hits including “Harbour Lights,” “Running On Empty,” “Northern Star” and others": one of
    // a list of quoted titles, each beside the next, is a title whatever stands by it.)
    // ("The crowd chanted “We Will Win,” “Not Today,”": a list after anything else is speech.)
    const listed =
      wordCount >= 2 &&
      (QUOTED_BEFORE.test(before) || QUOTED_AFTER.test(after)) &&
      LIST_OF_WORKS.test(before.replace(QUOTED_ITEMS, ""));
    if (
      (!cueAdjacent || afterWorkNoun || listed) &&
      isTitleCase(words) &&
      !(cue && !afterWorkNoun && !listed && /[,.!?]$/.test(words) && isSentenceLike(words))
    ) {
      if (frame) r.deferred.push({ quote, block: bi });
      continue;
    }
    // "your “crap” list", "what I call the “surveillance economy”", "that “a-ha” moment": a few
    // words after a determiner or before a noun are a term the writer marks, unless someone
    // the story names is saying them.
    if (
      wordCount <= 4 &&
      termInPlace(
        before,
        after,
        words,
        cue !== null && Math.abs(cue.cue.index - i) <= 3,
        !!cue?.entity && cue.entity !== HYPOTHETICAL,
        cue !== null && cue.cue.index > i,
      )
    ) {
      // (Unless it repeats what someone said before: "This “mathematical trick” was …"; a
      // headline's or standfirst's term, what someone says anywhere in the story.)
      r.echoes.push({ quote, block: bi, term: true });
      continue;
    }
    // "Buyers who switch early pay a fee. … Some brokers say customers can “switch early” at no
    // cost": a few words the writer has already printed without quotation marks are the writer's
    // term, even after a verb of saying; unless someone was quoted saying them.
    if (
      !frame &&
      wordCount <= 3 &&
      /^\p{Ll}/u.test(words) &&
      !/[,.;:!?]$/.test(words.trim()) &&
      r.writerPrints(words, bi, quote.open)
    ) {
      r.echoes.push({ quote, block: bi });
      continue;
    }
    // "The “improvements” promised …, locals complained": a word or two in quotes, far before the
    // verb, is the writer's irony, not the speaker's words.
    if (cue && cue.cue.index > i + 3 && wordCount <= 2 && !/[,.!?]$/.test(words)) continue;
    const cueBefore = cue !== null && cue.cue.index < i;
    const kind = quoteKind(block.text, quote, sentence.start, sentence.end, cueBefore);
    if (cue) {
      if (cue.entity === HYPOTHETICAL) continue;
      r.quoteSpeech.set(quote, { speaker: cue.entity, kind });
      // “Nobody believed him. “By Monday he had a studio,” she said.": the run's attribution at its
      // end serves the quotations before it.
      for (let k = indexOfQuote(block.quotes, quote) - 1; k >= 0; k--) {
        const earlier = block.quotes[k] as MarkedQuote;
        if (!earlier.runsOn || r.quoteSpeech.has(earlier)) break;
        r.quoteSpeech.set(earlier, { speaker: cue.entity, kind: "direct" });
      }
      if (kind === "direct") directSpeakers.push(cue.entity);
      if (cue.entity) {
        r.context.lastSpeaker = cue.entity;
        if (!frame) r.blockSpeaker.set(bi, cue.entity);
      }
      continue;
    }
    // No cue in the sentence.
    if (frame) {
      r.deferred.push({ quote, block: bi });
      continue;
    }
    // "Perez is more blunt: “…”": a clause ending in a colon introduces its subject's words.
    if (/:\s*$/.test(before) && isSentenceLike(words)) {
      // "a question came from a member of the audience: “…”": a noun of speech from someone.
      const from = SPEECH_FROM.exec(before)?.[1];
      const asker = from
        ? r.resolve(
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
      const subject = asker && asker !== HYPOTHETICAL ? asker : r.sentenceSubjectOf(block, facts);
      // (Someone the story shows can speak: "New signs in stores …:" cannot.)
      const speaks =
        subject &&
        (subject.kind === "person"
          ? subject.evidence
          : subject.kind === "organisation"
            ? subject.spoke || looksLikeOrganisation(subject.name)
            : subject.kind === "group");
      if (subject && speaks) {
        r.quoteSpeech.set(quote, { speaker: subject, kind: "direct" });
        directSpeakers.push(subject);
        r.context.lastSpeaker = subject;
        r.blockSpeaker.set(bi, subject);
        continue;
      }
    }
    // "“A bridge nobody wanted.” ― Ana Ruiz, campaigner": a pull-quote credited after a bar or a dash.
    const credited = PULL_QUOTE_CREDIT.exec(block.text.slice(afterClose));
    if (credited?.[1]) {
      const speaker = r.resolve(
        { type: "name", text: credited[1], start: 0, end: 0, name: credited[1] },
        undefined,
        position(bi, afterClose),
      );
      if (speaker && speaker !== HYPOTHETICAL) {
        r.quoteSpeech.set(quote, { speaker, kind: "direct" });
        directSpeakers.push(speaker);
        continue;
      }
    }
    const opensBlock = block.text.slice(0, quote.open).trim() === "";
    if (opensBlock && isSentenceLike(words)) {
      const speaker = r.previousBodySpeaker(bi) ?? r.context.lastSpeaker;
      r.quoteSpeech.set(quote, { speaker, kind: "direct", guessed: true });
      // (A quotation that is the whole sentence: the next sentence may say who said it.)
      if (block.text.slice(afterClose, sentence.end).trim() === "") r.openingGuess = quote;
      if (speaker) {
        r.context.lastSpeaker = speaker;
        r.blockSpeaker.set(bi, speaker);
      }
      continue;
    }
    // "“A,” he said. “B.”": a quotation after an attributed sentence continues it.
    if (previousSentenceSpeaker && (isSentenceLike(words) || wordCount >= 3)) {
      r.quoteSpeech.set(quote, {
        speaker: previousSentenceSpeaker,
        kind: opensSentence(before) ? "direct" : "partial",
      });
    }
    // "Mr Curry grew up in the Netherlands. … “At a certain point, I was driving in …”": a whole
    // sentence quoted, with no cue, in a paragraph about someone the story has speak is theirs.
    else if (opensSentence(before) && isSentenceLike(words) && wordCount >= 3) {
      const subject = r.paragraphSpeakerSubject(bi);
      if (subject) {
        r.quoteSpeech.set(quote, { speaker: subject, kind: "direct", guessed: true });
        directSpeakers.push(subject);
        r.context.lastSpeaker = subject;
        r.blockSpeaker.set(bi, subject);
      }
    }
    // "The message was simple: “The ferry will run.”": a sentence quoted after a colon is somebody's
    // words, though the story does not say whose (not a sign's or a slogan's printed words: "New
    // signs …: “Lower prices,” reads one").
    else if (
      /:\s*$/.test(before) &&
      isSentenceLike(words) &&
      wordCount >= 3 &&
      !PRINTED_WORDS.test(block.text.slice(sentence.start, sentence.end))
    )
      r.quoteSpeech.set(quote, { speaker: null, kind: "direct" });
    // Otherwise: scare quotes or a term; not speech.
  }

  return directSpeakers;
}

/** Where a quotation stands in its block's list. */
function indexOfQuote(quotes: readonly MarkedQuote[], quote: MarkedQuote): number {
  const at = firstOpeningFrom(quotes, quote.open);
  return quotes[at] === quote ? at : quotes.indexOf(quote);
}

/** Words of text printed on something rather than said: signs, slogans, what a sign "reads". */
const PRINTED_WORDS =
  /\b(?:reads?|signs?|banners?|slogans?|placards?|posters?|headlines?|inscriptions?|captions?|labels?)\b/i;

/**
 * Headline and caption quotations with no cue are speech when the body says the same words; a term
 * in the body is speech when it repeats a phrase someone said before it.
 */
export function settlePending(
  pending: readonly Pending[],
  blocks: readonly BlockData[],
  quoteSpeech: Map<MarkedQuote, Speech>,
  frameRoles: ReadonlySet<string>,
  position: (block: number, offset: number) => number,
) {
  for (const { quote, block, term } of pending) {
    const words = fold(blocks[block]?.text.slice(quote.start, quote.end) ?? "").replace(/[.,!?…]+$/, "");
    if (countWords(words, 1) === 0) continue;
    const inBody = !frameRoles.has(blocks[block]?.role ?? "body");
    const echo = inBody || term === true;
    // (An echo repeats a phrase, not one word: "neon" alone is only a word both use, and "a-ha" one
    // word however it is spelt; a headline's one word is speech when it is a whole quotation of the
    // body, as “Unprecedented” is.)
    const oneWord = echo ? !/\s/.test(words) : countWords(words, 2) < 2;
    if (echo && oneWord) continue;
    for (const [other, speech] of quoteSpeech) {
      if (
        echo &&
        (!speech.speaker || (inBody && position(other.block, other.start) > position(block, quote.start)))
      )
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
}

/** Runs of characters that are not letters or digits (see `settlePullQuotes`). */
const NOT_A_LETTER = /[^\p{L}\p{N}]+/gu;

/**
 * Pull quotes: a paragraph that is only a quotation, given to the previous paragraph's speaker for
 * want of a cue, is the speaker's whose quotation elsewhere in the body holds the same words
 * (“My only wish is to prove …” set apart from the text, and “My only wish is to prove … ,” said in
 * it). Words are compared without punctuation (ellipses, quote marks, apostrophes).
 */
export function settlePullQuotes(blocks: readonly BlockData[], quoteSpeech: Map<MarkedQuote, Speech>) {
  const plainText = new Map<MarkedQuote, string>();
  const plain = (q: MarkedQuote) => {
    let text = plainText.get(q);
    if (text === undefined) {
      text = (blocks[q.block]?.text.slice(q.start, q.end) ?? "")
        .toLowerCase()
        .replace(NOT_A_LETTER, " ")
        .trim();
      plainText.set(q, text);
    }
    return text;
  };
  for (const [quote, speech] of quoteSpeech) {
    if (!speech.guessed) continue;
    const block = blocks[quote.block];
    if (
      !block ||
      block.text.slice(quote.close === null ? block.text.length : quote.close + 1).trim().length > 1
    )
      continue;
    const words = plain(quote);
    if (countWords(words, 6) < 6) continue;
    for (const [other, said] of quoteSpeech) {
      if (other === quote || said.guessed || !said.speaker || other.block === quote.block) continue;
      if (!plain(other).includes(words)) continue;
      quoteSpeech.set(quote, { ...speech, speaker: said.speaker });
      break;
    }
  }
}

/** "a question came from a member of the audience:": a noun of speech, "from", and who it came from. */
const SPEECH_FROM =
  /\b(?:question|answer|reply|message|response|comment|warning|retort|plea|shout|call)s?\b[^:]{0,40}\bfrom\s+((?:an?|the|one)\s+[\p{Ll}-]+(?:\s+(?:of|in|at|from)\s+the\s+[\p{Ll}-]+)?|\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})\s*:\s*$/u;

/** A name and a colon ending a headline's text before a quotation: "… David Emery: ". */
const HEADLINE_SPEAKER = /(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,4})\s*:\s*$/u;

/** A credit after a pull-quote: "― Ana Ruiz, Save the Tay campaign" (a bar or a dash, then a name). */
const PULL_QUOTE_CREDIT = /^\s*[―—–]\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/u;

/**
 * A noun for a work, or "titled", right before a quotation (or before it and a comma: "In that
 * book, “The Last Train Home,” …"): the quotation is the work's title.
 */
const WORK_NOUN_BEFORE =
  /\b(?:book|novel|memoir|biography|film|movie|documentary|song|album|single|play|musical|opera|poem|series|show|episode|podcast|essay|column|titled|entitled),?\s*$/i;

/** Words before the title of a work: "author of", "the novel", "her book,". */
const WORK_BEFORE =
  /\b(?:(?:author|co-author|writer|director|star) of(?: the)?(?: (?:book|novel|memoir|film|movie|play))?|books?|novels?|memoir|films?|movies?|documentary|album|song|play|musical|podcast|poem|essay|best-?seller),?\s*$/i;

/** A verb of saying or appearing, then "on" or "in": what a title after it names is a show or a paper. */
const SAID_ON_OR_IN =
  /\b(?:said|says|told|tells|spoke|speaks|appeared|appears|wrote|writes)(?:\s+\p{Ll}+){0,2}\s+(?:on|in)\s*$/u;

/** A quotation closing right before (a list's earlier item: "“Harbour Lights,” “…”", "“A” and “…”"). */
const QUOTED_BEFORE = /[”"]\s*,?\s*(?:(?:and|or)\s+)?$/;
/** A quotation opening right after (a list's next item). */
const QUOTED_AFTER = /^\s*,?\s*(?:(?:and|or)\s+)?[“"]/;
/** The list's items before this one. */
const QUOTED_ITEMS = /(?:[“"][^”"]*[”"]\s*,?\s*(?:(?:and|or)\s+)?)+$/u;
/** What leads into a list of works: "hits including", "songs like", "albums such as", "titles:". */
const LIST_OF_WORKS =
  /\b(?:songs|hits|singles|albums|tracks|titles|films|movies|books|novels|shows|episodes|classics|favou?rites)\b(?:\s+[\p{L}\d’'-]+){0,6}?[\s,]*(?:(?:including|includes?|like|such as)\s*)?[:,]?\s*$/iu;

/** Articles and demonstratives after which quoted words are a term: "the “surveillance economy”". */
const TERM_ARTICLE = /(?:^|\s)(?:the|a|an|this|that|these|those|your|every|each|personal)\s*$/i;
/** Possessives, which may introduce a speaker's own words: "his “biggest frustration”". */
const TERM_POSSESSIVE = /(?:^|\s)(?:my|our|their|its|his|her)\s*$/i;
/** Verbs whose object is the label of an option, a setting or a button: "opt out of “…”". */
const OPTION_VERB_BEFORE =
  /\b(?:opt(?:s|ed|ing)?\s+(?:out\s+of|in(?:to)?|for)|sign(?:s|ed|ing)?\s+up\s+(?:for|to)|subscrib(?:e|es|ed|ing)\s+to|unsubscrib(?:e|es|ed|ing)\s+from|(?:click|tap)(?:s|ed|ing|ped|ping)?(?:\s+on)?|(?:select|choos|enabl|disabl|toggl)\w*|chose|turn(?:s|ed|ing)?\s+(?:on|off)|switch(?:es|ed|ing)?\s+(?:on|off))\s*$/i;
/** Verbs of the mind and the senses, as a figure lends them to a thing: "the brain “feels”". */
const MIND_VERB =
  /^(?:feel|know|think|want|decide|believe|see|hear|remember|forget|learn|understand|like|hate|prefer|choose|expect|hope|worry|care|sense|notice|wish|fear)(?:s|ed|d)?$|^(?:knew|thought|saw|heard|understood|chose|felt|learnt|forgot)$/;
/** A gloss after quoted words: "“safety” — the idea that …", "“consent” — that they …". */
const GLOSS_AFTER =
  /^\s*[—–]\s*(?:that|namely|meaning|i\.e\.|(?:the|a)\s+(?:idea|notion|claim|argument|belief|promise|principle)\b)/i;
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
  /** Whether the verb of saying comes after the quotation (the title is in its subject's words). */
  cueAfter = false,
): boolean {
  if (/[!?]$/.test(words.trim()) && /^\p{Lu}/u.test(words)) return false;
  const next = /^\s*([\p{Ll}][\p{L}-]*)/u.exec(after)?.[1];
  // (A title may end in its own full stop: "the “Meth. We’re on it.” campaign".)
  const nounAfter =
    next !== undefined &&
    !NOT_A_NOUN.has(next) &&
    !/(?:ly|ing|ed)$/.test(next) &&
    (!/[,.;:]$/.test(words.trim()) ||
      (/\.$/.test(words.trim()) && /^\p{Lu}/u.test(words) && /^\s+\p{Ll}/u.test(after)));
  // "kept a “complaints” folder", "our “aha!” moments": between an article or a possessive and its
  // noun, a term even in someone's sentence.
  // (Beside a verb of saying only a title in its subject: "the “Harbour Nights” actor said", not "said
  // the “deeply flawed” report" or "said the “Radical Left” mob", nor its "that": "said that “fares”
  // rose".)
  if (
    (TERM_ARTICLE.test(before) || TERM_POSSESSIVE.test(before)) &&
    nounAfter &&
    !(cueNextToIt && (/that\s*$/i.test(before) || !/^\p{Lu}/u.test(words) || !cueAfter))
  )
    return true;
  // "opt out of “priority boarding,”": the label of an option, a setting or a button.
  if (OPTION_VERB_BEFORE.test(before)) return true;
  const bare = words.trim();
  // "by citing “safety” — the idea that …": a word or two the writer goes on to gloss.
  if (/^\p{Ll}[\p{L}-]*(?:\s\p{Ll}[\p{L}-]*)?$/u.test(bare) && GLOSS_AFTER.test(after)) return true;
  // "the model “knows” when …": a verb of the mind lent to a thing (after a determiner and its
  // noun, the sentence going on), the writer's figure of speech.
  if (
    MIND_VERB.test(bare) &&
    /(?:^|\s)(?:the|a|an|this|that|its|our|their|your)(?:\s+\p{Ll}[\p{L}-]*){1,2}\s*$/iu.test(before) &&
    /^\s+\p{Ll}/u.test(after)
  )
    return true;
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

const fold = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').trim();

/** The sentence opens with the quotation (nothing but punctuation before it). */
const opensSentence = (before: string) => /^[\s(["“‘']*$/.test(before);

/** A clause of its own opening right after a quotation: "“cut fares” before the council would agree". */
const ownClauseAfter = (after: string) =>
  OWN_CLAUSE_OPENERS.has(/^[\s,]*(\p{L}+)\s/u.exec(after)?.[1]?.toLowerCase() ?? "");

/**
 * The cue a quotation belongs to: an attribution right after it, else the verb before it, else
 * after. (Not a verb in a clause of its own that opens after it, `ownClause`: "they said the
 * fares were low “by any measure” when the council announced its review" is theirs.)
 */
function chooseCue(resolved: readonly ResolvedCue[], quoteIndex: number, ownClause = false) {
  if (resolved.length === 0) return null;
  const after = resolved.find((r) => r.cue.index > quoteIndex);
  let before: (typeof resolved)[number] | undefined;
  for (let k = resolved.length - 1; k >= 0 && !before; k--)
    if ((resolved[k] as (typeof resolved)[number]).cue.index < quoteIndex) before = resolved[k];
  // ("… recalled that he said, “I'll …,” the attorney's office said.": the verb that opens the
  // quotation names whose words they are; the one after it, who reports them.)
  if (before?.entity && quoteIndex - before.cue.index <= 2 && after) return before;
  if (before?.entity && ownClause) return before;
  // ("She told the meeting that “…,” according to the Harbour Herald.": words the main clause
  // reports are its speaker's; the source an "according to" names reports them all.)
  if (before?.entity && after && (after.cue.lemma === "according to" || after.cue.lemma === "report"))
    return before;
  // ("he hoped the swap would “pave the way” for direct talks": a verb after the quotation that
  // no one says gives way to the attribution before it.)
  if (after && (!before || (after.cue.index - quoteIndex <= 4 && (after.entity || !before.entity))))
    return after;
  // ("That mobility remains low suggests “…” except in a few areas, Burtless said.": a verb whose
  // subject is no one gives way to the attribution that closes the sentence.)
  if (before && !before.entity && after?.entity) return after;
  if (before) return before;
  return after ?? resolved[0] ?? null;
}
