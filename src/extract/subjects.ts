/**
 * The subject of a speech verb: the phrase to its left, past the asides a subject may carry
 * ("Dana Pike, chief economist at Harbour Bank, said", "Sen. Ray Cole, D-Ohio, a member of the
 * panel, said", "Rep. Ann Toll (R-Fla.) said"), its workplace ("professor Martin Osei at the
 * University of Leeds says"), a relative clause's antecedent ("the source, who said"), a
 * participle's agent ("a statement released by the office said"); or the phrase to its right
 * ("said Lotfi Azzouz").
 */
import { descriptionAt } from "./descriptions";
import { givenName } from "./given-names";
import {
  DOCUMENT_HEADS,
  FUNCTION_WORDS,
  GROUP_HEADS,
  GROUP_QUALIFIERS,
  LEGAL_FORMS,
  ORGANISATION_HEADS,
  ORGANISATION_WORDS,
  PLACE_WORDS,
  PRONOUNS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  SPOKESPEOPLE,
  UNNAMED_SOURCE,
} from "./lexicon";
import {
  AFFILIATION,
  isComma,
  isFunctionWord,
  isGroupHead,
  isHeadNoun,
  isRoleNoun,
  isTitle,
  isWord,
  jointly,
  looksLikeRole,
  NAME_PARTICLES,
  PARTY_TAG,
  PERSON_NOUN,
  phraseEndingAt,
  phraseStartingAt,
  printedBetween,
  ROLE_ADVERBS,
  readPhrase,
  roleTextOf,
  SOURCE_KNOWING,
  type SpeakerPhrase,
  skipPrecursors,
  textOf,
} from "./noun-phrases";
import { isCapitalised, isPossessive, type Token } from "./tokens";

/**
 * A pronoun with "would", "had" or "will" run into it, before a verb: "he’d respond, “…”", "she’ll
 * say", "they'd tell visitors". The phrase is the pronoun alone.
 */
function contractedPronoun(token: Token | undefined): SpeakerPhrase | null {
  const base = token?.kind === "word" ? CONTRACTED.exec(token.lower)?.[1] : undefined;
  if (!token || !base) return null;
  // (Read as the pronoun alone would be.)
  return readPhrase([
    { ...token, text: token.text.slice(0, base.length), lower: base, end: token.start + base.length },
  ]);
}
const CONTRACTED = /^(he|she|they|i|we|you)['’](?:d|ll)$/;

/** A comma-delimited aside just before `index` (`, who has the final say …,`), or null. */
function asideBefore(tokens: readonly Token[], commaIndex: number): { open: number; tokens: Token[] } | null {
  for (let j = commaIndex - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.kind === "quote") return null;
    if (isComma(t)) return { open: j, tokens: tokens.slice(j + 1, commaIndex) };
  }
  return null;
}

/** Whether a comma-delimited aside is an appositive or relative clause that may separate subject and verb. */
function isAside(aside: readonly Token[]): boolean {
  const first = aside[0];
  if (!first) return false;
  if (
    [
      "who",
      "which",
      "whose",
      "whom",
      "a",
      "an",
      "the",
      "himself",
      "herself",
      "itself",
      "themselves",
    ].includes(first.lower)
  )
    return true;
  if (first.kind === "word" && /^\d/.test(first.text)) return true; // "Parata, 75, has"
  if (isRoleNoun(first) || isTitle(first.text)) return true; // "Schultze, chairman of …, said"
  return aside.every((t) => t.kind === "word" && (isCapitalised(t) || NAME_PARTICLES.has(t.lower)));
}

/** Words that open an adverbial aside, never a role: "Pike, however, said", "Pike, in a statement, said". */
const ADVERBIAL_OPENERS = new Set(
  "however meanwhile though too also instead moreover nonetheless nevertheless therefore then in on at for from with during after before when while speaking writing asked interviewed".split(
    " ",
  ),
);

/** A past participle, regular or one of the common irregular ones. */
const PARTICIPLE =
  /^(?:\p{Ll}+ed|written|given|seen|shown|known|taken|made|held|sent|built|led|paid|told|brought|found|drawn|set|put|cut|sworn|signed)$/u;
/** Words after a participle that tell when, where, how or by whom. */
const PARTICIPLE_FOLLOWERS = new Set(
  "on in at by last this earlier yesterday today with for after before from under to over late early".split(
    " ",
  ),
);

/**
 * Where the place name ending at `last` opens: back over its capitalised words and the small words
 * inside one ("Henley on Thames", "Stratford-upon-Avon", "Kelso"), at most four words.
 */
function placeOpens(tokens: readonly Token[], last: number): number {
  let k = last;
  while (
    k > 0 &&
    last - k < 4 &&
    ((isCapitalised(tokens[k - 1]) && !FUNCTION_WORDS.has(tokens[k - 1]?.text ?? "")) ||
      (["on", "upon", "under", "le", "de"].includes(tokens[k - 1]?.lower ?? "") &&
        isCapitalised(tokens[k - 2])))
  )
    k--;
  return k;
}

/**
 * Whether an aside is a degree or honour printed after a name ("MD", "Ph.D.", "MD, MPH", "QC", "OBE").
 * (A full stop after the letters is its own token: "Ph.D" ".".)
 */
function isCredential(aside: readonly Token[]): boolean {
  const letters = aside.filter((t) => t.text !== "." && t.text !== "/");
  return letters.length > 0 && letters.length <= 3 && letters.every((t) => CREDENTIAL.test(t.text));
}
const CREDENTIAL =
  /^(?:M\.?D|Ph\.?D|D\.?O|R\.?N|M\.?P\.?H|MBA|MSc|MSN|DNP|DDS|DMD|DVM|PharmD|PsyD|EdD|DrPH|J\.?D|Esq|QC|KC|OBE|MBE|CBE|KBE|DBE|FRS|FRCP|FRCS|FRCPC|MRCP|FACS|FACP|FAAP|FACC|FACOG|LCSW|APRN|PA-C)\.?$/;

/** How a comma-delimited aside between a subject and its verb reads. */
type AsideKind = "role" | "skip" | null;

/**
 * Whether an aside names the subject's role ("chief economist at Harbour Bank", "a member of the
 * panel", "emergency co-ordinator", "D-Ohio"), is another aside a subject may carry ("75", "who
 * chairs the panel", "however", "in a statement"), or neither (a name: "Rachid Ghannouchi").
 */
