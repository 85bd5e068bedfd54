/**
 * Whether a verb of saying is used in its speech sense where it stands: with the complement its
 * sense needs ("held that", "ruled out", "stated in a blog post that"), not negated into silence
 * ("would not reveal"), not governed by a verb that says nothing was said ("declined to confirm"),
 * and not inside what another cue reports ("Vos said … unless the council agreed").
 */
import type { Cue } from "./cues";
import { NEEDS_COMPLEMENT, SPEECH_VERBS, VERB_PRECURSORS } from "./lexicon";
import { isCapitalised, opensPhraseAfterQuote, type Token } from "./tokens";

const isPunct = (t: Token | undefined, chars = ",:") => t?.kind === "punct" && chars.includes(t.text);

/** Prepositions that open a phrase between a verb and what it reports ("stated in a post that"). */
const PHRASE_OPENERS = new Set([
  "in",
  "on",
  "at",
  "during",
  "to",
  "with",
  "after",
  "before",
  "from",
  "through",
  "via",
]);
/** Verbs whose object is the person addressed, before what was said: "reminded protesters that". */
const OBJECT_THEN_THAT = new Set([
  "remind",
  "tell",
  "warn",
  "assure",
  "reassure",
  "inform",
  "convince",
  "persuade",
  "caution",
]);

/** Words whose speaker "attributes" names: "attributed the quote to", "attributes remarks to". */
const ATTRIBUTED_WORDS = /^(?:quotes?|quotations?|remarks?|comments?|words|statements?|tweets?|posts?)$/;

/** What one issues in words: "issued a plea", "issued a stark warning". */
const ISSUED_WORDS = new Set(
  "plea pleas appeal appeals warning warnings call apology denial ultimatum reminder rebuke rebuttal".split(
    " ",
  ),
);

/** What one responds to with deeds: "responded to the fire", "responding to their needs". */
const EVENTS_ANSWERED = new Set(
  "need needs crisis emergency emergencies fire fires blaze incident incidents scene attack attacks threat threats outbreak disaster flooding floods treatment drug vaccine market markets conditions changes situation shortage shortages alarm alarms".split(
    " ",
  ),
);

/** Days and times that may follow a closing "…, the council announced Monday." */
const WHEN_SAID = new Set(
  "yesterday today tonight monday tuesday wednesday thursday friday saturday sunday".split(" "),
);

/**
 * Whether the verb at `i` ends its sentence (a day may follow) with a comma at most twelve words
 * before ("…, the U.S. Attorney’s Office for the Western District of New York announced Monday.").
 */
export function closesSentence(tokens: readonly Token[], i: number): boolean {
  // (Past how it was said: "…, Kulak said by email.", "…, she said in a statement on Monday.")
  const k = afterTimeOfSaying(tokens, afterMannerOfSaying(tokens, afterTimeOfSaying(tokens, i + 1)));
  // ("…, he said, urging voters to hold him to account.": a participle's clause after it too.)
  const trailing = isPunct(tokens[k], ",") && /^\p{Ll}+ing$/u.test(tokens[k + 1]?.text ?? "");
  if (tokens[k] && !isPunct(tokens[k], ".!?") && !trailing) return false;
  for (let j = i - 1; j >= Math.max(0, i - 13); j--) {
    const t = tokens[j] as Token;
    // (Not the comma of a number, "on 2,164 CERP projects.", nor a clause of a participle or a
    // preposition: "…, going toe-to-toe with him in a series of social media posts.")
    if (isPunct(t, ",")) {
      const opening = tokens[j + 1];
      return (
        j < i - 1 &&
        !!opening &&
        // (", she said." closes a sentence; ", she headed the team for the Apollo project." is a
        // clause of her own, its last word a noun.)
        !(
          PERSONAL_PRONOUNS.has(opening.lower) &&
          tokens.slice(j + 2, i).some((w) => !/ly$/.test(w.lower) && !ADVERBS_OF_TIME.has(w.lower))
        ) &&
        !/^\d/.test(opening.text) &&
        !(!isCapitalised(opening) && /(?:ing|ed)$/.test(opening.lower)) &&
        !PHRASE_OPENERS.has(opening.lower) &&
        // ("…, but others disagreed.": a clause joined on, with its own attribution.)
        !CLAUSE_JOINERS.has(opening.lower) &&
        !["by", "of", "as", "for", "while", "when", "which", "who", "where", "than"].includes(
          opening.lower,
        ) &&
        // ("Ana Ruiz, the mayor, said the camps cost more than the agency says.": the sentence's own
        // verb of saying after the comma; the last one is in what it reports.)
        !SPEECH_VERBS.has(opening.lower)
      );
    }
    if (t.kind !== "word") return false;
  }
  return false;
}

