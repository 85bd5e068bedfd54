/**
 * The article format: the public contract between the ingest step, the reader and anyone who writes
 * article JSON by hand. Structural rules live here (zod); rules that relate one part of the document to
 * another (references resolve, offsets fall inside their paragraph, ids are unique) live in
 * `integrity.ts`, because they need the whole document and produce per-item decisions.
 *
 * Uses `zod/mini` rather than `zod`: the reader downloads this code, and the mini build is ~20 kB
 * (gzip) lighter for the same runtime checks.
 */
import * as z from "zod/mini";

/** Version of this format; bumped on any change that an older reader could not display. */
export const ARTICLE_FORMAT_VERSION = 1;

import { ID_PATTERN } from "./ids";

export { ID_PATTERN };

const id = (what: string) =>
  z
    .string()
    .check(z.regex(ID_PATTERN, `must be a ${what} id: a–z, 0–9 and inner hyphens, at most 64 characters`));

/** A UTF-16 code-unit offset into a paragraph's text (JavaScript string index). */
const offset = z.int().check(z.minimum(0, "must be 0 or more"));

/** One contiguous stretch of a paragraph: `text.slice(start, end)`. */
export const SpanSchema = z.object({
  /** Id of the paragraph the span lies in. */
  paragraphId: id("paragraph"),
  /** First code unit of the span. */
  start: offset,
  /** One past the last code unit of the span (end exclusive). */
  end: offset,
});

/** What part of the page a block of text is; a quote can sit in any of them. */
export const PARAGRAPH_ROLES = ["title", "standfirst", "caption", "heading", "body"] as const;

export const ParagraphSchema = z.object({
  /** Stable id, unique within the article; used by spans, claims and paragraph links. */
  id: id("paragraph"),
  /** Where the block sits on the page: the reader lays title, standfirst and caption out specially. */
  role: z.enum(PARAGRAPH_ROLES),
  /** The block's text, exactly as printed. Always rendered as text, never as HTML. */
  text: z.string(),
});

export const SPEAKER_KINDS = ["person", "organisation", "group", "document"] as const;

export const SpeakerSchema = z.object({
  /** Stable id, unique within the article; appears in `?speaker=` filter links. */
  id: id("speaker"),
  /** The fullest form of the name the article uses ("Ayatollah Ali Khamenei"). */
  name: z.string().check(z.minLength(1, "must not be empty")),
  /** Every other form the article uses for the same speaker ("Khamenei", "the supreme leader"). */
  aliases: z.array(z.string()),
  /** What the article says the speaker is ("Iran's foreign minister"), when it says. */
  role: z.optional(z.string()),
  /** A person, an organisation, a group of people, or a document that "says" something (a report). */
  kind: z.enum(SPEAKER_KINDS),
  /**
   * The speaker's colour: a slot in the reader's palette (0, 1, 2 …), set when speakers are first
   * corrected so that merging two keeps everyone else's colour. Without it, the speaker's position
   * in this list.
   */
  colour: z.optional(offset),
});

/**
 * `direct`: whole sentences in quotation marks; `partial`: a quoted fragment woven into the writer's
 * sentence; `indirect`: reported speech without quotation marks.
 */
export const QUOTE_KINDS = ["direct", "partial", "indirect"] as const;

export const QuoteSchema = z.object({
  /** Stable id, unique within the article; the last segment of a quote link. */
  id: id("quote"),
  /** Who said it, or null when the article does not say. */
  speakerId: z.nullable(id("speaker")),
  /** Direct, partial or reported speech. */
  kind: z.enum(QUOTE_KINDS),
  /**
   * The words, without the quotation marks. A quote that runs over several paragraphs has one span per
   * paragraph, in reading order.
   */
  spans: z.array(SpanSchema).check(z.minLength(1, "must have at least one span")),
});

export const MentionSchema = z.object({
  /** The speaker named. */
  speakerId: id("speaker"),
  /** Where the name (or alias) stands in the text. */
  ...SpanSchema.shape,
});

export const ClaimSchema = z.object({
  /** Stable id, unique within the article. */
  id: id("claim"),
  /** The claim as one short, faithful sentence. */
  text: z.string().check(z.minLength(1, "must not be empty")),
  /** Whose claim it is, or null for the reporter's own statement of fact. */
  speakerId: z.nullable(id("speaker")),
  /** The paragraphs that carry the claim, in reading order; the first is where "follow" leads. */
  paragraphIds: z.array(id("paragraph")).check(z.minLength(1, "must name at least one paragraph")),
  /** The quotes that support it, if any. */
  quoteIds: z.optional(z.array(id("quote"))),
});

export const SourceSchema = z.object({
  /** The publication ("Al Jazeera News"). */
  name: z.optional(z.string()),
  /** Address of the original article; only http(s) addresses are accepted, so it is safe as a link. */
  url: z.optional(z.string().check(z.regex(/^https?:\/\/[^\s]+$/i, "must be an http(s) address"))),
  /** Publication date, ISO 8601 (`2018-08-13` or a full timestamp). */
  publishedAt: z.optional(
    z
      .string()
      .check(
        z.regex(
          /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
          "must be an ISO 8601 date",
        ),
      ),
  ),
});

export const ImageSchema = z.object({
  /** The caption as printed; the same text is a paragraph of role `caption`, so quotes in it can be marked. */
  caption: z.string(),
  /** Photographer or agency credit. */
  credit: z.optional(z.string()),
});

export const ArticleSchema = z.object({
  /** Format version; this reader reads version 1. */
  version: z.literal(ARTICLE_FORMAT_VERSION),
  /** Stable id: the file is `articles/<id>.json` and the route `/a/<id>`. */
  id: id("article"),
  /** The headline. */
  title: z.string().check(z.minLength(1, "must not be empty")),
  /** The summary under the headline; empty when the article has none. */
  standfirst: z.string(),
  /** BCP 47 language tag of the text (`en`). */
  language: z.optional(z.string()),
  /** Where the article was published, and when. */
  source: SourceSchema,
  /** The writer(s), as printed ("By Erin Cunningham"). */
  byline: z.optional(z.string()),
  /** Further credits ("Additional reporting by …"). */
  credits: z.array(z.string()),
  /** The lead image's caption and credit, when the article has one. */
  image: z.optional(ImageSchema),
  /** Every block of text a quote can sit in, in reading order: title, standfirst, caption, body. */
  paragraphs: z.array(ParagraphSchema).check(z.minLength(1, "must have at least one paragraph")),
  /** Everyone the article quotes or reports. */
  speakers: z.array(SpeakerSchema),
  /** Every quoted passage and every sentence of reported speech, in reading order. */
  quotes: z.array(QuoteSchema),
  /** Where each speaker is named in the text. */
  mentions: z.array(MentionSchema),
  /** The article's key claims, most important first. */
  claims: z.array(ClaimSchema),
});

/** A paragraph-relative text range. */
export type Span = z.infer<typeof SpanSchema>;
/** A block of text with its role. */
export type Paragraph = z.infer<typeof ParagraphSchema>;
/** Someone (or something) the article quotes. */
export type Speaker = z.infer<typeof SpeakerSchema>;
/** A quoted or reported passage. */
export type Quote = z.infer<typeof QuoteSchema>;
/** Direct, partial or indirect. */
export type QuoteKind = Quote["kind"];
/** A place where a speaker is named. */
export type Mention = z.infer<typeof MentionSchema>;
/** A key claim and the paragraphs behind it. */
export type Claim = z.infer<typeof ClaimSchema>;
/** A whole article in the reader's format. */
export type Article = z.infer<typeof ArticleSchema>;