function asideKind(aside: readonly Token[]): AsideKind {
  const first = aside[0];
  if (first?.kind !== "word") return null;
  if (aside.length === 1 && PARTY_TAG.test(first.text)) return "role";
  // "Jay Lind, MD, vice chair of the panel, said", "Ana Ruiz, Ph.D., said": letters after a name are
  // part of it, never the speaker.
  if (isCredential(aside)) return "skip";
  if (/^\d/.test(first.text)) return "skip";
  // "Eddie Foreman, 40, of Opelika, Alabama, said": a hometown.
  if (
    (first.lower === "of" || first.lower === "from") &&
    aside.length <= 4 &&
    aside.slice(1).every(isCapitalised)
  )
    return "skip";
  // "Andrew Ryder, of the Traveller Law Reform Coalition, said", "Ana Ruiz, with the Harbour Health
  // Authority, said": the body someone is at, their role (the name before it speaks).
  // ("Ana Ruiz, of Save the Children, said": "the" inside the body's name.)
  if (["of", "from", "with", "at"].includes(first.lower)) {
    const body = aside[1]?.lower === "the" ? aside.slice(2) : aside.slice(1);
    if (
      body.length > 0 &&
      body.length <= 8 &&
      isCapitalised(body[0]) &&
      (aside[1]?.lower === "the" || body.some((t) => t.lower === "the")) &&
      body.every(
        (t, k) =>
          t.kind === "word" &&
          (isCapitalised(t) ||
            NAME_PARTICLES.has(t.lower) ||
            (t.lower === "the" && isCapitalised(body[k + 1]))),
      )
    )
      return "role";
  }
  if (["who", "which", "whose", "whom", "himself", "herself", "itself", "themselves"].includes(first.lower))
    return "skip";
  if (ADVERBIAL_OPENERS.has(first.lower) || /^\p{Ll}+ing$/u.test(first.text)) return "skip";
  // "The report, published on Monday, said", "The lawsuit, filed in May by …, alleges": a participle
  // and when, where or by whom ("a retired teacher" is a role).
  if (PARTICIPLE.test(first.text) && PARTICIPLE_FOLLOWERS.has(aside[1]?.lower ?? "")) return "skip";
  if (["a", "an", "the", "another"].includes(first.lower))
    return looksLikeRole(aside) || allLowerCase(aside.slice(1)) ? "role" : "skip";
  // ("The study’s lead author, Dr. Ana Ruiz of Harbour University, said": an abbreviated title
  // before a name opens a name, not a role.)
  if (first.text.endsWith(".") && isTitle(first.text) && isCapitalised(aside[1])) return null;
  if (isRoleNoun(first) || isTitle(first.text)) return "role";
  // "Disney’s chairman of parks and resorts", "Harbour Bank’s head of branches": a role held at a
  // place named in the possessive ("Edmunds’ director of research" too).
  const owner = aside.findIndex((t, k) => k < 4 && isPossessive(t));
  // ("Morrison, Vindman's superior, said": a relation to someone named, in a lower-case word or two.)
  if (
    owner >= 0 &&
    aside.slice(0, owner + 1).every(isCapitalised) &&
    aside.length > owner + 1 &&
    (looksLikeRole(aside.slice(owner + 1)) ||
      (aside.length - owner - 1 <= 3 && allLowerCase(aside.slice(owner + 1))))
  )
    return "role";
  // ("as we reported last week", "we understand": the writer's own words, passed over; "our former
  // colleague" is a role all the same.)
  if (aside.length <= 6 && allLowerCase(aside)) {
    if (!aside.some((t) => WRITER_WORDS.has(t.lower))) return "role";
    return ["our", "your", "my"].includes(aside[0]?.lower ?? "") ? "role" : "skip";
  }
  // "senior vice president for space at Harbour Defense", "deputy head of the port authority": a
  // job's title with its modifiers before it.
  // (Not a description before a name: "former player Ana Ruiz" is Ana Ruiz. A title in capitals
  // is a job when a preposition follows it: "Senior Vice President of Sales for Harbour".)
  // ("Tory leader in the Lords", "Plaid Cymru health spokesman": a party's, a body's or a place's
  // name before the job is whose job it is.)
  const job = aside.findIndex(
    (t, k) =>
      k < 4 &&
      isRoleNoun(t) &&
      (!isCapitalised(t) || (k > 0 && isCapitalised(aside[0]) && AFFILIATION.has(aside[k + 1]?.text ?? ""))),
  );
  const named = (t: Token) =>
    isCapitalised(t) && !isFunctionWord(t) && !isPossessive(t) && givenName(t.text) === undefined;
  // ("clinical director of the Center for …": any plain words before a job held at a place.)
  const heldAt = AFFILIATION.has(aside[job + 1]?.lower ?? "");
  if (
    job > 0 &&
    (aside.slice(0, job).every((t) => JOB_MODIFIERS.has(t.lower)) ||
      (heldAt &&
        aside
          .slice(0, job)
          .every(
            (t) =>
              t.kind === "word" &&
              !isCapitalised(t) &&
              !isFunctionWord(t) &&
              !["a", "an", "the"].includes(t.lower) &&
              !FINITE_WORDS.has(t.lower) &&
              !ROLE_ADVERBS.has(t.lower),
          )) ||
      (named(aside[0] as Token) &&
        aside.slice(1, job).every((t) => named(t) || (t.kind === "word" && !isFunctionWord(t))))) &&
    !isCapitalised(aside[job + 1])
  )
    return "role";
  return null;
}

/** Words of the calendar an opening phrase of when may hold: "In May", "On Monday". */
const CALENDAR =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Documents of research, which speak for what they found in the people they studied. */
const RESEARCH = new Set(
  "study studies survey surveys trial trials poll polls analysis review experiment census".split(" "),
);

/** The writer's and reader's own words, never in a role: "our", "we", "you". */
const WRITER_WORDS = new Set(["i", "me", "my", "we", "us", "our", "you", "your"]);

/** Words that open a job's title before its noun: "senior vice president", "deputy head". */
const JOB_MODIFIERS = new Set(
  "senior junior deputy assistant associate acting interim former executive managing general chief vice principal lead regional national global founding longtime retired outgoing incoming joint technical creative medical legal financial special".split(
    " ",
  ),
);

/** Words only, none capitalised ("emergency co-ordinator"). */
const allLowerCase = (words: readonly Token[]) =>
  words.length > 0 && words.every((t) => t.kind === "word" && !isCapitalised(t));

/**
 * The index of the first comma, quotation or other break before `end`, or -1 at the sentence start
 * (an ampersand joins a name: "president of Chapter & Verse").
 */
function segmentOpen(tokens: readonly Token[], end: number): number {
  for (let k = end - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (
      t.kind === "quote" ||
      (t.kind === "punct" &&
        t.text !== "." &&
        t.text !== "-" &&
        t.text !== "’" &&
        t.text !== "'" &&
        t.text !== "&")
    )
      return k;
  }
  return -1;
}

/**
 * The asides stacked between a subject and its verb, read leftwards from the comma before the verb:
 * "Sen. Ray Cole, D-Ohio, a member of the panel, said" → the comma ending "Sen. Ray Cole" and the
 * roles "D-Ohio, a member of the panel". Null when the comma closes no aside a subject carries.
 */
function asidesBefore(tokens: readonly Token[], comma: number): { headEnd: number; roles: string[] } | null {
  const roles: string[] = [];
  let end = comma;
  let skipped = 0;
  for (;;) {
    const open = segmentOpen(tokens, end);
    // "State Sen. Dawn Addiego (R-Burlington), for example, said": a bracketed tag is a role too.
    if (tokens[open]?.text === ")") {
      let paren = open - 1;
      while (paren > 0 && tokens[paren]?.text !== "(" && open - paren < 10) paren--;
      if (paren <= 0 || tokens[paren]?.text !== "(") break;
      roles.unshift(textOf(tokens.slice(paren + 1, open)));
      skipped++;
      end = paren;
      continue;
    }
    if (open < 0 || !isComma(tokens[open])) break;
    const aside = tokens.slice(open + 1, end);
    // "economists in Lexington, Massachusetts, project": a place's state or country.
    // (One word that is no given name, or a two-word place: "New York", "South Carolina"; never
    // "The chief executive of SkyWay, Marta Lind, said". An abbreviation's full stop is part of it:
    // "in Washington, D.C., said", "in Eastport, Md., said".)
    const place = aside.length > 1 && aside.at(-1)?.text === "." ? aside.slice(0, -1) : aside;
    if (
      (place.length === 1
        ? givenName(place[0]?.text ?? "") === undefined &&
          (place === aside || /^(?:\p{Lu}\.)*\p{Lu}[\p{Ll}.]{0,4}$/u.test(place[0]?.text ?? ""))
        : place.length === 2 &&
          place === aside &&
          (PLACE_WORDS.has(place[1]?.text ?? "") ||
            /^(?:New|North|South|East|West)$/.test(place[0]?.text ?? ""))) &&
      place.every((t) => t.kind === "word" && isCapitalised(t)) &&
      isCapitalised(tokens[open - 1]) &&
      ["in", "from", "of", "at", "near", "for"].includes(
        tokens[placeOpens(tokens, open - 1) - 1]?.lower ?? "",
      )
    ) {
      skipped++;
      end = open;
      continue;
    }
    // "vice president of sales for Harbour, Inc., said": a firm's legal form is part of its name.
    if (
      place.length === 1 &&
      isCapitalised(place[0]) &&
      LEGAL_FORMS.has((place[0]?.lower ?? "").replace(/\.$/, "")) &&
      isCapitalised(tokens[open - 1])
    ) {
      skipped++;
      end = open;
      continue;
    }
    let kind = asideKind(aside);
    const from = open;
    // ("a planetary scientist at Harbour University, and the Eastport Institute, said": a second
    // workplace joined on continues the role before it.)
    if (
      kind === null &&
      aside[0]?.lower === "and" &&
      aside.length <= 8 &&
      aside.slice(1).some((t) => ORGANISATION_WORDS.has(t.text)) &&
      aside
        .slice(1)
        .every(
          (t) =>
            t.kind === "word" &&
            (isCapitalised(t) || NAME_PARTICLES.has(t.lower) || AFFILIATION.has(t.lower)),
        )
    )
      kind = "role";
    // "Minister of Energy, Mines and Forests", "vice president at Harbour Defense, Space, and
    // Security": a list of capitalised words continues the role before it.
    // ("…Institute of Psychiatry, Psychology and Neuroscience at King's College London, who …": and a
    // workplace after the list; "which includes the Alzheimer's Society, Age Concern, Mencap and the
    // National Autistic Society, said": a list a relative clause opens, passed over.)
    if (
      kind === null &&
      aside.some((t) => t.lower === "and" || t.text === "&") &&
      aside.every(
        (t, k) =>
          t.kind === "word" &&
          (isCapitalised(t) ||
            NAME_PARTICLES.has(t.lower) ||
            AFFILIATION.has(t.lower) ||
            (t.lower === "the" && aside[k - 1]?.lower === "and")),
      )
    ) {
      let at = open;
      let items = 1;
      let before = segmentOpen(tokens, at);
      let previous = before >= 0 && isComma(tokens[before]) ? tokens.slice(before + 1, at) : [];
      // (The list's earlier items, each a capitalised word or two: "Space,".)
      while (
        items < 6 &&
        previous.length > 0 &&
        previous.length <= 2 &&
        previous.every((t) => t.kind === "word" && isCapitalised(t))
      ) {
        items++;
        at = before;
        before = segmentOpen(tokens, at);
        previous = before >= 0 && isComma(tokens[before]) ? tokens.slice(before + 1, at) : [];
      }
      const opening = asideKind(previous);
      if (opening === "role") {
        roles.unshift(textOf(tokens.slice(before + 1, end)));
        skipped += items + 1;
        end = before;
        continue;
      }
      if (opening === "skip" && ["which", "who", "including"].includes(previous[0]?.lower ?? "")) {
        skipped += items + 1;
        end = before;
        continue;
      }
    }
    if (kind === null) break;
    // "…, the source, who said he had spoken to people inside, told Reuters": an unnamed source is
    // no one's appositive; it is the subject itself.
    if (kind === "role" && UNNAMED_SOURCE.test(textOf(aside))) return { headEnd: end, roles };
    // "In 2010, the laboratory of Ana Ruiz, who was then at Harbour University, reported": a
    // description right after an opening phrase of when or where is the subject, not a role.
    if (kind === "role" && ["a", "an", "the"].includes(aside[0]?.lower ?? "")) {
      const before = segmentOpen(tokens, open);
      // ("But then in 2010, …": past a conjunction.)
      const opening = tokens
        .slice(before + 1, open)
        .filter((t, k) => k > 0 || !["and", "but", "so", "yet"].includes(t.lower));
      // (A short phrase of when or where, and nothing else: not "On Monday the company’s chief
      // executive, a former banker, said", "In court Ana Ruiz, the defendant’s lawyer, said".)
      if (
        before < 0 &&
        opening.length > 0 &&
        opening.length <= 4 &&
        ADVERBIAL_OPENERS.has(opening[0]?.lower ?? "") &&
        asideKind(opening) === "skip" &&
        opening.slice(1).every((t) => !isPossessive(t) && (!isCapitalised(t) || CALENDAR.test(t.text)))
      )
        return { headEnd: end, roles };
    }
    if (kind === "role") roles.unshift(textOf(aside));
    skipped++;
    end = from;
    kind = null;
  }
  return skipped > 0 ? { headEnd: end, roles } : null;
}

