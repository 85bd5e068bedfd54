/**
 * From blocks to an article's parts: headline, standfirst, byline, source, credits, photo caption,
 * headings, captions, and the body, with page furniture (ads, teaser boxes, promos, comment prompts,
 * link lists) left out. These are rules about how news pages are laid out, not about any one page.
 */

import { CLOSING_MARKS, OPENING_MARKS } from "../article/quote-marks";
import type { SourceBlock, SourceDocument } from "./source";
import { collapseSpaces, isSpaceAt } from "./text";
import type { ParagraphRole } from "./types";

/** A block that stays in the article, with its role. */
export interface LaidOutBlock {
  text: string;
  role: ParagraphRole;
  /** A list item introduced by a colon ("President Obama also said:"): it continues that sentence. */
  listItem?: boolean;
}

/** The article's parts before quotes are found. */
export interface Layout {
  title: string;
  standfirst: string;
  byline?: string;
  sourceName?: string;
  publishedAt?: string;
  url?: string;
  language?: string;
  credits: string[];
  image?: { caption: string; credit?: string };
  /** Every kept block in reading order, the title and standfirst included. */
  blocks: LaidOutBlock[];
}

/**
 * Number of words (runs of non-space), counted without building an array and no further than
 * `upTo`: layout asks often, and only whether a block has more or fewer words than a few.
 */
function wordCount(s: string, upTo = Number.POSITIVE_INFINITY): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n < upTo; i++) {
    const space = s.charCodeAt(i) <= 32 || s.charCodeAt(i) === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
const hasAtLeastWords = (s: string, n: number) => wordCount(s, n) >= n;
/**
 * The rules below ask of a block whether it has at most 12 words or at least 9, never of more: each
 * block's words are counted once, up to this. (`wordCount(s, WORDS_ASKED) <= n` for n < 13 is "at
 * most n words", `>= n` for n <= 13 "at least n".)
 */
const WORDS_ASKED = 13;

/**
 * The end of `s` before any trailing white space. (The tests below read the text's ends from the
 * ends: a pattern anchored at the end is tried at every position of a paragraph.)
 */
function endBeforeSpace(s: string): number {
  let end = s.length;
  while (end > 0 && isSpaceAt(s, end - 1)) end--;
  return end;
}

/** Ends with ".", "!", "?" or "…", perhaps followed by closing quotes and brackets, spaces aside. */
function endsSentence(s: string): boolean {
  let end = endBeforeSpace(s);
  while (end > 0 && (CLOSING_MARKS.has(s[end - 1] as string) || BRACKETS.includes(s[end - 1] as string)))
    end--;
  return end > 0 && STOPS.includes(s[end - 1] as string);
}
const BRACKETS = ")]";
const STOPS = ".!?…";

/** Ends with a colon, spaces aside. */
function endsWithColon(s: string): boolean {
  const end = endBeforeSpace(s);
  return end > 0 && s[end - 1] === ":";
}

/** Starts with an opening quotation mark, spaces aside. */
function startsWithQuote(s: string): boolean {
  let start = 0;
  while (isSpaceAt(s, start)) start++;
  return start < s.length && OPENING_MARKS.has(s[start] as string);
}

/** Interface text that is never article text. */
const UI_STRINGS = new Set(
  [
    "leave a reply",
    "leave a comment",
    "comments",
    "comment",
    "share",
    "share this",
    "share this article",
    "share this story",
    "advertisement",
    "advertisment",
    "ad",
    "sponsored",
    "continue reading the main story",
    "continue reading",
    "story continues below",
    "story continues below advertisement",
    "skip advertisement",
    "read more",
    "related",
    "related articles",
    "related stories",
    "related content",
    "more on this story",
    "most read",
    "most popular",
    "top stories",
    "sign up",
    "subscribe",
    "newsletter",
    "follow us",
    "photo",
    "video",
    "image",
    "play video",
    "watch",
    "listen",
    "print",
    "email",
    "close",
    "menu",
    "back to top",
  ].map((s) => s.toLowerCase()),
);

const LONGEST_UI_STRING = Math.max(...[...UI_STRINGS].map((s) => s.length));

/**
 * Whether a block (in lower case) is interface text, trailing ":", "." and "!" aside ("Share this:").
 * A block longer than any such text is told by its length, without hashing it for the look-up.
 */
function isUiString(lower: string): boolean {
  let end = lower.length;
  while (end > 0 && ":.!".includes(lower[end - 1] as string)) end--;
  return end <= LONGEST_UI_STRING && UI_STRINGS.has(lower.slice(0, end));
}

/** Lines that link elsewhere: "Read the full transcript…", "[Read: …]", "Watch: …". */
const LINK_LINE =
  /^(?:\[.*\]|view (?:photos?|gallery|slideshow|videos?)\b.*|read (?:more|the full|our|the latest)\b.*|watch(?: the)? ?(?:video)?:.*|listen:.*|click here\b.*|see also:?.*|related:.*|follow (?:us|@).*|sign up\b.*|subscribe\b.*|more (?:\w+ ){0,3}(?:news|stories|coverage|from \w+):?)$/i;

/** The site's legal small print: "Disclaimer: The views … are their own …". */
const DISCLAIMER = /^(?:legal )?disclaimer\s*:/i;

/** After these, the article is over: whatever follows is links, promos and comment boxes. */
const END_MARKER =
  /^(?:read more|more (?:\w+ ){0,3}(?:news|stories|coverage|on this story)|related(?: articles| stories| coverage)?|most (?:read|popular|viewed)|top stories|you may also like|recommended)\s*:?$/i;

/** Credit lines: they close an article and go to its metadata. */
const CREDIT_LINE =
  /^(?:\(?\s*(?:additional reporting|reporting|editing|writing|written|compiled|research|translation|translated) by\b.*|.{2,120}\bcontributed (?:reporting )?to this (?:report|article|story)\.?)$/i;

/**
 * A writer's address for readers, closing an article: "Ben Silverman is on Twitter at ben_silverman.",
 * "Follow Dana Pike on Twitter @dpike", "Dana Pike can be reached at dpike@example.com".
 */
const CONTACT_LINE =
  /^(?:Follow\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+(?:is\s+|can be (?:reached|found|followed|contacted|emailed)\s+)?(?:on|at|via)\s+(?:Twitter|X|Instagram|Facebook|Threads|Bluesky|Mastodon|LinkedIn|\S+@\S+\.\w+|@\w+)\b(?:\s+(?:at\s+)?@?[\w.@]+)?\.?$/u;

/** What every credit line has (see CREDIT_LINE): a quick test, as most blocks are not one. */
const CREDIT_HINT = / by|contributed/i;
/** "SOURCE: AL JAZEERA NEWS". */
const SOURCE_LINE = /^source\s*:\s*(.+)$/i;
/** "By Erin Cunningham", "by Saeid Golkar". */
const BYLINE = /^by\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|al|bin|el)){0,6}$/iu;
/** Photo credits at the end of a caption: "[ Official Khamenei website/Reuters]", "(Reuters)". */
const CAPTION_CREDIT =
  /\s*(?:\[\s*([^\]]{2,80}?)\s*\]|\(\s*((?:[^()]*\b(?:Reuters|AP|AFP|Getty|EPA|Images?|Photo|Photograph|File|Pool|Bloomberg|Anadolu|Xinhua|Shutterstock|Alamy|PA|website|handout|courtesy)\b[^()]*))\s*\))\s*$/i;