/** Adverbs between a subject and its verb of saying: "…, she later stated." */
const ADVERBS_OF_TIME = new Set(["later", "also", "then", "previously", "once", "again", "now", "since"]);
/** Pronouns that are a whole subject. */
const PERSONAL_PRONOUNS = new Set(["he", "she", "they", "it", "we", "i", "you"]);

/** Periods a time of saying names: "last week", "earlier this year". */
const PERIODS = new Set("week weekend month year night morning afternoon evening".split(" "));

/**
 * Where the words after a verb go on past a time of saying ("Monday", "on Monday", "late
 * Thursday", "last week", "earlier this year"): the index after it, or `k` when there is none.
 */
export function afterTimeOfSaying(tokens: readonly Token[], k: number): number {
  const word = (n: number) => tokens[n]?.lower ?? "";
  const when = (n: number) => WHEN_SAID.has(word(n)) || PERIODS.has(word(n));
  if (WHEN_SAID.has(word(k))) return k + 1;
  if (["on", "late", "early"].includes(word(k)) && WHEN_SAID.has(word(k + 1))) return k + 2;
  if (["last", "this"].includes(word(k)) && when(k + 1)) return k + 2;
  if (["earlier", "later"].includes(word(k)))
    return ["this", "last"].includes(word(k + 1)) && when(k + 2) ? k + 3 : k + 1;
  return k;
}

/** Ways of sending what is said, after "by" or "via": "said by email". */
const SENT_BY = new Set(["email", "e-mail", "phone", "telephone", "text", "letter", "video", "videolink"]);
/** Texts and talks a verb of saying names after "in a": "said in a statement". */
const SAID_IN = new Set(["statement", "email", "e-mail", "interview", "letter", "post", "tweet", "message"]);

/**
 * Where the words after a verb go on past how it was said ("by email", "via phone", "in a
 * statement", "in a telephone interview"): the index after it, or `k` when there is none.
 */
function afterMannerOfSaying(tokens: readonly Token[], k: number): number {
  const word = (n: number) => tokens[n]?.lower ?? "";
  if ((word(k) === "by" || word(k) === "via") && SENT_BY.has(word(k + 1))) return k + 2;
  if (word(k) === "in" && (word(k + 1) === "a" || word(k + 1) === "an")) {
    if (SAID_IN.has(word(k + 2))) return k + 3;
    if (SAID_IN.has(word(k + 3)) && tokens[k + 2]?.kind === "word") return k + 4;
  }
  return k;
}

/** Whether a speech verb at `i` is followed by what its sense requires ("held that", "ruled out"). */
/** Words after "wrote" that name whom it was written to or what it was ("to", "a", "his"). */
const WRITTEN_TO_OR_WHAT = new Set(
  "to for back a an the his her their its two three four five six seven eight nine ten dozens many several more".split(
    " ",
  ),
);
/** Participles that go on to say what the letter or article said: "wrote a letter saying …". */
const WHAT_IT_SAID = new Set(
  "saying asking urging telling warning arguing claiming calling demanding".split(" "),
);

/** Words that open a verb's object: "its", "the", "a". */
const OBJECT_OPENERS = new Set(["its", "the", "a", "an", "his", "her", "their", "our"]);
/** Verbs that show a clause: "the report was flawed", "the fares would rise". */
const CLAUSE_VERBS = new Set(
  "is are was were has have had will would could can may might should must did does made took gave found knew saw lost won left led held kept broke fell ran".split(
    " ",
  ),
);