/**
 * "Economics professor Martin Osei at the University of Leeds says", "the head of the shipping
 * association said": the subject is the person or role before the preposition, and what follows it
 * is where they work. `phrase` starts at token `first`. Null when nothing before it can be the subject.
 */
function affiliatedSubject(
  tokens: readonly Token[],
  first: number,
  phrase: SpeakerPhrase,
): SpeakerPhrase | null {
  const preposition = tokens[first - 1];
  // ("Researchers from Harbour University and the Eastport Institute found", "Lawyers for Assange
  // and Manafort denounced": people of two bodies or for two people; not two people, "Ana Ruiz of
  // Eastport and Tom Hale said".)
  if (preposition?.lower === "and" && phrase.type === "name") {
    const other = phraseEndingAt(tokens, first - 1);
    const body = readPhrase(other);
    const at = other[0] ? tokens.indexOf(other[0]) : -1;
    if (body?.type === "name" && at > 1 && AFFILIATION.has(tokens[at - 1]?.lower ?? "")) {
      const text = printedBetween(tokens, body.start, phrase.end);
      const both = affiliatedSubject(tokens, at, {
        type: "organisation",
        text,
        start: body.start,
        end: phrase.end,
      });
      if (both?.type === "group" || both?.type === "role") return both;
    }
    return null;
  }
  const on = preposition?.lower === "on";
  if (!preposition || !(AFFILIATION.has(preposition.lower) || on) || !isWord(tokens[first - 2])) return null;
  const words = phraseEndingAt(tokens, first - 1);
  const holder = readPhrase(words);
  // "One user on Weibo posted", "a commenter on Reddit wrote", "an expert on Russia said": people
  // described by what they are on speak, not the site or the subject.
  if (on) {
    const people = holder ?? descriptionAt(tokens, first - 1, "left", false, first - 1);
    return people && (people.type === "role" || people.type === "group")
      ? { ...people, text: `${people.text} on ${phrase.text}`, end: phrase.end }
      : null;
  }
  // "A doctor at a clinic in Leeds said", "Researchers at a lab in Greenbelt said": a place within
  // a place; the one who speaks stands before both.
  const within = (): SpeakerPhrase | null => {
    const opening = words[0] ? tokens.indexOf(words[0]) : placeBefore(tokens, first - 1);
    const start = tokens[opening]?.start;
    if (opening < 2 || !AFFILIATION.has(tokens[opening - 1]?.lower ?? "") || start === undefined) return null;
    const text = printedBetween(tokens, start, phrase.end);
    return affiliatedSubject(tokens, opening, { type: "organisation", text, start, end: phrase.end });
  };
  if (!holder) return within();
  // "Doctors at the Harbour Infirmary in Leeds said", "Tom Hale of the Harbour Infirmary in the UK
  // said": a named body in a place, after a preposition of its own, is where someone before it works.
  if (holder.type === "name" && preposition.lower === "in") {
    const at = tokens.findIndex((t) => t.start === holder.start);
    if (at > 1 && ["at", "of", "from", "with"].includes(tokens[at - 1]?.lower ?? "")) {
      const text = printedBetween(tokens, holder.start, phrase.end);
      const outer = affiliatedSubject(tokens, at, { ...holder, text, end: phrase.end });
      // (Not across a list of people: "Ana Ruiz of Eastport and Tom Hale of the Harbour Infirmary".)
      if (
        outer &&
        outer.start < holder.start &&
        !/\s(?:and|&)\s/.test(printedBetween(tokens, outer.start, holder.start))
      )
        return outer;
    }
  }
  // "A spokesperson for the Harbour Authority said": a spokesperson speaks for whom they speak for.
  if (preposition.lower === "for" && SPOKESPEOPLE.has(holder.head ?? "") && phrase.type !== "pronoun")
    return phrase;
  // "One study in 19 people showed", "a survey of 2,000 adults found": a study of people speaks, not
  // the people studied.
  if (
    holder.type === "document" &&
    RESEARCH.has(holder.head ?? "") &&
    ["in", "of", "with"].includes(preposition.lower) &&
    phrase.type === "group"
  )
    return holder;
  // ("The article in the magazine suggested": a text in a publication speaks itself.)
  if (holder.type === "document" && preposition.lower === "in" && phrase.type !== "document") return holder;
  // "The tweet from Vulture magazine reads": a document speaks for whoever it is from.
  if (
    holder.type === "document" &&
    ["from", "by", "of"].includes(preposition.lower) &&
    phrase.type !== "document"
  )
    return phrase;
  // ("Residents of Eastport in Ohio said": the people of a place, named so, are a group.)
  const people = holder.type === "name" && isGroupHead(holder.name?.split(" ")[0] ?? "");
  // ("Zarate of the mental health institute said": a single name at a body the story describes in
  // small letters is someone who works there.)
  const person =
    holder.type === "name" &&
    !people &&
    (/\s/.test(holder.name ?? "") || /^(?:the|a|an)\s+\p{Ll}/u.test(phrase.text)) &&
    !ORGANISATION_WORDS.has(holder.text.split(" ").at(-1) ?? "");
  // A name holds an affiliation only with the prepositions of a workplace; roles and groups with any.
  if (
    person
      ? !["at", "with", "from", "of"].includes(preposition.lower)
      : holder.type !== "role" && holder.type !== "group" && !people
  )
    return person || holder.type === "pronoun" ? null : within();
  const tail = printedBetween(tokens, preposition.start, phrase.end);
  const joined: SpeakerPhrase = {
    ...holder,
    text: `${holder.text} ${tail}`,
    end: phrase.end,
    role: holder.role ? `${holder.role} ${tail}` : person ? tail : `${holder.text} ${tail}`,
  };
  // ("One small study in 50 people with COPD showed": the people studied, with what they have,
  // are still a study's.)
  if (holder.type === "group") {
    const at = tokens.findIndex((t) => t.start === holder.start);
    const study =
      at > 1 && ["in", "of", "with"].includes(tokens[at - 1]?.lower ?? "")
        ? affiliatedSubject(tokens, at, joined)
        : null;
    if (study?.type === "document") return study;
  }
  return joined;
}

