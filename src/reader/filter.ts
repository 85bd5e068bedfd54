/**
 * The speaker filter as data: which paragraphs show, which collapse, which claims and how many quotes
 * remain. Dimming the other speakers' quotes is done in CSS (see `speakerCss`), so a toggle costs one
 * attribute on the article, not a re-render of every paragraph.
 */
import { type Article, articleIndex, type Claim, ID_PATTERN, type Paragraph } from "../article";

/** The filter a link or the legend sets. */
export interface SpeakerFilter {
  /** Chosen speaker ids; empty means no filter. */
  speakers: string[];
  /** Collapse paragraphs that hold none of the chosen speakers. */
  only: boolean;
}

/** Splits requested ids into those the article has and those it does not. */
export function partitionSpeakerIds(article: Article, ids: readonly string[]) {
  const { speakers } = articleIndex(article);
  return { known: ids.filter((id) => speakers.has(id)), unknown: ids.filter((id) => !speakers.has(id)) };
}

/** The filter with one speaker added or removed. */
export function toggleSpeaker(filter: SpeakerFilter, speakerId: string): SpeakerFilter {
  const speakers = filter.speakers.includes(speakerId)
    ? filter.speakers.filter((id) => id !== speakerId)
    : [...filter.speakers, speakerId];
  return { speakers, only: speakers.length > 0 && filter.only };
}

/** One item of the article body: a paragraph, or a run of paragraphs the filter hides. */
export type BodyItem =
  | { type: "paragraph"; paragraph: Paragraph }
  | { type: "hidden"; key: string; paragraphs: Paragraph[] };

/**
 * The paragraphs the page lays out in its header: the title, the standfirst, and the lead photo's
 * caption (a caption before any body text). Later captions and headings stay in the body's flow.
 */
export function frameParagraphs(article: Article): {
  title?: Paragraph;
  standfirst?: Paragraph;
  caption?: Paragraph;
} {
  const firstBody = article.paragraphs.findIndex((p) => p.role === "body" || p.role === "heading");
  const leadCaption = article.paragraphs.findIndex((p) => p.role === "caption");
  return {
    title: article.paragraphs.find((p) => p.role === "title"),
    standfirst: article.paragraphs.find((p) => p.role === "standfirst"),
    caption:
      leadCaption >= 0 && (firstBody < 0 || leadCaption < firstBody)
        ? article.paragraphs[leadCaption]
        : undefined,
  };
}

/** The body's paragraphs, in reading order: everything but the header's. */
export function bodyParagraphs(article: Article): Paragraph[] {
  const frame = new Set(Object.values(frameParagraphs(article)));
  return article.paragraphs.filter((p) => !frame.has(p));
}

/**
 * The body as the filter shows it. In "show only" mode, each run of paragraphs with none of the chosen
 * speakers becomes one hidden item; `revealed` holds paragraphs that must show anyway (a link's
 * target, a claim being followed, a run the reader expanded).
 */
export function bodyItems(
  article: Article,
  filter: SpeakerFilter,
  revealed: ReadonlySet<string>,
): BodyItem[] {
  const body = bodyParagraphs(article);
  if (!filter.only || filter.speakers.length === 0)
    return body.map((paragraph) => ({ type: "paragraph", paragraph }));
  const { speakersByParagraph } = articleIndex(article);
  const chosen = new Set(filter.speakers);
  const items: BodyItem[] = [];
  let hidden: Paragraph[] = [];
  const flush = () => {
    const first = hidden[0];
    if (first) items.push({ type: "hidden", key: first.id, paragraphs: hidden });
    hidden = [];
  };
  for (const paragraph of body) {
    const speakers = speakersByParagraph.get(paragraph.id);
    const shows = revealed.has(paragraph.id) || (speakers && [...speakers].some((s) => chosen.has(s)));
    if (shows) {
      flush();
      items.push({ type: "paragraph", paragraph });
    } else hidden.push(paragraph);
  }
  flush();
  return items;
}

/** The claims the filter keeps: those of the chosen speakers (all claims when nobody is chosen). */
export function claimsForFilter(claims: readonly Claim[], filter: SpeakerFilter): Claim[] {
  if (filter.speakers.length === 0) return [...claims];
  const chosen = new Set(filter.speakers);
  return claims.filter((c) => c.speakerId !== null && chosen.has(c.speakerId));
}

/** How many quotes the chosen speakers have, out of all quotes. */
export function quoteTotals(article: Article, filter: SpeakerFilter) {
  const { quoteCounts } = articleIndex(article);
  const total = article.quotes.length;
  if (filter.speakers.length === 0) return { shown: total, total };
  const shown = filter.speakers.reduce((n, id) => n + (quoteCounts.get(id) ?? 0), 0);
  return { shown, total };
}

/**
 * The article's rules per speaker, keyed on the speaker id that quotes, claims and legend entries
 * carry in `data-s`: the speaker's hue, and the dimming of their quotes while the article is filtering
 * and they are not among the chosen (`data-sel`). Rules rather than inline styles, because the
 * Content Security Policy allows no inline style attributes (a prerendered page's markup carries
 * none). The rules are the same whatever the filter, so a toggle changes one attribute and the
 * browser restyles only the quotes involved — as cheap as toggling a class by hand. (A custom
 * property per speaker on the article, tried first, made the browser restyle every element of the
 * article on each toggle.)
 */
export function speakerCss(speakers: readonly { id: string; hue: number }[]): string {
  // The line goes with the rest of the colour: faint with every quote marked, none on a calm page.
  const quiet =
    "background-color: transparent; color: var(--fg-muted); text-decoration-color: var(--quiet-line, var(--line));";
  const quietBadge = "background: var(--surface); color: var(--fg-muted);";
  return speakers
    .filter(({ id, hue }) => ID_PATTERN.test(id) && Number.isFinite(hue))
    .map(({ id, hue }) => {
      const scope = `.article[data-filtering]:not([data-sel~="${id}"]) .q[data-s="${id}"]`;
      return `[data-s="${id}"] { --h: ${Math.round(hue)}; }\n${scope} { ${quiet} }\n${scope} > .q-badge { ${quietBadge} }`;
    })
    .join("\n");
}

/** The article element's filter attributes: `data-filtering` while any speaker is chosen, `data-sel` the chosen ids. */
export function filterAttributes(filter: SpeakerFilter): { "data-filtering"?: ""; "data-sel"?: string } {
  return filter.speakers.length > 0 ? { "data-filtering": "", "data-sel": filter.speakers.join(" ") } : {};
}
