import { type MouseEvent, memo, useLayoutEffect, useMemo, useRef } from "react";
import { type Article, articleIndex, formatArticleDate, type Run, readingMinutes } from "../article";
import {
  type BodyItem,
  bodyParagraphs,
  filterAttributes,
  frameParagraphs,
  type SpeakerFilter,
} from "./filter";
import { paragraphDomId } from "./focus";
import { type ClaimMarker, Paragraph, RunsView, speakerMarks } from "./Paragraph";
import { ESTIMATED_EM, type RenderedRange, renderSlots } from "./progressive";
import type { SpeakerLook } from "./speaker-style";

export interface ArticleViewProps {
  article: Article;
  looks: Map<string, SpeakerLook>;
  /** The body as the filter lays it out. */
  items: BodyItem[];
  /** Which items are rendered yet (long articles render progressively). */
  range: RenderedRange;
  /** The speaker filter, as the article element's attributes (see `filterAttributes`). */
  filter: SpeakerFilter;
  /** Expands a run of hidden paragraphs. */
  onReveal: (paragraphIds: string[]) => void;
  /** Clicks on quote badges, paragraph links and claim markers (delegated: one handler for the page). */
  onAction: (action: string, id: string, anchor: HTMLElement) => void;
}

/** The article itself: header, body (with the filter's collapsed runs) and credits. */
export function ArticleView({ article, looks, items, range, filter, onReveal, onAction }: ArticleViewProps) {
  const index = articleIndex(article);
  const claimMarkers = useMemo(() => {
    const numbers = new Map(article.claims.map((c, i) => [c.id, i + 1]));
    const markers = new Map<string, ClaimMarker[]>();
    for (const [pid, claims] of index.claimsByParagraph)
      markers.set(
        pid,
        claims.map((c) => ({ id: c.id, number: numbers.get(c.id) ?? 0, text: c.text })),
      );
    return markers;
  }, [article, index]);

  // Body paragraphs are numbered for print, where the key claims refer to them by number.
  const numbers = useMemo(() => new Map(bodyParagraphs(article).map((p, i) => [p.id, i + 1])), [article]);

  const { title, standfirst, caption } = frameParagraphs(article);
  const date = formatArticleDate(article.source.publishedAt);
  const minutes = useMemo(() => readingMinutes(article), [article]);

  const onClick = (event: MouseEvent<HTMLElement>) => {
    const target = (event.target as Element).closest<HTMLElement>("[data-action]");
    if (!target) return;
    const action = target.dataset.action ?? "";
    const id = target.dataset.q ?? target.dataset.p ?? target.dataset.c ?? "";
    onAction(action, id, target);
  };

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: delegation only; every target inside is a <button>.
    <article
      className="article"
      aria-labelledby="article-title"
      {...filterAttributes(filter)}
      onClick={onClick}
    >
      <header className="article-head">
        {article.source.name && <p className="kicker">{article.source.name}</p>}
        <h1 id="article-title" className="title">
          {title ? (
            <span id={paragraphDomId(title.id)} data-p={title.id} tabIndex={-1}>
              <RunsView runs={index.runs(title.id)} looks={looks} />
            </span>
          ) : (
            article.title
          )}
        </h1>
        {standfirst && (
          <p className="standfirst" id={paragraphDomId(standfirst.id)} data-p={standfirst.id} tabIndex={-1}>
            <RunsView
              runs={index.runs(standfirst.id)}
              looks={looks}
              marks={speakerMarks(index.runs(standfirst.id))}
            />
          </p>
        )}
        <p className="meta">
          {article.byline && <span>{article.byline}</span>}
          {date && article.source.publishedAt && <time dateTime={article.source.publishedAt}>{date}</time>}
          <span>{minutes} min read</span>
        </p>
        {caption && (
          <figure className="caption">
            <figcaption id={paragraphDomId(caption.id)} data-p={caption.id} tabIndex={-1}>
              <span className="caption-label">Photo</span>{" "}
              <RunsView
                runs={index.runs(caption.id)}
                looks={looks}
                marks={speakerMarks(index.runs(caption.id))}
              />
              {article.image?.credit && <span className="caption-credit"> ({article.image.credit})</span>}
            </figcaption>
          </figure>
        )}
      </header>
      <ArticleBody
        items={items}
        range={range}
        looks={looks}
        runs={index.runs}
        claimMarkers={claimMarkers}
        numbers={numbers}
        onReveal={onReveal}
      />
      {(article.credits.length > 0 || article.source.url) && (
        <footer className="article-foot">
          {article.credits.map((c) => (
            <p key={c}>{c}</p>
          ))}
          {article.source.url && (
            <p>
              <a href={article.source.url} rel="noopener noreferrer external">
                Read the original{article.source.name ? ` at ${article.source.name}` : ""}
              </a>
            </p>
          )}
        </footer>
      )}
    </article>
  );
}

/**
 * Room for paragraphs not rendered yet, about as tall as they will be. The height is set through the
 * CSSOM, which the Content Security Policy allows, rather than as a style attribute in the markup,
 * which it does not (a prerendered page's gaps would otherwise have no height).
 */
function Gap({ count }: { count: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    ref.current?.style.setProperty("height", `${count * ESTIMATED_EM}em`);
  }, [count]);
  return <div ref={ref} className="gap" aria-hidden="true" />;
}

interface ArticleBodyProps {
  items: BodyItem[];
  range: RenderedRange;
  looks: Map<string, SpeakerLook>;
  runs: (paragraphId: string) => Run[];
  claimMarkers: Map<string, ClaimMarker[]>;
  /** Body paragraphs' numbers, printed beside them. */
  numbers: Map<string, number>;
  onReveal: (paragraphIds: string[]) => void;
}

/**
 * The body's paragraphs. Memoised: a speaker filter that only dims quotes changes the article's style,
 * not these props, so toggling it re-renders nothing here.
 */
const ArticleBody = memo(function ArticleBody({
  items,
  range,
  looks,
  runs,
  claimMarkers,
  numbers,
  onReveal,
}: ArticleBodyProps) {
  return (
    <div className="article-body">
      {renderSlots(items, range).map((slot) => {
        if (slot.type === "gap") return <Gap key={slot.key} count={slot.count} />;
        const item = slot.item;
        return item.type === "paragraph" ? (
          <Paragraph
            key={item.paragraph.id}
            paragraph={item.paragraph}
            runs={runs(item.paragraph.id)}
            looks={looks}
            claims={claimMarkers.get(item.paragraph.id)}
            number={numbers.get(item.paragraph.id)}
            linkable
          />
        ) : (
          <p key={`hidden-${item.key}`} className="hidden-run">
            <button type="button" onClick={() => onReveal(item.paragraphs.map((p) => p.id))}>
              {item.paragraphs.length === 1
                ? "Show 1 paragraph hidden by the filter"
                : `Show ${item.paragraphs.length} paragraphs hidden by the filter`}
            </button>
          </p>
        );
      })}
    </div>
  );
});