/**
 * Where a place a preposition names opens, ending just before `end`: an article and up to three
 * lower-case words ("a lab", "the old port"), the first of them maybe capitalised ("the Albanian
 * embassy", "a Leeds clinic"), or -1.
 */
function placeBefore(tokens: readonly Token[], end: number): number {
  for (let k = end - 1; k >= 0 && end - k <= 4; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== "word") return -1;
    if (isCapitalised(t) && (k === end - 1 || !["a", "an", "the"].includes(tokens[k - 1]?.lower ?? "")))
      return -1;
    if (["a", "an", "the"].includes(t.lower)) return k < end - 1 ? k : -1;
    if (AFFILIATION.has(t.lower) || SPEECH_VERBS.has(t.lower)) return -1;
  }
  return -1;
}

/**
 * "the singer and guitarist told the audience": one person described by two jobs joined by "and",
 * after "the", ending just before `j` (each job a word). Null otherwise.
 */
function pairedRoles(tokens: readonly Token[], j: number): SpeakerPhrase | null {
  const [the, first, and, second] = [tokens[j - 4], tokens[j - 3], tokens[j - 2], tokens[j - 1]];
  if (the?.lower !== "the" || and?.lower !== "and" || !first || !second) return null;
  const job = (t: Token) =>
    !isCapitalised(t) && !/[^s]s$/.test(t.lower) && (isRoleNoun(t) || PERSON_NOUN.test(t.lower));
  if (!job(first) || !job(second)) return null;
  const role = `${first.text} and ${second.text}`;
  return {
    type: "role",
    text: printedBetween(tokens, the.start, second.end),
    start: the.start,
    end: second.end,
    role,
    head: second.lower,
    described: true,
  };
}

/**
 * A group with what says which people it is, ending just before `j`: "…, two people familiar
 * with the talks said", "people briefed on the plan say" (the phrase opens a clause: the sentence,
 * or after a comma).
 */
function qualifiedGroupBefore(tokens: readonly Token[], j: number): SpeakerPhrase | null {
  // (Most verbs follow a name: nothing to look for then.)
  if (isCapitalised(tokens[j - 1])) return null;
  for (let k = j - 2; k >= 0 && j - k <= 9; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== "word") return null;
    if (!GROUP_QUALIFIERS.has(tokens[k + 1]?.lower ?? "")) continue;
    const one = ONE_PERSON.has(t.lower);
    // ("Those in favor of punishment have said": the people so described.)
    if (!one && !isGroupHead(t.text, t.lower) && t.lower !== "those") continue;
    let start = k;
    while (start > k - 2 && COUNT_WORDS.has(tokens[start - 1]?.lower ?? "")) start--;
    // (After a dash too: "SIOUX FALLS, S.D. – People across the nation are talking …".)
    if (start > 0 && !isComma(tokens[start - 1]) && !["—", "–"].includes(tokens[start - 1]?.text ?? ""))
      return null;
    const first = tokens[start] as Token;
    const last = tokens[j - 1] as Token;
    const text = textOfTokens(tokens, start, j);
    return one
      ? {
          type: "role",
          text,
          start: first.start,
          end: last.end,
          role: text.replace(/^(?:a|an|the)\s+/i, ""),
          head: t.lower,
          described: true,
        }
      : { type: "group", text, start: first.start, end: last.end, head: t.lower };
  }
  return null;
}

/** Words that count a group: "two people familiar with …", "some officials close to …". */
const COUNT_WORDS = new Set(
  "two three four five six several some many a an few other the second third another one".split(" "),
);

/** One person a description qualifies: "a second person briefed on the call said". */
const ONE_PERSON = new Set(["person", "source", "official", "man", "woman", "insider"]);

/** The tokens from `from` up to `to` as printed, one space between words. */
function textOfTokens(tokens: readonly Token[], from: number, to: number): string {
  let text = "";
  for (let k = from; k < to; k++) text += (k > from ? " " : "") + (tokens[k] as Token).text;
  return text;
}

/** A lead's team: "Ruiz and her colleagues", "Pike and co-authors". */
const TEAM_WORDS = new Set(
  "colleagues co-authors coauthors collaborators co-workers coworkers team teammates students".split(" "),
);
const POSSESSIVE_OWNERS = new Set(["his", "her", "their"]);

/**
 * "Lisa Power, head of policy at the Harbour Trust said …": a person's full name opening the
 * sentence, then a role after a comma that the printer left unclosed, up to the verb; the person
 * speaks, the rest is their role. Null for any other shape.
 */
function unclosedAside(
  tokens: readonly Token[],
  verb: number,
): { phrase: SpeakerPhrase; appositive: string } | null {
  // (Or after the quotation it attributes: "“…,” Harold Kemp, Editor-in-Chief of the Harbour Journal
  // said.")
  const start = tokens[0]?.kind === "quote" ? (isComma(tokens[1]) ? 2 : 1) : 0;
  const comma = tokens.findIndex((t, i) => i >= start && isComma(t));
  if (comma < start + 2 || comma > start + 4 || comma >= verb - 2) return null;
  const name = tokens.slice(start, comma);
  const aside = tokens.slice(comma + 1, verb);
  // (A given name opens it, or it follows the quotation, "“…,” Sagnik Rao, co-author of …", or the
  // aside ends in a person's job, "Rhodri Glyn Thomas, Plaid Cymru health spokesman said".)
  const last = aside.at(-1);
  const endsInJob =
    !!last && !isCapitalised(last) && (SPOKESPEOPLE.has(last.lower) || ROLE_NOUNS.has(last.lower));
  if (
    !name.every((t) => t.kind === "word" && isCapitalised(t) && !isFunctionWord(t)) ||
    (givenName(name[0]?.text ?? "") === undefined && start === 0 && !endsInJob)
  )
    return null;
  // (A role opens it, a body's name ends it, and nothing else stops between: no comma, quotation
  // or verb of its own.)
  // ("Editor-in-Chief": a job joined by hyphens is its first word's.)
  // ("co-author": and a prefix joined so, its last.)
  const job = (t: Token) =>
    isRoleNoun(t) ||
    t.lower.split("-").some((part, k) => (k === 0 || part.length > 3) && ROLE_NOUNS.has(part));
  // ("Sagnik Bhattacharyya, co-author of the study said": or a body, a text or a team the story
  // describes, after "of the".)
  const described =
    !!last &&
    !isCapitalised(last) &&
    aside.length >= 3 &&
    aside.at(-2)?.lower === "the" &&
    ["of", "at", "for"].includes(aside.at(-3)?.lower ?? "") &&
    (isHeadNoun(last) || ORGANISATION_HEADS.has(last.lower) || DOCUMENT_HEADS.has(last.lower));
  // ("Plaid Cymru health spokesman": or the job last, after whose it is.)
  const jobLast =
    endsInJob &&
    aside.slice(0, -1).every((t) => t.kind === "word" && (isCapitalised(t) || !isFunctionWord(t)));
  if (
    !jobLast &&
    (!aside.slice(0, 3).some((t) => t.kind === "word" && job(t)) || !(isCapitalised(last) || described))
  )
    return null;
  if (aside.some((t) => t.kind !== "word" || FINITE_WORDS.has(t.lower))) return null;
  const phrase = readPhrase(name);
  return phrase?.type === "name" ? { phrase, appositive: textOf(aside) } : null;
}
/** Finite verbs that would make the words after a comma a clause of their own. */
const FINITE_WORDS = new Set([
  "is",
  "was",
  "are",
  "were",
  "has",
  "had",
  "have",
  "will",
  "would",
  "said",
  "says",
]);

/** People who serve someone and speak for themselves: "aides to", "lawyers for". */
const SERVING = new Set([
  "aides",
  "advisers",
  "advisors",
  "lawyers",
  "attorneys",
  "allies",
  "associates",
  "staffers",
  "relatives",
  "friends",
]);
/** Words that may open such a group: "two aides to …", "some lawyers for …", "his lawyers …". */
const DETERMINERS_BEFORE_SERVING = new Set([
  "the",
  "two",
  "three",
  "some",
  "several",
  "many",
  "other",
  "his",
  "her",
  "their",
]);