export function hasComplement(tokens: readonly Token[], i: number, lemma: string): boolean {
  // "wrote for ‘Free Mind’, a website …": the quotation after "for" is the title written for.
  if (lemma === "write" && tokens[i + 1]?.lower === "for" && tokens[i + 2]?.kind === "quote") return false;
  // "wrote to the minister", "wrote for a website", "wrote a book about it": a letter, an article or
  // a book, not yet what it said ("wrote a letter to the council saying …" says it).
  if (
    lemma === "write" &&
    (WRITTEN_TO_OR_WHAT.has(tokens[i + 1]?.lower ?? "") || /^\d/.test(tokens[i + 1]?.text ?? ""))
  )
    return tokens
      .slice(i + 2, i + 10)
      .some((t) => t.lower === "that" || t.text === ":" || t.kind === "quote" || WHAT_IT_SAID.has(t.lower));
  // "noted for its gardens": known for, not said; "Kerr noted the two are close" is said.
  if (lemma === "note" && ["for", "as"].includes(tokens[i + 1]?.lower ?? "")) return false;
  if (tokens[i]?.lower === "noted") return true;
  // "Ars is asking Mojang for comment", "reached out to the firm for comment": a request, not words.
  if (
    lemma === "ask" &&
    tokens.slice(i + 1, i + 6).some((t, k, next) => t.lower === "for" && next[k + 1]?.lower === "comment")
  )
    return false;
  // "responding to its immediate needs", "responded to the fire": answering a need or an event
  // with deeds, not words ("responded to the report", "responded to critics" are words).
  if (lemma === "respond" && tokens[i + 1]?.lower === "to")
    for (let k = i + 2; k < Math.min(tokens.length, i + 6); k++) {
      const t = tokens[k] as Token;
      if (t.kind !== "word") break;
      if (EVENTS_ANSWERED.has(t.lower)) return false;
    }
  // "agreed to buy the depot", "agreed to a timetable", "agreed on a price": a deal, not words
  // ("agreed that", "agreed with the ruling" are a position; "agreed on Monday that" too).
  if (lemma === "agree") {
    const next = tokens[i + 1]?.lower;
    if (next === "to") return false;
    if (next === "on") return tokens.slice(i + 2, i + 5).some((t) => t.lower === "that");
  }
  // "concluded its third public hearing", "concluded the tour": an event ended, not words ("concluded
  // the report was flawed" has a clause: a verb follows its noun).
  if (lemma === "conclude" && OBJECT_OPENERS.has(tokens[i + 1]?.lower ?? ""))
    return tokens
      .slice(i + 2, i + 7)
      .some(
        (t) =>
          CLAUSE_VERBS.has(t.lower) ||
          t.lower === "that" ||
          /^\p{Ll}+(?:ed|aid|ew|ought|aught)$/u.test(t.text),
      );
  // "responded by pulling the plan", "replied with a goal": an answer in deeds ("responded by
  // saying", "replied by posting a statement" are words).
  if ((lemma === "respond" || lemma === "reply") && tokens[i + 1]?.lower === "by") {
    const how = tokens[i + 2]?.lower ?? "";
    return /ing$/.test(how) && SPEECH_VERBS.has(how);
  }
  // "pleaded guilty to …", "pleaded not guilty Monday": a plea entered in court, no statement.
  if (lemma === "plead") {
    let k = i + 1;
    if (WHEN_SAID.has(tokens[k]?.lower ?? "")) k++;
    if (tokens[k]?.lower === "not") k++;
    if (["guilty", "innocent", "no"].includes(tokens[k]?.lower ?? "")) return false;
  }
  // "advises the mayor on transport": a job ("advised residents to stay indoors" is advice given).
  if (lemma === "advise") {
    for (let k = i + 1; k < Math.min(tokens.length, i + 6); k++) {
      const t = tokens[k] as Token;
      if (t.kind !== "word" || t.lower === "to" || t.lower === "that") break;
      if (t.lower === "on" && !WHEN_SAID.has(tokens[k + 1]?.lower ?? "")) return false;
    }
  }
  // "boasting a little about", "boasted loudly of": what was boasted of may come a few words on.
  if (lemma === "boast")
    return (
      tokens
        .slice(i + 1, i + 5)
        .some((t) => ["that", "of", "about", ":"].includes(t.lower) || t.kind === "quote") ||
      isPunct(tokens[i + 1], ",.")
    );
  // "issued a plea for people to stay away", "issued a warning that": words put out; "issued
  // bonds", "issued a permit" are not.
  if (lemma === "issue") return tokens.slice(i + 1, i + 5).some((t) => ISSUED_WORDS.has(t.lower));
  // "Oza attributed the rally to the court's ruling": a cause named, a claim of the speaker's (what
  // it is put down to comes after the object).
  // ("an article that falsely attributes a quote to X" says who said a quote: no claim of its own.)
  if (lemma === "attribute") {
    const object = tokens.slice(i + 1, i + 14);
    const to = object.findIndex((t) => t.lower === "to" || t.lower === "for");
    return to > 0 && !object.slice(0, to).some((t) => ATTRIBUTED_WORDS.test(t.lower));
  }
  // "Police reported at least 5,000 people entered", "consumers reported wait times of two hours":
  // figures or a clause reported without "that" (not "reported for duty", "reported to police").
  if (lemma === "report" && /ed$|s$/.test(tokens[i]?.lower ?? "")) {
    const next = tokens[i + 1];
    if (
      next &&
      (/^\d/.test(next.text) || ["at", "more", "fewer", "about", "nearly", "some"].includes(next.lower))
    )
      return true;
    if (
      next &&
      !isCapitalised(next) &&
      next.kind === "word" &&
      /s$/.test(next.lower) &&
      !["as"].includes(next.lower)
    )
      return !["for", "to", "on", "back"].includes(tokens[i + 2]?.lower ?? "");
    // "reported being logged off", "reported seeing smoke": what they went through, in their words.
    if (next && /ing$/.test(next.lower) && next.lower !== "during") return true;
    // "reported telephone wait times of two hours": a plural after the words that qualify it.
    const qualifier = (w: Token | undefined) =>
      !!w &&
      w.kind === "word" &&
      !isCapitalised(w) &&
      !/^(?:the|a|an|to|for|on|in|at|back|that)$/.test(w.lower);
    for (let k = i + 2; k <= i + 3 && qualifier(tokens[k - 1]); k++) {
      const t = tokens[k];
      if (!qualifier(t)) break;
      if (/[^s]s$/.test(t?.lower ?? ""))
        return !["for", "to", "on", "back"].includes(tokens[k + 1]?.lower ?? "");
    }
  }
  // "The demand has officials wondering if …", "left residents wondering whether …": a state of
  // mind ("wondered aloud", "wondered why" are said).
  if (tokens[i]?.lower === "wondering" && tokens[i + 1]?.lower !== "aloud") return false;
  // "begs the question": a figure of speech; "begged lawmakers not to" is a plea.
  if (lemma === "beg" && tokens[i + 2]?.lower === "question") return false;
  // "Cook remembered Jobs rehearsing there": a scene recalled aloud.
  if (lemma === "remember" && isCapitalised(tokens[i + 1]) && /ing$/.test(tokens[i + 2]?.lower ?? ""))
    return true;
  // "“Hands up!” an officer ordered", "Lind answered, “…”", "ordered that …": words given; not "an
  // executive order", "Parents want answers, …", "When Hale answered, the caller hung up".
  if (lemma === "order" || lemma === "answer") {
    // ("he’d answer, “…”", "would answer": the bare verb after a modal.)
    const modal = /^(?:would|will|could|might|\p{L}+['’](?:d|ll))$/u.test(tokens[i - 1]?.lower ?? "");
    if (tokens[i]?.lower !== `${lemma}ed` && !(modal && tokens[i]?.lower === lemma)) return false;
    const next = tokens[i + 1];
    return (
      next?.lower === "that" ||
      next?.text === ":" ||
      next?.kind === "quote" ||
      (next?.text === "," && tokens[i + 2]?.kind === "quote") ||
      closesSentence(tokens, i)
    );
  }
  // "weighed in at 90 kg": a weight, not a word.
  if (lemma === "weigh" && ["at", "under", "over"].includes(tokens[i + 2]?.lower ?? "")) return false;
  // "remind yourself": a note to self.
  if (/(?:self|selves)$/.test(tokens[i + 1]?.lower ?? "")) return false;
  const wanted = NEEDS_COMPLEMENT[lemma];
  if (!wanted) return true;
  if (lemma === "chant" && tokens[i + 1]?.kind === "quote") return true;
  // "…, Reuters reported.", "…, the district attorney announced Monday.": a verb closing its
  // sentence after a comma and its subject has the sentence before for its complement.
  if (closesSentence(tokens, i)) return true;
  // "expressed anti-Trump sentiment", "voiced deep concern": the object after a modifier or two.
  if (
    (lemma === "express" || lemma === "voice") &&
    tokens.slice(i + 1, i + 4).some((t) => wanted.includes(t.lower))
  )
    return true;
  // "…, adds Abbott.": an inversion closing the sentence has its subject for a complement.
  if (isPunct(tokens[i - 1], ",") && isCapitalised(tokens[i + 1]) && tokens.length - i <= 8) return true;
  // "stated in a blog post that", "reminded protesters that": "that" after a phrase, or after the
  // person told.
  const following = tokens[i + 1]?.lower ?? "";
  if (wanted.includes("that") && (PHRASE_OPENERS.has(following) || OBJECT_THEN_THAT.has(lemma))) {
    // An aside between commas may stand before "that": "assured residents on its website, a page it
    // updates daily, that …".
    let commas = 0;
    for (let k = i + 1; k < Math.min(tokens.length, i + 16); k++) {
      const t = tokens[k] as Token;
      if (t.lower === "that") return k - i <= 8 || commas === 2;
      if (isPunct(t, ",") && ++commas <= 2) continue;
      if (t.kind !== "word") break;
    }
  }
  let j = i + 1;
  while (tokens[j] && VERB_PRECURSORS.has(tokens[j]?.lower ?? "")) j++;
  const next = tokens[j];
  if (!next) return wanted.includes(".");
  if (wanted.includes(next.lower)) return true;
  // "described as" may come as "described it as".
  return lemma === "describe" && tokens[j + 1]?.lower === "as";
}

/**
 * Speech verbs whose negation means nothing was said: "would not reveal", "did not respond", "never
 * said". ("did not deny" and "would not rule out" still report a position.)
 */
const SILENT_WHEN_NEGATED = new Set(
  "say tell reveal respond comment confirm disclose specify elaborate explain answer reply speak talk discuss mention return identify name".split(
    " ",
  ),
);

/** Whether the verb at `i` is negated and so reports silence. */
export function negated(tokens: readonly Token[], i: number): boolean {
  if (!SILENT_WHEN_NEGATED.has(SPEECH_VERBS.get(tokens[i]?.lower ?? "") ?? "")) return false;
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
    const t = tokens[k] as Token;
    if (t.lower === "not" || t.lower === "never" || /n[’']t$/.test(t.lower)) return true;
    if (!VERB_PRECURSORS.has(t.lower)) return false;
  }
  return false;
}

/** Modals that put a verb of saying in the future or in doubt. */
const MODALS = new Set(["will", "shall", "may", "might", "could", "should", "must", "can"]);

/**
 * "The company will announce its results on Thursday", "the minister may comment later": words not
 * said yet, with nothing of what they will be ("will say that …" reports the text given out before).
 */
export function notYetSaid(tokens: readonly Token[], i: number): boolean {
  // (A capital inside a sentence is a name or a month: "in May said", "Will Tate said".)
  const modal = (k: number) => {
    const t = tokens[k];
    return !!t && MODALS.has(t.lower) && (k === 0 || t.text === t.lower);
  };
  let k = i - 1;
  while (k >= 0 && VERB_PRECURSORS.has((tokens[k] as Token).lower) && !modal(k)) k--;
  return modal(k) && !reportFollows(tokens, i);
}

/** "asked not to be named", "asked not to be identified": a source's condition, not its words. */
export const asksAnonymity = (tokens: readonly Token[], i: number) =>
  /^ask/.test(tokens[i]?.lower ?? "") && tokens[i + 1]?.lower === "not" && tokens[i + 2]?.lower === "to";

/**
 * Verbs after which "to" + a speech verb reports no speech: "declined to confirm", "refused to
 * comment", "wanted to say" ("went on to say", "proceeded to explain" do report it).
 */
const NON_SPEECH_GOVERNORS = new Set(
  "need needs needed needing ought required obliged supposed meant decline declined declines declining refuse refused refuses refusing fail failed fails want wanted wants try tried tries seek sought hope hoped plan planned plans expect expected expects able unable reluctant afraid allowed permitted forced invited called urged asked told agreed agree agrees declining hesitant likely unlikely set due scheduled going safe fair hard harder tough tougher true needless suffice difficult easy easier simpler impossible important worth".split(
    " ",
  ),
);

/** Verbs of refusing (see `refusesToSpeak`). */
const REFUSING = new Set("decline declined declines declining refuse refused refuses refusing".split(" "));
/** What a source may refuse to do when asked: comment, say, discuss, confirm … */
const REFUSED_SPEECH = new Set(
  "comment say speak discuss elaborate address answer respond repeat confirm specify detail disclose reveal explain speculate identify name".split(
    " ",
  ),
);

/**
 * "A spokeswoman declined to comment", "Hale refused to say where", "the firm declined comment":
 * the source's answer to the reporter, so their reported speech (silence that was never asked for,
 * "did not respond to calls", "would not reveal", reports nothing).
 */
export function refusesToSpeak(tokens: readonly Token[], i: number): boolean {
  // (Asked of every word: its first letter first.)
  const first = tokens[i]?.text[0];
  if (
    (first !== "d" && first !== "r" && first !== "D" && first !== "R") ||
    !REFUSING.has(tokens[i]?.lower ?? "")
  )
    return false;
  const next = tokens[i + 1]?.lower;
  if (next === "comment" || next === "comments") return true;
  return next === "to" && REFUSED_SPEECH.has(tokens[i + 2]?.lower ?? "");
}

/** Whether the speech verb at `i` is an infinitive governed by a verb that says it was not spoken. */
export function governedInfinitive(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && ["not", "never", "also", "publicly", "immediately"].includes(tokens[k]?.lower ?? "")) k--;
  if (tokens[k]?.lower !== "to") return false;
  const governor = tokens[k - 1]?.lower ?? "";
  // "My request to the council is to ask for more time", "The minister is to announce the plan":
  // a plan or an aim, unless what was said follows ("Her answer is to say that …"). (In the past,
  // "Hale was to tell friends years later he had never been happier" tells what came after.)
  if (governor === "is" || governor === "are") return !reportFollows(tokens, i);
  return NON_SPEECH_GOVERNORS.has(governor);
}

/** Whether what a verb of saying reports follows it: a "that" clause, a quotation or a colon. */
function reportFollows(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < Math.min(tokens.length, i + 14); j++) {
    const t = tokens[j] as Token;
    if (t.lower === "that" || t.kind === "quote" || t.text === ":") return true;
  }
  return false;
}

/** Words that join a new main clause, which may have an attribution of its own. */
const CLAUSE_JOINERS = new Set([
  "but",
  "and",
  "while",
  "whereas",
  "though",
  "although",
  "yet",
  "however",
  "as",
  "after",
  "when",
]);
/** Cues too weak to hold another inside what they report: "Hicks found that many people told her". */
const WEAK_CUES = new Set(["find", "hold", "rule"]);

/**
 * Whether a speech verb whose subject starts at offset `subjectStart` stands inside what an earlier
 * cue reports ("Vos said his cabinet would pay nothing unless the council agreed"): one attribution
 * per sentence comes from its main clause. A quotation, a semicolon or a joined clause ("…, but
 * Jansen said") between them starts a new one.
 */
export function inComplement(tokens: readonly Token[], cues: readonly Cue[], subjectStart: number): boolean {
  // ("by arguing that users agreed": a participle's cue, its subject the sentence's, holds its
  // clause as well.)
  const previous = cues.findLast(
    (c) => (c.subject !== null || c.how === "inherit") && !WEAK_CUES.has(c.lemma),
  );
  // "As Mashable reports, the company announced …": a parenthetical cue holds no clause of its own,
  // nor does "according to court documents, SIGAR alleges …".
  if (!previous || previous.lemma === "according to" || isPunct(tokens[previous.index + 1])) return false;
  let subjectIndex = tokens.findIndex((t) => t.start >= subjectStart);
  if (subjectIndex < 0) subjectIndex = tokens.length;
  // "In a letter calling for the meeting, Batjer said …": a participle in an opening phrase holds
  // no clause past the comma that ends the phrase; nor does a verb in an opening clause of when
  // ("After the council asked for a vote, Hale told the meeting …").
  const opening =
    /ing$/.test(tokens[previous.index]?.lower ?? "") || inOpeningClauseOfWhen(tokens, previous.index);
  for (let k = previous.index + 1; k < subjectIndex; k++) {
    const t = tokens[k] as Token;
    // (Not words quoted inside the clause, after a word of it: "said instead of the “bonfire of
    // quangos” New Labour had promised" is still what Davey said.)
    const woven =
      t.kind === "quote" &&
      k - 1 > previous.index &&
      tokens[k - 1]?.kind === "word" &&
      opensPhraseAfterQuote(tokens, k + 1);
    if ((t.kind === "quote" && !woven) || (t.kind === "punct" && (t.text === ";" || t.text === ":")))
      return false;
    if (opening && isPunct(t, ",")) return false;
  }
  return !CLAUSE_JOINERS.has(tokens[subjectIndex - 1]?.lower ?? "");
}

/** Words that open a sentence with a clause of when: "When visitors asked him …, he said". */
const TIME_OPENERS = new Set(["when", "whenever", "after", "before", "once", "until"]);

/**
 * Whether the word at `i` stands in a clause of when that opens the sentence ("When reporters
 * asked her about the fares, …"): the sentence opens with such a word, and no quotation or end of
 * a clause stands between it and `i`.
 */
export function inOpeningClauseOfWhen(tokens: readonly Token[], i: number): boolean {
  if (!TIME_OPENERS.has(tokens[0]?.lower ?? "")) return false;
  for (let k = 1; k < i; k++) {
    const t = tokens[k] as Token;
    if (t.kind === "quote" || isPunct(t, ";:") || (isPunct(t, ",") && !asideOfNames(tokens, k))) return false;
  }
  return true;
}

/**
 * Whether the comma at `k` opens or closes a name set between commas: "When the mayor, Ada Lind,
 * asked" (one to four capitalised words, a comma on each side).
 */
function asideOfNames(tokens: readonly Token[], k: number): boolean {
  const name = (j: number) => tokens[j]?.kind === "word" && isCapitalised(tokens[j]);
  let after = k + 1;
  while (after - k <= 4 && name(after)) after++;
  if (after > k + 1 && isPunct(tokens[after], ",")) return true;
  let before = k - 1;
  while (k - before <= 4 && name(before)) before--;
  return before < k - 1 && isPunct(tokens[before], ",");
}

/** Whether a sentence is set in title case, as headlines are (few lower-case words beyond small ones). */
export function titleCase(tokens: readonly Token[]): boolean {
  let lower = 0;
  for (const t of tokens)
    if (t.kind === "word" && t.text.length > 3 && !isCapitalised(t) && ++lower >= 2) return false;
  return true;
}

/** Words prose prints in lower case inside a sentence, and a title-case line capitalises. */
const SMALL_WORDS = new Set(
  "A An The In On At For With From Of To Into Over And Or But Is Are Was Were Be Been Will Would Has Have Had Can Could".split(
    " ",
  ),
);

/**
 * A line in title case ("What's Happening In Peru Is A Big Wake-Up Call"): five words or more, few
 * in lower case, and a capitalised word past the first that is a function word or a verb.
 */
export function titleCaseLine(tokens: readonly Token[]): boolean {
  if (!titleCase(tokens)) return false;
  let words = 0;
  let telling = false;
  for (const t of tokens) {
    if (t.kind !== "word") continue;
    // ("The Secretary of State for Culture, Media and Sport, Tessa Jowell, has hit out": a verb in
    // small letters is a sentence's; a title capitalises its verbs, "Has" and "Is" among them.)
    if (words > 0 && AUXILIARIES.has(t.text)) return false;
    // ("“…,” Kristine Phillips and Deanna Paul wrote for The Post.": so is a longer word in small
    // letters that a title leaves small only when it is a preposition or a conjunction.)
    if (words > 0 && t.text.length > 3 && /^\p{Ll}+$/u.test(t.text) && !TITLE_SMALL_WORDS.has(t.text))
      return false;
    if (words++ > 0 && isCapitalised(t) && (SMALL_WORDS.has(t.text) || SPEECH_VERBS.has(t.lower)))
      telling = true;
  }
  return telling && words >= 5;
}

/** Words of four letters or more that a title-case line may print in small letters. */
const TITLE_SMALL_WORDS = new Set(
  "with from into over upon onto than that then when amid near past down like unto about after under versus".split(
    " ",
  ),
);

/** Verbs a title-case line capitalises, printed in small letters. */
const AUXILIARIES = new Set("is are was were be been will would has have had can could".split(" "));