/** Caption openers: "Clockwise from top:", "Above,", "Photo:", "Pictured:". */
const CAPTION_START =
  /^(?:clockwise from|anticlockwise from|above,|below,|left,|right,|top,|bottom,|pictured|photo(?:graph)?:|image:|picture:|map:|chart:|graphic:|video:|main image:)/i;
/** A standalone photo credit: "Credit Harry Campbell", "Photograph: Jane Doe/Reuters". */
const CREDIT_ONLY = /^(?:credit|photo(?:graph)?|image|picture)\s*(?::\s*|\s+)(\p{Lu}.{1,80})$/iu;

/** Upper-case words as a label: "OPINION", "COUNTING THE COST". (`words`: see WORDS_ASKED.) */
function isAllCapsLabel(text: string, words: number): boolean {
  return words <= 6 && !/\p{Ll}/u.test(text) && /\p{Lu}.*\p{Lu}.*\p{Lu}/u.test(text) && !endsSentence(text);
}

/** Short lower-case fragments: ad labels ("qatar airways") and stray tags ("whale strandings"). */
function isLowercaseFragment(text: string, words: number): boolean {
  return words <= 4 && !/\p{Lu}/u.test(text) && /\p{L}/u.test(text) && !/[.!?:;,"“”]/.test(text);
}

/** A short line without a full stop: a headline-like block (heading, teaser title, kicker). */
function isHeadlineLike(text: string, words: number): boolean {
  return words <= 12 && !endsSentence(text) && !endsWithColon(text);
}

/**
 * Whether a block after a teaser box or link list reads like the article again: a quotation, or a
 * full sentence of some length. Teaser titles are short, unpunctuated, or questions.
 */
function readsLikeArticleText(text: string, words: number): boolean {
  if (startsWithQuote(text) && words >= 4) return true;
  return words >= 8 && /[.!][”"’')\]]*$/.test(text);
}

/** A line of dates alone: "22 Dec, 2016 22 Dec, 2016", "Updated March 3, 2024". */
const DATE_LINE =
  /^(?:(?:updated|published|posted)?:?\s*(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*[.,]?\s+(?:\d{1,2},?\s+)?\d{4}\s*)+$/i;

/**
 * A headline in title case, as boxes of links to other stories print them: four to twelve words,
 * most of them capitalised, no full stop ("Pizza Man Making Special Delivery to Afghanistan").
 */
function isTeaserHeadline(text: string, words: number): boolean {
  if (words < 4 || words > 12 || endsSentence(text) || endsWithColon(text) || startsWithQuote(text))
    return false;
  const all = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const significant = all.filter(
    (w) => !/^(?:a|an|the|of|in|on|at|to|for|and|or|but|with|from|by|as|is)$/i.test(w),
  );
  const capitalised = significant.filter((w) => /^['‘“"]?\p{Lu}/u.test(w));
  return significant.length >= 3 && capitalised.length === significant.length;
}

/** Title-case an all-caps name: "AL JAZEERA NEWS" → "Al Jazeera News". */
function titleCase(text: string): string {
  if (text !== text.toUpperCase()) return text.trim();
  return text
    .toLowerCase()
    .replace(/(^|[\s/-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    .trim();
}

/** Splits "Headline | Author Name" into the headline and a byline. */
function splitTitle(raw: string): { title: string; byline?: string } {
  const m = /^(.*\S)\s+[|–—-]\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})$/u.exec(raw);
  if (m?.[1] && m[2] && hasAtLeastWords(m[1], 3)) return { title: m[1], byline: m[2] };
  return { title: raw };
}

/** Lays out a document: metadata out, furniture out, every kept block with its role. */
export function layOut(doc: SourceDocument): Layout {
  const blocks = (
    doc.collapsed ? doc.blocks : doc.blocks.map((b) => ({ ...b, text: collapseSpaces(b.text) }))
  ).filter((b) => b.text.trim());
  let title = doc.title?.trim() ?? "";
  let standfirst = doc.standfirst?.trim() ?? "";
  let byline = doc.byline?.trim();
  const credits: string[] = [];
  let sourceName = doc.siteName?.trim();
  let image: Layout["image"];

  // Plain text: the headline is the first block, unless the page put its deck above the headline
  // (a full sentence followed by a short line without a full stop).
  let i = 0;
  if (!title) {
    const first = blocks[0]?.text ?? "";
    const second = blocks[1]?.text ?? "";
    if (
      endsSentence(first) &&
      second &&
      isHeadlineLike(second, wordCount(second, WORDS_ASKED)) &&
      !startsWithQuote(second) &&
      second.length < first.length &&
      !standfirst
    ) {
      standfirst = first;
      title = second;
      i = 2;
    } else {
      title = first;
      i = 1;
    }
  }
  const split = splitTitle(title);
  title = split.title;
  byline ??= split.byline;

  const kept: LaidOutBlock[] = [];
  let inTeaser = false;
  let ended = false;
  let listOpen = false;
  let seenBody = false;
  const wordCounts = blocks.map((b) => wordCount(b.text, WORDS_ASKED));
  const teaser = blocks.map((b, k) => isTeaserHeadline(b.text, wordCounts[k] as number));
  // Only short blocks are asked about in lower case (interface text, promos: 12 words at most), so
  // only theirs is made. (Texts the same in lower case have the same number of words.)
  const lowerTexts = blocks.map((b, k) => ((wordCounts[k] as number) <= 12 ? b.text.toLowerCase() : null));
  // How often each headline-like text (12 words at most) stands on the page. Only those are asked
  // about, so only they are counted, and long paragraphs are not hashed for nothing.
  const seen = new Map<string, number>();
  for (const lower of lowerTexts) if (lower !== null) seen.set(lower, (seen.get(lower) ?? 0) + 1);

  for (; i < blocks.length; i++) {
    const block = blocks[i] as SourceBlock;
    const text = block.text;
    const words = wordCounts[i] as number;
    const lower = lowerTexts[i] ?? null;
    const next = blocks[i + 1]?.text ?? "";

    const source = SOURCE_LINE.exec(text);
    if (source?.[1]) {
      sourceName ??= titleCase(source[1]);
      continue;
    }
    // Either kind of credit line has " by" or "contributed" in it, in any case; most blocks have
    // neither and skip the pattern.
    if (
      (CREDIT_HINT.test(text) && CREDIT_LINE.test(text)) ||
      (words <= 14 &&
        (text.includes("@") || text.includes(" on ") || text.includes(" at ")) &&
        CONTACT_LINE.test(text))
    ) {
      credits.push(text.replace(/^\(|\)$/g, "").trim());
      if (seenBody) ended = true;
      continue;
    }
    if (ended) continue;
    // "Read more:", "RELATED": a box of links follows, and the article may go on after it.
    if (END_MARKER.test(text) && seenBody) {
      inTeaser = true;
      continue;
    }
    const creditOnly = CREDIT_ONLY.exec(text);
    if (creditOnly?.[1] && words <= 8 && !endsSentence(text)) {
      if (image) image.credit ??= creditOnly[1];
      else image = { caption: "", credit: creditOnly[1] };
      continue;
    }
    if (
      (lower !== null && isUiString(lower)) ||
      LINK_LINE.test(text) ||
      DATE_LINE.test(text) ||
      ((text[0] === "D" || text[0] === "L") && DISCLAIMER.test(text))
    )
      continue;
    // "'GMA' Cookie Search:": a widget's label above the article.
    if (!seenBody && words <= 5 && endsWithColon(text) && kept.length === 0) continue;
    // Two or more headlines in a row inside the story are a box of links to other stories.
    if (seenBody && teaser[i] && (teaser[i - 1] || teaser[i + 1])) continue;
    if (BYLINE.test(text)) {
      if (!seenBody) byline ??= text.replace(/^by\s+/i, "");
      continue;
    }
    if (isLowercaseFragment(text, words)) continue;
    if (isAllCapsLabel(text, words)) {
      inTeaser = true;
      continue;
    }
    // A teaser box (after an all-caps label) runs until text that reads like the article again.
    if (inTeaser) {
      if (!readsLikeArticleText(text, words)) continue;
      inTeaser = false;
    }
    // A headline-like line repeated on the page is a promo.
    if (isHeadlineLike(text, words) && lower !== null && (seen.get(lower) ?? 0) > 1 && !startsWithQuote(text))
      continue;

    // Items of a list introduced by a colon continue the sentence before it.
    if (listOpen && block.kind !== "heading" && !endsSentence(text) && !startsWithQuote(text)) {
      kept.push({ text, role: "body", listItem: true });
      continue;
    }
    listOpen = false;

    // (The credit pattern is slow to fail; only text ending in a bracket can match it.)
    const lastChar = text.trimEnd().at(-1);
    const credit = lastChar === ")" || lastChar === "]" ? CAPTION_CREDIT.exec(text) : null;
    const isCaption =
      block.kind === "caption" ||
      (block.kind !== "heading" &&
        !startsWithQuote(text) &&
        (CAPTION_START.test(text) ||
          (credit !== null && words >= 4) ||
          // (A long paragraph that only lost its full stop is body text: captions are short.)
          (!endsSentence(text) && !endsWithColon(text) && words >= 9 && text.length <= 240)));
    if (isCaption) {
      const caption = credit ? text.slice(0, credit.index).trim() : text;
      const creditText = credit ? (credit[1] ?? credit[2])?.trim() : undefined;
      if (!seenBody && !image?.caption) {
        image = {
          caption,
          ...(creditText ? { credit: creditText } : image?.credit ? { credit: image.credit } : {}),
        };
        kept.push({ text: caption, role: "caption" });
      } else kept.push({ text: caption, role: "caption" });
      continue;
    }
    // A page's heading element holding a long full sentence is the story's opening (a standfirst
    // set as a heading), not a heading.
    const longSentence = block.kind === "heading" && words >= WORDS_ASKED && endsSentence(text);
    if (longSentence && !seenBody && !standfirst && kept.length === 0) {
      standfirst = text;
      continue;
    }
    const isHeading =
      (block.kind === "heading" && !longSentence) ||
      (block.kind === "text" && isHeadlineLike(text, words) && words <= 10 && next !== "" && seenBody);
    if (isHeading) {
      kept.push({ text, role: "heading" });
      continue;
    }
    kept.push({ text, role: "body", ...(block.kind === "list-item" ? { listItem: true } : {}) });
    seenBody = true;
    listOpen = endsWithColon(text) && block.kind !== "list-item";
  }

  const frame: LaidOutBlock[] = [{ text: title, role: "title" }];
  if (standfirst) frame.push({ text: standfirst, role: "standfirst" });
  return {
    title,
    standfirst,
    ...(byline ? { byline } : {}),
    ...(sourceName ? { sourceName } : {}),
    ...(doc.publishedAt ? { publishedAt: doc.publishedAt } : {}),
    ...(doc.url ? { url: doc.url } : {}),
    ...(doc.language ? { language: doc.language } : {}),
    credits,
    ...(image?.caption ? { image } : {}),
    blocks: [...frame, ...kept],
  };
}