/** The subject phrase to the left of the verb at `verb`, and its appositive role if any. */
export function subjectLeftOf(
  tokens: readonly Token[],
  verb: number,
): { phrase: SpeakerPhrase; appositive?: string } | null {
  const unclosed = unclosedAside(tokens, verb);
  if (unclosed) return unclosed;
  const found = nearestSubjectLeftOf(tokens, verb) ?? namedInAside(tokens, verb);
  const phrase = found?.phrase;
  if (!phrase) return found;
  const at = tokens.findIndex((t) => t.start === phrase.start);
  // "Sources close to the Kremlin said", "officials familiar with Harbour Bank's plans say": how an
  // unnamed source knows is part of their description; the name they know is not the speaker.
  if (
    phrase.type === "name" &&
    ["to", "with", "on", "in", "about"].includes(tokens[at - 1]?.lower ?? "") &&
    SOURCE_KNOWING.has(tokens[at - 2]?.lower ?? "")
  ) {
    const people = readPhrase(phraseEndingAt(tokens, at - 2));
    if (people && (people.type === "role" || people.type === "group")) {
      const first = tokens.findIndex((t) => t.start === people.start);
      const last = tokens.findIndex((t) => t.end === phrase.end);
      return {
        phrase: {
          ...people,
          text: printedBetween(tokens, people.start, phrase.end),
          end: phrase.end,
          role: roleTextOf(tokens.slice(first, last + 1)),
          described: true,
        },
      };
    }
  }
  // "Aides to Mr. Trump say", "Lawyers for Ana Ruiz said": the people who serve someone speak, as
  // a group named with whom they serve; not the one they serve.
  // (Past a courtesy title the phrase leaves out: "Mr." in "Aides to Mr. Trump".)
  let from = (phrase.type === "name" && phrase.courtesy) || isTitle(tokens[at - 1]?.text ?? "") ? at - 1 : at;
  // ("Lawyers for Assange and Manafort denounced": whom they serve may be two.)
  if (phrase.type === "name" && tokens[from - 1]?.lower === "and") {
    let k = from - 1;
    while (k > 0 && isCapitalised(tokens[k - 1]) && tokens[k - 1]?.kind === "word") k--;
    if (k < from - 1 && SERVING.has(tokens[k - 2]?.lower ?? "")) from = k;
  }
  const served = tokens[from - 2];
  if (
    (phrase.type === "name" || phrase.type === "role") &&
    ["to", "for"].includes(tokens[from - 1]?.lower ?? "") &&
    served &&
    SERVING.has(served.lower)
  ) {
    const first =
      from - 2 > 0 && DETERMINERS_BEFORE_SERVING.has(tokens[from - 3]?.lower ?? "") ? from - 3 : from - 2;
    const opener = tokens[first] as Token;
    return {
      phrase: {
        type: "group",
        text: printedBetween(tokens, opener.start, phrase.end),
        start: opener.start,
        end: phrase.end,
        head: served.lower,
      },
    };
  }
  // "Harbour Bank and other lenders said": a name and others of its kind speak as one group.
  if (phrase.type === "group" && /^other\s/i.test(phrase.text)) {
    const named = tokens[at - 1]?.lower === "and" ? readPhrase(phraseEndingAt(tokens, at - 1)) : null;
    if (named?.type === "name")
      return {
        phrase: { ...phrase, text: printedBetween(tokens, named.start, phrase.end), start: named.start },
      };
  }
  // "he and his wife Kali explained": a pronoun joined with someone is the one the story is about,
  // who speaks first of the two.
  const joined = tokens[at - 2];
  if (
    tokens[at - 1]?.lower === "and" &&
    joined &&
    PRONOUNS[joined.lower] !== undefined &&
    PRONOUNS[joined.lower] !== "it" &&
    (at - 2 === 0 || tokens[at - 3]?.kind !== "word" || tokens[at - 3]?.lower === "both")
  ) {
    const pronoun = readPhrase([joined]);
    if (pronoun) return { phrase: pronoun };
  }
  // "Ana Ruiz and Tom Hale said": two people named in full speak together.
  if (phrase.type === "name") {
    const end = tokens.findIndex((t) => t.start >= phrase.end);
    if (tokens[at - 1]?.lower === "and") {
      const together = jointly([
        ...phraseEndingAt(tokens, at - 1),
        ...tokens.slice(at - 1, end < 0 ? tokens.length : end),
      ]);
      if (together) return { phrase: together };
    }
  }
  // "as one tweeter in Sydney suggested": the person at a place, not the place; "Police in
  // Eastport said": the force, not the place.
  if (phrase.type === "name" && !phrase.job) {
    // ("Ana Ruiz in Eastport said": a person's full name before where they are, as "Ann Toll of Ohio".)
    const person = AFFILIATION.has(tokens[at - 1]?.lower ?? "")
      ? readPhrase(phraseEndingAt(tokens, at - 1))
      : null;
    if (
      person?.type === "name" &&
      /\s/.test(person.name ?? "") &&
      givenName(person.name?.split(" ")[0] ?? "") !== undefined
    )
      return { phrase: person };
    if (AFFILIATION.has(tokens[at - 1]?.lower ?? ""))
      for (let k = at - 2; k >= Math.max(0, at - 5); k--) {
        const wider = readPhrase(
          tokens.slice(
            k,
            tokens.findIndex((t) => t.start >= phrase.end),
          ),
        );
        // (Or a force by where it serves: "Police in Eastport said".)
        if (wider?.job || (wider?.type === "organisation" && wider.end === phrase.end))
          return { phrase: wider };
      }
  }
  return found;
}

/**
 * "The librarian, Mara Quist, said …": a name between commas right before the verb, after a
 * description that opens the sentence, is the subject (the description is their role).
 */
function namedInAside(
  tokens: readonly Token[],
  verb: number,
): { phrase: SpeakerPhrase; appositive?: string } | null {
  const j = skipPrecursors(tokens, verb);
  if (!isComma(tokens[j - 1])) return null;
  const name = readPhrase(phraseEndingAt(tokens, j - 1));
  if (name?.type !== "name" || !/\s/.test(name.name ?? "")) return null;
  const at = tokens.findIndex((t) => t.start === name.start);
  if (!isComma(tokens[at - 1]) || at < 3) return null;
  // (The description opens the sentence, with an article or a possessive, in a few words: "The
  // librarian, Mara Quist, said", "Her deputy, Tom Hale, said".)
  const described = tokens.slice(0, at - 1);
  // (Or a job opening it without an article, as a title: "Head of the harbour division, Lena
  // Ortiz, said".)
  const job =
    isCapitalised(described[0]) &&
    ROLE_NOUNS.has((described[0] as Token).lower) &&
    ["of", "at", "for"].includes(described[1]?.lower ?? "");
  if (
    described.length < 2 ||
    described.length > 8 ||
    (!DESCRIPTION_OPENERS.has((described[0] as Token).lower) && !job) ||
    described.some((t) => t.kind !== "word")
  )
    return null;
  const last = described.at(-1) as Token;
  return { phrase: name, appositive: printedBetween(tokens, (described[0] as Token).start, last.end) };
}
const DESCRIPTION_OPENERS = new Set(["the", "a", "an", "his", "her", "its", "their"]);

function nearestSubjectLeftOf(
  tokens: readonly Token[],
  verb: number,
): { phrase: SpeakerPhrase; appositive?: string } | null {
  let j = skipPrecursors(tokens, verb);
  // "The change log itself points out", "the minister herself said": the subject before its
  // intensifier.
  if (INTENSIFIERS.has(tokens[j - 1]?.lower ?? "") && isWord(tokens[j - 2]) && !isCapitalised(tokens[j - 1]))
    j = skipPrecursors(tokens, j - 1);
  // "proceeded to talk", "went on to say": the subject is that of the verb before "to". ("prompted
  // some Twitter users to argue", "asked officials to explain": a noun before "to" is the one who
  // is to speak.)
  if (tokens[j - 1]?.lower === "to" && isWord(tokens[j - 2])) {
    const before = tokens[j - 2] as Token;
    if (!isCapitalised(before) && isHeadNoun(before)) {
      const phrase = readPhrase(phraseEndingAt(tokens, j - 1));
      if (phrase && phrase.type !== "name") return { phrase };
    }
    j = skipPrecursors(tokens, j - 2);
  }
  // "Ruiz and her colleagues found", "Pike and team report": the named lead speaks for the team.
  if (TEAM_WORDS.has(tokens[j - 1]?.lower ?? "")) {
    const and = POSSESSIVE_OWNERS.has(tokens[j - 2]?.lower ?? "") ? j - 3 : j - 2;
    if (tokens[and]?.lower === "and") {
      const lead = readPhrase(phraseEndingAt(tokens, and));
      if (lead?.type === "name") return { phrase: lead };
    }
  }
  // "Half of them argue", "Only 42% of them say": a share of a group speaks for the group.
  if (tokens[j - 1]?.lower === "them" && tokens[j - 2]?.lower === "of") {
    const them = tokens[j - 1] as Token;
    return { phrase: { type: "pronoun", text: "they", start: them.start, end: them.end, pronoun: "they" } };
  }
  const pronoun = tokens[j - 1];
  if (pronoun && PRONOUNS[pronoun.lower] !== undefined) {
    const phrase = readPhrase([pronoun]);
    return phrase ? { phrase } : null;
  }
  const contracted = contractedPronoun(pronoun);
  if (contracted) return { phrase: contracted };
  const qualified = qualifiedGroupBefore(tokens, j);
  if (qualified) return { phrase: qualified };
  const paired = pairedRoles(tokens, j);
  if (paired) return { phrase: paired };
  // "the source, who said he had spoken to people inside", "an article by New York magazine that
  // claimed": a relative clause's subject is the phrase it hangs on.
  if (
    ((pronoun?.lower === "who" || pronoun?.lower === "which") && isComma(tokens[j - 2])) ||
    // ("broad support from charities who say it would …": "who" with no comma, after people.)
    (pronoun?.lower === "who" && isWord(tokens[j - 2]) && !isCapitalised(tokens[j - 2])) ||
    (pronoun?.lower === "that" && isWord(tokens[j - 2]) && !SPEECH_VERBS.has(tokens[j - 2]?.lower ?? ""))
  ) {
    const end = isComma(tokens[j - 2]) ? j - 2 : j - 1;
    // ("Ana Ruiz, chairman of the Harbour Committee, who had called for a ban, said": "who" is the
    // person the role's aside describes, not the body that ends it.)
    const stacked = pronoun?.lower === "who" && end === j - 2 ? asidesBefore(tokens, end) : null;
    // (One aside only: "…, including Bernie Sanders and Tom Perez, chairman of …, who" has a list.)
    if (stacked && stacked.roles.length === 1 && segmentOpen(tokens, end) === stacked.headEnd) {
      const head = readPhrase(phraseEndingAt(tokens, stacked.headEnd));
      if (head && (head.type === "name" || head.type === "role"))
        return { phrase: head, appositive: stacked.roles.join(", ") };
    }
    const described = phraseEndingAt(tokens, end);
    // ("sent a letter to Mr. Ruiz that listed several reasons": the text sent, not whom it was sent
    // to, is what "that" means.)
    const to = described[0] ? tokens.indexOf(described[0]) - 1 : -1;
    if (pronoun?.lower === "that" && (tokens[to]?.lower === "to" || tokens[to]?.lower === "for")) {
      const sent = phraseEndingAt(tokens, to);
      const text = readPhrase(sent);
      if (text?.type === "document") {
        // (Whoever sent it, when the sentence says: "Tom Hale sent a letter to … that listed".)
        const verb = sent[0] ? tokens.indexOf(sent[0]) - 1 : -1;
        const sender = ISSUED.has(tokens[verb]?.lower ?? "") ? subjectLeftOf(tokens, verb) : null;
        return sender && sender.phrase.type !== "document" ? sender : { phrase: text };
      }
    }
    const phrase = readPhrase(described) ?? descriptionAt(tokens, j - 1, "left", false, end);
    // ("… underwritten by GIS companies or university groups, which suggests that …": a singular
    // verb after a plural noun has the whole clause before it for its subject, no one.)
    // (A name is one thing whatever its last letter: "Harbour Ferries, which says …".)
    const last = described.at(-1);
    const plural = !!last && !isCapitalised(last) && /[^s]s$/.test(last.lower);
    if (plural && /[^s]s$/.test(tokens[verb]?.lower ?? "") && verb === j) return null;
    return phrase ? { phrase } : null;
  }
  // "Rep. Ann Toll (R-Fla.) said": a bracketed tag between the subject and the verb is their role.
  let bracketed: string | undefined;
  if (tokens[j - 1]?.text === ")") {
    let open = j - 2;
    while (open >= 0 && tokens[open]?.text !== "(" && j - open < 10) open--;
    if (tokens[open]?.text === "(" && open > 0) {
      bracketed = textOf(tokens.slice(open + 1, j - 1));
      // "Immigration, Refugees and Citizenship Canada (IRCC) says": the acronym names the subject.
      const acronym = tokens[open + 1] as Token;
      if (open + 2 === j - 1 && /^(?:\p{Lu}\.?){2,8}$/u.test(acronym.text) && isCapitalised(tokens[open - 1]))
        return {
          phrase: {
            type: "name",
            text: acronym.text,
            start: acronym.start,
            end: acronym.end,
            name: acronym.text,
          },
        };
      j = open;
    }
  }
  if (isComma(tokens[j - 1])) {
    // "Dana Pike, chief economist at Harbour Bank, said": the subject before its asides.
    const stacked = asidesBefore(tokens, j - 1);
    if (stacked) {
      const words = phraseEndingAt(tokens, stacked.headEnd);
      const read = readPhrase(words);
      const first = words[0] ? tokens.indexOf(words[0]) : -1;
      const phrase =
        (read && first > 0 ? affiliatedSubject(tokens, first, read) : null) ??
        read ??
        descriptionAt(tokens, verb, "left", false, stacked.headEnd);
      if (phrase) {
        const author = phrase.type === "document" ? authorInAsides(tokens, stacked.headEnd, j - 1) : null;
        if (author) return { phrase: author };
        const roles = stacked.roles.join(", ");
        return { phrase, ...(roles ? { appositive: roles } : {}) };
      }
    }
    const aside = asideBefore(tokens, j - 1);
    if (aside && isAside(aside.tokens)) {
      const asideText = textOf(aside.tokens);
      const before = phraseEndingAt(tokens, aside.open);
      const asidePhrase = readPhrase(aside.tokens);
      // "The leader of Ennahda, Rachid Ghannouchi, condemned": the aside is the name.
      // ("The committee chairman, Sen. Tom Brandt, said": a title before the name is no other role.)
      const titledOnly = !asidePhrase?.role || asidePhrase.role.split(/\s+/).every(isTitle);
      if (asidePhrase?.type === "name" && titledOnly && before.length > 0) {
        const described = readPhrase(before);
        return {
          phrase: asidePhrase,
          ...(described ? { appositive: textOf(withHolder(tokens, before)) } : {}),
        };
      }
      const phrase = readPhrase(before);
      if (phrase) return { phrase, ...(looksLikeRole(aside.tokens) ? { appositive: asideText } : {}) };
      return null;
    }
    // A stray comma between subject and verb ("Zarif, echoed"): only when nothing else is left of it.
    if (!aside) {
      const before = phraseEndingAt(tokens, j - 1);
      const phrase = before.length > 0 && before[0] === tokens[0] ? readPhrase(before) : null;
      return phrase ? { phrase } : null;
    }
    return null;
  }
  // "Harbour police on Monday said", "The ferry company in a statement said": when or where it was
  // said stands between the subject and the verb.
  // ("Clark in October revealed": a month is when, never who, whatever the verb.)
  const said = SAYING.has(SPEECH_VERBS.get(tokens[verb]?.lower ?? "") ?? "")
    ? whenOrWhereSaid(tokens, j)
    : MONTHS.has(tokens[j - 1]?.text ?? "") && tokens[j - 2]?.lower === "in"
      ? j - 2
      : j;
  if (said < j) {
    const earlier = readPhrase(phraseEndingAt(tokens, said));
    if (earlier) return { phrase: earlier, ...(bracketed ? { appositive: bracketed } : {}) };
  }
  // "A study published last month found", "Officials based in Leeds said": the subject before a
  // participle and the few words of time or place after it.
  const modified = modifiedSubject(tokens, j);
  if (modified) return { phrase: modified };
  // "Some consumers who sought help on launch day reported …": the subject before a relative clause
  // that has no commas.
  for (let k = j - 2; k > 0 && j - k <= 10; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== "word") break;
    if (t.lower !== "who") continue;
    const words = phraseEndingAt(tokens, k);
    const antecedent = readPhrase(words);
    // (In subject position only: first in its clause, not "to critique people who … or suggest".)
    const opener = words[0] ? tokens[tokens.indexOf(words[0]) - 1] : undefined;
    const subjectPosition =
      !opener ||
      opener.kind === "punct" ||
      CLAUSE_OPENERS.has(opener.lower) ||
      SPEECH_VERBS.has(opener.lower);
    if (antecedent && antecedent.type !== "pronoun" && subjectPosition && tokens[j - 1]?.lower !== "or")
      return { phrase: antecedent };
    break;
  }
  const participled = subjectBeforePresentParticiple(tokens, j);
  if (participled) return { phrase: participled };
  // "Number 10 said", "Transport 2000 said", "Channel 4 said": a name that ends in its number.
  const number = tokens[j - 1];
  if (
    number &&
    /^\d{1,4}$/.test(number.text) &&
    isCapitalised(tokens[j - 2]) &&
    !MONTHS.has(tokens[j - 2]?.text ?? "")
  ) {
    const words = phraseEndingAt(tokens, j - 1);
    const named = readPhrase(words);
    // (Not the object of a preposition: "searches carried out under the Terrorism Act 2000 showed".)
    const before = words[0] ? tokens[tokens.indexOf(words[0]) - 1] : undefined;
    const object = before !== undefined && OBJECT_PREPOSITIONS.has(before.lower);
    if (named?.type === "name" && named.name && !object)
      return {
        phrase: {
          ...named,
          text: `${named.text} ${number.text}`,
          name: `${named.name} ${number.text}`,
          end: number.end,
        },
      };
  }
  const words = phraseEndingAt(tokens, j);
  const phrase = readPhrase(words);
  if (!phrase) return null;
  const first = words[0] ? tokens.indexOf(words[0]) : -1;
  const subject =
    (first > 1 && agentOfParticiple(tokens, first, phrase)) ||
    (first > 0 && affiliatedSubject(tokens, first, phrase)) ||
    phrase;
  // "The commission issued a statement warning that …": a document its subject put out speaks for it.
  const issuing =
    tokens[first - 1]?.lower === "out" && tokens[first - 2]?.lower === "put" ? first - 2 : first - 1;
  if (
    subject.type === "document" &&
    /^an?\s/i.test(subject.text) &&
    ISSUED.has(tokens[issuing]?.lower ?? "")
  ) {
    const author = subjectLeftOf(tokens, issuing);
    if (author && author.phrase.type !== "document") return author;
  }
  return { phrase: subject, ...(bracketed ? { appositive: bracketed } : {}) };
}

/**
 * "Scientists using a telescope atop Mount Tarn confirmed", "Doctors treating Ana Ruiz said": the
 * subject is the people before a present participle, described with what follows it, not the name
 * the participle's phrase ends in. Null when no such participle stands within ten words of `end`.
 */
function subjectBeforePresentParticiple(tokens: readonly Token[], end: number): SpeakerPhrase | null {
  for (let k = end - 2; k > 0 && end - k <= 10; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== "word") return null;
    if (isCapitalised(t) || !/^\p{Ll}{2,}ing$/u.test(t.text)) continue;
    // (No verb of its own after the participle: "teachers wearing red surrounded the Statehouse
    // on Tuesday to call for" is no subject of "call".)
    // ("Doctors offering to run the clinic noted": an infinitive right after it is its own.)
    if (tokens.slice(k + 2, end).some((w) => /^\p{Ll}+ed$/u.test(w.text) || w.lower === "to")) return null;
    const head = tokens[k - 1];
    // (The head may open the sentence: "Doctors treating Ana Ruiz said".)
    const opensSentence = k === 1 || tokens[k - 2]?.kind !== "word";
    if (head?.kind !== "word" || (isCapitalised(head) && !opensSentence) || !isHeadNoun(head)) return null;
    const words = phraseEndingAt(tokens, k);
    const described = readPhrase(words);
    if (!described || (described.type !== "group" && described.type !== "role")) return null;
    // (In subject position only: first in its clause.)
    const opener = words[0] ? tokens[tokens.indexOf(words[0]) - 1] : undefined;
    if (opener && opener.kind !== "punct" && !CLAUSE_OPENERS.has(opener.lower)) return null;
    const last = tokens[end - 1] as Token;
    return {
      ...described,
      text: printedBetween(tokens, described.start, last.end),
      end: last.end,
      described: true,
    };
  }
  return null;
}

/** Words after which a new clause's subject may start: "and", "but", "that", "while" … */
const CLAUSE_OPENERS = new Set([
  "and",
  "but",
  "that",
  "while",
  "as",
  "because",
  "when",
  "if",
  "though",
  "although",
]);

/** Verbs that put a document out, whose subject is its author: "issued a statement saying". */
const ISSUED = new Set(
  "issued issues issue released releases release published publishes posted posts sent sends filed files tweeted put puts".split(
    " ",
  ),
);

/**
 * A description with the role it depends on: "the committee" in "The chairman of the committee,
 * Sher Khan, said" is where the chairman sits; the role is "The chairman of the committee".
 */
function withHolder(tokens: readonly Token[], phrase: Token[]): Token[] {
  let first = tokens.indexOf(phrase[0] as Token);
  let words = phrase;
  while (first > 1 && ["of", "at", "for"].includes(tokens[first - 1]?.lower ?? "")) {
    const holder = phraseEndingAt(tokens, first - 1);
    if (holder.length === 0) break;
    words = [...holder, ...tokens.slice(first - 1, first), ...words];
    first = tokens.indexOf(holder[0] as Token);
  }
  return words;
}

/** Words that open the place or time after a participle: "based in Leeds", "published last month". */
const AFTER_PARTICIPLE = new Set(
  "in on at from for to as last this earlier yesterday today since during near outside inside across".split(
    " ",
  ),
);

/** Participles that do not end in -ed or -en. */
const IRREGULAR_PARTICIPLES = new Set(
  "held made built set put run sent led paid sold laid cut hit hurt kept left lost told found brought bought caught taught spent struck stuck shot fed won known shown drawn grown thrown flown born hung spread shut".split(
    " ",
  ),
);
/** Reflexives that stress a subject: "the log itself", "the minister herself". */
const INTENSIFIERS = new Set(["itself", "himself", "herself", "themselves"]);
/** Particles of a phrasal participle: "laid off in March", "locked out last week". */
const PARTICLES = new Set(["off", "out", "up", "down", "away", "back", "behind"]);

/**
 * The subject of a verb at `end` when a participle phrase stands between them ("A study published
 * last month found", "Officials based in Leeds said", "A report released on Monday said"): a
 * participle a few words back, after a noun phrase, with only plain words (no comma, no agent "by",
 * which `agentOfParticiple` reads) between it and the verb. Null when there is none.
 */
function modifiedSubject(tokens: readonly Token[], end: number): SpeakerPhrase | null {
  for (let p = end - 2; p >= 1 && end - p <= 12; p--) {
    const t = tokens[p] as Token;
    // ("A woman described as a “former official” told": a quoted phrase inside the description.)
    if (t.kind === "quote" && p < end - 1) continue;
    if (t.kind !== "word") return null;
    if (t.lower === "by") return null;
    if (isCapitalised(t) || !(/[a-z](?:ed|en)$/.test(t.lower) || IRREGULAR_PARTICIPLES.has(t.lower)))
      continue;
    // ("the Paris based economics think tank": a participle before its noun modifies it; one after its
    // noun is followed by a place or a time, perhaps after its particle: "laid off in March".)
    // ("published recently in …": an adverb may come first.)
    const adverb = /^\p{Ll}+ly$/u.test(tokens[p + 1]?.text ?? "") ? 1 : 0;
    const particle = PARTICLES.has(tokens[p + 1 + adverb]?.lower ?? "") ? 1 : 0;
    // ("published in the journal …": a particle may be the preposition of place itself.)
    if (
      !AFTER_PARTICIPLE.has(tokens[p + 1 + adverb + particle]?.lower ?? "") &&
      !AFTER_PARTICIPLE.has(tokens[p + 1 + adverb]?.lower ?? "")
    )
      return null;
    const before = tokens[p - 1];
    if (
      before?.kind !== "word" ||
      ["has", "have", "had", "was", "were", "is", "are", "be", "been"].includes(before.lower)
    )
      return null;
    const words = phraseEndingAt(tokens, p);
    // ("A woman described as …": or someone only described in a word or two, whom the lexicon
    // cannot name; not "A lawyer for the driver of the bus involved in …", read below.)
    const plain = words.length === 0 ? descriptionAt(tokens, p, "left", false) : null;
    const short =
      plain !== null &&
      !/\s\S+\s\S+\s/.test(plain.text) &&
      !/\s(?:of|for|at|with|from|in)\s/.test(plain.text);
    const described = readPhrase(words) ?? (short ? plain : null);
    // ("The authors of the research published in …": the people the thing published is of.)
    if (!described) {
      let of = p - 1;
      while (of > p - 4 && of > 0 && tokens[of]?.kind === "word" && tokens[of]?.lower !== "of") of--;
      if (tokens[of]?.lower !== "of") return null;
      const held = phraseEndingAt(tokens, of);
      const holder = readPhrase(held);
      // (Only a holder that opens its clause: "A lawyer for the driver of the bus involved in …" is
      // the lawyer's, read below.)
      const opener = held[0] ? tokens[tokens.indexOf(held[0]) - 1] : undefined;
      const opensClause = opener?.kind !== "word" || CLAUSE_OPENERS.has(opener.lower);
      if (!opensClause || !holder || holder.type === "pronoun" || holder.type === "name") return null;
      // (One person described with what they are of: "The head of the investigation"; "the
      // authors" are named so.)
      const last = tokens[p - 1] as Token;
      return holder.type === "role"
        ? { ...holder, text: printedBetween(tokens, holder.start, last.end), end: last.end }
        : holder;
    }
    // (Past eight words only for a text: "Two studies published recently in the journals … and
    // Medicine found"; people described at such length are read whole elsewhere.)
    if (end - p > 8 && described?.type !== "document") return null;
    return described && described.type !== "pronoun" ? described : null;
  }
  return null;
}

/** Verbs of plain saying, after which a day or a statement before the verb is when or where it was said. */
const SAYING = new Set(
  "say tell announce state confirm warn add explain write claim insist argue note deny acknowledge admit report".split(
    " ",
  ),
);
const DAYS = new Set("monday tuesday wednesday thursday friday saturday sunday".split(" "));
const MONTHS = new Set(
  "January February March April May June July August September October November December".split(" "),
);
const PARTS_OF_DAY = new Set("morning afternoon evening night".split(" "));
/** What a statement is made in: "in a statement", "in a post on X", "in an interview". */
const MADE_IN = new Set(
  "statement statements interview interviews post letter email e-mail tweet release briefing speech".split(
    " ",
  ),
);

/**
 * Where a phrase saying when or where something was said ends just before `end` ("on Monday", "on
 * Tuesday night", "in a statement", "in a written statement"), the index of its first word; `end`
 * when there is none.
 */
function whenOrWhereSaid(tokens: readonly Token[], end: number): number {
  const at = (k: number) => tokens[k]?.lower ?? "";
  let k = end - 1;
  if (PARTS_OF_DAY.has(at(k)) && DAYS.has(at(k - 1))) k--;
  if (DAYS.has(at(k)) && at(k - 1) === "on") return k - 1;
  if (MONTHS.has(tokens[end - 1]?.text ?? "") && at(end - 2) === "in") return end - 2;
  // ("Ana Ruiz on March 5 said", "… on 5 March said": a date.)
  if (/^\d{1,2}$/.test(at(end - 1)) && MONTHS.has(tokens[end - 2]?.text ?? "") && at(end - 3) === "on")
    return end - 3;
  if (MONTHS.has(tokens[end - 1]?.text ?? "") && /^\d{1,2}$/.test(at(end - 2)) && at(end - 3) === "on")
    return end - 3;
  if (MADE_IN.has(at(end - 1))) {
    let m = end - 2;
    while (m > end - 4 && m >= 0 && !["a", "an", "its", "their", "his", "her", "the"].includes(at(m))) m--;
    if (at(m - 1) === "in" && m >= 1) return m - 1;
  }
  return end;
}

const DEMONSTRATIVES = new Set(["this", "that", "these", "those"]);

/** Prepositions whose object is no subject: "under the Terrorism Act 2000 showed". */
const OBJECT_PREPOSITIONS = new Set([
  "under",
  "by",
  "in",
  "of",
  "from",
  "with",
  "to",
  "on",
  "at",
  "into",
  "about",
]);

/** Participles that make their agent a document's author: "a statement released by the office". */
const AUTHORED = new Set(
  "released issued published written signed prepared commissioned sent filed produced drafted submitted compiled".split(
    " ",
  ),
);

/**
 * "An internal memo seen by this newspaper said", "A statement released by the Prime Minister’s
 * Office said": the phrase before the verb is the agent of a participle, and the subject is what
 * the participle describes. A document speaks for the author its participle names; one only seen
 * or obtained by someone speaks for itself. Null when no participle stands before `by`.
 */
function agentOfParticiple(
  tokens: readonly Token[],
  start: number,
  agent: SpeakerPhrase,
): SpeakerPhrase | null {
  const first = DEMONSTRATIVES.has(tokens[start - 1]?.lower ?? "") ? start - 1 : start;
  if (tokens[first - 1]?.lower !== "by") return null;
  // ("Workers laid off by Harbour Bank said": a participle's particle stands before "by".)
  const at = PARTICLES.has(tokens[first - 2]?.lower ?? "") ? first - 3 : first - 2;
  const participle = tokens[at];
  if (
    participle?.kind !== "word" ||
    !(/(?:ed|en|wn|ht)$/.test(participle.lower) || IRREGULAR_PARTICIPLES.has(participle.lower))
  )
    return null;
  const described = readPhrase(phraseEndingAt(tokens, at));
  if (!described) return null;
  if (described.type === "document" && AUTHORED.has(participle.lower)) return agent;
  return described;
}

/**
 * "The report, published on Monday by the Harbour Board, said": the author a document's asides
 * (tokens[from, to)) name after a participle of authorship, or null.
 */
function authorInAsides(tokens: readonly Token[], from: number, to: number): SpeakerPhrase | null {
  let authored = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (AUTHORED.has(t.lower)) authored = true;
    if (!authored || t.lower !== "by") continue;
    return authorAt(tokens, k + 1);
  }
  return null;
}

/** The author a text names after "by" at `k`: a name, a body or a group ("seven physicians"). */
function authorAt(tokens: readonly Token[], k: number): SpeakerPhrase | null {
  // ("signed by seven physicians", "by 40 scientists": people counted.)
  const count = tokens[k];
  const people = tokens[k + 1];
  if (
    count &&
    people &&
    (/^\d+$/.test(count.text) || COUNT_WORDS.has(count.lower) || NUMBER_WORDS.has(count.lower)) &&
    /[^s]s$/.test(people.lower) &&
    (isGroupHead(people.text, people.lower) ||
      PERSON_NOUN.test(people.lower) ||
      ROLE_NOUNS.has(people.lower.slice(0, -1)))
  )
    return {
      type: "group",
      text: `${count.text} ${people.text}`,
      start: count.start,
      end: people.end,
      head: people.lower,
    };
  const found = phraseStartingAt(tokens, k)?.phrase;
  return found && (found.type === "name" || found.type === "organisation" || found.type === "group")
    ? found
    : null;
}

/** Numbers in words past "six" (COUNT_WORDS has the smaller ones) that count people: "seven physicians". */
const NUMBER_WORDS = new Set(
  "seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred hundreds dozen dozens".split(
    " ",
  ),
);

/**
 * Whether a description names a second person after a preposition ("the mother of the victim",
 * "a protester at the speaker"), whom a name after it may be.
 */
function holdsSomeoneElse(description: string): boolean {
  if (/\s(?:of|for|to|from|with|by|about|against)\s/i.test(description)) return true;
  const words = description.toLowerCase().split(/\s+/);
  const preposition = words.findIndex((w, k) => k > 0 && ["at", "in", "on", "near"].includes(w));
  return (
    preposition > 0 &&
    words
      .slice(preposition + 1)
      .some((w) => (PERSON_NOUN.test(w) && !/ments?$/.test(w)) || ROLE_NOUNS.has(w) || GROUP_HEADS.has(w))
  );
}

/**
 * The subject phrase right after the verb at `verb` (`said Lotfi Azzouz, Tunisia country director…`);
 * a text followed by who wrote it is its author (`says the letter signed by seven physicians`).
 */
export function subjectRightOf(
  tokens: readonly Token[],
  verb: number,
): { phrase: SpeakerPhrase; appositive?: string } | null {
  const found = phraseStartingAt(tokens, verb + 1);
  // "…, said another witness in the inquiry, former adviser Ana Ruiz.": a description, then the
  // person's name that ends the sentence, is that person, described. (Not when the description
  // holds someone else the name may be: "said the mother of the victim, Liam Hughes", "a lawyer
  // for the former president, Donald Trump", "a protester at the speaker, Ana Ruiz"; nor a place
  // after a place, "a resident in Savannah, Georgia".)
  if (found?.phrase.type === "role" && !holdsSomeoneElse(found.phrase.text)) {
    const after = tokens.findIndex((t) => t.start >= found.phrase.end);
    const named = isComma(tokens[after]) ? phraseStartingAt(tokens, after + 1) : null;
    const end = named ? tokens.findIndex((t) => t.start >= named.phrase.end) : -1;
    const name = named?.phrase.name ?? "";
    const person =
      named?.phrase.type === "name" &&
      ((/\s/.test(name) && givenName(name.split(" ")[0] ?? "") !== undefined) ||
        named.phrase.courtesy !== undefined);
    if (named && person && (end < 0 || tokens[end]?.text === "."))
      return { phrase: named.phrase, appositive: found.phrase.text.replace(/^(?:the|a|an)\s+/i, "") };
  }
  if (found?.phrase.type === "document") {
    const after = tokens.findIndex((t) => t.start >= (found.phrase.end ?? 0));
    if (after > 0 && AUTHORED.has(tokens[after]?.lower ?? "") && tokens[after + 1]?.lower === "by") {
      const author = authorAt(tokens, after + 2);
      if (author) return { phrase: author };
    }
  }
  return found;
}
